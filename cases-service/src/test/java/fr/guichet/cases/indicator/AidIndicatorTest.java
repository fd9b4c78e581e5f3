package fr.guichet.cases.indicator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Contracts signed and amounts paid over a known set of aid events. Guadeloupe (971) and Martinique (972)
 * are this class's own departments: no other test records an aid's progress there.
 * <pre>
 * aid   department  events
 * CESP  971         SIGNED 2025-04-01 1,200 €   PAID 2025-05-01 1,200 €   PAID 2026-05-01 1,200 €
 * PTMG  971         SIGNED 2026-01-15 5,000 €   PAID 2026-02-01 2,500 €
 * CESP  972         SIGNED 2026-02-01 1,200 €   REPAID 2027-03-01 600 € (after the period)
 * </pre>
 */
@QuarkusTest
class AidIndicatorTest {

    private static final String POINTE_A_PITRE = "97120";
    private static final String FORT_DE_FRANCE = "97209";
    private static boolean seeded;

    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("CESP", "STATE", "STUDY_CONTRACT", List.of(), "MONTHLY"),
                AidsServiceStub.aid("PTMG", "ARS", "INCOME_GUARANTEE", List.of(), "DESCRIBED"));
        try {
            aidWithLife(POINTE_A_PITRE, "CESP", "FILED 2025-03-01", "SIGNED 2025-04-01 120000", "PAID 2025-05-01 120000",
                    "PAID 2026-05-01 120000");
            aidWithLife(POINTE_A_PITRE, "PTMG", "FILED 2025-06-01", "SIGNED 2026-01-15 500000", "PAID 2026-02-01 250000");
            aidWithLife(FORT_DE_FRANCE, "CESP", "FILED 2026-01-01", "SIGNED 2026-02-01 120000", "REPAID 2027-03-01 60000");
        } finally {
            AidsServiceStub.answerNormally();
        }
        seeded = true;
    }

    @AfterAll
    static void simulatorAsUsual() {
        AidsServiceStub.answerNormally();
    }

    @Test
    void contracts_signed_and_amounts_paid_by_aid_department_and_year() {
        seed();

        antilles().queryParam("from", "2025-01-01").queryParam("to", "2026-12-31").get("/cases/indicators/aids")
                .then().statusCode(200)
                .body("total", equalTo(figures(3, 740000, 490000, 0)))
                .body("byAid", equalTo(List.of(breakdown("CESP", figures(2, 240000, 240000, 0)),
                        breakdown("PTMG", figures(1, 500000, 250000, 0)))))
                .body("byDepartment", equalTo(List.of(breakdown("971", figures(2, 620000, 490000, 0)),
                        breakdown("972", figures(1, 120000, 0, 0)))))
                .body("byYear", equalTo(List.of(breakdown("2025", figures(1, 120000, 120000, 0)),
                        breakdown("2026", figures(2, 620000, 370000, 0)))))
                .body("byAidDepartmentAndYear.size()", equalTo(4))
                .body("byAidDepartmentAndYear[1]", equalTo(Map.of("aid", "CESP", "department", "971", "year", 2026,
                        "figures", figures(0, 0, 120000, 0))));
    }

    @Test
    void a_repayment_counts_in_the_year_it_happened() {
        seed();

        antilles().queryParam("from", "2027-01-01").queryParam("to", "2027-12-31").queryParam("department", "972")
                .get("/cases/indicators/aids").then().statusCode(200)
                .body("total", equalTo(figures(0, 0, 0, 60000)))
                .body("byAid[0].value", equalTo("CESP"));
    }

    @Test
    void the_aid_indicators_as_csv_have_one_line_per_breakdown() {
        seed();

        String csv = antilles().accept("text/csv").queryParam("from", "2025-01-01").queryParam("to", "2026-12-31")
                .get("/cases/indicators/aids").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();

        assertThat(csv, startsWith(
                "dimension,aid,department,year,contractsSigned,agreedCents,paidCents,repaidCents\ntotal,,,,3,740000,490000,0\n"));
        assertThat(csv, containsString("\naid_department_year,PTMG,971,2026,1,500000,250000,0\n"));
        assertThat(csv, containsString("\nyear,,,2025,1,120000,120000,0\n"));
    }

    @Test
    void another_department_than_the_callers_is_403() {
        Actors.occitanie().queryParam("department", "971").get("/cases/indicators/aids").then().spec(Cases.problem(403));
    }

    private static RequestSpecification antilles() {
        return Actors.correspondant("correspondant-antilles", "971", "972").accept(ContentType.JSON);
    }

    /** Opens a case in the commune, selects the aid and records each "STATUS date [amountCents]" move. */
    private static void aidWithLife(String commune, String code, String... moves) {
        String id = Cases.create(antilles(), Cases.newCase(Actors.RPPS_CLAIRE, commune));
        String etag = antilles().header("If-Match", Cases.etag(antilles(), id)).body(Map.of("code", code))
                .post("/cases/" + id + "/aids").then().statusCode(201).extract().header("ETag");
        for (String move : moves) {
            String[] parts = move.split(" ");
            Map<String, Object> body = new HashMap<>(Map.of("to", parts[0], "date", parts[1]));
            if (parts.length > 2) {
                body.put("amountCents", Long.parseLong(parts[2]));
            }
            etag = antilles().header("If-Match", etag).body(body).post("/cases/" + id + "/aids/" + code + "/events")
                    .then().statusCode(200).extract().header("ETag");
        }
    }

    private static Map<String, Object> figures(int signed, int agreed, int paid, int repaid) {
        return Map.of("contractsSigned", signed, "agreedCents", agreed, "paidCents", paid, "repaidCents", repaid);
    }

    private static Map<String, Object> breakdown(String value, Map<String, Object> figures) {
        return Map.of("value", value, "figures", figures);
    }
}
