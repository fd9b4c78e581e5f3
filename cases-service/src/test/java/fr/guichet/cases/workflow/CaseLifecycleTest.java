package fr.guichet.cases.workflow;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseLifecycleTest {

    @Test
    void a_case_goes_from_received_to_installed_once_every_mandatory_task_is_finished() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        claire().get("/cases/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("reference", startsWith("GU-48-"))
                .body("professional.rpps", equalTo(Actors.RPPS_CLAIRE))
                .body("project.department", equalTo("48"));

        String etag = Cases.etag(occitanie(), id);
        etag = Cases.move(occitanie(), id, etag, "QUALIFIED").then().statusCode(200).extract().header("ETag");
        etag = Cases.move(occitanie(), id, etag, "PROJECT_DEFINED").then().statusCode(200).extract().header("ETag");
        etag = Cases.move(occitanie(), id, etag, "PROCEDURES").then().statusCode(200).extract().header("ETag");

        List<String> taskIds = occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("partner", hasItems("ORDRE", "ASSURANCE_MALADIE", "URSSAF", "PENSION_FUND", "INSURANCE", "PREMISES"))
                .body("status", everyItem(equalTo("TODO")))
                .extract().path("findAll { it.mandatory }.id");

        Cases.move(occitanie(), id, etag, "INSTALLED").then().statusCode(422)
                .body("allowed", hasItems("INSTALLED", "ABANDONED"))
                .body("missing", hasItems("ORDRE_REGISTRATION", "CARMF_AFFILIATION"));

        for (String taskId : taskIds) {
            etag = occitanie().header("If-Match", etag).body(Map.of("status", "DONE"))
                    .patch("/cases/" + id + "/tasks/" + taskId).then().statusCode(200).extract().header("ETag");
        }
        Cases.move(occitanie(), id, etag, "INSTALLED").then().statusCode(200).body("status", equalTo("INSTALLED"));
    }

    @Test
    void a_task_change_naming_nothing_is_refused_and_one_changing_nothing_writes_nothing() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        String taskId = occitanie().get("/cases/" + id + "/tasks").then().statusCode(200).extract().path("[0].id");

        occitanie().header("If-Match", etag).body(Map.of("comment", "nothing else"))
                .patch("/cases/" + id + "/tasks/" + taskId).then().statusCode(400)
                .contentType("application/problem+json");
        occitanie().header("If-Match", etag).body(Map.of("status", "TODO"))
                .patch("/cases/" + id + "/tasks/" + taskId).then().statusCode(200).header("ETag", equalTo(etag));

        assertThat(Cases.etag(occitanie(), id), equalTo(etag));
    }
}
