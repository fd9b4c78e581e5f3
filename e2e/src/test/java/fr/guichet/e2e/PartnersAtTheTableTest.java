package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * Partners at the table, on the real stack with Keycloak's tokens: the organisations the realm binds partner-demo,
 * ordre-aisne and urssaf-picardie to (the CPAM and the Ordre of the Aisne, URSSAF Picardie) each work on their own
 * tasks of one case, and nobody reaches what is not theirs.
 */
@ExtendWith(Stack.class)
class PartnersAtTheTableTest {

    /** As the demo does, unless it already did: the tests do not depend on the demo having run. */
    @BeforeAll
    static void registerTheOrganisations() {
        String admin = Tokens.of("admin");
        register(admin, "CPAM-02", "CPAM", List.of("02"));
        register(admin, "ORDRE-MEDECINS-02", "ORDRE", List.of("02"));
        register(admin, "URSSAF-PICARDIE", "URSSAF", List.of("02", "60", "80"));
    }

    private static void register(String admin, String code, String kind, List<String> departments) {
        as(admin).body(Map.of("code", code, "name", "Organisation " + code, "kind", kind, "departments", departments))
                .post("/api/partners/organisations").then().statusCode(oneOf(201, 409));
    }

    private static final String LAON = "02408";
    private static final String MENDE = "48095";

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    private static Map<String, Object> project(String commune) {
        return Map.of("professional", Map.of("firstName", "Claire", "lastName", "Martin", "email", "claire.martin@example.org",
                "profession", "GENERAL_PRACTITIONER", "careerStage", "INSTALLING"),
                "project", Map.of("targetCommune", commune, "practiceMode", "LIBERAL", "sector", "SECTOR_1",
                        "plannedStartDate", "2027-01-04"));
    }

    /** A doctor's case taken by the desk through the given steps; answers its id. */
    private static String aCase(String doctor, String desk, String commune, String... steps) {
        String id = as(doctor).body(project(commune)).post("/api/cases").then().statusCode(201).extract().path("id");
        for (String step : steps) {
            as(desk).header("If-Match", etag(desk, id)).body(Map.of("to", step)).post("/api/cases/" + id + "/transitions")
                    .then().statusCode(200);
        }
        return id;
    }

