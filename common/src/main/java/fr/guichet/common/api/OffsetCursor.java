package fr.guichet.common.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import fr.guichet.common.problem.ProblemException;

/** An opaque cursor over a small, stable ordering, where keyset pagination would be overkill. */
public final class OffsetCursor {

    private static final String PREFIX = "o:";

    private OffsetCursor() {
    }

    public static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below
        }
        throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }

    /** Cuts the page starting at the cursor out of the full ordered list. */
    public static <T> Page<T> page(List<T> all, String cursor, int limit) {
        int offset = Math.min(decode(cursor), all.size());
        int end = Math.min(offset + limit, all.size());
        String next = end < all.size() ? encode(end) : null;
        return new Page<>(all.subList(offset, end), next);
    }

    /**
     * The page at {@code offset} from rows a query read there, asking for one more than {@code limit}: that extra
     * row, when it came, only says that a next page exists. For lists too long to read whole.
     */
    public static <T> Page<T> pageOfFetched(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? fetched.subList(0, limit) : fetched, more ? encode(offset + limit) : null);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
