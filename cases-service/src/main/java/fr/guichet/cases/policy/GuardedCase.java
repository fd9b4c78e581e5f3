package fr.guichet.cases.policy;

import java.util.UUID;

/** What the policy needs to know of a case to decide who may see it and add to it. */
public interface GuardedCase {

    UUID caseId();

    /** The doctor's token subject, when the doctor opened the case themselves. */
    String ownerSubject();

    String department();

    /** The partner application that filed the case, if one did. */
    String createdByClient();

    /** Its personal data was erased: it takes no new content. */
    boolean anonymised();
}
