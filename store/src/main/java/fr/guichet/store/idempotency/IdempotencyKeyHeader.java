package fr.guichet.store.idempotency;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.HeaderParam;

/** The optional {@code Idempotency-Key} header of a creation, documented once for every operation that takes it. */
public class IdempotencyKeyHeader {

    @Parameter(description = IdempotencyKeys.DESCRIPTION + "; a retry with the same key and body gets the first answer, "
            + "another body 409", schema = @Schema(type = SchemaType.STRING, pattern = "^" + IdempotencyKeys.PATTERN + "$"))
    @HeaderParam(IdempotencyKeys.HEADER)
    String value;

    /** The key sent, checked (400 when malformed); null when none was sent. */
    public String checked() {
        return IdempotencyKeys.checked(value);
    }
}
