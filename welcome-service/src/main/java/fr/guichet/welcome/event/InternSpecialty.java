package fr.guichet.welcome.event;

/** The specialties of the interns (internes) an event addresses. */
public enum InternSpecialty {
    GENERAL_PRACTICE, PAEDIATRICS, GYNAECOLOGY, PSYCHIATRY, EMERGENCY_MEDICINE, GERIATRICS, OTHER
}
