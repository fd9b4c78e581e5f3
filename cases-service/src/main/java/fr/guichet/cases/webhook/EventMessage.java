package fr.guichet.cases.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** Written field by field, the change as the database gives it (JSON already): no parsing it again per attempt. */
    static byte[] body(Delivery.Event event, ObjectMapper json) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256 + event.change().length());
        try (JsonGenerator message = json.getFactory().createGenerator(body)) {
            message.writeStartObject();
            message.writeStringField("id", messageId(event));
            message.writeStringField("type", event.type());
            message.writeStringField("timestamp", event.occurredAt().toString());
            message.writeObjectFieldStart("data");
            message.writeStringField("caseId", event.caseId().toString());
            message.writeStringField("reference", event.reference());
            message.writeFieldName("change");
            message.writeRawValue(event.change());
            message.writeStringField("link", "/api/cases/" + event.caseId());
            message.writeEndObject();
            message.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A webhook body could not be written to memory", e);
        }
        return body.toByteArray();
    }
}
