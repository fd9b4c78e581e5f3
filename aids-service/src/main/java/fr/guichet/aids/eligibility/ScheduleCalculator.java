package fr.guichet.aids.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.guichet.aids.catalogue.AmountSchedule;
import fr.guichet.aids.eligibility.Assessment.CriterionResult;
import fr.guichet.aids.eligibility.Assessment.Outcome;
import fr.guichet.aids.eligibility.Assessment.Payment;
import fr.guichet.aids.eligibility.Assessment.Schedule;

/**
 * Dates an aid's amounts from the planned start and adds up what falls before the horizon. Only what can
 * be paid counts: an amount the project's answers cannot fix is shown, not added.
 */
final class ScheduleCalculator {

    private ScheduleCalculator() {
    }

    static Schedule schedule(AmountSchedule amount, EligibilityRequest project) {
        LocalDate start = project.plannedStartDate();
        LocalDate horizonEnd = project.horizonEnd();
        if (amount instanceof AmountSchedule.OneOff oneOff) {
            return dated("ONE_OFF", List.of(new Payment(start.plusMonths(oneOff.monthsAfterStart()), oneOff.amountCents(),
                    "Versement unique")), horizonEnd, null);
        } else if (amount instanceof AmountSchedule.Instalments instalments) {
            return dated("INSTALMENTS", instalments.instalments().stream()
                    .map(i -> new Payment(start.plusYears(i.yearOffset()), i.amountCents(), "Année " + (i.yearOffset() + 1)))
                    .toList(), horizonEnd, null);
        } else if (amount instanceof AmountSchedule.Monthly monthly) {
            return monthly(monthly, project);
        } else if (amount instanceof AmountSchedule.Scaled scaled) {
            return scaled(scaled, project);
        } else if (amount instanceof AmountSchedule.UnscheduledTotal total) {
            return new Schedule("UNSCHEDULED_TOTAL", List.of(), total.amountCents(), true, total.amountCents(), null,
                    total.description());
        } else if (amount instanceof AmountSchedule.Described described) {
            return new Schedule("DESCRIBED", List.of(), 0, false, described.maxAmountCents(), null, described.description());
        }
        throw new IllegalArgumentException("No schedule for amount " + amount);
    }

    /** The question to ask when the amount depends on an answer the project lacks. */
    static Optional<CriterionResult> missingAnswer(AmountSchedule amount, EligibilityRequest project) {
        if (amount instanceof AmountSchedule.Scaled && project.daysPerWeek() == null) {
            return Optional.of(new CriterionResult("AMOUNT_BASIS", Outcome.UNKNOWN,
                    "Le montant dépend du nombre de jours d'exercice par semaine ; le projet ne le précise pas."));
        }
        return Optional.empty();
    }

    private static Schedule dated(String kind, List<Payment> payments, LocalDate horizonEnd, String note) {
        List<Payment> within = payments.stream().filter(p -> p.date().isBefore(horizonEnd)).toList();
        long total = within.stream().mapToLong(Payment::amountCents).sum();
        String cut = within.size() < payments.size()
                ? "Des versements tombent après l'horizon de la simulation (" + horizonEnd + ") et ne sont pas comptés." : null;
        String joined = note == null ? cut : cut == null ? note : note + " " + cut;
        return new Schedule(kind, within, total, true, null, null, joined);
    }

    /** Monthly payments over the months that can be paid, grouped by year of the simulation. */
    private static Schedule monthly(AmountSchedule.Monthly monthly, EligibilityRequest project) {
        String perMonth = Money.euros(monthly.amountCents()) + " par mois";
        String about = monthly.description() == null ? perMonth : monthly.description();
        Integer payable = payableMonths(monthly, project);
        if (payable == null) {
            String why = monthly.until() == AmountSchedule.MonthlyEnd.END_OF_STUDIES
                    ? "le nombre de mois d'études restants n'est pas indiqué (remainingStudyMonths)"
                    : "la durée de versement dépend de la situation (mois de stage, etc.)";
            return new Schedule("MONTHLY", List.of(), 0, false, null, monthly.amountCents(),
                    about + " : montant mensuel seulement, non compté dans le total car " + why + ".");
        }
        LocalDate start = project.plannedStartDate();
        int horizonMonths = (int) ChronoUnit.MONTHS.between(start, project.horizonEnd());
        int months = Math.min(payable, horizonMonths);
        List<Payment> payments = new ArrayList<>();
        for (int first = 0; first < months; first += 12) {
            int count = Math.min(12, months - first);
            payments.add(new Payment(start.plusMonths(first), count * monthly.amountCents(),
                    count + " mensualité(s) de " + Money.euros(monthly.amountCents())));
        }
        String note = about + " : " + months + " mois comptés" + (months < payable
                ? " (les suivants tombent après l'horizon de la simulation, " + project.horizonEnd() + ")." : ".");
        return new Schedule("MONTHLY", payments, months * monthly.amountCents(), true, null, monthly.amountCents(), note);
    }

