package fr.guichet.common.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void a_sane_caller_id_is_kept() {
        assertEquals("desk-42:a.b_c", RequestIdFilters.accept("desk-42:a.b_c"));
    }

    @Test
    void a_missing_or_unsafe_id_is_replaced_by_a_fresh_random_uuid() {
        for (String given : new String[] { null, "", "two words", "x".repeat(129), "evil\r\nheader" }) {
            UUID id = UUID.fromString(RequestIdFilters.accept(given));
            assertEquals(4, id.version(), "random UUID");
            assertEquals(2, id.variant(), "IETF variant");
        }
    }

    @Test
    void fresh_ids_do_not_repeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(RequestIdFilters.accept(null));
        }
        assertEquals(100_000, ids.size());
    }
}
