package fr.guichet.desk.events;

import io.quarkus.qute.TemplateData;

/** The interns' specialties an event addresses. */
@TemplateData
public enum InternSpecialty {
    GENERAL_PRACTICE("médecine générale"),
    PAEDIATRICS("pédiatrie"),
    GYNAECOLOGY("gynécologie"),
    PSYCHIATRY("psychiatrie"),
    EMERGENCY_MEDICINE("médecine d'urgence"),
    GERIATRICS("gériatrie"),
    OTHER("autres spécialités");

    private final String label;

    InternSpecialty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
