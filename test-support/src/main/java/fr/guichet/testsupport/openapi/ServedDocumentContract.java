package fr.guichet.testsupport.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The rules a service's served OpenAPI document keeps, as tests: a service's {@code @QuarkusTest} extends it and
 * names its resources. The document is left in {@code target/openapi.json} for linters.
 */
public abstract class ServedDocumentContract {

    /** The resource classes whose operations the document describes. */
    protected abstract Class<?>[] resources();

    /** Whether the service publishes the Profession enumeration that aids-service and cases-service share. */
    protected boolean publishesProfessions() {
        return true;
    }

    /** Read in each test: Quarkus points REST Assured at the test port only once a test runs. */
    protected OpenApiRules served() throws IOException {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/openapi.json"), json);
        return OpenApiRules.of(json);
    }

    @Test
    void every_operation_has_an_id_a_tag_a_summary_its_roles_and_problem_errors() throws IOException {
        served().assertEveryOperationIsDocumented();
    }

    @Test
    void the_roles_stated_are_those_allowed() throws IOException {
        served().assertRolesMatch(resources());
    }

    @Test
    void no_java_type_is_published_as_a_schema() throws IOException {
        served().assertNoJavaTypeAsSchema();
    }

    /** A service that publishes professions publishes the one list; one that says it publishes none has none. */
    @Test
    void the_professions_are_those_both_services_know() throws IOException {
        OpenApiRules served = served();
        if (publishesProfessions()) {
            served.assertEnum("Profession", OpenApiRules.PROFESSIONS);
        } else {
            assertTrue(served.document().path("components").path("schemas").path("Profession").isMissingNode(),
                    "a Profession schema other than the one aids-service and cases-service share");
        }
    }
}
