package fr.guichet.cases.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
import fr.guichet.testsupport.openapi.ServedDocumentContract;
import io.quarkus.test.junit.QuarkusTest;

/** The document cases-service serves keeps the contract's rules. */
@QuarkusTest
class OpenApiDocumentTest extends ServedDocumentContract {

    @Override
    protected Class<?>[] resources() {
        return new Class<?>[] {CaseResource.class, CaseAidResource.class, DocumentResource.class, HistoryResource.class,
                IndicatorResource.class, MessageResource.class, PartnerOrganisationResource.class, PrivacyResource.class,
                TaskResource.class, TransitionResource.class, SubscriptionResource.class};
    }

    @Test
    void the_indicators_are_one_operation_answering_json_or_csv() throws IOException {
        JsonNode answer = served().operations().get("GET /cases/indicators").path("responses").path("200").path("content");
        assertTrue(answer.has("application/json") && answer.has("text/csv"), answer.toString());
    }

    @Test
    void every_operation_taking_if_match_documents_its_412_and_428_as_problems() throws IOException {
        List<String> conditional = new ArrayList<>();
        served().operations().forEach((operation, description) -> {
            boolean takesIfMatch = false;
            for (JsonNode parameter : description.path("parameters")) {
                takesIfMatch |= "header".equals(parameter.path("in").asText()) && "If-Match".equals(parameter.path("name").asText());
            }
            if (takesIfMatch) {
                conditional.add(operation);
                for (String status : List.of("412", "428")) {
                    assertTrue(description.path("responses").path(status).path("content").has("application/problem+json"),
                            operation + " documents no " + status);
                }
            }
        });
        assertTrue(conditional.contains("PATCH /cases/{id}") && conditional.contains("POST /requests/{id}/case")
                && conditional.contains("PUT /plan/steps/{code}"), conditional.toString());
    }
}
