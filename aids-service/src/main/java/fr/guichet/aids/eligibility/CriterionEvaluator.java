package fr.guichet.aids.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
        } else if (criterion instanceof Criterion.PracticeSiteIn sites) {
            return among("PRACTICE_SITE", "Lieu d'exercice", project.practiceSite(), sites.anyOf());
        } else if (criterion instanceof Criterion.FirstInstallation first) {
            return firstInstallation(first.first());
        } else if (criterion instanceof Criterion.InstallationWindow window) {
            return installationWindow(window);
        } else if (criterion instanceof Criterion.AnyOf anyOf) {
            return anyOf(anyOf.anyOf());
        } else if (criterion instanceof Criterion.Question question) {
            return new CriterionResult("QUESTION", Outcome.UNKNOWN, question.question());
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

    private CriterionResult firstInstallation(boolean first) {
        String required = first ? "Aide réservée à une première installation en libéral"
                : "Aide réservée aux professionnels déjà installés ailleurs";
        Boolean elsewhere = project.alreadyInstalledElsewhere();
        if (elsewhere == null) {
            return new CriterionResult("FIRST_INSTALLATION", Outcome.UNKNOWN, required
                    + " ; le projet ne dit pas si le professionnel est déjà installé ailleurs.");
        }
        return elsewhere != first
                ? new CriterionResult("FIRST_INSTALLATION", Outcome.MET, first ? "Première installation en libéral."
                        : "Professionnel déjà installé ailleurs.")
                : new CriterionResult("FIRST_INSTALLATION", Outcome.NOT_MET, required + " ; le projet indique le contraire.");
    }

    private CriterionResult installationWindow(Criterion.InstallationWindow window) {
        String required = "Installation requise " + (window.from() == null ? "" : "à partir du " + window.from())
                + (window.from() != null && window.to() != null ? " et " : "")
                + (window.to() == null ? "" : "au plus tard le " + window.to());
        LocalDate installed = project.installationDate();
        if (installed == null) {
            return new CriterionResult("INSTALLATION_WINDOW", Outcome.UNKNOWN, required
                    + " ; le projet ne précise pas la date d'installation (installedOn).");
        }
        boolean inside = (window.from() == null || !installed.isBefore(window.from()))
                && (window.to() == null || !installed.isAfter(window.to()));
        return inside
                ? new CriterionResult("INSTALLATION_WINDOW", Outcome.MET, "Installation le " + installed + " : " + required + ".")
                : new CriterionResult("INSTALLATION_WINDOW", Outcome.NOT_MET, required + " ; le projet indique une "
                        + "installation le " + installed + ".");
    }

    /** Met when one alternative is met; else unknown when one is unknown (its question is asked); else not met. */
    private CriterionResult anyOf(List<Criterion> alternatives) {
        List<CriterionResult> results = alternatives.stream().map(this::evaluate).toList();
        CriterionResult met = results.stream().filter(r -> r.outcome() == Outcome.MET).findFirst().orElse(null);
        if (met != null) {
            return new CriterionResult("ANY_OF", Outcome.MET, met.reason());
        }
        Outcome outcome = results.stream().anyMatch(r -> r.outcome() == Outcome.UNKNOWN) ? Outcome.UNKNOWN : Outcome.NOT_MET;
        String reasons = results.stream().map(CriterionResult::reason).collect(Collectors.joining(" Ou : "));
        return new CriterionResult("ANY_OF", outcome, (outcome == Outcome.UNKNOWN
                ? "Il faut une réponse pour l'une des conditions alternatives : "
                : "Aucune des conditions alternatives n'est remplie : ") + reasons);
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
