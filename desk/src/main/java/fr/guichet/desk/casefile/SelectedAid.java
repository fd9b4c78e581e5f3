package fr.guichet.desk.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An aid chosen for the case (the API's SelectedAid) and how far it has gone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelectedAid(String code, String label, String funder, Status status, Long agreedCents, Long paidCents) {

    public enum Status {
        SELECTED("Retenue", "fr-badge fr-badge--new"),
        FILED("Demande déposée", "fr-badge fr-badge--info"),
        SIGNED("Contrat signé", "fr-badge fr-badge--info"),
        PAID("Versée", "fr-badge fr-badge--success"),
        ENDED("Terminée", "fr-badge"),
        REPAID("Remboursée", "fr-badge fr-badge--warning"),
        REFUSED("Refusée", "fr-badge fr-badge--error");

        private final String label;
        private final String badge;

        Status(String label, String badge) {
            this.label = label;
            this.badge = badge;
        }

        public String label() {
            return label;
        }

        public String badge() {
            return badge;
        }
    }
}
