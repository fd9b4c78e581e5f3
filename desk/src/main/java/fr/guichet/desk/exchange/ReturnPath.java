package fr.guichet.desk.exchange;

/**
 * Where a form sends the browser back after a POST: a path of this site only (starting with one "/", never "//" or
 * "/\" which browsers read as another host), without spaces, control characters or fragment; anything else falls
 * back to the person's start page.
 */
final class ReturnPath {

    private ReturnPath() {
    }

    static String of(String requested, String fallback) {
        return isLocal(requested) ? requested : fallback;
    }

    static boolean isLocal(String path) {
        if (path == null || path.length() > 500 || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c <= ' ' || c == 0x7f || c == '#' || c == '\\');
    }
}
