package fr.guichet.desk.casefile;

/** How the professional first reached the guichet. */
public enum Channel {
    WEB("Site internet"),
    PHONE("Téléphone"),
    EMAIL("Courriel"),
    EVENT("Événement"),
    PARTNER("Partenaire");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
