package fr.guichet.cases.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.Caller;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What became of a selected aid: each move the funder reports, checked by {@link AidLifecycle}, kept in the case's history. */
@ApplicationScoped
public class AidProgressService {

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A move of an aid: to which status, when it happened, the amount (cents) or the reason it states. */
    @Schema(name = "AidMove", example = """
            {"to": "SIGNED", "date": "2027-01-04", "amountCents": 5000000}""")
    public record Move(@NotNull AidStatus to, LocalDate date, @Positive Long amountCents, @Size(max = 2000) String reason)
            implements AidLifecycle.Facts {
        @Override
        public boolean hasDate() {
            return date != null;
        }

        @Override
        public boolean hasAmount() {
            return amountCents != null;
        }

        @Override
        public boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    public record Moved(SelectedAid aid, int caseVersion) {
    }

    /**
     * The aid's life goes on after the case closes (a contract pays for years, an early exit repays), so a
     * closed case still takes its aids' moves.
     */
    @Transactional
    public Moved move(UUID caseId, String code, String ifMatch, Move move) {
        CaseFile c = access.forChange(caseId, ifMatch, CaseAction.RECORD_AID_PROGRESS);
        CaseAid aid = CaseAidService.find(c.id, code)
                .orElseThrow(() -> ProblemException.notFound("No aid " + code + " is selected for this case."));
        List<String> missing = AidLifecycle.missing(move.to(), move);
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.invalid("A move to " + move.to() + " must state its " + String.join(", ", missing) + ".",
                    missing.stream().map(field -> new Problem.FieldError(field, "is required to move to " + move.to())).toList()));
        }
        if (!AidLifecycle.allows(aid.status, move.to())) {
            throw ProblemException.unprocessable("Aid " + code + " is " + aid.status + " and cannot go to " + move.to()
                    + "; it may go to " + AidLifecycle.allowedAfter(aid.status).stream().sorted().toList() + ".");
        }
        AidStatus from = aid.status;
        record(c.id, code, move);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", move.to());
        after.put("date", move.date());
        if (move.amountCents() != null) {
            after.put("amountCents", move.amountCents());
        }
        history.record(c.id, caller.actor(), CaseEvent.Kind.AID_STATUS_CHANGED, "aids." + code, Map.of("status", from), after,
                move.reason());
        outbox.append(c.id, EventType.AID_STATUS_CHANGED, Map.of("code", code, "from", from.name(), "to", move.to().name()));
        aid.status = move.to();
        access.touch(c);
        return new Moved(SelectedAid.of(aid), c.version);
    }

    private void record(UUID caseId, String code, Move move) {
        AidEvent event = new AidEvent();
        event.caseId = caseId;
        event.aidCode = code;
        event.status = move.to();
        event.occurredOn = move.date();
        event.amountCents = move.amountCents();
        event.reason = move.reason();
        event.actor = caller.actor();
        event.recordedAt = Instant.now(clock);
        event.persist();
    }

    /** Erases the free-text reasons (a refusal's, an early exit's) given in these cases' aid steps; dates and amounts stay. */
    public void erasePersonalData(List<UUID> caseIds) {
        AidEvent.getEntityManager().createNativeQuery("update case_aid_event set reason = null where case_id in (:ids)")
                .setParameter("ids", caseIds).executeUpdate();
    }
}
