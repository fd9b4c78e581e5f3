package fr.guichet.gateway.composition;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What aids-service's simulator says of the current case's project, as cases-service relays it
 * ({@code GET /cases/{id}/eligibility}); contracts/cases-service/read-a-case-eligibility.json holds these
 * fields.
 */
@Schema(name = "MyEligibility")
public record Eligibility(LocalDate asOf, LocalDate horizonEnd, Commune commune, List<AidAssessment> aids,
        List<String> combination, long totalCents) {

    @Schema(name = "MyCommune")
    public record Commune(String insee, String name, Area department, Area region, Integer population,
            List<String> formerCodes, LocalDate asOf, List<Zone> zones) {
    }

    @Schema(name = "MyArea")
    public record Area(String code, String name) {
    }

    @Schema(name = "MyZone")
    public record Zone(String layer, String profession, String zoneType, String zoneCode, boolean partial,
            LocalDate validFrom, LocalDate validTo, String source, boolean illustrative) {
    }

    @Schema(name = "MyAidAssessment")
    public record AidAssessment(String code, int versionNumber, String label, String funder, String category,
            @Schema(ref = "EligibilityStatus") String status, List<Criterion> criteria, List<String> conditionsToCheck, Schedule schedule,
            List<Commitment> commitments, List<String> incompatibleWith, boolean countedInTotal, String excludedBy,
            List<String> requiredDocuments, String sourceUrl) {
    }

    @Schema(name = "MyCriterion")
    public record Criterion(String criterion, String outcome, String reason) {
    }

    @Schema(name = "MySchedule")
    public record Schedule(String kind, List<Payment> payments, long totalCents, boolean computable,
            Long maxAmountCents, String note) {
    }

    @Schema(name = "MyPayment")
    public record Payment(LocalDate date, long amountCents, String label) {
    }

    @Schema(name = "MyCommitment")
    public record Commitment(String kind, Integer years, String description) {
    }
}
