package fr.guichet.cases.policy;

import java.util.Set;
import java.util.UUID;

/** What the policy needs to know of a case to decide who may see it and add to it. */
public interface GuardedCase {

    UUID caseId();

    /** The doctor's token subject, when the doctor opened the case themselves. */
    String ownerSubject();

    String department();

    /** The partner organisation whose application filed the case, if one did. */
    String createdByOrganisation();

    /** The partner organisations that own a task on the case: those at its table. */
    Set<String> partnerOrganisations();

    /** Its personal data was erased: it takes no new content. */
    boolean anonymised();
}
