package fr.guichet.cases.casefile;

import static fr.guichet.cases.Actors.aisne;
import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** PATCH /cases/{id} is a JSON merge patch (RFC 7396): left out stays, null clears, a value replaces. */
@QuarkusTest
class CaseMergePatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void null_clears_a_field_and_the_history_says_so() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));
        String etag = Cases.etag(aisne(), id);

        aisne().contentType(MERGE_PATCH).header("If-Match", etag).body(fields("phone", null, "notes", null))
                .patch("/cases/" + id)
                .then().statusCode(200)
                .body("professional.phone", nullValue())
                .body("professional.lastName", equalTo("Martin"))
                .body("project.notes", nullValue())
                .body("project.practiceMode", equalTo("LIBERAL"));

        aisne().get("/cases/" + id + "/history").then().statusCode(200)
                .body("findAll { it.field == 'phone' }.before", hasItem("+33 6 12 34 56 78"))
                .body("findAll { it.field == 'phone' }.after", hasItem(nullValue()));
    }

    @Test
    void plain_json_follows_the_same_rules() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));
        String etag = Cases.etag(aisne(), id);

        aisne().contentType(ContentType.JSON).header("If-Match", etag).body(fields("plannedStartDate", null))
                .patch("/cases/" + id)
                .then().statusCode(200).body("project.plannedStartDate", nullValue());
    }

    @Test
    void a_field_the_case_cannot_do_without_is_400_and_nothing_changes() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));
        String etag = Cases.etag(aisne(), id);

        aisne().contentType(MERGE_PATCH).header("If-Match", etag).body(fields("lastName", null, "phone", null))
                .patch("/cases/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("lastName"));

        aisne().get("/cases/" + id).then().statusCode(200).header("ETag", etag)
                .body("professional.phone", equalTo("+33 6 12 34 56 78"));
    }

    @Test
    void clearing_an_unknown_field_is_400_naming_it() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));

        aisne().contentType(MERGE_PATCH).header("If-Match", Cases.etag(aisne(), id)).body(fields("nickname", null))
                .patch("/cases/" + id)
                .then().spec(problem(400)).body("errors.field", hasItem("nickname"));
    }

    @Test
    void a_patch_that_is_not_an_object_is_400() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));

        aisne().contentType(MERGE_PATCH).header("If-Match", Cases.etag(aisne(), id)).body("[]")
                .patch("/cases/" + id)
                .then().spec(problem(400));
    }

    @Test
    void clearing_a_field_already_empty_changes_nothing() {
        String id = Cases.create(aisne(), Cases.newCase(Actors.RPPS_PAUL, Cases.LAON));
        String etag = Cases.etag(aisne(), id);

        aisne().contentType(MERGE_PATCH).header("If-Match", etag).body(fields("specialty", null))
                .patch("/cases/" + id)
                .then().statusCode(200).header("ETag", etag).body("professional.specialty", nullValue());
    }
}
