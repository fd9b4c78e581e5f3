package fr.guichet.aids.eligibility;

import java.util.List;

import fr.guichet.aids.catalogue.Criterion;
import fr.guichet.aids.eligibility.Assessment.CriterionResult;
import fr.guichet.aids.eligibility.Assessment.Outcome;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;
import fr.guichet.aids.territory.TerritoryViews.ZoneView;
import fr.guichet.aids.territory.ZoneType;

/** Evaluates one typed criterion of the catalogue against a project and its commune. */
final class CriterionEvaluator {

    private final EligibilityRequest project;
    private final CommuneView commune;

    CriterionEvaluator(EligibilityRequest project, CommuneView commune) {
        this.project = project;
        this.commune = commune;
    }

    CriterionResult evaluate(Criterion criterion) {
        if (criterion instanceof Criterion.Territory territory) {
            return territory(territory);
        } else if (criterion instanceof Criterion.Zone zone) {
            return zone(zone.anyOf());
        } else if (criterion instanceof Criterion.NotZone notZone) {
            return notZone(notZone.anyOf());
        } else if (criterion instanceof Criterion.PracticeModeIn modes) {
            return among("PRACTICE_MODE", "Mode d'exercice", project.practiceMode(), modes.anyOf());
        } else if (criterion instanceof Criterion.CoordinatedPracticeIn practices) {
            return among("COORDINATED_PRACTICE", "Exercice coordonné", project.coordinatedPractice(), practices.anyOf());
        } else if (criterion instanceof Criterion.SectorIn sectors) {
            return among("SECTOR", "Secteur conventionnel", project.sector(), sectors.anyOf());
        } else if (criterion instanceof Criterion.MinDaysPerWeek days) {
            return minDays(days);
        } else if (criterion instanceof Criterion.OnCallDuty) {
            return onCallDuty();
        }
        throw new IllegalArgumentException("No evaluation for criterion " + criterion);
    }

    private CriterionResult territory(Criterion.Territory territory) {
        String where = commune.name() + " (" + commune.department().name() + ", " + commune.region().name() + ")";
        boolean inside = territory.regions().contains(commune.region().code())
                || territory.departments().contains(commune.department().code());
        return inside
                ? new CriterionResult("TERRITORY", Outcome.MET, where + " est dans le territoire de l'aide.")
                : new CriterionResult("TERRITORY", Outcome.NOT_MET, where + " est hors du territoire de l'aide (régions "
                        + territory.regions() + ", départements " + territory.departments() + ").");
    }

    private CriterionResult zone(List<ZoneType> wanted) {
        String required = FrenchLabels.anyOf(wanted);
        if (has(wanted, false)) {
            return new CriterionResult("ZONE", Outcome.MET, "La commune est classée " + required + " à cette date.");
        }
        if (has(wanted, true)) {
            return new CriterionResult("ZONE", Outcome.UNKNOWN, "Seule une partie de la commune est classée " + required
                    + " : l'adresse du lieu d'exercice décide.");
        }
        if (zoningUnknown(wanted)) {
            return new CriterionResult("ZONE", Outcome.UNKNOWN,
                    "Aucun zonage ARS de cette profession n'est connu pour la commune à cette date.");
        }
        return new CriterionResult("ZONE", Outcome.NOT_MET, "Zone requise : " + required + " ; la commune ne l'est pas à cette date.");
    }

    private CriterionResult notZone(List<ZoneType> excluded) {
        String names = FrenchLabels.anyOf(excluded);
        if (has(excluded, false)) {
            return new CriterionResult("NOT_ZONE", Outcome.NOT_MET, "L'aide exclut les communes classées " + names
                    + ", ce qu'est la commune à cette date.");
        }
        if (has(excluded, true)) {
            return new CriterionResult("NOT_ZONE", Outcome.UNKNOWN, "Une partie de la commune est classée " + names
                    + " : l'adresse du lieu d'exercice décide.");
        }
        if (zoningUnknown(excluded)) {
            return new CriterionResult("NOT_ZONE", Outcome.UNKNOWN,
                    "Aucun zonage ARS de cette profession n'est connu pour la commune à cette date.");
        }
        return new CriterionResult("NOT_ZONE", Outcome.MET, "La commune n'est pas classée " + names + ".");
    }

    private <E extends Enum<E>> CriterionResult among(String code, String subject, E answer, List<E> allowed) {
        String expected = subject + " requis : " + FrenchLabels.anyOf(allowed);
        if (answer == null) {
            return new CriterionResult(code, Outcome.UNKNOWN, expected + " ; le projet ne le précise pas.");
        }
        return allowed.contains(answer)
                ? new CriterionResult(code, Outcome.MET, subject + " : " + FrenchLabels.of(answer) + ".")
                : new CriterionResult(code, Outcome.NOT_MET, expected + " ; le projet prévoit : " + FrenchLabels.of(answer) + ".");
    }

    private CriterionResult onCallDuty() {
        Boolean answer = project.onCallDuty();
        if (answer == null) {
            return new CriterionResult("ON_CALL_DUTY", Outcome.UNKNOWN,
                    "Participation à la permanence des soins (PDSA) requise ; le projet ne le précise pas.");
        }
        return answer
                ? new CriterionResult("ON_CALL_DUTY", Outcome.MET, "Participation à la permanence des soins (PDSA) prévue.")
                : new CriterionResult("ON_CALL_DUTY", Outcome.NOT_MET,
                        "Participation à la permanence des soins (PDSA) requise ; le projet n'en prévoit pas.");
    }

    private CriterionResult minDays(Criterion.MinDaysPerWeek criterion) {
        String required = "Au moins " + criterion.min().stripTrailingZeros().toPlainString() + " jours d'exercice par semaine";
        if (project.daysPerWeek() == null) {
            return new CriterionResult("MIN_DAYS_PER_WEEK", Outcome.UNKNOWN, required + " ; le projet ne le précise pas.");
        }
        String planned = project.daysPerWeek().stripTrailingZeros().toPlainString();
        return project.daysPerWeek().compareTo(criterion.min()) >= 0
                ? new CriterionResult("MIN_DAYS_PER_WEEK", Outcome.MET, planned + " jours par semaine prévus.")
                : new CriterionResult("MIN_DAYS_PER_WEEK", Outcome.NOT_MET, required + " ; le projet en prévoit " + planned + ".");
    }

    private boolean has(List<ZoneType> types, boolean partial) {
        return commune.zones().stream().anyMatch(z -> z.partial() == partial && types.contains(z.zoneType()));
    }

    /** A criterion on ARS zone types cannot be judged where no ARS zoning of the profession is known. */
    private boolean zoningUnknown(List<ZoneType> types) {
        return types.stream().anyMatch(ZoneType::isProfessionZoning)
                && commune.zones().stream().map(ZoneView::zoneType).noneMatch(ZoneType::isProfessionZoning);
    }
}
