package fr.guichet.cases.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The thread of a case: appended, never edited; each caller reads what the policy lets them (internal notes for staff,
 * the messages addressed to partners for partners, whose own messages are addressed to the table).
 */
@ApplicationScoped
public class MessageService {

    @Inject
    CasePolicy policy;

    @Inject
    CaseHistory history;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public record MessageView(UUID id, String author, String authorRole, boolean internal, boolean toPartners, String body,
            Instant createdAt) {
        static MessageView of(CaseMessage m) {
            return new MessageView(m.id, m.author, m.authorRole, m.internal, m.toPartners, m.body, m.createdAt);
        }
    }

    public List<MessageView> list(UUID caseId) {
        policy.require(caseId, CaseAction.READ_MESSAGES);
        return messagesOf(caseId);
    }

    /** For callers that have decided themselves that the case may be read (the GDPR export). */
    public List<MessageView> messagesOf(UUID caseId) {
        String query = switch (policy.threadView()) {
            case WHOLE -> "caseId = ?1 order by createdAt, id";
            case WITHOUT_INTERNAL_NOTES -> "caseId = ?1 and internal = false order by createdAt, id";
            case ADDRESSED_TO_PARTNERS -> "caseId = ?1 and toPartners = true order by createdAt, id";
        };
        return CaseMessage.<CaseMessage>list(query, caseId).stream().map(MessageView::of).toList();
    }

    @Transactional
    public MessageView post(UUID caseId, String body, boolean internal, boolean toPartners) {
        policy.requireAcceptingContent(caseId, internal ? CaseAction.WRITE_INTERNAL_NOTE : CaseAction.POST_MESSAGE);
        if (internal && toPartners) {
            throw ProblemException.invalid("toPartners", "an internal note is for staff only; it cannot be addressed to partners");
        }
        CaseMessage message = new CaseMessage();
        message.id = UUID.randomUUID();
        message.caseId = caseId;
        message.author = caller.name();
        message.authorRole = caller.role().name();
        message.internal = internal;
        message.toPartners = policy.addressesPartners(toPartners);
        message.body = body;
        message.createdAt = Instant.now(clock);
        message.persist();
        history.record(caseId, caller.actor(), CaseEvent.Kind.MESSAGE_POSTED, internal ? CaseHistory.INTERNAL_NOTE : "message",
                null, message.id, null);
        // an internal note is the staff's alone: announcing it would tell partners it exists
        if (!internal) {
            outbox.append(caseId, EventType.MESSAGE_POSTED, Map.of("messageId", message.id, "authorRole", message.authorRole));
        }
        return MessageView.of(message);
    }

    /** Erases the bodies, and doctors' names as authors, of these cases' messages. */
    public void erasePersonalData(List<UUID> caseIds) {
        EntityManager em = CaseMessage.getEntityManager();
        em.createNativeQuery("update case_message set body = null where case_id in (:ids)").setParameter("ids", caseIds).executeUpdate();
        em.createNativeQuery("update case_message set author = 'anonymised' where case_id in (:ids) and author_role = 'DOCTOR'")
                .setParameter("ids", caseIds).executeUpdate();
    }
}
