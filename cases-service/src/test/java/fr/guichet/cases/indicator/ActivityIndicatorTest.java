package fr.guichet.cases.indicator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * The correspondant's activity, four counts apart, over a known March in Cantal (15), this class's own department:
 * <pre>
 * requests   PHONE AIDS (doctor), EMAIL ZONING (doctor), WEB_FORM TRAINING (nurse, the public form)
 * cases      one qualified with a CESP signed on 15 March; one installed (qualified on its way)
 * </pre>
 */
@QuarkusTest
class ActivityIndicatorTest {

    private static final String AURILLAC = "15014";

    private static RequestSpecification cantal() {
        return Actors.correspondant("correspondant-cantal", "15").accept(ContentType.JSON);
    }

    private static boolean seeded;

    @Inject
    MovableClock clock;

    @BeforeEach
    void aMarchInCantal() {
        synchronized (ActivityIndicatorTest.class) {
            if (!seeded) {
                seed(clock);
                seeded = true;
            }
        }
    }

    private static void seed(MovableClock clock) {
        clock.set(Instant.parse("2026-03-20T10:00:00Z"));
        AidsServiceStub.answerWithAids(AidsServiceStub.aid("CESP", "STATE", "STUDY_CONTRACT", List.of(), "MONTHLY"));
        try {
            request("PHONE", "AIDS", "Aides ?");
            request("EMAIL", "ZONING", "Zonage ?");
            Actors.anonymous().body(Map.of("email", "infirmier@example.org", "profession", "NURSE", "subject", "TRAINING",
                    "commune", AURILLAC, "question", "Stage ?")).post("/requests/submissions").then().statusCode(202);
            Supplier<RequestSpecification> staff = ActivityIndicatorTest::cantal;
            String signed = Cases.create(cantal(), Cases.newCase(Actors.RPPS_CLAIRE, AURILLAC));
            String etag = Cases.moveThrough(staff, signed, "QUALIFIED");
            etag = cantal().header("If-Match", etag).body(Map.of("code", "CESP")).post("/cases/" + signed + "/aids")
                    .then().statusCode(201).extract().header("ETag");
            for (String[] move : List.of(new String[] {"FILED", "2026-03-11"}, new String[] {"SIGNED", "2026-03-15"})) {
                etag = cantal().header("If-Match", etag).body(new HashMap<>(Map.of("to", move[0], "date", move[1], "amountCents", 120000)))
                        .post("/cases/" + signed + "/aids/CESP/events").then().statusCode(200).extract().header("ETag");
            }
            Cases.install(staff, Cases.create(cantal(), Cases.newCase(Actors.RPPS_PAUL, AURILLAC)));
        } finally {
            AidsServiceStub.answerNormally();
            clock.reset();
        }
    }

    @AfterAll
    static void simulatorAsUsual() {
        AidsServiceStub.answerNormally();
    }

    private static void request(String channel, String subject, String question) {
        cantal().body(Map.of("channel", channel, "subject", subject, "department", "15", "question", question,
                "requester", Map.of("profession", "GENERAL_PRACTITIONER"), "answer", "Réponse."))
                .post("/requests").then().statusCode(201);
    }

    private static RequestSpecification march() {
        return cantal().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31");
    }

    @Test
    void requests_accompanied_cases_installations_and_contracts_are_counted_apart() {
        march().get("/cases/indicators/activity").then().statusCode(200)
                .body("total", equalTo(figures(3, 2, 1, 1)))
                .body("byDepartment", equalTo(List.of(breakdown("15", figures(3, 2, 1, 1)))))
                .body("byProfession", equalTo(List.of(breakdown("GENERAL_PRACTITIONER", figures(2, 2, 1, 1)),
                        breakdown("NURSE", figures(1, 0, 0, 0)))))
                .body("byChannel", equalTo(List.of(breakdown("EMAIL", figures(1, 0, 0, 0)), breakdown("PHONE", figures(1, 0, 0, 0)),
                        breakdown("WEB", figures(0, 2, 1, 1)), breakdown("WEB_FORM", figures(1, 0, 0, 0)))))
                .body("bySubject.value", equalTo(java.util.Arrays.asList("AIDS", "TRAINING", "ZONING", null)))
                .body("byMonth", equalTo(List.of(breakdown("2026-03", figures(3, 2, 1, 1)))));
    }

    @Test
    void the_activity_as_csv_has_one_line_per_breakdown() {
        String csv = march().accept("text/csv").get("/cases/indicators/activity").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        assertThat(csv, startsWith("dimension,value,requests,accompaniedCases,installations,contracts\ntotal,,3,2,1,1\n"));
        assertThat(csv, containsString("\nchannel,WEB_FORM,1,0,0,0\n"));
        assertThat(csv, containsString("\nsubject,,0,2,1,1\n"));
        assertThat(csv, containsString("\nmonth,2026-03,3,2,1,1\n"));
    }

    @Test
    void a_month_outside_counts_nothing() {
        cantal().queryParam("from", "2026-04-01").queryParam("to", "2026-04-30").get("/cases/indicators/activity")
                .then().statusCode(200).body("total", equalTo(figures(0, 0, 0, 0)));
    }

    private static Map<String, Object> figures(int requests, int accompanied, int installations, int contracts) {
        return Map.of("requests", requests, "accompaniedCases", accompanied, "installations", installations,
                "contracts", contracts);
    }

    private static Map<String, Object> breakdown(String value, Map<String, Object> figures) {
        return Map.of("value", value, "figures", figures);
    }
}
