package fr.guichet.cases.casefile;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** No lost update: every change of a case presents the ETag it read; none is 428, a stale one 412. */
@QuarkusTest
class CaseConcurrencyTest {

    /** Every change of a case, each one that succeeds on a case in PROCEDURES given the right ETag. */
    enum Mutation {
        CHANGE_FIELDS((as, c) -> as.body(Map.of("practiceMode", "MIXED")).patch("/cases/" + c.id)),
        ASSIGN((as, c) -> as.body(Map.of("assignee", "marie-" + System.nanoTime())).put("/cases/" + c.id + "/assignee")),
        TRANSITION((as, c) -> as.body(Map.of("to", "ABANDONED", "reason", "Projet reporté")).post("/cases/" + c.id + "/transitions")),
        CHANGE_TASK((as, c) -> as.body(Map.of("status", "IN_PROGRESS")).patch("/cases/" + c.id + "/tasks/" + c.taskId)),
        SELECT_AID((as, c) -> as.body(Map.of("code", "OCCITANIE_MONTAGNE")).post("/cases/" + c.id + "/aids"));

        private final Call call;

        Mutation(Call call) {
            this.call = call;
        }

        Response on(RequestSpecification as, CaseInProcedures c) {
            return call.on(as, c);
        }

        interface Call {
            Response on(RequestSpecification as, CaseInProcedures c);
        }
    }

    /** A case of Mende at the joint session, with one of its partner tasks and its current ETag. */
    record CaseInProcedures(String id, String taskId, String etag) {
        static CaseInProcedures open() {
            String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
            String etag = Cases.etag(occitanie(), id);
            for (String step : List.of("QUALIFIED", "PROJECT_DEFINED", "PROCEDURES")) {
                etag = Cases.move(occitanie(), id, etag, step).then().statusCode(200).extract().header("ETag");
            }
            String taskId = occitanie().get("/cases/" + id + "/tasks").then().statusCode(200).extract().path("[0].id");
            return new CaseInProcedures(id, taskId, etag);
        }
    }

    private static int historyLength(String id) {
        return occitanie().get("/cases/" + id + "/history").then().statusCode(200).extract().path("size()");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mutation.class)
    void a_change_without_if_match_is_428_and_changes_nothing(Mutation mutation) {
        CaseInProcedures c = CaseInProcedures.open();
        int history = historyLength(c.id());

        mutation.on(occitanie(), c).then().spec(problem(428));

        assertThat(Cases.etag(occitanie(), c.id()), equalTo(c.etag()));
        assertThat(historyLength(c.id()), equalTo(history));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mutation.class)
    void a_change_with_a_stale_etag_is_412_and_changes_nothing(Mutation mutation) {
        CaseInProcedures c = CaseInProcedures.open();
        String current = occitanie().header("If-Match", c.etag()).body(Map.of("notes", "Rappeler lundi"))
                .patch("/cases/" + c.id()).then().statusCode(200).extract().header("ETag");
        int history = historyLength(c.id());

        mutation.on(occitanie().header("If-Match", c.etag()), c).then().spec(problem(412));

        assertThat(Cases.etag(occitanie(), c.id()), equalTo(current));
        assertThat(historyLength(c.id()), equalTo(history));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mutation.class)
    void a_change_with_the_current_etag_succeeds_and_moves_the_etag(Mutation mutation) {
        CaseInProcedures c = CaseInProcedures.open();

        Response answer = mutation.on(occitanie().header("If-Match", c.etag()), c);

        assertThat(answer.statusCode() / 100, equalTo(2));
        assertThat(answer.header("ETag"), not(equalTo(c.etag())));
        assertThat(Cases.etag(occitanie(), c.id()), equalTo(answer.header("ETag")));
    }

    @Test
    void the_etag_of_one_change_is_the_if_match_of_the_next() {
        CaseInProcedures c = CaseInProcedures.open();
        String etag = c.etag();

        // abandoning last, since an abandoned case no longer changes
        for (Mutation mutation : List.of(Mutation.CHANGE_FIELDS, Mutation.ASSIGN, Mutation.CHANGE_TASK, Mutation.SELECT_AID,
                Mutation.TRANSITION)) {
            Response answer = mutation.on(occitanie().header("If-Match", etag), c);
            assertThat(mutation + " succeeds", answer.statusCode() / 100, equalTo(2));
            String next = answer.header("ETag");
            assertThat(mutation + " moves the ETag", next, not(equalTo(etag)));
            etag = next;
        }
        assertThat(Cases.etag(occitanie(), c.id()), equalTo(etag));
    }

    @Test
    void of_twenty_parallel_transitions_with_the_same_etag_exactly_one_wins() throws Exception {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.etag(occitanie(), id);
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    RequestSpecification request = occitanie().header("If-Match", etag).body(Map.of("to", "QUALIFIED"));
                    ready.countDown();
                    go.await();
                    return request.post("/cases/" + id + "/transitions").statusCode();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers.stream().filter(s -> s == 200).count(), equalTo(1L));
            assertThat(answers.stream().filter(s -> s == 412).count(), equalTo(19L));
        } finally {
            pool.shutdownNow();
        }
        List<String> kinds = occitanie().get("/cases/" + id + "/history").then().statusCode(200).extract().path("kind");
        assertThat(kinds.stream().filter("STATUS_CHANGED"::equals).count(), equalTo(1L));
        occitanie().get("/cases/" + id).then().statusCode(200).body("status", equalTo("QUALIFIED"));
    }
}
