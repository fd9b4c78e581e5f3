package fr.guichet.cases;

import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.guichet.testsupport.Problems;
import io.restassured.response.Response;
import io.restassured.specification.ResponseSpecification;
import io.restassured.specification.RequestSpecification;

/** Builds case requests and drives cases through the API, for tests. */
public final class Cases {

    public static final String MENDE = "48095";
    public static final String LAON = "02408";
    public static final String BLOIS = "41018";

    private Cases() {
    }

    public static Map<String, Object> professional(String rpps) {
        Map<String, Object> professional = new HashMap<>();
        if (rpps != null) {
            professional.put("rpps", rpps);
        }
        professional.put("firstName", "Claire");
        professional.put("lastName", "Martin");
        professional.put("email", "claire.martin@example.org");
        professional.put("phone", "+33 6 12 34 56 78");
        professional.put("profession", "GENERAL_PRACTITIONER");
        professional.put("careerStage", "INSTALLING");
        return professional;
    }

    public static Map<String, Object> project(String commune) {
        Map<String, Object> project = new HashMap<>();
        project.put("targetCommune", commune);
        project.put("practiceMode", "LIBERAL");
        project.put("coordinatedPractice", "MSP");
        project.put("sector", "SECTOR_1");
        project.put("onCallDuty", true);
        project.put("daysPerWeek", 4);
        project.put("practiceSite", "MAIN");
        project.put("alreadyInstalledElsewhere", false);
        project.put("plannedStartDate", "2027-01-04");
        return project;
    }

    public static Map<String, Object> newCase(String rpps, String commune) {
        Map<String, Object> request = new HashMap<>();
        request.put("professional", professional(rpps));
        request.put("project", project(commune));
        return request;
    }

    /** Creates a case and answers its id. */
    public static String create(RequestSpecification as, Map<String, Object> request) {
        return as.body(request).post("/cases").then().statusCode(201).body("id", notNullValue()).extract().path("id");
    }

    public static String etag(RequestSpecification as, String id) {
        return as.get("/cases/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response move(RequestSpecification as, String id, String etag, String to) {
        return as.header("If-Match", etag).body(Map.of("to", to)).post("/cases/" + id + "/transitions");
    }

    /** Every refusal is an RFC 9457 problem (design.md) with the given status, and never shows the internals. */
    public static ResponseSpecification problem(int status) {
        return Problems.problem(status);
    }

    /** A partner's create, with the Idempotency-Key partners must send. */
    public static Response createAsPartner(String clientId, String idempotencyKey, Map<String, Object> request) {
        return Actors.partner(clientId).header("Idempotency-Key", idempotencyKey).body(request).post("/cases");
    }

    /** Moves the case through the given steps, in order, as one actor; answers the last ETag. */
    public static String moveThrough(Supplier<RequestSpecification> as, String id, String... steps) {
        String etag = etag(as.get(), id);
        for (String step : steps) {
            etag = move(as.get(), id, etag, step).then().statusCode(200).extract().header("ETag");
        }
        return etag;
    }

    /** Marks every mandatory task of the case with the given status; answers the case's last ETag. */
    public static String finishMandatoryTasks(Supplier<RequestSpecification> as, String id, String status) {
        List<String> taskIds = as.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .extract().path("findAll { it.mandatory }.id");
        String etag = etag(as.get(), id);
        for (String taskId : taskIds) {
            etag = as.get().header("If-Match", etag).body(Map.of("status", status))
                    .patch("/cases/" + id + "/tasks/" + taskId).then().statusCode(200).extract().header("ETag");
        }
        return etag;
    }

    /** Takes a new case of the correspondant's from RECEIVED to INSTALLED through the joint session's tasks. */
    public static String install(Supplier<RequestSpecification> as, String id) {
        moveThrough(as, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        String etag = finishMandatoryTasks(as, id, "DONE");
        return move(as.get(), id, etag, "INSTALLED").then().statusCode(200).extract().header("ETag");
    }

    /** The same request for another profession (whose partner checklist differs). */
    public static Map<String, Object> withProfession(Map<String, Object> request, String profession) {
        professionalOf(request).put("profession", profession);
        return request;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> professionalOf(Map<String, Object> request) {
        return (Map<String, Object>) request.get("professional");
    }
}
