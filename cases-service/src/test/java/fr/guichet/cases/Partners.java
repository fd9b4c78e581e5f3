package fr.guichet.cases;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/** Partner organisations and their applications, for tests: each test class registers its own in departments of its own. */
public final class Partners {

    private Partners() {
    }

    /** Registers the organisation through the API, as the guichet's administrator, unless it already is. */
    public static void register(String code, String kind, String... departments) {
        Actors.guichetAdmin().body(Map.of("code", code, "name", "Organisation " + code, "kind", kind,
                "departments", List.of(departments))).post("/partners/organisations")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    /** A case filed by the staff for a doctor in the commune, taken to the joint session, where its tasks open. */
    public static String aCaseAtTheJointSession(Supplier<RequestSpecification> staff, String commune) {
        String id = Cases.create(staff.get(), Cases.newCase(Actors.RPPS_CLAIRE, commune));
        Cases.moveThrough(staff, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return id;
    }

    /** The id of the case's task with that code, as the correspondant reads it. */
    public static String taskId(Supplier<RequestSpecification> staff, String caseId, String code) {
        return staff.get().get("/cases/" + caseId + "/tasks").then().statusCode(200)
                .extract().path("find { it.code == '" + code + "' }.id");
    }

    /** Changes a task, If-Match the case's current ETag; answers the response for the caller to check. */
    public static io.restassured.response.Response changeTask(RequestSpecification as, String etag, String caseId, String taskId,
            Map<String, Object> change) {
        return as.header("If-Match", etag).body(change).patch("/cases/" + caseId + "/tasks/" + taskId);
    }
}
