package fr.guichet.aids.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.guichet.aids.catalogue.AidDefinition;
import fr.guichet.aids.catalogue.AidVersion;
import fr.guichet.aids.catalogue.AmountSchedule;
import fr.guichet.aids.catalogue.Commitment;
import fr.guichet.aids.eligibility.Assessment.CriterionResult;
import fr.guichet.aids.eligibility.Assessment.Outcome;

/**
 * The rules that look at the aids a professional already received: the 10-year same-category rule
 * (loi 2023-1268 art. 2, décret 2025-231) and aids that cannot run alongside one still under way.
 */
final class AidHistory {

    static final int TEN_YEARS = 10;
    private static final int DEFAULT_RUNNING_YEARS = 1;

    private record Received(String code, LocalDate date, AidVersion version) {
    }

    private final List<Received> received = new ArrayList<>();
    private final LocalDate start;

    /** @param versionsByCode every version of each received aid, oldest first */
    AidHistory(List<EligibilityRequest.ReceivedAid> aids, Map<String, List<AidVersion>> versionsByCode, LocalDate start) {
        this.start = start;
        for (EligibilityRequest.ReceivedAid aid : aids) {
            received.add(new Received(aid.code(), aid.date(), versionAt(versionsByCode.get(aid.code()), aid.date())));
        }
    }

    /** The results of the history rules for one aid; empty when nothing received concerns it. */
    List<CriterionResult> evaluate(AidVersion aid, boolean categoryUnderTenYearRule) {
        List<CriterionResult> results = new ArrayList<>();
        for (Received r : received) {
            if (categoryUnderTenYearRule && r.version().category.equals(aid.category)) {
                results.add(tenYearRule(r));
            }
            if (incompatible(aid, r)) {
                results.add(runningIncompatibility(r));
            }
        }
        return results;
    }

    private CriterionResult tenYearRule(Received r) {
        LocalDate end = r.date().plusYears(TEN_YEARS);
        return end.isAfter(start)
                ? new CriterionResult("TEN_YEAR_RULE", Outcome.NOT_MET, "Une aide de la même catégorie (" + r.code()
                        + ") a été reçue le " + r.date() + " : la règle des 10 ans (loi n° 2023-1268, art. 2 ; décret n° 2025-231) "
                        + "exclut toute nouvelle aide de cette catégorie jusqu'au " + end + ".")
                : new CriterionResult("TEN_YEAR_RULE", Outcome.MET, "L'aide de la même catégorie (" + r.code()
                        + ") reçue le " + r.date() + " remonte à plus de 10 ans.");
    }

    private CriterionResult runningIncompatibility(Received r) {
        LocalDate end = r.date().plusYears(runningYears(r.version().definition));
        return end.isAfter(start)
                ? new CriterionResult("INCOMPATIBLE_WITH_RECEIVED", Outcome.NOT_MET, "Non cumulable avec " + r.code()
                        + ", reçue le " + r.date() + " et dont les engagements courent jusqu'au " + end + ".")
                : new CriterionResult("INCOMPATIBLE_WITH_RECEIVED", Outcome.MET, "L'aide " + r.code()
                        + ", non cumulable, a pris fin le " + end + ".");
    }

    private static boolean incompatible(AidVersion aid, Received r) {
        return aid.definition.incompatibleWith().contains(r.code())
                || r.version().definition.incompatibleWith().contains(aid.aidCode);
    }

    /** How long a received aid binds its beneficiary: its longest commitment, else its payments. */
    private static int runningYears(AidDefinition definition) {
        Optional<Integer> commitment = definition.commitments().stream()
                .map(Commitment::years).filter(years -> years != null).max(Integer::compare);
        if (commitment.isPresent()) {
            return commitment.get();
        }
        if (definition.amount() instanceof AmountSchedule.Instalments instalments) {
            return instalments.instalments().stream().mapToInt(AmountSchedule.Instalment::yearOffset).max().orElse(0) + 1;
        }
        return DEFAULT_RUNNING_YEARS;
    }

    /** The version in force when the aid was received, else the nearest one. */
    private static AidVersion versionAt(List<AidVersion> versions, LocalDate date) {
        return versions.stream().filter(v -> v.isInForceOn(date)).findFirst()
                .orElseGet(() -> versions.stream().filter(v -> !v.validFrom.isAfter(date))
                        .reduce((first, second) -> second).orElse(versions.get(0)));
    }
}
