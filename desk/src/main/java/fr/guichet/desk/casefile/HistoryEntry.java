package fr.guichet.desk.casefile;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import fr.guichet.desk.vocabulary.CaseStatus;

/** One change of the case (the API's HistoryEntry): who, when, what it was and what it became. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryEntry(Instant occurredAt, String actor, Kind kind, String field, JsonNode before, JsonNode after,
        String reason) {

    public String beforeText() {
        return text(before);
    }

    public String afterText() {
        return text(after);
    }

    /** A value as a reader wants it: a step by its French name, a list as "a, b", nothing for null. */
    private String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(this::text).collect(Collectors.joining(", "));
        }
        if (kind == Kind.STATUS_CHANGED && value.isTextual()) {
            return stepLabel(value.asText());
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String stepLabel(String code) {
        try {
            return CaseStatus.valueOf(code).label();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    public enum Kind {
        CREATED("Dossier ouvert"),
        FIELD_CHANGED("Information modifiée"),
        STATUS_CHANGED("Changement d'étape"),
        ASSIGNED("Attribution"),
        TASK_CHANGED("Démarche des partenaires"),
        AID_SELECTED("Aide retenue"),
        AID_STATUS_CHANGED("Suivi d'une aide"),
        MESSAGE_POSTED("Message"),
        DOCUMENT_ADDED("Document ajouté");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
