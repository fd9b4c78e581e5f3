package fr.guichet.cases.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;

/** Where the next page starts: the last case's creation instant and id, opaque to clients. */
public record CaseCursor(Instant createdAt, UUID id) {

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static CaseCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                Instant createdAt = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
                // a forged cursor must not hand the database an instant it cannot store
                if (!createdAt.isBefore(Instant.EPOCH) && createdAt.isBefore(LATEST)) {
                    return new CaseCursor(createdAt, UUID.fromString(parts[1]));
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below
        }
        throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }
}
