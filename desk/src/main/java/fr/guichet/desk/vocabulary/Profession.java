package fr.guichet.desk.vocabulary;

import io.quarkus.qute.TemplateData;

/** The professions the guichet accompanies, as the API names them, with their French words. */
@TemplateData
public enum Profession {
    GENERAL_PRACTITIONER("Médecin généraliste"),
    SPECIALIST("Médecin spécialiste"),
    DENTIST("Chirurgien-dentiste"),
    NURSE("Infirmier ou infirmière"),
    MIDWIFE("Sage-femme"),
    PHYSIOTHERAPIST("Masseur-kinésithérapeute"),
    PHARMACIST("Pharmacien ou pharmacienne");

    private final String label;

    Profession(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
