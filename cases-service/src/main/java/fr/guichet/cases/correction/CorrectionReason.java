package fr.guichet.cases.correction;

/**
 * The usual reasons a piece goes back to the professional, so that they can be counted; the request always says it in
 * words as well (its {@code reason}), which is what the professional reads.
 */
public enum CorrectionReason {
    /** Unreadable: a blurred scan, a cut page. */
    ILLEGIBLE,
    /** Out of date, such as a certificate more than 3 months old. */
    EXPIRED,
    /** Pages or entries missing. */
    INCOMPLETE,
    /** Not the piece that was asked for. */
    WRONG_DOCUMENT,
    OTHER
}
