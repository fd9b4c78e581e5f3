package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class OpenApiTest {

    private static final String AIDS_DOC = """
            {"openapi": "3.1.0", "paths": {
               "/aids": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
               "/territories/regions": {"get": {}},
               "/internal/reindex": {"post": {}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {"items": {"type": "array"}}},
                                        "Scope": {"type": "string"}}}}""";
    private static final String CASES_DOC = """
            {"openapi": "3.1.0", "paths": {
               "/cases": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
               "/privacy/anonymisation-runs": {"post": {}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {"nextCursor": {"type": "string"}}}}}}""";

    /** Each test starts a day after the previous one, long after any merged document it kept expired. */
    private static Instant today = Instant.now();

    @Inject
    MovableClock clock;

    @BeforeEach
    void servicesDescribeThemselves() {
        today = today.plus(Duration.ofDays(1));
        clock.set(today);
        Downstreams.aids.resetAll();
        Downstreams.cases.resetAll();
        describes(Downstreams.aids, AIDS_DOC);
        describes(Downstreams.cases, CASES_DOC);
    }

    private static void describes(WireMockServer service, String document) {
        service.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(document)));
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void the_public_document_has_every_routed_path_as_the_gateway_exposes_it() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/aids"))
                .body("paths", hasKey("/api/territories/regions"))
                .body("paths", hasKey("/api/cases"))
                .body("paths", hasKey("/api/privacy/anonymisation-runs"))
                .body("paths", not(hasKey("/api/internal/reindex")))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.securitySchemes.guichet.type", equalTo("oauth2"));
    }

    @Test
    void two_services_naming_different_schemas_alike_keep_both() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("components.schemas.Page.properties", hasKey("items"))
                .body("components.schemas.cases_Page.properties", hasKey("nextCursor"))
                .body("paths.'/api/cases'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/cases_Page"))
                .body("paths.'/api/aids'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Page"));
    }

    @Test
    void a_service_that_cannot_describe_itself_gives_503() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(500)));

        given().when().get("/api/openapi").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void the_merged_document_is_kept_for_a_minute_then_built_again_from_the_services() {
        given().when().get("/api/openapi").then().statusCode(200);
        clock.advance(Duration.ofSeconds(59));
        given().when().get("/api/openapi").then().statusCode(200);
        Downstreams.aids.verify(1, getRequestedFor(urlPathEqualTo("/q/openapi")));
        Downstreams.cases.verify(1, getRequestedFor(urlPathEqualTo("/q/openapi")));

        clock.advance(Duration.ofSeconds(2));
        given().when().get("/api/openapi").then().statusCode(200);
        Downstreams.aids.verify(2, getRequestedFor(urlPathEqualTo("/q/openapi")));
        Downstreams.cases.verify(2, getRequestedFor(urlPathEqualTo("/q/openapi")));
    }

    @Test
    void a_document_that_could_not_be_built_is_not_kept() {
        Downstreams.cases.resetAll();
        Downstreams.cases.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(500)));
        given().when().get("/api/openapi").then().statusCode(503);

        Downstreams.cases.resetAll();
        describes(Downstreams.cases, CASES_DOC);

        given().when().get("/api/openapi").then().statusCode(200).body("paths", hasKey("/api/cases"));
    }

    @Test
    void swagger_ui_offers_the_merged_document_and_logs_in_through_guichet_web() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/api/openapi"))
                .body(containsString("guichet-web"));
    }
}
