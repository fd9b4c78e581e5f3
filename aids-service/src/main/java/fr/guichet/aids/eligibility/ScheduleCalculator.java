package fr.guichet.aids.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.guichet.aids.catalogue.AmountSchedule;
import fr.guichet.aids.eligibility.Assessment.Payment;
import fr.guichet.aids.eligibility.Assessment.Schedule;

/** Dates an aid's amounts from the planned start and adds up what falls before the horizon. */
final class ScheduleCalculator {

    private ScheduleCalculator() {
    }

    static Schedule schedule(AmountSchedule amount, LocalDate start, LocalDate horizonEnd) {
        if (amount instanceof AmountSchedule.OneOff oneOff) {
            return dated("ONE_OFF", List.of(new Payment(start.plusMonths(oneOff.monthsAfterStart()), oneOff.amountCents(),
                    "Versement unique")), horizonEnd);
        } else if (amount instanceof AmountSchedule.Instalments instalments) {
            return dated("INSTALMENTS", instalments.instalments().stream()
                    .map(i -> new Payment(start.plusYears(i.yearOffset()), i.amountCents(), "Année " + (i.yearOffset() + 1)))
                    .toList(), horizonEnd);
        } else if (amount instanceof AmountSchedule.Monthly monthly) {
            return monthly(monthly, start, horizonEnd);
        } else if (amount instanceof AmountSchedule.UnscheduledTotal total) {
            return new Schedule("UNSCHEDULED_TOTAL", List.of(), total.amountCents(), true, total.amountCents(),
                    total.description());
        } else if (amount instanceof AmountSchedule.Described described) {
            return new Schedule("DESCRIBED", List.of(), 0, false, described.maxAmountCents(), described.description());
        }
        throw new IllegalArgumentException("No schedule for amount " + amount);
    }

    private static Schedule dated(String kind, List<Payment> payments, LocalDate horizonEnd) {
        List<Payment> within = payments.stream().filter(p -> p.date().isBefore(horizonEnd)).toList();
        long total = within.stream().mapToLong(Payment::amountCents).sum();
        String note = within.size() < payments.size()
                ? "Des versements tombent après l'horizon de la simulation (" + horizonEnd + ") et ne sont pas comptés." : null;
        return new Schedule(kind, within, total, true, null, note);
    }

    /** Monthly payments, grouped by year of the simulation so that the answer stays short. */
    private static Schedule monthly(AmountSchedule.Monthly monthly, LocalDate start, LocalDate horizonEnd) {
        int horizonMonths = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, horizonEnd);
        int months = monthly.months() == null ? horizonMonths : Math.min(monthly.months(), horizonMonths);
        List<Payment> payments = new ArrayList<>();
        for (int first = 0; first < months; first += 12) {
            int count = Math.min(12, months - first);
            payments.add(new Payment(start.plusMonths(first), count * monthly.amountCents(),
                    count + " mensualité(s) de " + Money.euros(monthly.amountCents())));
        }
        String note = monthly.months() == null
                ? "Durée non bornée (" + (monthly.description() == null ? "selon la situation" : monthly.description())
                        + ") : comptée jusqu'à l'horizon de la simulation (" + horizonEnd + ")."
                : monthly.description();
        return new Schedule("MONTHLY", payments, months * monthly.amountCents(), true, null, note);
    }
}
