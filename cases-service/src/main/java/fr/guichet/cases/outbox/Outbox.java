package fr.guichet.cases.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes the events others may care about, in the caller's transaction: a change and its event commit together. */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    public void append(UUID caseId, String type, Map<String, Object> payload) {
        OutboxEvent event = new OutboxEvent();
        event.caseId = caseId;
        event.type = type;
        event.payload = payload;
        event.createdAt = Instant.now(clock);
        event.persist();
    }
}
