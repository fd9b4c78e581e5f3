package fr.guichet.desk.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.page.French;

/**
 * How much an aid pays and when (the API's AmountSchedule, one shape per {@code kind}), and its French summary.
 * Every amount is in euro cents.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amount(String kind, Long amountCents, Integer monthsAfterStart, List<Instalment> instalments,
        Integer months, String until, String by, List<ScalePoint> points, List<Share> payments, Long maxAmountCents,
        String description) {

    public Amount {
        instalments = instalments == null ? List.of() : instalments;
        points = points == null ? List.of() : points;
        payments = payments == null ? List.of() : payments;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instalment(int yearOffset, long amountCents) {

        public String year() {
            return yearOrdinal(yearOffset);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScalePoint(BigDecimal at, long amountCents) {

        public String days() {
            return at.stripTrailingZeros().toPlainString().replace('.', ',');
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Share(int yearOffset, int percent) {

        public String year() {
            return yearOrdinal(yearOffset);
        }
    }

    /** The amount in one sentence: "50 000 € versés sur 3 ans", "1 200 € par mois jusqu'à la fin des études". */
    public String summary() {
        return switch (kind == null ? "" : kind) {
            case "ONE_OFF" -> French.euros(amountCents) + " versés en une fois" + (monthsAfterStart == null || monthsAfterStart == 0
                    ? ", au début de l'activité" : ", " + monthsAfterStart + " mois après le début de l'activité") + ".";
            case "INSTALMENTS" -> French.euros(instalments.stream().mapToLong(Instalment::amountCents).sum())
                    + (instalments.size() == 1 ? " en un versement." : " au total, en " + instalments.size() + " versements annuels.");
            case "MONTHLY" -> French.euros(amountCents) + " par mois" + monthlyEnd() + ".";
            case "SCALED" -> "Jusqu'à " + French.euros(points.stream().mapToLong(ScalePoint::amountCents).max().orElse(0))
                    + ", selon le nombre de jours d'exercice par semaine.";
            case "UNSCHEDULED_TOTAL" -> French.euros(amountCents) + " au total (calendrier des versements non publié).";
            case "DESCRIBED" -> maxAmountCents == null ? "Montant selon la situation."
                    : "Montant selon la situation, jusqu'à " + French.euros(maxAmountCents) + ".";
            default -> "Montant non précisé.";
        };
    }

    private String monthlyEnd() {
        if ("END_OF_STUDIES".equals(until)) {
            return months == null ? ", jusqu'à la fin des études" : ", jusqu'à la fin des études et au plus " + months + " mois";
        }
        return months == null ? "" : ", pendant " + months + " mois au plus";
    }

    /** The year of an aid's life a payment falls in: "1re année", "2e année". */
    static String yearOrdinal(int offset) {
        return offset == 0 ? "1re année" : (offset + 1) + "e année";
    }
}
