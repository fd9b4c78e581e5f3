package fr.guichet.cases.security;

import java.util.Set;

/**
 * Who is calling, as the token says: a correspondant covers departments, a doctor owns cases through
 * the token subject and carries an RPPS, a partner application is a client id.
 */
public record Caller(Role role, String subject, String name, String rpps, Set<String> departments, String clientId) {

    public enum Role {
        CORRESPONDANT, DOCTOR, PARTNER
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** What goes into the history's actor column: a readable name and the role acting. */
    public String actor() {
        return role.name().toLowerCase() + ":" + (role == Role.PARTNER ? clientId : name);
    }
}