    private static String etag(String token, String id) {
        return as(token).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static String taskOf(String token, String caseId, String organisation) {
        return as(token).get("/api/cases/" + caseId + "/tasks").then().statusCode(200)
                .extract().path("find { it.ownerOrg == '" + organisation + "' }.id");
    }

    private static int changeTask(String token, String caseId, String taskId, Map<String, Object> change) {
        return as(token).header("If-Match", etag(token, caseId)).body(change)
                .patch("/api/cases/" + caseId + "/tasks/" + taskId).then().extract().statusCode();
    }

    @Test
    void each_organisation_sees_the_case_from_the_joint_session_and_changes_only_its_own_tasks() {
        String doctor = Tokens.of("doctor");
        String desk = Tokens.of("correspondant");
        String cpam = Tokens.partner("partner-demo");
        String ordre = Tokens.partner("ordre-aisne");
        String id = aCase(doctor, desk, LAON, "QUALIFIED", "PROJECT_DEFINED");
        as(cpam).get("/api/cases/" + id).then().statusCode(404);

        as(desk).header("If-Match", etag(desk, id)).body(Map.of("to", "PROCEDURES")).post("/api/cases/" + id + "/transitions")
                .then().statusCode(200);

        as(cpam).get("/api/cases/" + id).then().statusCode(200).body("professional.lastName", equalTo("Martin"));
        as(cpam).get("/api/cases?mine=tasks&limit=100").then().statusCode(200).body("items.id", hasItem(id));
        as(cpam).get("/api/cases/" + id + "/tasks").then().statusCode(200)
                .body("findAll { it.ownerOrg == 'CPAM-02' }.mandatory", everyItem(notNullValue()))
                .body("findAll { it.ownerOrg != 'CPAM-02' }.note", everyItem(nullValue()));
        String cpamTask = taskOf(cpam, id, "CPAM-02");
        String ordreTask = taskOf(ordre, id, "ORDRE-MEDECINS-02");

        assertEquals(200, changeTask(cpam, id, cpamTask, Map.of("status", "IN_PROGRESS", "note", "Dossier reçu")));
        assertEquals(403, changeTask(cpam, id, ordreTask, Map.of("status", "DONE")));
        assertEquals(200, changeTask(ordre, id, ordreTask, Map.of("status", "DONE")));
        as(desk).get("/api/cases/" + id + "/history").then().statusCode(200)
                .body("actor", hasItem("partner:CPAM-02/partner-demo"))
                .body("actor", hasItem("partner:ORDRE-MEDECINS-02/ordre-aisne"));
    }

    /** A principal: a person of the realm or a partner application, and whether its role may call each kind of probe. */
    private record Principal(String name, String token, boolean partner) {
    }

    /** A resource one principal holds, and who may read it. */
    private record Probe(String what, String path, String randomPath, List<String> readers, boolean partnersOnly) {
    }

    @Test
    void a_cross_tenant_sweep_finds_nothing_anyone_reaches_but_its_readers() {
        String doctor = Tokens.of("doctor");
        String doctor2 = Tokens.of("doctor2");
        String aisne = Tokens.of("correspondant");
        String cpam = Tokens.partner("partner-demo");
        String ordre = Tokens.partner("ordre-aisne");
        List<Principal> everyone = List.of(new Principal("doctor", doctor, false), new Principal("doctor2", doctor2, false),
                new Principal("correspondant", aisne, false),
                new Principal("correspondant-occitanie", Tokens.of("correspondant-occitanie"), false),
                new Principal("partner-demo", cpam, true), new Principal("ordre-aisne", ordre, true),
                new Principal("urssaf-picardie", Tokens.partner("urssaf-picardie"), true));
        String laon = aCase(doctor, aisne, LAON, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        String mende = aCase(doctor2, Tokens.of("correspondant-occitanie"), MENDE, "QUALIFIED");
        String cpamTask = taskOf(aisne, laon, "CPAM-02");
        String cpamDocument = upload(cpam, laon, cpamTask);
        String doctorDocument = upload(doctor, laon, null);
        String cpamSubscription = subscribe(cpam, "http://127.0.0.1:9/cpam");
        String ordreSubscription = subscribe(ordre, "http://127.0.0.1:9/ordre");

        List<String> laonReaders = List.of("doctor", "correspondant", "partner-demo", "ordre-aisne", "urssaf-picardie");
        String random = UUID.randomUUID().toString();
        List<Probe> probes = List.of(
                new Probe("Laon's case", "/api/cases/" + laon, "/api/cases/" + random, laonReaders, false),
                new Probe("Laon's tasks", "/api/cases/" + laon + "/tasks", "/api/cases/" + random + "/tasks", laonReaders, false),
                new Probe("Mende's case", "/api/cases/" + mende, "/api/cases/" + random,
                        List.of("doctor2", "correspondant-occitanie"), false),
                new Probe("the CPAM's document", "/api/cases/" + laon + "/documents/" + cpamDocument,
                        "/api/cases/" + laon + "/documents/" + random, List.of("doctor", "correspondant", "partner-demo"), false),
                new Probe("the doctor's document", "/api/cases/" + laon + "/documents/" + doctorDocument,
                        "/api/cases/" + laon + "/documents/" + random, List.of("doctor", "correspondant"), false),
                new Probe("the CPAM's subscription", "/api/webhooks/subscriptions/" + cpamSubscription,
                        "/api/webhooks/subscriptions/" + random, List.of("partner-demo"), true),
                new Probe("the Ordre's subscription", "/api/webhooks/subscriptions/" + ordreSubscription,
                        "/api/webhooks/subscriptions/" + random, List.of("ordre-aisne"), true));

        List<String> breaches = new ArrayList<>();
        for (Probe probe : probes) {
            for (Principal principal : everyone) {
                int answer = as(principal.token()).get(probe.path()).then().extract().statusCode();
                int nothing = as(principal.token()).get(probe.randomPath()).then().extract().statusCode();
                boolean reader = probe.readers().contains(principal.name());
                int expected = reader ? 200 : probe.partnersOnly() && !principal.partner() ? 403 : 404;
                if (answer != expected || (!reader && answer != nothing)) {
                    breaches.add(probe.what() + " as " + principal.name() + ": " + answer + " (expected " + expected
                            + ", a random id answers " + nothing + ")");
                }
            }
        }
        // a task of the Laon case, changed through a case the caller does handle
        String occitanie = Tokens.of("correspondant-occitanie");
        assertEquals(404, changeTask(occitanie, mende, cpamTask, Map.of("status", "DONE")));
        assertTrue(breaches.isEmpty(), String.join("\n", breaches));
    }

    private static String upload(String token, String caseId, String taskId) {
        RequestSpecification request = given().baseUri(Stack.GATEWAY).auth().oauth2(token)
                .multiPart("file", "piece.pdf", "%PDF-1.4 e2e".getBytes(), "application/pdf");
        if (taskId != null) {
            request = request.multiPart("taskId", taskId);
        }
        return request.post("/api/cases/" + caseId + "/documents").then().statusCode(201).extract().path("id");
    }

    private static String subscribe(String token, String url) {
        return as(token).body(Map.of("url", url, "eventTypes", List.of("case.status_changed")))
                .post("/api/webhooks/subscriptions").then().statusCode(201).extract().path("id");
    }
}
