package fr.guichet.cases;

import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
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
}
