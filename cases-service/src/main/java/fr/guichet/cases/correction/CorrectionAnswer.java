package fr.guichet.cases.correction;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Size;

/**
 * The professional's answer: a new document, uploaded first with the case's documents (attached to the request's
 * task, if it has one, so that the task's owner reads it), a message to the thread, or both.
 */
@Schema(example = """
        {"documentId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "message": "Voici l'attestation du mois dernier."}""")
public record CorrectionAnswer(UUID documentId, @Size(max = 5000) String message) {
}
