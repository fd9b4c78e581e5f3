package fr.guichet.cases.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An aid selected for a case as its readers see it: the simulator's verdict when selected, who funds it,
 * where it stands, what may come next, its steps so far, and what was agreed and paid.
 */
public record SelectedAid(String code, String label, String eligibilityStatus, String funder, AidStatus status,
        List<AidStatus> nextStatuses, Long agreedCents, long paidCents, List<Step> steps, String selectedBy,
        Instant selectedAt) {

    @Schema(name = "AidStep")
    public record Step(AidStatus status, LocalDate date, Long amountCents, String reason, String actor, Instant recordedAt) {
        static Step of(AidEvent event) {
            return new Step(event.status, event.occurredOn, event.amountCents, event.reason, event.actor, event.recordedAt);
        }
    }

    static SelectedAid of(CaseAid aid) {
        List<AidEvent> events = AidEvent.list("caseId = ?1 and aidCode = ?2 order by id", aid.caseId, aid.aidCode);
        Long agreed = events.stream().filter(e -> e.status == AidStatus.SIGNED).map(e -> e.amountCents).findFirst().orElse(null);
        long paid = events.stream().filter(e -> e.status == AidStatus.PAID).mapToLong(e -> e.amountCents).sum();
        return new SelectedAid(aid.aidCode, aid.label, aid.eligibilityStatus, aid.funder, aid.status,
                AidLifecycle.allowedAfter(aid.status).stream().sorted().toList(), agreed, paid,
                events.stream().map(Step::of).toList(), aid.selectedBy, aid.selectedAt);
    }
}
