package fr.guichet.cases.correction;

import java.util.Set;

/**
 * Where a correction request stands, and the whole of its life cycle: the professional answers an OPEN request; the
 * side that asked accepts the answer, or reopens the request when the answer does not do; it may cancel a request not
 * answered yet. ACCEPTED and CANCELLED are final. Only an OPEN request waits on the professional.
 */
public enum CorrectionStatus {
    OPEN, ANSWERED, ACCEPTED, CANCELLED;

    /** What each step of the life cycle does, and the state it starts from. */
    enum Step {
        ANSWER(Set.of(OPEN), ANSWERED, "answered"),
        ACCEPT(Set.of(ANSWERED), ACCEPTED, "accepted"),
        REOPEN(Set.of(ANSWERED), OPEN, "reopened"),
        CANCEL(Set.of(OPEN), CANCELLED, "cancelled");

        private final Set<CorrectionStatus> from;
        private final CorrectionStatus to;
        private final String done;

        Step(Set<CorrectionStatus> from, CorrectionStatus to, String done) {
            this.from = from;
            this.to = to;
            this.done = done;
        }

        String done() {
            return done;
        }

        boolean allowedFrom(CorrectionStatus status) {
            return from.contains(status);
        }

        CorrectionStatus to() {
            return to;
        }

        Set<CorrectionStatus> from() {
            return from;
        }
    }
}
