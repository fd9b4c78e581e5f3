package fr.guichet.desk.vocabulary;

/** The coordinated practice the professional joins, as the API names it, in French. */
public enum CoordinatedPractice {
    NONE("Exercice isolé"),
    GROUP("Cabinet de groupe"),
    MSP("Maison de santé pluriprofessionnelle (MSP)"),
    ESP("Équipe de soins primaires (ESP)"),
    CPTS("Communauté professionnelle territoriale de santé (CPTS)");

    private final String label;

    CoordinatedPractice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
