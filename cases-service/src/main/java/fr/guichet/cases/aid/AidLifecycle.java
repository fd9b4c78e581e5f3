package fr.guichet.cases.aid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where an aid's life is written: which status may follow which, and what each move must
 * state. A contract is signed once and paid in instalments (PAID may follow PAID); it ends, or an early
 * exit repays its pro-rata share; a funder may refuse the file until it is signed.
 */
public final class AidLifecycle {

    private static final Map<AidStatus, Set<AidStatus>> NEXT = new EnumMap<>(AidStatus.class);

    static {
        NEXT.put(AidStatus.SELECTED, EnumSet.of(AidStatus.FILED, AidStatus.REFUSED));
        NEXT.put(AidStatus.FILED, EnumSet.of(AidStatus.SIGNED, AidStatus.REFUSED));
        NEXT.put(AidStatus.SIGNED, EnumSet.of(AidStatus.PAID, AidStatus.ENDED, AidStatus.REPAID));
        NEXT.put(AidStatus.PAID, EnumSet.of(AidStatus.PAID, AidStatus.ENDED, AidStatus.REPAID));
        NEXT.put(AidStatus.ENDED, EnumSet.noneOf(AidStatus.class));
        NEXT.put(AidStatus.REPAID, EnumSet.noneOf(AidStatus.class));
        NEXT.put(AidStatus.REFUSED, EnumSet.noneOf(AidStatus.class));
    }

    /** What a move states: the date it happened, an amount in cents, a reason. */
    public interface Facts {
        boolean hasDate();

        boolean hasAmount();

        boolean hasReason();
    }

    private AidLifecycle() {
    }

    public static Set<AidStatus> allowedAfter(AidStatus status) {
        return NEXT.get(status);
    }

    public static boolean allows(AidStatus from, AidStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The fields a move to {@code to} lacks: every move is dated; signing, paying and repaying carry an amount; a refusal its reason. */
    public static List<String> missing(AidStatus to, Facts facts) {
        List<String> missing = new ArrayList<>();
        if (!facts.hasDate()) {
            missing.add("date");
        }
        boolean needsAmount = to == AidStatus.SIGNED || to == AidStatus.PAID || to == AidStatus.REPAID;
        if (needsAmount && !facts.hasAmount()) {
            missing.add("amountCents");
        }
        if (to == AidStatus.REFUSED && !facts.hasReason()) {
            missing.add("reason");
        }
        return missing;
    }
}
