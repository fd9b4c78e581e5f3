package fr.guichet.aids.catalogue;

public enum Funder {
    STATE, ARS, ASSURANCE_MALADIE, REGION, DEPARTMENT, COMMUNE_EPCI
}
