package fr.guichet.aids.openapi;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.guichet.aids.catalogue.AidResource;
import fr.guichet.aids.eligibility.EligibilityResource;
import fr.guichet.aids.territory.TerritoryResource;
import fr.guichet.aids.territory.ZoningResource;
import fr.guichet.testsupport.openapi.OpenApiRules;
import io.quarkus.test.junit.QuarkusTest;

/** The document aids-service serves keeps the contract's rules; a copy is left in target/ for linters. */
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
        served().assertRolesMatch(AidResource.class, EligibilityResource.class, TerritoryResource.class, ZoningResource.class);
    }

    @Test
    void no_java_type_is_published_as_a_schema() throws IOException {
        served().assertNoJavaTypeAsSchema();
    }

    @Test
    void the_professions_are_those_cases_service_knows() throws IOException {
        served().assertEnum("Profession", OpenApiRules.PROFESSIONS);
    }
}
