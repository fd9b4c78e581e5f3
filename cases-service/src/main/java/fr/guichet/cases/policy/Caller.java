package fr.guichet.cases.policy;

import java.util.Set;

/**
 * Who is calling, as the token says: a correspondant covers departments, a doctor owns cases through
 * the token subject and carries an RPPS, a partner application is a client id bound to one partner organisation, an
 * organiser (of welcome-service's events) refers the people it met to the correspondants of its departments.
 *
 * <p>A class rather than a record: it is produced once per request and injected into beans that live as
 * long as the application, which needs a client proxy, and records cannot be proxied.
 */
public class Caller {

    public enum Role {
        CORRESPONDANT, DOCTOR, PARTNER, ORGANISER
    }

    private Role role;
    private String subject;
    private String name;
    private String rpps;
    private Set<String> departments;
    private String clientId;
    private String organisation;

    /** For the client proxy only. */
    protected Caller() {
    }

    public Caller(Role role, String subject, String name, String rpps, Set<String> departments, String clientId,
            String organisation) {
        this.role = role;
        this.subject = subject;
        this.name = name;
        this.rpps = rpps;
        this.departments = departments;
        this.clientId = clientId;
        this.organisation = organisation;
    }

    public Role role() {
        return role;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String rpps() {
        return rpps;
    }

    public Set<String> departments() {
        return departments;
    }

    public String clientId() {
        return clientId;
    }

    /** The partner organisation a partner application acts for (its token's {@code partner_org}); null for people. */
    public String organisation() {
        return organisation;
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /**
     * What goes into the history's actor column: a readable name and the role acting; for a partner, its
     * organisation and the application that acted for it.
     */
    public String actor() {
        return role.name().toLowerCase() + ":" + (role == Role.PARTNER ? organisation + "/" + clientId : name);
    }
}
