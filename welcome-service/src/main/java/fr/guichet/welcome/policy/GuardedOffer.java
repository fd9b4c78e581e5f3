package fr.guichet.welcome.policy;

import java.time.LocalDate;

/** What the policy needs to know of an offer to answer who may see or change it. */
public interface GuardedOffer {

    /** The code of the organisation that publishes the offer. */
    String organisation();

    String department();

    /** Whether anyone may read it on this French day. */
    boolean publicOn(LocalDate today);
}
