package fr.guichet.cases.casefile;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A partner's create is safe to retry: same Idempotency-Key and body, the first answer; another body, 409. */
@QuarkusTest
class PartnerIdempotencyTest {

    private final String client = "partner-" + System.nanoTime();
    private final String key = "key-" + System.nanoTime();

    private static Map<String, Object> request(String lastName) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        @SuppressWarnings("unchecked")
        Map<String, Object> professional = (Map<String, Object>) request.get("professional");
        professional.put("lastName", lastName);
        return request;
    }

    private List<String> idsListedByThePartner() {
        return Actors.partner(client).get("/cases").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void the_same_key_and_body_give_the_first_answer_and_one_case() {
        Response first = Cases.createAsPartner(client, key, request("Martin"));
        Response retry = Cases.createAsPartner(client, key, request("Martin"));

        first.then().statusCode(201);
        retry.then().statusCode(201);
        assertThat(retry.path("id"), equalTo(first.path("id")));
        assertThat(retry.path("reference"), equalTo(first.path("reference")));
        assertThat(retry.header("ETag"), equalTo(first.header("ETag")));
        assertThat(idsListedByThePartner(), contains(first.<String>path("id")));
    }

    @Test
    void the_same_key_with_another_body_is_409_and_creates_nothing() {
        String id = Cases.createAsPartner(client, key, request("Martin")).then().statusCode(201).extract().path("id");

        Cases.createAsPartner(client, key, request("Durand")).then().spec(problem(409));

        assertThat(idsListedByThePartner(), contains(id));
    }

    @Test
    void a_partner_without_an_idempotency_key_is_400_naming_the_header() {
        Actors.partner(client).body(request("Martin")).post("/cases").then().spec(problem(400))
                .body("errors.field", hasItem("Idempotency-Key"));

        Actors.partner(client).get("/cases").then().statusCode(200).body("items", empty());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"short", "with spaces inside", "slash/and?query", "é-accentué-key"})
    void a_malformed_idempotency_key_is_400_naming_the_header(String malformed) {
        Cases.createAsPartner(client, malformed, request("Martin")).then().spec(problem(400))
                .body("errors.field", contains("Idempotency-Key"));

        Actors.partner(client).get("/cases").then().statusCode(200).body("items", empty());
    }

    @Test
    void an_idempotency_key_longer_than_200_characters_is_400() {
        Cases.createAsPartner(client, "k".repeat(201), request("Martin")).then().spec(problem(400))
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void the_same_key_from_another_partner_is_another_request() {
        String other = "other-" + client;

        String mine = Cases.createAsPartner(client, key, request("Martin")).then().statusCode(201).extract().path("id");
        String theirs = Cases.createAsPartner(other, key, request("Martin")).then().statusCode(201).extract().path("id");

        assertThat(theirs, not(equalTo(mine)));
    }

    @Test
    void a_refused_request_does_not_use_up_its_key() {
        Map<String, Object> withoutRpps = request("Martin");
        ((Map<?, ?>) withoutRpps.get("professional")).remove("rpps");

        Cases.createAsPartner(client, key, withoutRpps).then().spec(problem(400));

        String id = Cases.createAsPartner(client, key, request("Martin")).then().statusCode(201).extract().path("id");
        assertThat(idsListedByThePartner(), contains(id));
    }

    @Test
    void concurrent_requests_with_the_same_key_and_body_create_one_case() throws Exception {
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Cases.createAsPartner(client, key, request("Martin"));
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode(), equalTo(201));
                ids.add(response.path("id"));
            }
            assertThat(ids, everyItem(equalTo(ids.get(0))));
            assertThat(idsListedByThePartner(), contains(ids.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }
}
