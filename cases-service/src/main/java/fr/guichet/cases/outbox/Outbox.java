package fr.guichet.cases.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Writes the events others may care about, in the caller's transaction: a change and its event commit together. */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Event<OutboxAppended> appended;

    /**
     * Takes the case's row lock first (changes of a case hold it already; messages and documents do not), so that
     * a case's events are numbered in the order they commit: the webhooks deliver them in that order, and never
     * find an earlier event of the case appearing after a later one was sent. {@code no key update}, the lock an
     * update of the case takes, because the rows written before (a message, a history line) hold a key-share lock
     * on the case through their foreign key, which {@code for update} would wait on: two messages posted at once
     * on a case would deadlock.
     */
    public void append(UUID caseId, String type, Map<String, Object> payload) {
        em.createNativeQuery("select id from case_file where id = ?1 for no key update").setParameter(1, caseId).getResultList();
        OutboxEvent event = new OutboxEvent();
        event.caseId = caseId;
        event.type = type;
        event.payload = payload;
        event.createdAt = Instant.now(clock);
        event.persist();
        appended.fire(new OutboxAppended(caseId, type));
    }
}
