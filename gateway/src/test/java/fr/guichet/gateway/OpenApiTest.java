package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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

    @BeforeEach
    void servicesDescribeThemselves() {
        Downstreams.aids.resetAll();
        Downstreams.cases.resetAll();
        Downstreams.aids.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AIDS_DOC)));
        Downstreams.cases.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CASES_DOC)));
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
    void swagger_ui_offers_the_merged_document_and_logs_in_through_guichet_web() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/api/openapi"))
                .body(containsString("guichet-web"));
    }
}
