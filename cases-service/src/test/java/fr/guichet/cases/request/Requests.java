package fr.guichet.cases.request;

import java.util.HashMap;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/** Builds quick requests and logs them through the API, for tests. */
final class Requests {

    private Requests() {
    }

    /** A phone call from a named intern about aids, in the department, with no answer yet. */
    static Map<String, Object> phoneCall(String department, String question) {
        Map<String, Object> request = new HashMap<>();
        request.put("channel", "PHONE");
        request.put("requester", new HashMap<>(Map.of("firstName", "Léa", "lastName", "Durand",
                "email", "lea.durand@example.org", "profession", "GENERAL_PRACTITIONER", "careerStage", "INTERN")));
        request.put("subject", "AIDS");
        request.put("department", department);
        request.put("question", question);
        return request;
    }

    static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.put(field, value);
        return changed;
    }

    /** Logs the request and answers its id. */
    static String log(RequestSpecification as, Map<String, Object> request) {
        return as.body(request).post("/requests").then().statusCode(201).extract().path("id");
    }

    static String etag(RequestSpecification as, String id) {
        return as.get("/requests/" + id).then().statusCode(200).extract().header("ETag");
    }
}