    /** The months that will be paid, or null when nothing the project says bounds them. */
    private static Integer payableMonths(AmountSchedule.Monthly monthly, EligibilityRequest project) {
        if (monthly.until() == AmountSchedule.MonthlyEnd.END_OF_STUDIES) {
            Integer remaining = project.remainingStudyMonths();
            if (remaining == null) {
                return null;
            }
            return monthly.months() == null ? remaining : Math.min(remaining, monthly.months());
        }
        return monthly.months();
    }

    private static Schedule scaled(AmountSchedule.Scaled scaled, EligibilityRequest project) {
        List<AmountSchedule.ScalePoint> points = scaled.points();
        long max = points.stream().mapToLong(AmountSchedule.ScalePoint::amountCents).max().orElse(0);
        String about = scaled.description() == null ? "Montant selon le nombre de jours d'exercice par semaine"
                : scaled.description();
        BigDecimal days = project.daysPerWeek();
        if (days == null) {
            return new Schedule("SCALED", List.of(), 0, false, max, null,
                    about + " : non compté, le projet ne précise pas le nombre de jours par semaine.");
        }
        Scale scale = Scale.at(points, days);
        if (scale.amountCents() == 0) {
            return new Schedule("SCALED", List.of(), 0, true, max, null, about + " : rien en dessous de "
                    + points.get(0).at().stripTrailingZeros().toPlainString() + " jours par semaine.");
        }
        List<Payment> payments = split(scaled.payments(), scale.amountCents(), project.plannedStartDate());
        return dated("SCALED", payments, project.horizonEnd(), about + " : " + Money.euros(scale.amountCents()) + " pour "
                + days.stripTrailingZeros().toPlainString() + " jours par semaine"
                + (scale.interpolated() ? " (interpolé entre les montants publiés : indicatif)." : "."));
    }

    private record Scale(long amountCents, boolean interpolated) {

        static Scale at(List<AmountSchedule.ScalePoint> points, BigDecimal x) {
            AmountSchedule.ScalePoint first = points.get(0);
            AmountSchedule.ScalePoint last = points.get(points.size() - 1);
            if (x.compareTo(first.at()) < 0) {
                return new Scale(0, false);
            }
            if (x.compareTo(last.at()) >= 0) {
                return new Scale(last.amountCents(), false);
            }
            for (int i = 1; i < points.size(); i++) {
                AmountSchedule.ScalePoint low = points.get(i - 1);
                AmountSchedule.ScalePoint high = points.get(i);
                if (x.compareTo(high.at()) < 0) {
                    if (x.compareTo(low.at()) == 0) {
                        return new Scale(low.amountCents(), false);
                    }
                    BigDecimal share = x.subtract(low.at()).divide(high.at().subtract(low.at()), 10, RoundingMode.HALF_UP);
                    long amount = BigDecimal.valueOf(high.amountCents() - low.amountCents()).multiply(share)
                            .setScale(0, RoundingMode.HALF_UP).longValueExact() + low.amountCents();
                    return new Scale(amount, true);
                }
            }
            return new Scale(last.amountCents(), false);
        }
    }

    /** Splits an amount by shares; the last share takes the cents rounding leaves. */
    private static List<Payment> split(List<AmountSchedule.Share> shares, long amountCents, LocalDate start) {
        List<Payment> payments = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < shares.size(); i++) {
            AmountSchedule.Share share = shares.get(i);
            long part = i == shares.size() - 1 ? amountCents - given : amountCents * share.percent() / 100;
            given += part;
            payments.add(new Payment(start.plusYears(share.yearOffset()), part, share.percent() + " % (année "
                    + (share.yearOffset() + 1) + ")"));
        }
        return payments;
    }
}
