package fr.guichet.cases.casefile;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import fr.guichet.cases.casefile.CaseRequests.CaseChanges;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.policy.Caller;

/** Applies the fields a client sent, each real change recorded in the history with its before and after. */
final class CaseChangeApplier {

    private final CaseFile c;
    private final Caller caller;
    private final CaseHistory history;
    private int given;
    private int changed;
    private Set<String> cleared;

    CaseChangeApplier(CaseFile c, Caller caller, CaseHistory history) {
        this.c = c;
        this.caller = caller;
        this.history = history;
    }

    /** Fields the client sent, changed or not. */
    int given() {
        return given;
    }

    /** Fields whose value the request really changed. */
    int changed() {
        return changed;
    }

    void apply(CasePatch patch) {
        CaseChanges changes = patch.values();
        cleared = patch.cleared();
        set("firstName", changes.firstName(), () -> c.firstName, v -> c.firstName = v);
        set("lastName", changes.lastName(), () -> c.lastName, v -> c.lastName = v);
        set("email", changes.email(), () -> c.email, v -> c.email = v);
        set("phone", changes.phone(), () -> c.phone, v -> c.phone = v);
        set("specialty", changes.specialty(), () -> c.specialty, v -> c.specialty = v);
        set("careerStage", changes.careerStage(), () -> c.careerStage, v -> c.careerStage = v);
        set("targetCommune", changes.targetCommune(), () -> c.targetCommune, v -> {
            c.targetCommune = v;
            c.department = CaseFile.departmentOf(v);
        });
        set("practiceMode", changes.practiceMode(), () -> c.practiceMode, v -> c.practiceMode = v);
        set("coordinatedPractice", changes.coordinatedPractice(), () -> c.coordinatedPractice, v -> c.coordinatedPractice = v);
        set("sector", changes.sector(), () -> c.sector, v -> c.sector = v);
        set("onCallDuty", changes.onCallDuty(), () -> c.onCallDuty, v -> c.onCallDuty = v);
        set("daysPerWeek", changes.daysPerWeek(), () -> c.daysPerWeek, v -> c.daysPerWeek = v);
        set("practiceSite", changes.practiceSite(), () -> c.practiceSite, v -> c.practiceSite = v);
        set("alreadyInstalledElsewhere", changes.alreadyInstalledElsewhere(), () -> c.alreadyInstalledElsewhere,
                v -> c.alreadyInstalledElsewhere = v);
        set("remainingStudyMonths", changes.remainingStudyMonths(), () -> c.remainingStudyMonths, v -> c.remainingStudyMonths = v);
        set("aidsAlreadyReceived", changes.aidsAlreadyReceived(), () -> c.aidsAlreadyReceived,
                v -> c.aidsAlreadyReceived = v == null ? new ArrayList<>() : new ArrayList<>(v));
        set("plannedStartDate", changes.plannedStartDate(), () -> c.plannedStartDate, v -> c.plannedStartDate = v);
        set("notes", changes.notes(), () -> c.notes, v -> c.notes = v);
    }

    private <T> void set(String field, T value, Supplier<T> current, Consumer<T> setter) {
        if (value == null && !cleared.contains(field)) {
            return;
        }
        given++;
        T before = current.get();
        if (!Objects.equals(before, value)) {
            changed++;
            history.record(c.id, caller.actor(), CaseEvent.Kind.FIELD_CHANGED, field, before, value, null);
            setter.accept(value);
        }
    }
}
