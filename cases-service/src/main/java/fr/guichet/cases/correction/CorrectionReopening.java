package fr.guichet.cases.correction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the professional's answer does not do: they read it with the request, open again. */
@Schema(example = """
        {"reason": "Le document envoyé est toujours illisible en page 2."}""")
public record CorrectionReopening(@NotBlank @Size(max = 1000) String reason) {
}
