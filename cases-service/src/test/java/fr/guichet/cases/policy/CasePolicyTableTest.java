package fr.guichet.cases.policy;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Who may see and do what on a case, as one table: every endpoint of a case against every kind of
 * caller. {@code ok} means the policy lets the call through (the answer is then whatever the domain says:
 * 200, 201, 409, 422...); a case the caller may not see is 404 whatever the action, and 403 is only ever
 * an action refused on a case the caller sees. The cells run on a doctor's case in
 * Laon (02), filed on the doctor's behalf by the partner application {@code partner-own}, at the joint
 * session (PROCEDURES) with a document attached to its first task, whose owner is the organisation of the partner
 * application {@code partner-table} (at the case's table without having filed it), and the aid OCCITANIE_MONTAGNE
 * selected; an allowed change gets a case of its own. In the LISTED row, 404 means the case is not in the caller's list.
 */
@QuarkusTest
class CasePolicyTableTest {

    private static final String TABLE = """
            operation             doctor_own doctor_other correspondant_in correspondant_out partner_own partner_table partner_other catalogue_admin anonymous
            READ_CASE             ok         404          ok               404               ok          ok            404           403             401
            CHANGE_CASE           ok         404          ok               404               403         403           404           403             401
            ASSIGN                403        404          ok               404               403         403           404           403             401
            MOVE_STEP             403        404          ok               404               403         403           404           403             401
            ABANDON               ok         404          ok               404               403         403           404           403             401
            READ_TASKS            ok         404          ok               404               ok          ok            404           403             401
            CHANGE_TASK           403        404          ok               404               403         ok            404           403             401
            READ_ELIGIBILITY      ok         404          ok               404               ok          ok            404           403             401
            READ_AIDS             ok         404          ok               404               ok          ok            404           403             401
            SELECT_AID            403        404          ok               404               403         403           404           403             401
            MOVE_AID              403        404          ok               404               403         403           404           403             401
            READ_HISTORY          ok         404          ok               404               ok          ok            404           403             401
            READ_MESSAGES         ok         404          ok               404               ok          ok            404           403             401
            POST_MESSAGE          ok         404          ok               404               ok          ok            404           403             401
            POST_INTERNAL_NOTE    403        404          ok               404               403         403           404           403             401
            READ_DOCUMENTS        ok         404          ok               404               ok          ok            404           403             401
            DOWNLOAD_DOCUMENT     ok         404          ok               404               404         ok            404           403             401
            ADD_DOCUMENT          ok         404          ok               404               403         ok            404           403             401
            READ_CORRECTIONS      ok         404          ok               404               ok          ok            404           403             401
            REQUEST_CORRECTION    403        404          ok               404               403         ok            404           403             401
            LISTED                ok         404          ok               404               ok          ok            404           403             401
            """;

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static Fixture shared;

    @Inject
    EntityManager em;

    enum Caller {
        DOCTOR_OWN(Actors::claire),
        DOCTOR_OTHER(Actors::paul),
        CORRESPONDANT_IN(Actors::aisne),
        CORRESPONDANT_OUT(Actors::occitanie),
        PARTNER_OWN(() -> Actors.partner("partner-own")),
        PARTNER_TABLE(() -> Actors.partner("partner-table")),
        PARTNER_OTHER(() -> Actors.partner("partner-other")),
        CATALOGUE_ADMIN(Actors::catalogueAdmin),
        ANONYMOUS(Actors::anonymous);

        private final Supplier<RequestSpecification> as;

        Caller(Supplier<RequestSpecification> as) {
            this.as = as;
        }
    }

    /** The case a cell acts on, with what its endpoints need. */
    record Fixture(String id, String etag, String taskId, String documentId) {
    }

    enum Operation {
        READ_CASE(false, (as, f) -> as.get("/cases/" + f.id())),
        CHANGE_CASE(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("phone", "+33 6 00 00 00 00")).patch("/cases/" + f.id())),
        ASSIGN(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("assignee", "someone")).put("/cases/" + f.id() + "/assignee")),
        MOVE_STEP(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("to", "INSTALLED")).post("/cases/" + f.id() + "/transitions")),
        ABANDON(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("to", "ABANDONED", "reason", "Autre projet"))
                .post("/cases/" + f.id() + "/transitions")),
        READ_TASKS(false, (as, f) -> as.get("/cases/" + f.id() + "/tasks")),
        CHANGE_TASK(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("status", "IN_PROGRESS"))
                .patch("/cases/" + f.id() + "/tasks/" + f.taskId())),
        READ_ELIGIBILITY(false, (as, f) -> as.get("/cases/" + f.id() + "/eligibility")),
        READ_AIDS(false, (as, f) -> as.get("/cases/" + f.id() + "/aids")),
        SELECT_AID(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("code", "OCCITANIE_MONTAGNE")).post("/cases/" + f.id() + "/aids")),
        MOVE_AID(true, (as, f) -> as.header("If-Match", f.etag()).body(Map.of("to", "FILED", "date", "2027-01-10"))
                .post("/cases/" + f.id() + "/aids/OCCITANIE_MONTAGNE/events")),
        READ_HISTORY(false, (as, f) -> as.get("/cases/" + f.id() + "/history")),
        READ_MESSAGES(false, (as, f) -> as.get("/cases/" + f.id() + "/messages")),
        POST_MESSAGE(false, (as, f) -> as.body(Map.of("body", "Bonjour")).post("/cases/" + f.id() + "/messages")),
        POST_INTERNAL_NOTE(false, (as, f) -> as.body(Map.of("body", "Note", "internal", true)).post("/cases/" + f.id() + "/messages")),
        READ_DOCUMENTS(false, (as, f) -> as.get("/cases/" + f.id() + "/documents")),
        DOWNLOAD_DOCUMENT(false, (as, f) -> as.get("/cases/" + f.id() + "/documents/" + f.documentId())),
        ADD_DOCUMENT(false, (as, f) -> as.contentType("multipart/form-data").multiPart("file", "bail.pdf", PDF, "application/pdf")
                .multiPart("taskId", f.taskId()).post("/cases/" + f.id() + "/documents")),
        READ_CORRECTIONS(false, (as, f) -> as.get("/cases/" + f.id() + "/corrections")),
        REQUEST_CORRECTION(false, (as, f) -> as.body(Map.of("taskId", f.taskId(), "information", "RIB", "reason", "Illisible"))
                .post("/cases/" + f.id() + "/corrections")),
        LISTED(false, (as, f) -> as.get("/cases"));

        /** It changes the case (its version, or its step) when allowed: such a cell needs a case of its own. */
        private final boolean changesTheCase;
        private final Call call;

        Operation(boolean changesTheCase, Call call) {
            this.changesTheCase = changesTheCase;
            this.call = call;
        }

        interface Call {
            Response on(RequestSpecification as, Fixture fixture);
        }
    }

    static Stream<Arguments> cells() {
        List<String> lines = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = Arrays.asList(lines.get(0).split("\\s+")).subList(1, Caller.values().length + 1);
        return lines.stream().skip(1).flatMap(line -> {
            String[] cells = line.split("\\s+");
            return callers.stream().map(caller -> Arguments.of(Operation.valueOf(cells[0]),
                    Caller.valueOf(caller.toUpperCase()), cells[callers.indexOf(caller) + 1]));
        });
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void the_policy_answers(Operation operation, Caller caller, String expected) {
        Fixture fixture = operation.changesTheCase && expected.equals("ok") ? aCaseAtTheJointSession() : shared();
        Response answer = operation.call.on(caller.as.get(), fixture);

        if (operation == Operation.LISTED && answer.statusCode() == 200) {
            answer.then().body("items.id", expected.equals("ok") ? hasItem(fixture.id()) : not(hasItem(fixture.id())));
        } else if (expected.equals("ok")) {
            int status = answer.statusCode();
            assertTrue(status < 500 && status != 401 && status != 403 && status != 404,
                    operation + " as " + caller + " should pass the policy, got " + status + ": " + answer.asString());
        } else {
            answer.then().spec(problem(Integer.parseInt(expected)));
        }
    }

    /** The case of every cell that leaves it as it was; refusals do not need a valid ETag (the policy answers first). */
    private Fixture shared() {
        if (shared == null) {
            shared = aCaseAtTheJointSession();
        }
        return shared;
    }

    private Fixture aCaseAtTheJointSession() {
        String id = Cases.create(Actors.claire(), Cases.newCase(null, Cases.LAON));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update case_file set created_by_client = 'partner-own', created_by_org = :organisation where id = :id")
                .setParameter("organisation", Actors.organisationOf("partner-own")).setParameter("id", UUID.fromString(id))
                .executeUpdate());
        String etag = Cases.moveThrough(Actors::aisne, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        Actors.aisne().header("If-Match", etag).body(Map.of("code", "OCCITANIE_MONTAGNE")).post("/cases/" + id + "/aids")
                .then().statusCode(201);
        String taskId = Actors.aisne().get("/cases/" + id + "/tasks").then().statusCode(200).extract().path("[0].id");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update partner_task set owner_org = :organisation where id = :id")
                    .setParameter("organisation", Actors.organisationOf("partner-table")).setParameter("id", UUID.fromString(taskId))
                    .executeUpdate();
            em.createNativeQuery("update case_file set partner_organisations = array[cast(:organisation as text)] where id = :id")
                    .setParameter("organisation", Actors.organisationOf("partner-table")).setParameter("id", UUID.fromString(id))
                    .executeUpdate();
        });
        String documentId = Actors.aisne().contentType("multipart/form-data").multiPart("file", "diplome.pdf", PDF, "application/pdf")
                .multiPart("taskId", taskId).post("/cases/" + id + "/documents").then().statusCode(201).extract().path("id");
        return new Fixture(id, Cases.etag(Actors.aisne(), id), taskId, documentId);
    }
}
