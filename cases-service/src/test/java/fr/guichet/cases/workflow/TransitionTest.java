package fr.guichet.cases.workflow;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;

/** Moving cases through the workflow over HTTP: refusals, abandonment, and what entering PROCEDURES opens. */
@QuarkusTest
class TransitionTest {

    private static final String MONTAGNE = "OCCITANIE_MONTAGNE";

    @Test
    void a_step_out_of_order_answers_422_with_the_allowed_next_steps() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        Cases.move(occitanie(), id, Cases.etag(occitanie(), id), "INSTALLED").then()
                .spec(Cases.problem(422))
                .body("detail", equalTo("Un dossier à l'étape « reçu » ne peut pas passer à l'étape « installé »."))
                .body("allowed", containsInAnyOrder("QUALIFIED", "ABANDONED"));
        occitanie().get("/cases/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RECEIVED", "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES", "INSTALLED",
            "FOLLOW_UP"})
    void a_case_may_be_abandoned_with_a_reason_from_every_open_step(CaseStatus step) {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = reach(id, step);

        occitanie().header("If-Match", etag).body(Map.of("to", "ABANDONED", "reason", "Installation à l'étranger"))
                .post("/cases/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("ABANDONED"))
                .body("abandonReason", equalTo("Installation à l'étranger"))
                .body("nextSteps", empty());
    }

    @Test
    void abandoning_without_a_reason_answers_422_naming_the_missing_reason() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));

        Cases.move(occitanie(), id, Cases.etag(occitanie(), id), "ABANDONED").then()
                .spec(Cases.problem(422))
                .body("detail", equalTo("Le dossier ne peut pas encore passer à l'étape « abandonné »."))
                .body("missing", equalTo(List.of("reason")))
                .body("allowed", containsInAnyOrder("QUALIFIED", "ABANDONED"));
    }

    @Test
    void nothing_follows_a_closed_case() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = reach(id, CaseStatus.CLOSED);

        occitanie().header("If-Match", etag).body(Map.of("to", "ABANDONED", "reason", "Trop tard"))
                .post("/cases/" + id + "/transitions").then()
                .spec(Cases.problem(422))
                .body("allowed", empty());
    }

    @Test
    void nothing_follows_an_abandoned_case() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = occitanie().header("If-Match", Cases.etag(occitanie(), id))
                .body(Map.of("to", "ABANDONED", "reason", "Ne donne plus de nouvelles"))
                .post("/cases/" + id + "/transitions").then().statusCode(200).extract().header("ETag");

        Cases.move(occitanie(), id, etag, "QUALIFIED").then()
                .spec(Cases.problem(422))
                .body("allowed", empty());
    }

    @Test
    void a_doctor_may_abandon_their_own_case() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        claire().header("If-Match", Cases.etag(claire(), id)).body(Map.of("to", "ABANDONED", "reason", "Je reste à Lyon"))
                .post("/cases/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("ABANDONED"));
    }

    @Test
    void a_doctor_may_not_qualify_their_own_case() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        Cases.move(claire(), id, Cases.etag(claire(), id), "QUALIFIED").then().spec(Cases.problem(403));
        claire().get("/cases/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void procedures_need_the_project_defined() {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE);
        project(request).remove("practiceMode");
        String id = Cases.create(occitanie(), request);
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED");

        Cases.move(occitanie(), id, etag, "PROCEDURES").then()
                .spec(Cases.problem(422))
                .body("missing[0]", startsWith("project"));
    }

    @Test
    void not_applicable_tasks_count_as_finished_for_installation() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");

        String etag = Cases.finishMandatoryTasks(Actors::occitanie, id, "NOT_APPLICABLE");

        Cases.move(occitanie(), id, etag, "INSTALLED").then().statusCode(200).body("status", equalTo("INSTALLED"));
    }

    @Test
    void entering_procedures_opens_the_nurse_checklist_for_a_nurse() {
        String id = Cases.create(occitanie(),
                Cases.withProfession(Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE), "NURSE"));

        Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");

        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("code", hasItems("RCP_INSURANCE", "ORDRE_REGISTRATION", "CPAM_CONVENTIONNEMENT", "URSSAF_DECLARATION",
                        "CARPIMKO_AFFILIATION", "PREMISES_LEASE"))
                .body("code", not(hasItem("CARMF_AFFILIATION")))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.label", containsString("Ordre national des infirmiers"))
                .body("status", everyItem(equalTo("TODO")));
    }

    @Test
    void an_aid_selected_before_procedures_gets_its_ars_task_when_procedures_open() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED");
        selectAid(id, etag);
        occitanie().get("/cases/" + id + "/tasks").then().body("$", empty());

        Cases.moveThrough(Actors::occitanie, id, "PROJECT_DEFINED", "PROCEDURES");

        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'AID_" + MONTAGNE + "' }.partner", equalTo("ARS"))
                .body("find { it.code == 'AID_" + MONTAGNE + "' }.aidCode", equalTo(MONTAGNE))
                .body("find { it.code == 'AID_" + MONTAGNE + "' }.status", equalTo("TODO"))
                .body("code", hasItem("ORDRE_REGISTRATION"));
    }

    @Test
    void an_aid_selected_during_procedures_gets_its_ars_task_at_once() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        occitanie().get("/cases/" + id + "/tasks").then().body("code", not(hasItem("AID_" + MONTAGNE)));

        selectAid(id, etag);

        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'AID_" + MONTAGNE + "' }.aidCode", equalTo(MONTAGNE))
                .body("find { it.code == 'AID_" + MONTAGNE + "' }.mandatory", equalTo(true));
    }

    /** Moves a new case of the correspondant's to the given step along the usual path; answers its ETag. */
    private static String reach(String id, CaseStatus step) {
        List<String> path = Arrays.stream(CaseStatus.values())
                .takeWhile(s -> s != CaseStatus.ABANDONED && s.compareTo(step) <= 0)
                .filter(s -> s != CaseStatus.RECEIVED)
                .map(Enum::name)
                .toList();
        String etag = Cases.etag(occitanie(), id);
        for (String next : path) {
            if (next.equals("INSTALLED")) {
                etag = Cases.finishMandatoryTasks(Actors::occitanie, id, "DONE");
            }
            etag = Cases.move(occitanie(), id, etag, next).then().statusCode(200).extract().header("ETag");
        }
        return etag;
    }

    private static void selectAid(String id, String etag) {
        occitanie().header("If-Match", etag).body(Map.of("code", MONTAGNE)).post("/cases/" + id + "/aids")
                .then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> project(Map<String, Object> request) {
        return (Map<String, Object>) request.get("project");
    }
}
