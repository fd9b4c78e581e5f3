package fr.guichet.desk.exchange;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A message of the thread as the API lets this reader see it (internal notes reach correspondants only). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(UUID id, String author, String authorRole, boolean internal, String body, Instant createdAt) {

    /** Who wrote it, as a reader of the thread names them. */
    public String authorLabel() {
        String role = switch (authorRole == null ? "" : authorRole) {
            case "DOCTOR" -> "Professionnel de santé";
            case "CORRESPONDANT" -> "Correspondant installation";
            case "PARTNER" -> "Partenaire";
            default -> null;
        };
        if (author == null || author.isBlank()) {
            return role == null ? "Auteur inconnu" : role;
        }
        return role == null ? author : author + " (" + role + ")";
    }
}
