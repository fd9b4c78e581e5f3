package fr.guichet.desk.simulator;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.catalogue.Aid.Commitment;

/** What simulateEligibility answers: every aid in force on the planned start, assessed, and the total. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Simulation(LocalDate asOf, LocalDate horizonEnd, Commune commune, List<Assessment> aids,
        List<String> combination, long totalCents, List<String> notes) {

    public Simulation {
        aids = orEmpty(aids);
        combination = orEmpty(combination);
        notes = orEmpty(notes);
    }

    public List<Assessment> eligible() {
        return withStatus("ELIGIBLE");
    }

    public List<Assessment> toCheck() {
        return withStatus("NEEDS_INFO");
    }

    public List<Assessment> ineligible() {
        return withStatus("INELIGIBLE");
    }

    private List<Assessment> withStatus(String status) {
        return aids.stream().filter(aid -> status.equals(aid.status())).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commune(String insee, String name, Place department, Place region, List<Zone> zones) {

        public Commune {
            zones = orEmpty(zones);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String code, String name) {
    }

    /** A zone the commune lies in on the planned start; an illustrative one is demonstration data, not an arrêté. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Zone(String layer, String profession, String zoneType, boolean partial, LocalDate validFrom,
            LocalDate validTo, String source, boolean illustrative) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(String code, int versionNumber, String label, String funder, List<String> otherFunders,
            String category, Validity validity, String status, List<CriterionResult> criteria,
            List<String> conditionsToCheck, Schedule schedule, List<Commitment> commitments, List<String> incompatibleWith,
            boolean countedInTotal, String excludedBy, List<String> requiredDocuments, String sourceUrl) {

        public Assessment {
            otherFunders = orEmpty(otherFunders);
            criteria = orEmpty(criteria);
            conditionsToCheck = orEmpty(conditionsToCheck);
            commitments = orEmpty(commitments);
            incompatibleWith = orEmpty(incompatibleWith);
            requiredDocuments = orEmpty(requiredDocuments);
        }

        /** "Accessible", "À vérifier" or "Non accessible". */
        public String statusLabel() {
            return switch (status == null ? "" : status) {
                case "ELIGIBLE" -> "Accessible";
                case "NEEDS_INFO" -> "À vérifier";
                default -> "Non accessible";
            };
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validity(LocalDate validFrom, boolean validFromIndicative, LocalDate validTo, boolean validToIndicative) {
    }

    /** One condition of an aid, met or not or unknown, and why in French. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CriterionResult(String criterion, String outcome, String reason) {

        public String outcomeLabel() {
            return switch (outcome == null ? "" : outcome) {
                case "MET" -> "Condition remplie";
                case "NOT_MET" -> "Condition non remplie";
                default -> "À préciser";
            };
        }

        public boolean met() {
            return "MET".equals(outcome);
        }

        public boolean notMet() {
            return "NOT_MET".equals(outcome);
        }
    }

    /** The dated payments within the simulation's horizon; when not computable, only the amounts and the note say. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String kind, List<Payment> payments, long totalCents, boolean computable, Long maxAmountCents,
            Long monthlyAmountCents, String note) {

        public Schedule {
            payments = orEmpty(payments);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(LocalDate date, long amountCents, String label) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
