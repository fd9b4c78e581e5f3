package fr.guichet.desk.vocabulary;

/** The professional's agreement sector with the Assurance Maladie, as the API names it, in French. */
public enum Sector {
    SECTOR_1("Secteur 1"),
    SECTOR_2("Secteur 2"),
    SECTOR_2_OPTAM("Secteur 2 avec OPTAM"),
    NON_CONVENTIONED("Non conventionné");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
