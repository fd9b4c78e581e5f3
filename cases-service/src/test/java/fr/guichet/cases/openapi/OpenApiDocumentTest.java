package fr.guichet.cases.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.guichet.cases.aid.CaseAidResource;
import fr.guichet.cases.casefile.CaseResource;
import fr.guichet.cases.document.DocumentResource;
import fr.guichet.cases.history.HistoryResource;
import fr.guichet.cases.indicator.IndicatorResource;
import fr.guichet.cases.message.MessageResource;
import fr.guichet.cases.partner.PartnerOrganisationResource;
import fr.guichet.cases.privacy.PrivacyResource;
import fr.guichet.cases.task.TaskResource;
import fr.guichet.cases.transition.TransitionResource;
import fr.guichet.cases.webhook.SubscriptionResource;
import fr.guichet.testsupport.openapi.OpenApiRules;
import io.quarkus.test.junit.QuarkusTest;

/** The document cases-service serves keeps the contract's rules; a copy is left in target/ for linters. */
@QuarkusTest
class OpenApiDocumentTest {

    private static OpenApiRules document;

    /** Read once, on the first test: Quarkus points REST Assured at the test port only then. */
    private static OpenApiRules served() throws IOException {
        if (document == null) {
            String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            Files.writeString(Path.of("target/openapi.json"), json);
            document = OpenApiRules.of(json);
        }
        return document;
    }

    @Test
    void every_operation_has_an_id_a_tag_a_summary_its_roles_and_problem_errors() throws IOException {
        served().assertEveryOperationIsDocumented();
    }

    @Test
    void the_roles_stated_are_those_allowed() throws IOException {
        served().assertRolesMatch(CaseResource.class, CaseAidResource.class, DocumentResource.class, HistoryResource.class,
                IndicatorResource.class, MessageResource.class, PartnerOrganisationResource.class, PrivacyResource.class,
                TaskResource.class, TransitionResource.class, SubscriptionResource.class);
    }

    @Test
    void no_java_type_is_published_as_a_schema() throws IOException {
        served().assertNoJavaTypeAsSchema();
    }

    @Test
    void the_professions_are_those_aids_service_knows() throws IOException {
        served().assertEnum("Profession", OpenApiRules.PROFESSIONS);
    }

    @Test
    void the_indicators_are_one_operation_answering_json_or_csv() throws IOException {
        JsonNode answer = served().operations().get("GET /cases/indicators").path("responses").path("200").path("content");
        assertTrue(answer.has("application/json") && answer.has("text/csv"), answer.toString());
    }
}
