package fr.guichet.cases.history;

import java.util.List;
import java.util.UUID;

import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A case's history as the caller may read it: staff notes and other organisations' task remarks left out. */
@ApplicationScoped
public class VisibleHistory {

    @Inject
    CasePolicy policy;

    @Inject
    CaseHistory history;

    public List<CaseHistory.Entry> of(UUID caseId) {
        policy.require(caseId, CaseAction.READ_HISTORY);
        return history.of(caseId, policy.may(CaseAction.READ_INTERNAL_NOTES), policy.may(CaseAction.READ_EVERY_TASK_REMARK));
    }
}
