package fr.guichet.aids.catalogue;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Aids written by the catalogue administration tests. Every aid made here is a Loir-et-Cher
 * departmental aid (a funder no seeded aid has) from 2030, with a code of its own: tests share one
 * database.
 */
final class AidFixtures {

    static final String START = "2030-01-01";
    static final String NEXT_START = "2031-01-01";
    static final String LABEL = "Prime du Département de Loir-et-Cher à l'installation des médecins";

    private AidFixtures() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "_" + System.nanoTime();
    }

    static Map<String, Object> definition() {
        Map<String, Object> definition = new HashMap<>();
        definition.put("professions", List.of("GENERAL_PRACTITIONER"));
        definition.put("careerStages", List.of("INSTALLING"));
        definition.put("criteria", List.of(Map.of("type", "TERRITORY", "departments", List.of("41"))));
        definition.put("amount", Map.of("kind", "ONE_OFF", "amountCents", 300_000, "monthsAfterStart", 0));
        definition.put("commitments", List.of(Map.of("kind", "STAY", "years", 3,
                "description", "Exercer 3 ans en Loir-et-Cher")));
        return definition;
    }

    static Map<String, Object> draft(String code, String validFrom, Map<String, Object> definition) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("validFrom", validFrom);
        draft.put("label", LABEL);
        draft.put("description", "3 000 € versés à l'installation d'un médecin généraliste en Loir-et-Cher.");
        draft.put("funder", "DEPARTMENT");
        draft.put("category", "LOCAL_AUTHORITY_INSTALLATION");
        draft.put("sourceUrl", "https://www.departement41.fr/installation-medecins");
        draft.put("definition", definition);
        return draft;
    }

    static Map<String, Object> draft(String code, String validFrom) {
        return draft(code, validFrom, definition());
    }

    static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.forRole("admin", "catalogue-admin")).contentType(ContentType.JSON);
    }

    static RequestSpecification asDoctor() {
        return given().auth().oauth2(TestTokens.forRole("doc", "doctor")).contentType(ContentType.JSON);
    }

    static ValidatableResponse create(Map<String, Object> draft) {
        return asAdmin().body(draft).when().post("/aids").then();
    }

    /** An aid created by the admin from {@link #START}, with the {@link #definition()} above. */
    static String createdAid(String prefix) {
        String code = uniqueCode(prefix);
        create(draft(code, START)).statusCode(201);
        return code;
    }

    static ValidatableResponse publish(RequestSpecification request, String code, Map<String, Object> draft) {
        return request.body(draft).when().post("/aids/" + code + "/versions").then();
    }

    static ValidatableResponse retire(String code, Map<String, Object> retirement) {
        return asAdmin().body(retirement).when().post("/aids/" + code + "/retirement").then();
    }

    static ValidatableResponse aidAsOf(String code, String asOf) {
        return given().queryParam("asOf", asOf).when().get("/aids/" + code).then();
    }

    static ValidatableResponse versionsOf(String code) {
        return given().when().get("/aids/" + code + "/versions").then();
    }

    static void assertNoSuchAid(String code) {
        versionsOf(code).spec(problem(404));
    }

    static void assertOnlyTheFirstVersion(String code) {
        versionsOf(code).statusCode(200)
                .body("$", hasSize(1))
                .body("[0].validFrom", equalTo(START))
                .body("[0].validTo", nullValue());
    }
}
