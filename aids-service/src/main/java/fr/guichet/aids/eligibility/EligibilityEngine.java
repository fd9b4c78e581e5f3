package fr.guichet.aids.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.guichet.aids.catalogue.AidDefinition;
import fr.guichet.aids.catalogue.AidVersion;
import fr.guichet.aids.catalogue.CareerStage;
import fr.guichet.aids.catalogue.Profession;
import fr.guichet.aids.eligibility.Assessment.AidAssessment;
import fr.guichet.aids.eligibility.Assessment.CriterionResult;
import fr.guichet.aids.eligibility.Assessment.Outcome;
import fr.guichet.aids.eligibility.Assessment.Result;
import fr.guichet.aids.eligibility.Assessment.Schedule;
import fr.guichet.aids.eligibility.Assessment.Status;
import fr.guichet.aids.eligibility.Assessment.Validity;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;

/**
 * The one engine that judges every aid from its catalogue data: who it targets, its typed criteria,
 * the history rules, then which eligible aids can be combined. Pure: all data comes in as arguments.
 */
public final class EligibilityEngine {

    private static final Comparator<AidAssessment> ELIGIBLE_FIRST = Comparator
            .comparing(AidAssessment::status)
            .thenComparing(a -> -a.schedule().totalCents())
            .thenComparing(AidAssessment::code);

    private EligibilityEngine() {
    }

    /**
     * @param aidsInForce          versions in force on the planned start date
     * @param tenYearCategories    categories under the 10-year rule
     * @param receivedAidVersions  every version of each aid already received
     */
    public static Result assess(EligibilityRequest project, CommuneView commune, List<AidVersion> aidsInForce,
            Set<String> tenYearCategories, Map<String, List<AidVersion>> receivedAidVersions) {
        CriterionEvaluator evaluator = new CriterionEvaluator(project, commune);
        AidHistory history = new AidHistory(project.aidsAlreadyReceived(), receivedAidVersions, project.plannedStartDate());
        List<AidAssessment> assessed = aidsInForce.stream()
                .map(aid -> assessOne(aid, project, evaluator, history, tenYearCategories.contains(aid.category)))
                .sorted(ELIGIBLE_FIRST)
                .toList();
        List<AidAssessment> combined = combine(assessed);
        List<String> combination = combined.stream().filter(AidAssessment::countedInTotal).map(AidAssessment::code).toList();
        long total = combined.stream().filter(AidAssessment::countedInTotal).mapToLong(a -> a.schedule().totalCents()).sum();
        return new Result(project.plannedStartDate(), project.horizonEnd(), commune, combined, combination, total,
                notes(combined));
    }

    private static AidAssessment assessOne(AidVersion aid, EligibilityRequest project, CriterionEvaluator evaluator,
            AidHistory history, boolean underTenYearRule) {
        AidDefinition definition = aid.definition;
        List<CriterionResult> results = new ArrayList<>();
        results.add(profession(definition.professions(), project.profession()));
        results.add(careerStage(definition.careerStages(), project.careerStage()));
        definition.criteria().forEach(criterion -> results.add(evaluator.evaluate(criterion)));
        results.addAll(history.evaluate(aid, underTenYearRule));
        ScheduleCalculator.missingAnswer(definition.amount(), project).ifPresent(results::add);
        Schedule schedule = ScheduleCalculator.schedule(definition.amount(), project);
        Validity validity = new Validity(aid.validFrom, aid.validFromIndicative, aid.validTo, aid.validToIndicative);
        return new AidAssessment(aid.aidCode, aid.versionNumber, aid.label, aid.funder, definition.otherFunders(),
                aid.category, validity, statusOf(results), results, definition.conditionsToCheck(), schedule,
                definition.commitments(), definition.incompatibleWith(), false, null, definition.requiredDocuments(),
                aid.sourceUrl);
    }

    /** Says, for the reader of the total, what it leaves out and why. */
    private static List<String> notes(List<AidAssessment> aids) {
        List<String> notes = new ArrayList<>();
        String unanswered = aids.stream().filter(a -> a.status() == Status.NEEDS_INFO).map(AidAssessment::code)
                .collect(Collectors.joining(", "));
        if (!unanswered.isEmpty()) {
            notes.add("Non comptées tant qu'une réponse manque : " + unanswered + ".");
        }
        String perMonth = aids.stream().filter(a -> a.status() == Status.ELIGIBLE && !a.schedule().computable()
                && a.schedule().monthlyAmountCents() != null)
                .map(a -> a.code() + " (" + Money.euros(a.schedule().monthlyAmountCents()) + " par mois)")
                .collect(Collectors.joining(", "));
        if (!perMonth.isEmpty()) {
            notes.add("Allocations mensuelles non comptées, leur durée n'étant pas connue : " + perMonth + ".");
        }
        return notes;
    }

    private static CriterionResult profession(List<Profession> targeted, Profession profession) {
        return targeted.contains(profession)
                ? new CriterionResult("PROFESSION", Outcome.MET, "Profession visée : " + FrenchLabels.of(profession) + ".")
                : new CriterionResult("PROFESSION", Outcome.NOT_MET, "Aide réservée aux professions suivantes : "
                        + FrenchLabels.anyOf(targeted) + ".");
    }

    private static CriterionResult careerStage(List<CareerStage> targeted, CareerStage stage) {
        return targeted.contains(stage)
                ? new CriterionResult("CAREER_STAGE", Outcome.MET, "Situation visée : " + FrenchLabels.of(stage) + ".")
                : new CriterionResult("CAREER_STAGE", Outcome.NOT_MET, "Aide réservée aux situations suivantes : "
                        + FrenchLabels.anyOf(targeted) + ".");
    }

    private static Status statusOf(List<CriterionResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.NOT_MET)) {
            return Status.INELIGIBLE;
        }
        return results.stream().anyMatch(r -> r.outcome() == Outcome.UNKNOWN) ? Status.NEEDS_INFO : Status.ELIGIBLE;
    }

    /**
     * Keeps, among eligible aids that cannot be combined, the one paying most over the horizon
     * (they arrive sorted so); the others stay eligible but are marked as excluded by it.
     */
    private static List<AidAssessment> combine(List<AidAssessment> sorted) {
        List<AidAssessment> chosen = new ArrayList<>();
        List<AidAssessment> result = new ArrayList<>();
        for (AidAssessment aid : sorted) {
            if (aid.status() != Status.ELIGIBLE) {
                result.add(aid);
                continue;
            }
            AidAssessment conflicting = chosen.stream().filter(c -> excludes(c, aid)).findFirst().orElse(null);
            AidAssessment decided = conflicting == null ? aid.counted() : aid.excludedBy(conflicting.code());
            if (conflicting == null) {
                chosen.add(decided);
            }
            result.add(decided);
        }
        return result;
    }

    private static boolean excludes(AidAssessment a, AidAssessment b) {
        return a.incompatibleWith().contains(b.code()) || b.incompatibleWith().contains(a.code());
    }
}
