package fr.guichet.cases.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The thin body of a delivery: what happened, to which case, and where to read it; the partner reads the details
 * through the API, with its own rights. {@code id} is also the {@code webhook-id} header, the same on every
 * attempt, so that a receiver recognises a delivery it already had.
 */
final class EventMessage {

    private EventMessage() {
    }

    static String messageId(Delivery.Event event) {
        return "evt_" + event.id();
    }

    static byte[] body(Delivery.Event event, ObjectMapper json) {
        try {
            Map<String, Object> change = new LinkedHashMap<>(json.readValue(event.payload(), Map.class));
            change.remove("reference");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("caseId", event.caseId());
            data.put("reference", event.reference());
            data.put("change", change);
            data.put("link", "/api/cases/" + event.caseId());
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("id", messageId(event));
            message.put("type", event.type());
            message.put("timestamp", event.occurredAt().toString());
            message.put("data", data);
            return json.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.id() + " has a payload that is not a JSON object", e);
        }
    }
}
