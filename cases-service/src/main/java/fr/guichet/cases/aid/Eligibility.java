package fr.guichet.cases.aid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What aids-service's simulator answers about a project (its {@code POST /eligibility}), passed on as it
 * is to the case's readers. The shape is aids-service's; contracts/aids-service holds the example that
 * its tests check against the real service. {@code notes} say what the total leaves out, and why.
 */
public record Eligibility(LocalDate asOf, LocalDate horizonEnd, Commune commune, List<AidAssessment> aids,
        List<String> combination, long totalCents, List<String> notes) {

    @Schema(name = "EligibilityStatus")
    public enum Status {
        ELIGIBLE, NEEDS_INFO, INELIGIBLE
    }

    Optional<AidAssessment> aid(String code) {
        return aids.stream().filter(aid -> aid.code().equals(code)).findFirst();
    }

    public record Commune(String insee, String name, Area department, Area region, Integer population,
            List<String> formerCodes, LocalDate asOf, List<Zone> zones) {
    }

    public record Area(String code, String name) {
    }

    /** {@code partial}: only part of the commune is in the zone, and the address decides. */
    public record Zone(String layer, String profession, String zoneType, String zoneCode, boolean partial,
            LocalDate validFrom, LocalDate validTo, String source, boolean illustrative) {
    }

    @Schema(name = "CaseAidAssessment")
    public record AidAssessment(String code, int versionNumber, String label, String funder, String category,
            Status status, List<Criterion> criteria, List<String> conditionsToCheck, Schedule schedule,
            List<Commitment> commitments, List<String> incompatibleWith, boolean countedInTotal, String excludedBy,
            List<String> requiredDocuments, String sourceUrl) {
    }

    /** One condition of the aid: MET, NOT_MET or UNKNOWN, with its reason in French. */
    @Schema(name = "CaseAidCriterion")
    public record Criterion(String criterion, String outcome, String reason) {
    }

    public record Schedule(String kind, List<Payment> payments, long totalCents, boolean computable,
            Long maxAmountCents, Long monthlyAmountCents, String note) {
    }

    public record Payment(LocalDate date, long amountCents, String label) {
    }

    @Schema(name = "CaseAidCommitment")
    public record Commitment(String kind, Integer years, String description) {
    }
}
