package fr.guichet.cases.policy;

import java.util.Optional;
import java.util.UUID;

/** Finds a case by id for the policy, whoever stores it. */
public interface CaseDirectory {

    Optional<GuardedCase> find(UUID id);
}
