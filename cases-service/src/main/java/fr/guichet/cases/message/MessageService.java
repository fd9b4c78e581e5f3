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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The thread of a case: appended, never edited; internal notes only for those the policy lets read them. */
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

    public record MessageView(UUID id, String author, String authorRole, boolean internal, String body, Instant createdAt) {
        static MessageView of(CaseMessage m) {
            return new MessageView(m.id, m.author, m.authorRole, m.internal, m.body, m.createdAt);
        }
    }

    public List<MessageView> list(UUID caseId) {
        policy.require(caseId, CaseAction.READ_MESSAGES);
        return messagesOf(caseId);
    }

    /** For callers that have decided themselves that the case may be read (the GDPR export). */
    public List<MessageView> messagesOf(UUID caseId) {
        String query = policy.may(CaseAction.READ_INTERNAL_NOTES) ? "caseId = ?1 order by createdAt, id"
                : "caseId = ?1 and internal = false order by createdAt, id";
        return CaseMessage.<CaseMessage>list(query, caseId).stream().map(MessageView::of).toList();
    }

    @Transactional
    public MessageView post(UUID caseId, String body, boolean internal) {
        policy.requireAcceptingContent(caseId, internal ? CaseAction.WRITE_INTERNAL_NOTE : CaseAction.POST_MESSAGE);
        CaseMessage message = new CaseMessage();
        message.id = UUID.randomUUID();
        message.caseId = caseId;
        message.author = caller.name();
        message.authorRole = caller.role().name();
        message.internal = internal;
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
