package fr.guichet.desk.exchange;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A document of the case, without its content. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDocument(UUID id, UUID taskId, String filename, String mediaType, long sizeBytes, Instant uploadedAt) {

    /** PDF, JPEG, PNG: the type the API read from the content. */
    public String typeLabel() {
        return switch (mediaType == null ? "" : mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "Image JPEG";
            case "image/png" -> "Image PNG";
            default -> "Autre";
        };
    }

    /** Its id as a form sends it back. */
    public String key() {
        return id.toString();
    }

    public String size() {
        return FileSizes.french(sizeBytes);
    }

    public String name() {
        return filename == null || filename.isBlank() ? "Document sans nom" : filename;
    }
}
