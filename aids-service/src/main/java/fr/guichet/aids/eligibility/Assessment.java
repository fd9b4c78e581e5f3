package fr.guichet.aids.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.aids.catalogue.Commitment;
import fr.guichet.aids.catalogue.Funder;
import fr.guichet.aids.territory.TerritoryViews.CommuneView;

/** What the simulator answers. */
public final class Assessment {

    private Assessment() {
    }

    @Schema(name = "EligibilityStatus")
    public enum Status {
        ELIGIBLE, NEEDS_INFO, INELIGIBLE
    }

    public enum Outcome {
        MET, NOT_MET, UNKNOWN
    }

    /** One condition, with a machine code and a reason in French for the professional. */
    public record CriterionResult(String criterion, Outcome outcome, String reason) {
    }

    public record Payment(LocalDate date, long amountCents, String label) {
    }

    /**
     * Payments dated from the planned start within the horizon. {@code computable} is false when the
     * amount depends on what the profile cannot tell (a share of fees, an answer missing, months of payment
     * nothing bounds): then {@code totalCents} is 0 and only {@code maxAmountCents}, {@code monthlyAmountCents}
     * and the note say something.
     */
    public record Schedule(String kind, List<Payment> payments, long totalCents, boolean computable, Long maxAmountCents,
            Long monthlyAmountCents, String note) {
    }

    /** When the version is in force; an indicative date is the catalogue's best reading, no source gives it. */
    public record Validity(LocalDate validFrom, boolean validFromIndicative, LocalDate validTo, boolean validToIndicative) {
    }

    public record AidAssessment(String code, int versionNumber, String label, Funder funder, List<Funder> otherFunders,
            String category, Validity validity, Status status, List<CriterionResult> criteria,
            List<String> conditionsToCheck, Schedule schedule, List<Commitment> commitments, List<String> incompatibleWith,
            boolean countedInTotal, String excludedBy, List<String> requiredDocuments, String sourceUrl) {

        AidAssessment excludedBy(String chosen) {
            return new AidAssessment(code, versionNumber, label, funder, otherFunders, category, validity, status, criteria,
                    conditionsToCheck, schedule, commitments, incompatibleWith, false, chosen, requiredDocuments, sourceUrl);
        }

        AidAssessment counted() {
            return new AidAssessment(code, versionNumber, label, funder, otherFunders, category, validity, status, criteria,
                    conditionsToCheck, schedule, commitments, incompatibleWith, true, null, requiredDocuments, sourceUrl);
        }
    }

    /**
     * Every aid in force on the planned start date, eligible first. {@code totalCents} adds up the
     * eligible aids of {@code combination}: where aids cannot be combined, the one paying most is kept. Aids
     * that NEED_INFO are never counted; neither are amounts their schedule cannot compute ({@code notes} says which).
     */
    public record Result(LocalDate asOf, LocalDate horizonEnd, CommuneView commune, List<AidAssessment> aids,
            List<String> combination, long totalCents, List<String> notes) {
    }
}
