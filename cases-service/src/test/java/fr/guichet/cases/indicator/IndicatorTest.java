package fr.guichet.cases.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The agency's figures over a known set of cases. Mayotte (976) is this class's own department: no other
 * test files a case there, so the figures are exactly those of the set seeded here.
 */
@QuarkusTest
class IndicatorTest {

    private static final String MAMOUDZOU = "97611";
    private static final String DZAOUDZI = "97608";
    private static final String RPPS = "10009760009";
    private static final LocalDate TODAY = LocalDate.now();

    private static boolean seeded;

    /**
     * Seven requests received today, one per line:
     * <pre>
     * profession            channel  final step                          accompanied installed inProgress abandoned
     * GENERAL_PRACTITIONER  PHONE    RECEIVED                            -           -         yes        -
     * NURSE                 EMAIL    QUALIFIED                           yes         -         yes        -
     * GENERAL_PRACTITIONER  WEB      INSTALLED (through every task)      yes         yes       -          -
     * DENTIST               EVENT    CLOSED (installed, followed up)     yes         yes       -          -
     * MIDWIFE               PARTNER  ABANDONED from RECEIVED             -           -         -          yes
     * GENERAL_PRACTITIONER  PHONE    ABANDONED after QUALIFIED           yes         -         -          yes
     * PHYSIOTHERAPIST       EMAIL    PROCEDURES                          yes         -         yes        -
     * </pre>
     */
    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        Supplier<RequestSpecification> desk = IndicatorTest::mayotte;
        create("GENERAL_PRACTITIONER", "PHONE", MAMOUDZOU);

        Cases.moveThrough(desk, create("NURSE", "EMAIL", MAMOUDZOU), "QUALIFIED");

        Map<String, Object> ownRequest = Cases.newCase(null, DZAOUDZI);
        Cases.install(desk, Cases.create(Actors.doctor("mayotte-doctor", RPPS), ownRequest));

        String dentist = create("DENTIST", "EVENT", DZAOUDZI);
        Cases.install(desk, dentist);
        Cases.moveThrough(desk, dentist, "FOLLOW_UP", "CLOSED");

        String midwife = Cases.createAsPartner("mayotte-sante", "indicators-" + UUID.randomUUID(),
                Cases.withProfession(Cases.newCase(RPPS, MAMOUDZOU), "MIDWIFE")).then().statusCode(201).extract().path("id");
        abandon(midwife, Cases.etag(mayotte(), midwife));

        String hesitant = create("GENERAL_PRACTITIONER", "PHONE", MAMOUDZOU);
        abandon(hesitant, Cases.moveThrough(desk, hesitant, "QUALIFIED"));

        Cases.moveThrough(desk, create("PHYSIOTHERAPIST", "EMAIL", DZAOUDZI), "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        seeded = true;
    }

    @Test
    void indicators_count_exactly_the_cases_of_the_department() {
        seed();

        Map<String, Object> expected = indicators(
                figures(7, 5, 2, 3, 2, 0.0),
                List.of(breakdown("976", figures(7, 5, 2, 3, 2, 0.0))),
                List.of(breakdown("DENTIST", figures(1, 1, 1, 0, 0, 0.0)),
                        breakdown("GENERAL_PRACTITIONER", figures(3, 2, 1, 1, 1, 0.0)),
                        breakdown("MIDWIFE", figures(1, 0, 0, 0, 1, null)),
                        breakdown("NURSE", figures(1, 1, 0, 1, 0, null)),
                        breakdown("PHYSIOTHERAPIST", figures(1, 1, 0, 1, 0, null))),
                List.of(breakdown("EMAIL", figures(2, 2, 0, 2, 0, null)),
                        breakdown("EVENT", figures(1, 1, 1, 0, 0, 0.0)),
                        breakdown("PARTNER", figures(1, 0, 0, 0, 1, null)),
                        breakdown("PHONE", figures(2, 1, 0, 1, 1, null)),
                        breakdown("WEB", figures(1, 1, 1, 0, 0, 0.0))));

        assertEquals(expected, json(Map.of("department", "976")));
    }

    @Test
    void indicators_filtered_by_profession_count_only_that_profession() {
        seed();

        Map<String, Object> expected = indicators(
                figures(3, 2, 1, 1, 1, 0.0),
                List.of(breakdown("976", figures(3, 2, 1, 1, 1, 0.0))),
                List.of(breakdown("GENERAL_PRACTITIONER", figures(3, 2, 1, 1, 1, 0.0))),
                List.of(breakdown("PHONE", figures(2, 1, 0, 1, 1, null)),
                        breakdown("WEB", figures(1, 1, 1, 0, 0, 0.0))));

        assertEquals(expected, json(Map.of("department", "976", "profession", "GENERAL_PRACTITIONER")));
    }

    @Test
    void indicators_without_a_department_cover_every_department_of_the_caller() {
        seed();

        assertEquals(json(Map.of("department", "976")), json(Map.of()));
    }

