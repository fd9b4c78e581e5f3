package fr.guichet.cases.plan;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The lead times are data: the staff read them, the guichet's administrator edits them, and the plans follow. */
@QuarkusTest
class PlanStepTest {

    private static final String URSSAF = "URSSAF_DECLARATION";
    private static final String URSSAF_NOTE = "domain.md ne donne aucun délai pour la déclaration de début d'activité : étape non datée.";

    @Inject
    MovableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        change(URSSAF, etag(URSSAF), urssaf(null, URSSAF_NOTE)).then().statusCode(200);
    }

    private static Map<String, Object> urssaf(Integer days, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", "Déclaration de début d'activité libérale (URSSAF-CFE)");
        body.put("leadTimeDays", days);
        body.put("anchor", "AFTER_START");
        body.put("note", note);
        body.put("source", "domain.md §3.6");
        return body;
    }

    private static String etag(String code) {
        int version = Actors.guichetAdmin().get("/plan/steps").then().statusCode(200)
                .extract().path("find { it.code == '" + code + "' }.version");
        return "\"" + version + "\"";
    }

    private static Response change(String code, String etag, Map<String, Object> body) {
        return Actors.guichetAdmin().header("If-Match", etag).body(body).put("/plan/steps/" + code);
    }

    @Test
    void the_staff_read_the_seeded_lead_times_with_their_source() {
        Actors.aisne().get("/plan/steps").then().statusCode(200)
                .body("find { it.code == 'ORDRE_REGISTRATION' }.leadTimeDays", equalTo(90))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.anchor", equalTo("AFTER_PREDECESSORS"))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.source", equalTo("CSP L.4112-3 (médecins, chirurgiens-dentistes, sages-femmes) ; domain.md §3.2"))
                .body("find { it.code == 'CPS_CARD' }.leadTimeDays", equalTo(15))
                .body("find { it.code == 'CARMF_AFFILIATION' }.practiceModes", equalTo(java.util.List.of("LIBERAL", "MIXED")))
                .body("find { it.code == 'URSSAF_DECLARATION' }.leadTimeDays", nullValue())
                .body("find { it.code == 'URSSAF_DECLARATION' }.note", equalTo(URSSAF_NOTE));
        Actors.claire().get("/plan/steps").then().spec(problem(403));
    }

    @Test
    void editing_a_lead_time_changes_the_plans() {
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        Map<String, Object> project = Cases.project(Cases.LAON);
        project.put("plannedStartDate", "2027-09-01");
        String id = Cases.create(Actors.aisne(), Map.of("professional", Cases.professional(Actors.RPPS_PAUL), "project", project));
        Actors.aisne().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.status", equalTo("UNDATED"));

        change(URSSAF, etag(URSSAF), urssaf(8, "Délai local")).then().statusCode(200)
                .header("ETag", equalTo(etag(URSSAF)))
                .body("leadTimeDays", equalTo(8))
                .body("updatedBy", equalTo("admin"));

        Actors.aisne().get("/cases/" + id + "/plan").then().statusCode(200)
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.status", equalTo("PENDING"))
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.latestDueDate", equalTo("2027-09-09"))
                .body("steps.find { it.code == 'URSSAF_DECLARATION' }.undatedReason", nullValue());
    }

    @Test
    void an_invalid_lead_time_is_a_400_naming_the_field() {
        change(URSSAF, etag(URSSAF), urssaf(-1, "x")).then().spec(problem(400))
                .body("errors.field", hasItem("leadTimeDays"));
    }

    @Test
    void an_undated_step_must_say_why() {
        change(URSSAF, etag(URSSAF), urssaf(null, null)).then().spec(problem(400))
                .body("errors.field", hasItem("note"));
    }

    @Test
    void an_unknown_anchor_or_field_is_a_400() {
        Map<String, Object> body = urssaf(8, "x");
        body.put("anchor", "SOMETIME");
        change(URSSAF, etag(URSSAF), body).then().spec(problem(400));
        Map<String, Object> extra = urssaf(8, "x");
        extra.put("professions", java.util.List.of("NURSE"));
        change(URSSAF, etag(URSSAF), extra).then().spec(problem(400));
    }

    @Test
    void an_unknown_step_is_404() {
        change("NO_SUCH_STEP", "\"1\"", urssaf(8, "x")).then().spec(problem(404));
    }

    @Test
    void a_stale_or_missing_if_match_is_refused() {
        change(URSSAF, "\"999\"", urssaf(8, "x")).then().spec(problem(412));
        Actors.guichetAdmin().body(urssaf(8, "x")).put("/plan/steps/" + URSSAF).then().spec(problem(428));
    }

    @Test
    void only_the_guichet_administrator_edits_lead_times() {
        Actors.aisne().header("If-Match", etag(URSSAF)).body(urssaf(8, "x")).put("/plan/steps/" + URSSAF)
                .then().spec(problem(403));
    }
}
