package fr.guichet.cases.partner;

/**
 * What a partner organisation is, which decides the steps it owns: the CPAM registers and agrees the
 * professional, the Ordre keeps the roll and the on-call duty, the ANS sends the CPS card, and so on.
 */
public enum OrganisationKind {
    ARS, CPAM, ORDRE, URSSAF, DEPARTMENT_COUNCIL, COMMUNE_EPCI, LOAN_NETWORK, URPS, ANS, OTHER
}
