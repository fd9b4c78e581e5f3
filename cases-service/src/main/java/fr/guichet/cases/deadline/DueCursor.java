package fr.guichet.cases.deadline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;

/** Where the next page of a deadline list starts: the last task's due date and id, opaque to clients. */
record DueCursor(LocalDate dueDate, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((dueDate + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static DueCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                return new DueCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the client error below
        }
        throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }
}
