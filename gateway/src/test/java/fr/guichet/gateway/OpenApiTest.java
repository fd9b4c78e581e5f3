package fr.guichet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
            {"openapi": "3.1.0", "tags": [{"name": "Aids", "description": "The catalogue"}, {"name": "Unused", "description": "-"}],
             "paths": {
               "/aids": {"get": {"tags": ["Aids"], "security": [], "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
               "/territories/regions": {"get": {"security": [], "responses": {"200": {"description": "OK"}}}},
               "/internal/reindex": {"post": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Internal"}}}}}}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Profession"}}}},
                                        "Profession": {"type": "string", "enum": ["DOCTOR", "PHARMACIST"]},
                                        "Internal": {"type": "object", "properties": {"at": {"type": "string"}}}},
                            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}""";
    private static final String CASES_DOC = """
            {"openapi": "3.1.0", "paths": {
               "/cases": {"get": {"security": [{"bearer": ["doctor"]}],
                                  "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CasePage"}}}},
                                                "503": {"description": "aids-service is down"}}}},
               "/privacy/anonymisation-runs": {"post": {}}},
             "components": {"schemas": {"CasePage": {"type": "object", "properties": {"profession": {"$ref": "#/components/schemas/Profession"},
                                                                             "assignee": {"type": ["string", "null"], "examples": ["dr-martin"]}}},
                                        "Profession": {"type": "string", "enum": ["DOCTOR", "PHARMACIST"]}}}}""";
    private static final String WELCOME_DOC = """
            {"openapi": "3.1.0", "paths": {
               "/events": {"get": {"security": [], "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"}}}}}}},
               "/registrations/cancellations": {"post": {"security": [], "responses": {"204": {"description": "Cancelled"}}}}},
             "components": {"schemas": {"EventPage": {"type": "object", "properties": {"nextCursor": {"type": ["string", "null"]}}}}}}""";

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
        describes(Downstreams.welcome, WELCOME_DOC);
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
    void the_public_document_has_every_routed_path_as_the_gateway_exposes_it_and_the_gateways_own() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/aids"))
                .body("paths", hasKey("/api/territories/regions"))
                .body("paths", hasKey("/api/cases"))
                .body("paths", hasKey("/api/privacy/anonymisation-runs"))
                .body("paths", not(hasKey("/api/internal/reindex")))
                .body("paths.'/api/events'.get.security", empty())
                .body("paths", hasKey("/api/registrations/cancellations"))
                .body("paths.'/api/me'.get.operationId", equalTo("getMe"))
                .body("paths.'/api/me'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/MyCaseView"))
                .body("components.schemas.MyCaseView.properties", hasKey("openTasks"))
                .body("components.schemas", not(hasKey("Instant")))
                .body("components.schemas.Problem.required", contains("type", "title", "status"))
                .body("paths", not(hasKey("/api/openapi")));
    }

    @Test
    void the_document_names_its_server_contact_and_licence() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("servers[0].url", equalTo("http://localhost:8080"))
                .body("info.version", equalTo("1.0.0"))
                .body("info.contact.email", notNullValue())
                .body("info.license.name", notNullValue());
    }

    @Test
    void a_schema_two_services_define_alike_is_one_definition_and_unused_ones_are_left_out() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("components.schemas.Profession.enum", contains("DOCTOR", "PHARMACIST"))
                .body("components.schemas", not(hasKey("cases_Profession")))
                .body("components.schemas.CasePage.properties.profession.'$ref'", equalTo("#/components/schemas/Profession"))
                .body("components.schemas", not(hasKey("Internal")));
    }

    @Test
    void a_schema_two_services_define_differently_fails_the_document_rather_than_being_renamed() {
        describes(Downstreams.cases, CASES_DOC.replace("\"PHARMACIST\"]", "\"NURSE\"]"));

        given().when().get("/api/openapi").then().statusCode(500);
    }

    @Test
    void public_operations_keep_their_empty_security_and_the_others_take_a_token_or_the_realms_login() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("paths.'/api/aids'.get.security", empty())
                .body("paths.'/api/cases'.get.security", contains(Map.of("bearer", List.of()), Map.of("guichet", List.of())))
                .body("paths.'/api/privacy/anonymisation-runs'.post", not(hasKey("security")))
                .body("components.securitySchemes.keySet()", contains("bearer", "guichet"));
    }

    @Test
    void only_the_tags_in_use_are_declared() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("tags.name", contains("Aids", "Me"));
    }

    @Test
    void every_operation_may_be_rate_limited_and_a_forwarded_one_may_find_its_service_down() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("paths.'/api/me'.get.responses.'429'.'$ref'", equalTo("#/components/responses/TooManyRequests"))
                .body("paths.'/api/me'.get.responses", not(hasKey("503")))
                .body("paths.'/api/aids'.get.responses.'503'.'$ref'", equalTo("#/components/responses/ServiceUnavailable"))
                .body("paths.'/api/aids'.get.responses.'504'.'$ref'", equalTo("#/components/responses/GatewayTimeout"))
                .body("paths.'/api/cases'.get.responses.'503'.description", equalTo("aids-service is down"))
                .body("components.responses.TooManyRequests.headers", hasKey("Retry-After"))
                .body("components.responses.TooManyRequests.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void a_retiring_operation_is_deprecated_in_the_document() {
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("paths.'/api/territories/regions'.get.deprecated", equalTo(true))
                .body("paths.'/api/territories/regions'.get.responses.'200'.headers.Deprecation.example", equalTo("@1767225600"))
                .body("paths.'/api/territories/regions'.get.responses.'200'.headers.Sunset.example",
                        equalTo("Thu, 01 Jul 2027 00:00:00 GMT"))
                .body("paths.'/api/aids'.get", not(hasKey("deprecated")));
    }

    @Test
    void a_retiring_operation_answers_with_its_deprecation_and_sunset_dates() {
        Downstreams.aids.stubFor(get(urlPathEqualTo("/territories/regions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        given().when().get("/api/territories/regions")
                .then().statusCode(200)
                .header("Deprecation", "@1767225600")
                .header("Sunset", "Thu, 01 Jul 2027 00:00:00 GMT");
        given().when().get("/api/territories/regions/84")
                .then().header("Deprecation", nullValue());
    }

    @Test
    void the_document_is_also_served_in_openapi_3_0_forms_for_older_tools() {
        given().queryParam("version", "3.0").when().get("/api/openapi")
                .then().statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .body("paths", hasKey("/api/cases"))
                .body("components.schemas.CasePage.properties.assignee.type", equalTo("string"))
                .body("components.schemas.CasePage.properties.assignee.nullable", equalTo(true))
                .body("components.schemas.CasePage.properties.assignee.example", equalTo("dr-martin"));
        given().queryParam("version", "2.0").when().get("/api/openapi")
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
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
