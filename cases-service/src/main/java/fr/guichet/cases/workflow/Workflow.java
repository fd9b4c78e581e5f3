package fr.guichet.cases.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where the case life cycle is written: which step may follow which, and what each
 * step demands before it can be entered. Everything else asks it.
 */
public final class Workflow {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(CaseStatus.RECEIVED, EnumSet.of(CaseStatus.QUALIFIED, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.QUALIFIED, EnumSet.of(CaseStatus.PROJECT_DEFINED, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.PROJECT_DEFINED, EnumSet.of(CaseStatus.PROCEDURES, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.PROCEDURES, EnumSet.of(CaseStatus.INSTALLED, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.INSTALLED, EnumSet.of(CaseStatus.FOLLOW_UP, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.FOLLOW_UP, EnumSet.of(CaseStatus.CLOSED, CaseStatus.ABANDONED));
        NEXT.put(CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(CaseStatus.ABANDONED, EnumSet.noneOf(CaseStatus.class));
    }

    /** What a guard needs to know about the case to allow a step. */
    public interface CaseFacts {
        boolean hasProjectDefined();

        List<String> mandatoryTasksNotFinished();
    }

    /** Why a step is refused; {@code missing} lists what must be done first. */
    public record Refusal(String reason, List<CaseStatus> allowed, List<String> missing) {
    }

    private Workflow() {
    }

    public static Set<CaseStatus> allowedAfter(CaseStatus status) {
        return NEXT.get(status);
    }

    /** Null when the step is allowed; else why not. */
    public static Refusal check(CaseStatus from, CaseStatus to, String reason, CaseFacts facts) {
        List<CaseStatus> allowed = List.copyOf(NEXT.get(from));
        if (!allowed.contains(to)) {
            return new Refusal("Un dossier à l'étape « " + from.french() + " » ne peut pas passer à l'étape « "
                    + to.french() + " ».", allowed, List.of());
        }
        List<String> missing = new ArrayList<>();
        switch (to) {
            case ABANDONED -> {
                if (reason == null || reason.isBlank()) {
                    missing.add("reason");
                }
            }
            case PROCEDURES -> {
                if (!facts.hasProjectDefined()) {
                    missing.add("project: target commune, practice mode and planned start date");
                }
            }
            case INSTALLED -> missing.addAll(facts.mandatoryTasksNotFinished());
            default -> {
                // no guard beyond the allowed order
            }
        }
        return missing.isEmpty() ? null
                : new Refusal("Le dossier ne peut pas encore passer à l'étape « " + to.french() + " ».", allowed, missing);
    }
}
