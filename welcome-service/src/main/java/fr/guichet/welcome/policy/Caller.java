package fr.guichet.welcome.policy;

import java.util.Set;

/**
 * Who is calling, as the token says: an organiser acts for one organisation ({@code organiser_org}) in the
 * departments of its territory; a correspondant covers departments.
 */
public record Caller(Role role, String name, String organisation, Set<String> departments) {

    public enum Role {
        ORGANISER, CORRESPONDANT
    }

    public boolean isOrganiserOf(String eventOrganisation) {
        return role == Role.ORGANISER && eventOrganisation.equals(organisation);
    }

    public boolean covers(String department) {
        return departments.contains(department);
    }

    /**
     * Whether the caller follows what an organisation holds in a department, whatever its status: that organisation's
     * organisers, and the department's correspondants.
     */
    public boolean manages(String holder, String department) {
        return isOrganiserOf(holder) || (role == Role.CORRESPONDANT && covers(department));
    }
}
