package fr.guichet.aids.catalogue;

/** Aid codes are stable upper-case identifiers such as {@code CAIM} or {@code OCCITANIE_MONTAGNE}. */
public final class AidCode {

    public static final String PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";

    private AidCode() {
    }
}
