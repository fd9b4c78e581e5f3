package fr.guichet.aids.catalogue;

import java.time.LocalDate;

import fr.guichet.aids.territory.ZoneType;

/** Filters of the catalogue; null means "any". */
public record AidSearch(LocalDate asOf, String text, Profession profession, CareerStage careerStage, String region,
        String department, ZoneType zoneType, Funder funder, String category) {
}
