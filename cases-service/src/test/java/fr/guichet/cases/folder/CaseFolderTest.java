package fr.guichet.cases.folder;

import static fr.guichet.cases.Actors.aisne;
import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.paul;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A case whole in one read: each part exactly what its own operation answers the same caller. */
@QuarkusTest
class CaseFolderTest {

    private static final String LILLE = "59350";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-nord", "59");
    private static final Supplier<RequestSpecification> CPAM = () -> Actors.partner("cpam-nord", "CPAM-59");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-nord", "ORDRE-59");
    private static final Map<String, String> PARTS = Map.of("tasks", "/tasks", "aids", "/aids", "history", "/history",
            "messages", "/messages", "documents", "/documents", "corrections", "/corrections");

    @BeforeEach
    void organisations() {
        Partners.register("CPAM-59", "CPAM", "59");
        Partners.register("ORDRE-59", "ORDRE", "59");
    }

    @Test
    void each_part_is_what_its_own_read_answers_the_correspondant_and_each_partner() {
        String id = Partners.aCaseAtTheJointSession(STAFF, LILLE);
        Partners.changeTask(ORDRE.get(), Cases.etag(STAFF.get(), id), id, Partners.taskId(STAFF, id, "ORDRE_REGISTRATION"),
                Map.of("note", "Casier judiciaire demandé")).then().statusCode(200);
        STAFF.get().body(Map.of("body", "Semble hésiter avec un poste salarié.", "internal", true))
                .post("/cases/" + id + "/messages").then().statusCode(201);
        CPAM.get().body(Map.of("taskId", Partners.taskId(STAFF, id, "CPAM_CONVENTIONNEMENT"), "information", "RIB du cabinet",
                "reason", "Le RIB envoyé est illisible.")).post("/cases/" + id + "/corrections").then().statusCode(201);

        for (Supplier<RequestSpecification> caller : List.of(STAFF, CPAM, ORDRE)) {
            sameAsEachRead(caller, id);
        }
        JsonPath staffFolder = folder(STAFF.get(), id);
        assertThat(staffFolder.getList("messages.internal"), hasItem(true));
        assertThat(staffFolder.getList("corrections"), hasSize(1));
        assertThat(folder(CPAM.get(), id).getList("history.field"), not(hasItem("ORDRE_REGISTRATION.note")));
    }

    @Test
    void the_doctor_reads_their_folder_without_the_staffs_notes() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));
        aisne().body(Map.of("body", "Votre rendez-vous est fixé au 12 mars.")).post("/cases/" + id + "/messages")
                .then().statusCode(201);
        aisne().body(Map.of("body", "Semble hésiter avec un poste salarié.", "internal", true))
                .post("/cases/" + id + "/messages").then().statusCode(201);

        sameAsEachRead(Actors::claire, id);
        JsonPath folder = folder(claire(), id);
        assertThat(folder.getList("messages.body"), equalTo(List.of("Votre rendez-vous est fixé au 12 mars.")));
        assertThat(folder.getList("messages.internal"), everyItem(equalTo(false)));
        assertThat(folder.getList("history.field"), not(hasItem("internalNote")));
    }

    @Test
    void a_case_you_cannot_see_is_not_found_and_no_token_is_unauthorised() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        paul().get("/cases/" + id + "/folder").then().spec(Cases.problem(404));
        Actors.occitanie().get("/cases/" + id + "/folder").then().spec(Cases.problem(404));
        Actors.anonymous().get("/cases/" + id + "/folder").then().statusCode(401);
        aisne().get("/cases/not-a-uuid/folder").then().spec(Cases.problem(400));
    }

    /** The folder's case, ETag and parts against getCase and each list, read by the same caller. */
    private static void sameAsEachRead(Supplier<RequestSpecification> caller, String id) {
        Response whole = caller.get().get("/cases/" + id + "/folder").then().statusCode(200).extract().response();
        Response single = caller.get().get("/cases/" + id).then().statusCode(200).extract().response();
        assertThat(whole.header("ETag"), equalTo(single.header("ETag")));
        JsonPath folder = whole.jsonPath();
        assertThat(folder.getMap("case"), equalTo(single.jsonPath().getMap("$")));
        assertThat(folder.getMap("plan"), equalTo(caller.get().get("/cases/" + id + "/plan").then().statusCode(200)
                .extract().jsonPath().getMap("$")));
        PARTS.forEach((part, path) -> assertThat(part, folder.getList(part), equalTo(caller.get()
                .get("/cases/" + id + path).then().statusCode(200).extract().jsonPath().getList("$"))));
    }

    private static JsonPath folder(RequestSpecification as, String id) {
        return as.get("/cases/" + id + "/folder").then().statusCode(200).extract().jsonPath();
    }
}