    @Test
    void indicators_of_a_period_before_the_requests_are_zero() {
        seed();

        Map<String, Object> expected = indicators(figures(0, 0, 0, 0, 0, null), List.of(), List.of(), List.of());
        expected.put("from", "2020-01-01");
        expected.put("to", "2020-12-31");

        assertEquals(expected, mayotte().accept(ContentType.JSON).queryParams(Map.of("department", "976",
                "from", "2020-01-01", "to", "2020-12-31")).get("/cases/indicators").then().statusCode(200)
                .extract().as(Map.class));
    }

    @Test
    void indicators_are_also_served_as_csv() {
        seed();

        String csv = mayotte().accept("text/csv").queryParams(period(Map.of("department", "976")))
                .get("/cases/indicators").then().statusCode(200)
                .contentType(equalTo("text/csv;charset=UTF-8"))
                .extract().asString();

        assertEquals("""
                dimension,value,received,accompanied,installed,inProgress,abandoned,medianDaysToInstallation
                total,,7,5,2,3,2,0.0
                department,976,7,5,2,3,2,0.0
                profession,DENTIST,1,1,1,0,0,0.0
                profession,GENERAL_PRACTITIONER,3,2,1,1,1,0.0
                profession,MIDWIFE,1,0,0,0,1,
                profession,NURSE,1,1,0,1,0,
                profession,PHYSIOTHERAPIST,1,1,0,1,0,
                channel,EMAIL,2,2,0,2,0,
                channel,EVENT,1,1,1,0,0,0.0
                channel,PARTNER,1,0,0,0,1,
                channel,PHONE,2,1,0,1,1,
                channel,WEB,1,1,1,0,0,0.0
                """, csv);
    }

    @Test
    void indicators_are_json_unless_csv_is_asked_for() {
        mayotte().queryParams(period(Map.of("department", "976"))).get("/cases/indicators").then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void a_department_outside_the_caller_scope_answers_403() {
        mayotte().queryParams(period(Map.of("department", "02"))).get("/cases/indicators").then().spec(Cases.problem(403));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"from, 2026-02-30", "from, yesterday", "to, 2026-13-01", "to, 26-01-01"})
    void an_invalid_date_answers_400_naming_it(String parameter, String value) {
        mayotte().queryParam("department", "976").queryParam(parameter, value).get("/cases/indicators").then()
                .spec(Cases.problem(400))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void a_period_ending_before_it_starts_answers_400() {
        mayotte().queryParams(Map.of("department", "976", "from", TODAY.toString(), "to", TODAY.minusDays(1).toString()))
                .get("/cases/indicators").then()
                .spec(Cases.problem(400))
                .body("errors.field", hasItem("to"));
    }

    @Test
    void a_doctor_may_not_read_the_indicators() {
        Actors.claire().queryParams(period(Map.of())).get("/cases/indicators").then().spec(Cases.problem(403));
    }

    private static RequestSpecification mayotte() {
        return Actors.correspondant("correspondant-mayotte", "976");
    }

    private static String create(String profession, String channel, String commune) {
        Map<String, Object> request = Cases.withProfession(Cases.newCase(RPPS, commune), profession);
        request.put("channel", channel);
        return Cases.create(mayotte(), request);
    }

    private static void abandon(String id, String etag) {
        mayotte().header("If-Match", etag).body(Map.of("to", "ABANDONED", "reason", "Projet reporté"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);
    }

    /** The request's period: around today, so that every case just filed falls in it whatever the time zone. */
    private static Map<String, String> period(Map<String, String> filters) {
        Map<String, String> params = new HashMap<>(filters);
        params.put("from", TODAY.minusDays(1).toString());
        params.put("to", TODAY.plusDays(1).toString());
        return params;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Map<String, String> filters) {
        return mayotte().accept(ContentType.JSON).queryParams(period(filters)).get("/cases/indicators").then()
                .statusCode(200).extract().as(Map.class);
    }

    private static Map<String, Object> indicators(Map<String, Object> total, List<Map<String, Object>> byDepartment,
            List<Map<String, Object>> byProfession, List<Map<String, Object>> byChannel) {
        Map<String, Object> indicators = new LinkedHashMap<>();
        indicators.put("from", TODAY.minusDays(1).toString());
        indicators.put("to", TODAY.plusDays(1).toString());
        indicators.put("total", total);
        indicators.put("byDepartment", byDepartment);
        indicators.put("byProfession", byProfession);
        indicators.put("byChannel", byChannel);
        return indicators;
    }

    private static Map<String, Object> breakdown(String value, Map<String, Object> figures) {
        return Map.of("value", value, "figures", figures);
    }

    private static Map<String, Object> figures(int received, int accompanied, int installed, int inProgress,
            int abandoned, Double medianDaysToInstallation) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("received", received);
        figures.put("accompanied", accompanied);
        figures.put("installed", installed);
        figures.put("inProgress", inProgress);
        figures.put("abandoned", abandoned);
        figures.put("medianDaysToInstallation", medianDaysToInstallation);
        return figures;
    }
}
