package fr.guichet.desk.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.vocabulary.CaseStatus;

/**
 * The state of the case page's "change step" form: what the correspondant chose and wrote (kept when the page is
 * shown again), and what came of it: moved, refused by the API with its reasons, or stale.
 */
public record MoveForm(CaseStatus to, String reason, CaseStatus moved, Refusal refusal, boolean stale,
        String choiceError) {

    private static final String REASON = "Le motif (obligatoire pour abandonner un dossier)";
    private static final String PROJECT = "Le projet : commune visée, mode d'exercice et date d'installation prévue";

    static final MoveForm BLANK = new MoveForm(null, null, null, null, false, null);

    static MoveForm moved(CaseStatus step) {
        return new MoveForm(null, null, step, null, false, null);
    }

    static MoveForm noStepChosen(String reason) {
        return new MoveForm(null, reason, null, null, false, "Choisissez l'étape où faire passer le dossier.");
    }

    static MoveForm refused(CaseStatus to, String reason, ApiProblem problem, CaseFolder folder) {
        List<String> missing = problem.texts("missing").stream().map(item -> missingItem(item, folder)).toList();
        List<CaseStatus> allowed = problem.texts("allowed").stream().flatMap(MoveForm::step).toList();
        List<String> fieldErrors = problem.errors().stream().map(ApiProblem.FieldError::message).toList();
        return new MoveForm(to, reason, null, new Refusal(problem.detail(), missing, allowed, fieldErrors), false, null);
    }

    static MoveForm stale(CaseStatus to, String reason) {
        return new MoveForm(to, reason, null, null, true, null);
    }

    public boolean chose(CaseStatus step) {
        return step == to;
    }

    /** The API says the reason is missing: the reason field shows it too. */
    public boolean reasonMissing() {
        return refusal != null && refusal.missing().contains(REASON);
    }

    /** What the API lists as missing, in the page's words where it names a field or a task of the checklist. */
    private static String missingItem(String item, CaseFolder folder) {
        if ("reason".equals(item)) {
            return REASON;
        }
        return item.startsWith("project") ? PROJECT : folder.taskLabel(item);
    }

    /** A step the API names, if the desk knows it (a newer API may know more). */
    private static Stream<CaseStatus> step(String code) {
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(code));
    }

    /** Why the API refused the step: its own explanation, what is missing, which steps it would allow. */
    public record Refusal(String detail, List<String> missing, List<CaseStatus> allowed, List<String> fieldErrors) {
    }
}
