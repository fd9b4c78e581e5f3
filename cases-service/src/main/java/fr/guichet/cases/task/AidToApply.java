package fr.guichet.cases.task;

import java.time.LocalDate;
import java.util.List;

import fr.guichet.cases.partner.OrganisationKind;

/**
 * An aid selected for a case, as its tasks need it: who funds it (the simulator's {@code funder} and
 * {@code category}), where the professional installs, and the dates of the payments the simulator foresees.
 */
public record AidToApply(String code, String label, String funder, String category, String department,
        String commune, LocalDate installation, List<LocalDate> paymentDates) {

    /** The organisation that handles the aid's file. */
    String partner() {
        if (category != null && category.contains("TAX")) {
            return "TAX_OFFICE";
        }
        if (funder == null) {
            return "ARS";
        }
        return switch (funder) {
            case "ASSURANCE_MALADIE" -> "CPAM_" + department;
            case "REGION" -> "REGION";
            case "DEPARTMENT" -> "DEPARTMENT_" + department;
            case "COMMUNE_EPCI" -> "COMMUNE_" + commune;
            default -> "ARS";
        };
    }

    /**
     * The kind of organisation that owns the aid's file in the department: the funder's. A tax exemption is the tax
     * office's, which does not sit at the table: the guichet follows it.
     */
    OrganisationKind ownerKind() {
        if (category != null && category.contains("TAX")) {
            return null;
        }
        return switch (funder == null ? "" : funder) {
            case "ASSURANCE_MALADIE" -> OrganisationKind.CPAM;
            case "DEPARTMENT" -> OrganisationKind.DEPARTMENT_COUNCIL;
            case "COMMUNE_EPCI" -> OrganisationKind.COMMUNE_EPCI;
            default -> OrganisationKind.ARS;
        };
    }

    /**
     * Applying blocks the installation unless the aid is only paid after it (the convention-2024 one-off
     * aid, paid within three months): then the file is a follow-up, sent in time for the payment.
     */
    boolean blocksInstallation() {
        return installation == null || paymentDates.isEmpty()
                || paymentDates.stream().anyMatch(date -> !date.isAfter(installation));
    }

    /** The payments due after the installation that follow the first one (CAIM's second half): each is a follow-up. */
    List<LocalDate> laterPayments() {
        if (installation == null) {
            return List.of();
        }
        List<LocalDate> after = paymentDates.stream().filter(date -> date.isAfter(installation)).sorted().toList();
        return blocksInstallation() ? after : after.stream().skip(1).toList();
    }
}
