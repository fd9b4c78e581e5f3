package fr.guichet.cases.policy;

import java.util.Set;

/**
 * Which cases a caller sees: the one rule behind both the single read and the list, which turns each
 * kind into its query.
 */
public sealed interface Visibility {

    boolean includes(GuardedCase c);

    /** A doctor: the cases they opened themselves. */
    record OwnCases(String subject) implements Visibility {
        @Override
        public boolean includes(GuardedCase c) {
            return subject.equals(c.ownerSubject());
        }
    }

    /** A correspondant: the cases of the departments they cover (none when they cover none). */
    record Departments(Set<String> codes) implements Visibility {
        @Override
        public boolean includes(GuardedCase c) {
            return codes.contains(c.department());
        }
    }

    /**
     * A partner application: the cases its organisation filed, and those on which its organisation owns a task
     * (from the joint session on, when the tasks are opened).
     */
    record Organisation(String code) implements Visibility {
        @Override
        public boolean includes(GuardedCase c) {
            return code.equals(c.createdByOrganisation()) || c.partnerOrganisations().contains(code);
        }
    }
}
