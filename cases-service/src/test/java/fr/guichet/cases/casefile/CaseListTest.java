package fr.guichet.cases.casefile;

import static fr.guichet.cases.Actors.occitanie;
import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.common.time.GuichetClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * GET /cases: filters, the caller's scope and cursor pagination. Each test opens its cases in Corsica with
 * a last name of its own, so that what it lists is exactly what it built.
 */
@QuarkusTest
class CaseListTest {

    private static final String BASTIA = "2B033";
    private static final String CALVI = "2B050";
    private static final String AJACCIO = "2A004";

    private final String correspondant = "corse-" + System.nanoTime();
    private final String lastName = "Liste" + System.nanoTime();

    /** The correspondant of Haute-Corse (and Corse-du-Sud), new in every test. */
    private RequestSpecification corse() {
        return Actors.correspondant(correspondant, "2B", "2A");
    }

    private RequestSpecification hauteCorse() {
        return Actors.correspondant(correspondant, "2B");
    }

    private String open(String commune, Consumer<Map<String, Object>> adjust) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, commune);
        professional(request).put("lastName", lastName);
        adjust.accept(request);
        return Cases.create(corse(), request);
    }

    private String open(String commune) {
        return open(commune, request -> {
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> professional(Map<String, Object> request) {
        return (Map<String, Object>) request.get("professional");
    }

    /** The ids of the first page of our cases (q = our last name) with one more filter. */
    private List<String> listed(String filter, Object value) {
        return corse().queryParam("q", lastName).queryParam(filter, value).get("/cases")
                .then().statusCode(200).extract().path("items.id");
    }

    // --- filters

    @Test
    void filters_by_status() {
        String received = open(BASTIA);
        String qualified = open(BASTIA);
        Cases.move(corse(), qualified, Cases.etag(corse(), qualified), "QUALIFIED").then().statusCode(200);

        assertThat(listed("status", "QUALIFIED"), contains(qualified));
        assertThat(listed("status", "RECEIVED"), contains(received));
    }

    @Test
    void filters_by_department() {
        String bastia = open(BASTIA);
        String ajaccio = open(AJACCIO);

        assertThat(listed("department", "2A"), contains(ajaccio));
        assertThat(listed("department", "2B"), contains(bastia));
    }

    @Test
    void filters_by_assignee() {
        String mine = open(BASTIA);
        String handedOver = open(BASTIA);
        String marie = "marie-" + System.nanoTime();
        corse().header("If-Match", Cases.etag(corse(), handedOver)).body(Map.of("assignee", marie))
                .put("/cases/" + handedOver + "/assignee").then().statusCode(200);

        assertThat(listed("assignee", marie), contains(handedOver));
        assertThat(listed("assignee", correspondant), contains(mine));
    }

    @Test
    void filters_by_profession() {
        String doctor = open(BASTIA);
        String nurse = open(BASTIA, request -> professional(request).put("profession", "NURSE"));

        assertThat(listed("profession", "NURSE"), contains(nurse));
        assertThat(listed("profession", "GENERAL_PRACTITIONER"), contains(doctor));
    }

    @Test
    void filters_by_channel() {
        String phone = open(BASTIA, request -> request.put("channel", "PHONE"));
        String event = open(BASTIA, request -> request.put("channel", "EVENT"));

        assertThat(listed("channel", "PHONE"), contains(phone));
        assertThat(listed("channel", "EVENT"), contains(event));
    }

    @Test
    void q_matches_the_start_of_a_last_name_whatever_its_case() {
        String dupont = open(BASTIA, request -> professional(request).put("lastName", lastName + "Dupont"));
        String durand = open(BASTIA, request -> professional(request).put("lastName", lastName + "Durand"));

        assertThat(search(lastName + "du"), contains(durand, dupont));
        assertThat(search((lastName + "dup").toUpperCase()), contains(dupont));
        assertThat(search(lastName.substring(2) + "Dupont"), empty());
    }

    @Test
    void q_matches_a_reference_exactly() {
        String id = open(BASTIA);
        String reference = corse().get("/cases/" + id).then().statusCode(200).extract().path("reference");

        assertThat(search(reference), contains(id));
        assertThat(search(reference.toLowerCase()), contains(id));
        assertThat(search(reference.substring(0, reference.length() - 1)), empty());
    }

    private List<String> search(String q) {
        return corse().queryParam("q", q).get("/cases").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void filters_by_creation_date_both_ends_included() {
        String id = open(BASTIA);
        String createdAt = corse().get("/cases/" + id).then().statusCode(200).extract().path("createdAt");
        // the filter takes French days: a case created at 23:30 UTC belongs to the next day in Paris
        LocalDate day = Instant.parse(createdAt).atZone(GuichetClock.ZONE).toLocalDate();

        assertThat(corse().queryParam("q", lastName).queryParam("createdFrom", day.toString())
                .queryParam("createdTo", day.toString()).get("/cases").then().statusCode(200)
                .extract().path("items.id"), contains(id));
        assertThat(listed("createdFrom", day.plusDays(1).toString()), empty());
        assertThat(listed("createdTo", day.minusDays(1).toString()), empty());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "status, OPEN",
        "department, 2C",
        "department, Corse",
        "profession, SURGEON",
        "channel, FAX",
        "createdFrom, 2027-13-01",
        "createdTo, 25/11/2026",
        "limit, 0",
        "limit, 101",
        "limit, twenty",
        "cursor, not-a-cursor",
        "cursor, YWJj",
        "cursor, MXwyfDM",
        "cursor, LTkyMjMzNzIwMzY4NTQ3NzU4MDh8MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw",
        "cursor, OTIyMzM3MjAzNjg1NDc3NTgwN3wwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA",
    })
    void a_malformed_filter_is_400_naming_it(String parameter, String value) {
        corse().queryParam(parameter, value).get("/cases").then().spec(problem(400))
                .body("errors.field", contains(parameter));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q", "assignee"})
    void a_nul_character_in_a_text_filter_is_400_naming_it(String parameter) {
        corse().queryParam(parameter, "Mar\u0000tin").get("/cases").then().spec(problem(400))
                .body("errors.field", contains(parameter));
    }

    @Test
    void a_blank_q_is_400() {
        corse().queryParam("q", "  ").get("/cases").then().spec(problem(400)).body("errors.field", contains("q"));
    }

    // --- scope

    @Test
    void a_correspondant_lists_only_the_cases_of_their_departments() {
        String bastia = open(BASTIA);
        open(AJACCIO);
        Map<String, Object> mende = Cases.newCase(Actors.RPPS_PAUL, Cases.MENDE);
        professional(mende).put("lastName", lastName);
        Cases.create(occitanie(), mende);

        hauteCorse().queryParam("q", lastName).get("/cases").then().statusCode(200).body("items.id", contains(bastia));
    }

    @Test
    void a_department_filter_outside_their_scope_gives_an_empty_page() {
        Map<String, Object> mende = Cases.newCase(Actors.RPPS_PAUL, Cases.MENDE);
        professional(mende).put("lastName", lastName);
        Cases.create(occitanie(), mende);

        hauteCorse().queryParam("department", "48").get("/cases").then().statusCode(200)
                .body("items", empty())
                .body("nextCursor", nullValue());
    }

    // --- pagination

    @Test
    void pages_of_two_walk_every_case_once_newest_first() {
        List<String> created = new ArrayList<>();
        for (String commune : List.of(BASTIA, CALVI, BASTIA, CALVI, BASTIA)) {
            created.add(open(commune));
        }
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        List<String> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = corse().queryParam("q", lastName).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/cases");
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            walked.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(pageSizes, contains(2, 2, 1));
        assertThat(walked, equalTo(newestFirst));
        assertThat(new HashSet<>(walked).size(), equalTo(walked.size()));
    }

    @Test
    void a_page_has_twenty_cases_unless_asked_otherwise() {
        for (int i = 0; i < 21; i++) {
            open(BASTIA);
        }

        corse().queryParam("q", lastName).get("/cases").then().statusCode(200)
                .body("items", hasSize(20))
                .body("nextCursor", notNullValue());
    }
}
