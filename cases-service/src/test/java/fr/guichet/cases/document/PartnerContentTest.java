package fr.guichet.cases.document;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * What a partner reads of a case's documents and thread: the documents of its own tasks, the messages addressed to
 * partners; never the internal notes. Cases of Seine-Maritime (76).
 */
@QuarkusTest
class PartnerContentTest {

    private static final String ROUEN = "76540";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-normandie", "76");
    private static final Supplier<RequestSpecification> CPAM = () -> Actors.partner("cpam-rouen", "CPAM-76");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-rouen", "ORDRE-76");

    @BeforeEach
    void organisations() {
        Partners.register("CPAM-76", "CPAM", "76");
        Partners.register("ORDRE-76", "ORDRE", "76");
    }

    private static String aCaseAtTheJointSession() {
        String id = Cases.create(Actors.claire(), Cases.newCase(null, ROUEN));
        Cases.moveThrough(STAFF, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return id;
    }

    private static String upload(RequestSpecification as, String caseId, String taskId, String name) {
        RequestSpecification request = as.contentType("multipart/form-data").multiPart("file", name, PDF, "application/pdf");
        if (taskId != null) {
            request = request.multiPart("taskId", taskId);
        }
        return request.post("/cases/" + caseId + "/documents").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_partner_reads_only_the_documents_of_its_own_tasks() {
        String id = aCaseAtTheJointSession();
        String cpamTask = Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT");
        String ordreTask = Partners.taskId(STAFF, id, "ORDRE_REGISTRATION");
        String rib = upload(CPAM.get(), id, cpamTask, "rib.pdf");
        String diploma = upload(STAFF.get(), id, ordreTask, "diplome.pdf");
        String loose = upload(Actors.claire(), id, null, "bail.pdf");

        CPAM.get().get("/cases/" + id + "/documents").then().statusCode(200).body("id", contains(rib));
        ORDRE.get().get("/cases/" + id + "/documents").then().statusCode(200).body("id", contains(diploma));
        STAFF.get().get("/cases/" + id + "/documents").then().statusCode(200).body("id", containsInAnyOrder(rib, diploma, loose));
        CPAM.get().get("/cases/" + id + "/documents/" + rib).then().statusCode(200);
        CPAM.get().get("/cases/" + id + "/documents/" + diploma).then().spec(problem(404));
        CPAM.get().get("/cases/" + id + "/documents/" + loose).then().spec(problem(404));
    }

    @Test
    void a_partner_attaches_documents_to_its_own_tasks_only() {
        String id = aCaseAtTheJointSession();

        CPAM.get().contentType("multipart/form-data").multiPart("file", "x.pdf", PDF, "application/pdf")
                .multiPart("taskId", Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"))
                .post("/cases/" + id + "/documents").then().spec(problem(403));
        CPAM.get().contentType("multipart/form-data").multiPart("file", "x.pdf", PDF, "application/pdf")
                .post("/cases/" + id + "/documents").then().spec(problem(400));
    }

    @Test
    void a_partner_reads_the_messages_addressed_to_partners_and_never_the_internal_notes() {
        String id = aCaseAtTheJointSession();
        STAFF.get().body(Map.of("body", "Pour les partenaires", "toPartners", true)).post("/cases/" + id + "/messages")
                .then().statusCode(201);
        STAFF.get().body(Map.of("body", "Pour le docteur")).post("/cases/" + id + "/messages").then().statusCode(201);
        STAFF.get().body(Map.of("body", "Note interne", "internal", true)).post("/cases/" + id + "/messages").then().statusCode(201);
        CPAM.get().body(Map.of("body", "RIB reçu")).post("/cases/" + id + "/messages").then().statusCode(201)
                .body("toPartners", equalTo(true));

        ORDRE.get().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("body", contains("Pour les partenaires", "RIB reçu"));
        Actors.claire().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("body", contains("Pour les partenaires", "Pour le docteur", "RIB reçu"));
    }

    @Test
    void an_internal_note_is_never_addressed_to_partners() {
        String id = aCaseAtTheJointSession();

        STAFF.get().body(Map.of("body", "Note", "internal", true, "toPartners", true)).post("/cases/" + id + "/messages")
                .then().spec(problem(400));
        CPAM.get().body(Map.of("body", "Note", "internal", true)).post("/cases/" + id + "/messages").then().spec(problem(403));
    }
}
