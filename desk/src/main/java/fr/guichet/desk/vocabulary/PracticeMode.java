package fr.guichet.desk.vocabulary;

/** How the professional will practise, as the API names it, in French. */
public enum PracticeMode {
    LIBERAL("Libéral"),
    SALARIED("Salarié"),
    MIXED("Mixte (libéral et salarié)");

    private final String label;

    PracticeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
