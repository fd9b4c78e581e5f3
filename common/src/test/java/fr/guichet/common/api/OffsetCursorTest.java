package fr.guichet.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class OffsetCursorTest {

    @Test
    void a_page_read_with_one_extra_row_drops_it_and_points_after_the_page() {
        Page<String> page = OffsetCursor.pageOfFetched(List.of("c", "d", "e"), 2, 2);

        assertEquals(List.of("c", "d"), page.items());
        assertEquals(4, OffsetCursor.decode(page.nextCursor()));
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        Page<String> page = OffsetCursor.pageOfFetched(List.of("e"), 4, 2);

        assertEquals(List.of("e"), page.items());
        assertNull(page.nextCursor());
    }
}
