package fr.guichet.aids.territory;

import static fr.guichet.aids.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Importing zoning files. They change data every test reads, so these import only for Loir-et-Cher
 * (41) from 2027, and each test imports its own layer or profession: imports must start after the
 * latest one of the same zoning.
 */
@QuarkusTest
class ZoningImportTest {

    private static final String BLOIS = "41018";
    private static final String VENDOME = "41269";
    private static final String SAINT_AIGNAN = "41198";
    private static final String SOURCE = "Arrêté ARS Centre-Val de Loire (test)";
    private static final String BLOIS_IN_A_ZIP_FROM_2027 = """
            insee;zone;profession;validFrom
            41018;1_ZIP;DOCTOR;2027-01-01
            """;

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.forRole("admin", "catalogue-admin")).contentType("text/csv");
    }

    private static ValidatableResponse importFile(RequestSpecification request, String csv) {
        return request.queryParam("source", SOURCE).body(csv)
                .when().post("/territories/zoning/imports")
                .then();
    }

    private static ValidatableResponse communeAsOf(String insee, String asOf) {
        return given().queryParam("asOf", asOf)
                .when().get("/territories/communes/" + insee)
                .then().statusCode(200);
    }

    private static ValidatableResponse communeAsOf(String insee, String asOf, String profession) {
        return given().queryParam("asOf", asOf).queryParam("profession", profession)
                .when().get("/territories/communes/" + insee)
                .then().statusCode(200);
    }

    private static List<Map<String, Object>> zonesOf(String insee, String asOf) {
        return communeAsOf(insee, asOf).extract().path("zones");
    }

    private static List<Map<String, Object>> imports() {
        return given().when().get("/territories/zoning/imports")
                .then().statusCode(200)
                .extract().path("$");
    }

    /** A refused file leaves the zones of the communes it names, and the list of imports, as they were. */
    private static void assertRefusedWithoutChange(RequestSpecification request, String csv, int status,
            String... fields) {
        List<Map<String, Object>> blois = zonesOf(BLOIS, "2027-06-01");
        List<Map<String, Object>> vendome = zonesOf(VENDOME, "2027-06-01");
        List<Map<String, Object>> imports = imports();

        var response = importFile(request, csv).spec(problem(status));
        if (fields.length > 0) {
            response.body("errors.field", contains(fields));
        }

        assertEquals(blois, zonesOf(BLOIS, "2027-06-01"));
        assertEquals(vendome, zonesOf(VENDOME, "2027-06-01"));
        assertEquals(imports, imports());
    }

    @Test
    void importing_without_a_token_is_401() {
        assertRefusedWithoutChange(given().contentType("text/csv"), BLOIS_IN_A_ZIP_FROM_2027, 401);
    }

    @Test
    void a_doctor_cannot_import_a_zoning() {
        RequestSpecification asDoctor = given().auth().oauth2(TestTokens.forRole("doc", "doctor"))
                .contentType("text/csv");
        assertRefusedWithoutChange(asDoctor, BLOIS_IN_A_ZIP_FROM_2027, 403);
    }

    @Test
    void a_file_naming_an_unknown_commune_imports_nothing() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;2_ZAC;DOCTOR;2027-01-01
                99999;1_ZIP;DOCTOR;2027-01-01
                """, 400, "line 4: insee");
    }

    @Test
    void a_file_with_an_unknown_zone_code_imports_nothing() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;9_ZZZ;DOCTOR;2027-01-01
                """, 400, "line 3: zone");
    }

    @Test
    void a_file_with_a_malformed_date_imports_nothing() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;2_ZAC;DOCTOR;01/01/2027
                """, 400, "line 3: validFrom");
    }

    @Test
    void a_file_with_a_zone_of_another_zoning_imports_nothing() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;TRES_SOUS_DOTEE;DOCTOR;2027-01-01
                """, 400, "line 3: zone");
    }

    @Test
    void every_bad_line_is_listed() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                99999;1_ZIP;DOCTOR;2027-01-01
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;MONTAGNE;DOCTOR;2027-01-01
                """, 400, "line 2: insee", "line 4: zone");
    }

    @Test
    void a_file_without_a_source_is_400() {
        List<Map<String, Object>> before = imports();
        asAdmin().body(BLOIS_IN_A_ZIP_FROM_2027)
                .when().post("/territories/zoning/imports")
                .then().spec(problem(400))
                .body("errors.field", contains("source"));
        assertEquals(before, imports());
    }

    @Test
    void an_empty_file_is_400() {
        assertRefusedWithoutChange(asAdmin(), "", 400, "file");
    }

    @Test
    void a_zoning_file_applies_from_its_start_date_and_the_previous_zoning_stays_readable_before() {
        importFile(asAdmin(), """
                insee;zone;profession;validFrom
                41018;1_ZIP;DOCTOR;2027-01-01
                41269;2_ZAC;DOCTOR;2027-01-01
                """)
                .statusCode(201)
                .body("rows", equalTo(2))
                .body("imports[0].layer", equalTo("PROFESSION_ZONING"))
                .body("imports[0].profession", equalTo("DOCTOR"))
                .body("imports[0].validFrom", equalTo("2027-01-01"));

        communeAsOf(BLOIS, "2027-01-01", "DOCTOR")
                .body("zones.find { it.profession == 'DOCTOR' }.zoneType", equalTo("ZIP"))
                .body("zones.find { it.profession == 'DOCTOR' }.source", equalTo(SOURCE))
                .body("zones.find { it.profession == 'DOCTOR' }.illustrative", equalTo(false));
        communeAsOf(BLOIS, "2026-12-31", "DOCTOR")
                .body("zones.find { it.profession == 'DOCTOR' }.zoneType", equalTo("ZAC"))
                .body("zones.find { it.profession == 'DOCTOR' }.validTo", equalTo("2026-12-31"));
        given().when().get("/territories/zoning/imports")
                .then().statusCode(200)
                .body("[0].source", equalTo(SOURCE))
                .body("[0].importedBy", equalTo("admin"))
                .body("[0].rowCount", equalTo(2));
    }

    @Test
    void a_zoning_file_replaces_the_zoning_of_the_whole_department() {
        importFile(asAdmin(), """
                insee;zone;profession;validFrom
                41018;TRES_SOUS_DOTEE;PHYSIOTHERAPIST;2027-01-01
                """).statusCode(201);
        importFile(asAdmin(), """
                insee;zone;profession;validFrom
                41269;SOUS_DOTEE;PHYSIOTHERAPIST;2028-01-01
                """).statusCode(201);

        communeAsOf(BLOIS, "2027-12-31", "PHYSIOTHERAPIST")
                .body("zones.find { it.profession == 'PHYSIOTHERAPIST' }.zoneType", equalTo("TRES_SOUS_DOTEE"));
        communeAsOf(BLOIS, "2028-01-01", "PHYSIOTHERAPIST")
                .body("zones.profession", not(hasItem("PHYSIOTHERAPIST")));
    }

    @Test
    void a_zoning_starting_before_the_latest_one_of_the_department_is_409() {
        importFile(asAdmin(), """
                insee;zone;profession;validFrom
                41269;TRES_SOUS_DOTEE;NURSE;2028-01-01
                """).statusCode(201);

        assertRefusedWithoutChange(asAdmin(), """
                insee;zone;profession;validFrom
                41198;SUR_DOTEE;NURSE;2027-06-01
                """, 409);
        communeAsOf(SAINT_AIGNAN, "2027-06-01", "NURSE")
                .body("zones.find { it.profession == 'NURSE' }.zoneType", not(equalTo("SUR_DOTEE")))
                .body("zones.find { it.profession == 'NURSE' }.illustrative", equalTo(true));
    }

    @Test
    void a_mountain_zoning_has_no_profession_column() {
        asAdmin().queryParam("layer", "MOUNTAIN").queryParam("source", "Classement en zone de montagne (test)")
                .body("""
                        insee;zone;validFrom
                        41018;MONTAGNE;2027-01-01
                        """)
                .when().post("/territories/zoning/imports")
                .then().statusCode(201)
                .body("imports[0].layer", equalTo("MOUNTAIN"))
                .body("imports[0].profession", nullValue());

        communeAsOf(BLOIS, "2027-01-01")
                .body("zones.find { it.layer == 'MOUNTAIN' }.zoneType", equalTo("MONTAGNE"))
                .body("zones.find { it.layer == 'MOUNTAIN' }.profession", nullValue());
        communeAsOf(BLOIS, "2026-12-31")
                .body("zones.layer", not(hasItem("MOUNTAIN")));
    }

    @Test
    void a_commune_name_holding_the_separator_between_quotes_is_one_cell() {
        importFile(asAdmin(), """
                insee;commune;zone;profession;validFrom
                41018;"Blois; Loir-et-Cher";TRES_SOUS_DOTEE;DENTIST;2027-01-01
                41269;Vendôme;SOUS_DOTEE;DENTIST;2027-01-01
                """).statusCode(201).body("rows", equalTo(2));

        communeAsOf(BLOIS, "2027-01-01", "DENTIST")
                .body("zones.find { it.profession == 'DENTIST' }.zoneType", equalTo("TRES_SOUS_DOTEE"));
    }

    @Test
    void a_comma_separated_file_may_quote_a_comma() {
        importFile(asAdmin(), """
                insee,commune,zone,profession,validFrom
                41198,"Saint-Aignan, Loir-et-Cher",SUR_DOTEE,PHARMACIST,2027-01-01
                """).statusCode(201).body("rows", equalTo(1));

        communeAsOf(SAINT_AIGNAN, "2027-01-01", "PHARMACIST")
                .body("zones.find { it.profession == 'PHARMACIST' }.zoneType", equalTo("SUR_DOTEE"));
    }

    @Test
    void a_quote_doubled_inside_a_quoted_cell_is_read_as_a_quote() {
        importFile(asAdmin(), """
                "insee";"commune";"zone";"profession";"validFrom"
                "41269";"Vendôme ""cité de la Trinité""\";"TRES_SOUS_DOTEE";"MIDWIFE";"2027-01-01"
                """).statusCode(201).body("rows", equalTo(1));

        communeAsOf(VENDOME, "2027-01-01", "MIDWIFE")
                .body("zones.find { it.profession == 'MIDWIFE' }.zoneType", equalTo("TRES_SOUS_DOTEE"));
    }

    @Test
    void a_quote_never_closed_imports_nothing_and_names_its_line() {
        assertRefusedWithoutChange(asAdmin(), """
                insee;commune;zone;profession;validFrom
                41018;Blois;1_ZIP;DOCTOR;2027-01-01
                41269;"Vendôme;2_ZAC;DOCTOR;2027-01-01
                41198;Saint-Aignan;2_ZAC;DOCTOR;2027-01-01
                """, 400, "line 3");
    }

    @Test
    void an_unknown_layer_is_400() {
        assertRefusedWithoutChange(asAdmin().queryParam("layer", "SEASIDE"), """
                insee;zone;validFrom
                41018;MONTAGNE;2027-01-01
                """, 400, "layer");
    }
}
