package fr.guichet.common.api;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;

/**
 * The optimistic-concurrency rule of every versioned resource: a change names the ETag of the version it read in
 * If-Match (428 without one), and that must still be the current version (412 otherwise), weak or strong.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** {@code resource}: how the answer names it, such as "case". */
    public static void requirePresent(String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Changes to a " + resource + " need an If-Match header with the ETag of the version you read."));
        }
    }

    /** {@code version}: the resource's current version, whose ETag is that number, quoted. */
    public static void requireCurrent(String ifMatch, int version, String resource) {
        requirePresent(ifMatch, resource);
        if (!etag(version).equals(ifMatch.trim().replaceFirst("^W/", ""))) {
            throw new ProblemException(Problem.of(412, "Precondition Failed",
                    "The " + resource + " changed since you read it (now at version " + version + "); read it again."));
        }
    }

    /** The ETag of a version, quoted, as the header carries it. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
