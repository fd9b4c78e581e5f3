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

    /** {@code currentEtag}: quoted, as the ETag header carries it; {@code version}: the number it stands for. */
    public static void requireCurrent(String ifMatch, String currentEtag, int version, String resource) {
        requirePresent(ifMatch, resource);
        if (!currentEtag.equals(ifMatch.trim().replaceFirst("^W/", ""))) {
            throw new ProblemException(Problem.of(412, "Precondition Failed",
                    "The " + resource + " changed since you read it (now at version " + version + "); read it again."));
        }
    }
}
