package fr.guichet.cases.partner;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import io.quarkus.test.junit.QuarkusTest;

/** The organisations at the table are data: the guichet's administrator edits them, staff and partners read them. */
@QuarkusTest
class PartnerOrganisationTest {

    private static Map<String, Object> organisation(String code, String kind, List<String> departments) {
        return Map.of("code", code, "name", "Organisation " + code, "kind", kind, "departments", departments);
    }

    private static String aCode() {
        return "ORG-" + System.nanoTime();
    }

    @Test
    void the_administrator_registers_an_organisation_that_staff_and_partners_read() {
        String code = aCode();
        Actors.guichetAdmin().body(organisation(code, "CPAM", List.of("85", "2A", "974"))).post("/partners/organisations")
                .then().statusCode(201)
                .header("Location", endsWith("/partners/organisations/" + code))
                .body("kind", equalTo("CPAM"))
                .body("departments", contains("2A", "85", "974"));

        Actors.aisne().get("/partners/organisations").then().statusCode(200).body("code", hasItem(code));
        Actors.partner("cpam").get("/partners/organisations/" + code).then().statusCode(200)
                .body("name", equalTo("Organisation " + code))
                .body("departments", contains("2A", "85", "974"));
    }

    @Test
    void the_administrator_changes_and_removes_an_organisation() {
        String code = aCode();
        Actors.guichetAdmin().body(organisation(code, "ORDRE", List.of("85"))).post("/partners/organisations").then().statusCode(201);

        Actors.guichetAdmin().body(Map.of("name", "Ordre des médecins de l'Aisne", "kind", "ORDRE", "departments", List.of("85", "86")))
                .put("/partners/organisations/" + code)
                .then().statusCode(200).body("departments", contains("85", "86"));
        Actors.guichetAdmin().delete("/partners/organisations/" + code).then().statusCode(204);
        Actors.guichetAdmin().get("/partners/organisations/" + code).then().spec(problem(404));
    }

    @Test
    void a_taken_code_is_a_conflict() {
        String code = aCode();
        Actors.guichetAdmin().body(organisation(code, "URSSAF", List.of("85"))).post("/partners/organisations").then().statusCode(201);

        Actors.guichetAdmin().body(organisation(code, "URSSAF", List.of("86"))).post("/partners/organisations").then().spec(problem(409));
    }

    @Test
    void an_unknown_department_kind_or_field_is_refused() {
        Actors.guichetAdmin().body(organisation(aCode(), "CPAM", List.of("20"))).post("/partners/organisations")
                .then().spec(problem(400)).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("departments")));
        Actors.guichetAdmin().body(organisation(aCode(), "TAX_OFFICE", List.of("85"))).post("/partners/organisations")
                .then().spec(problem(400));
        Actors.guichetAdmin().body(Map.of("code", "lower case", "name", "x", "kind", "ARS", "departments", List.of("85")))
                .post("/partners/organisations").then().spec(problem(400));
        Actors.guichetAdmin().body(Map.of("code", aCode(), "name", "x", "kind", "ARS", "departments", List.of("85"), "siret", "1"))
                .post("/partners/organisations").then().spec(problem(400));
        Actors.guichetAdmin().body(Map.of("name", "x", "kind", "ARS", "departments", List.of())).post("/partners/organisations")
                .then().spec(problem(400));
    }

    @Test
    void a_change_cannot_rename_the_code() {
        String code = aCode();
        Actors.guichetAdmin().body(organisation(code, "ARS", List.of("85"))).post("/partners/organisations").then().statusCode(201);

        Actors.guichetAdmin().body(organisation(aCode(), "ARS", List.of("85"))).put("/partners/organisations/" + code)
                .then().spec(problem(400));
        Actors.guichetAdmin().body(organisation("NOBODY-" + System.nanoTime(), "ARS", List.of("85")))
                .put("/partners/organisations/NOBODY-1").then().spec(problem(400));
        Actors.guichetAdmin().body(Map.of("name", "x", "kind", "ARS", "departments", List.of("85")))
                .put("/partners/organisations/NOBODY-1").then().spec(problem(404));
    }

    @Test
    void only_the_administrator_edits_and_only_the_table_reads() {
        String code = aCode();
        Actors.aisne().body(organisation(code, "ARS", List.of("85"))).post("/partners/organisations").then().spec(problem(403));
        Actors.partner("cpam").body(organisation(code, "ARS", List.of("85"))).post("/partners/organisations").then().spec(problem(403));
        Actors.claire().get("/partners/organisations").then().spec(problem(403));
        Actors.catalogueAdmin().get("/partners/organisations").then().spec(problem(403));
        Actors.anonymous().get("/partners/organisations").then().statusCode(401);
    }
}
