package fr.guichet.desk.vocabulary;

/** Whether the practice is the main or a secondary one, as the API names it, in French. */
public enum PracticeSite {
    MAIN("Cabinet principal"),
    SECONDARY("Cabinet secondaire");

    private final String label;

    PracticeSite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
