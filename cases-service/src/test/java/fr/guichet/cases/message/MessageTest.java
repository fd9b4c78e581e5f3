package fr.guichet.cases.message;

import static fr.guichet.cases.Actors.aisne;
import static fr.guichet.cases.Actors.claire;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The thread between the professional and the correspondant, and the staff's internal notes. */
@QuarkusTest
class MessageTest {

    @Test
    void the_doctor_and_the_correspondant_write_in_one_thread() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("body", "Bonjour, le bail du cabinet est signé.")).then().statusCode(201)
                .body("authorRole", equalTo("DOCTOR"))
                .body("internal", equalTo(false))
                .body("id", notNullValue());
        post(aisne(), id, Map.of("body", "Merci, envoyez-le en pièce jointe.")).then().statusCode(201)
                .body("authorRole", equalTo("CORRESPONDANT"));

        claire().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("body", contains("Bonjour, le bail du cabinet est signé.", "Merci, envoyez-le en pièce jointe."))
                .body("author", contains("claire", "correspondant"));
        aisne().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("body", contains("Bonjour, le bail du cabinet est signé.", "Merci, envoyez-le en pièce jointe."));
    }

    @Test
    void the_correspondant_writes_internal_notes_that_staff_read() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(aisne(), id, Map.of("body", "Dossier incomplet : relancer pour le diplôme.", "internal", true)).then()
                .statusCode(201)
                .body("internal", equalTo(true));

        aisne().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("find { it.internal }.body", equalTo("Dossier incomplet : relancer pour le diplôme."));
    }

    @Test
    void the_doctor_never_sees_internal_notes() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));
        post(aisne(), id, Map.of("body", "Votre rendez-vous est fixé au 12 mars.")).then().statusCode(201);
        post(aisne(), id, Map.of("body", "Semble hésiter avec un poste salarié.", "internal", true)).then().statusCode(201);

        claire().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("body", contains("Votre rendez-vous est fixé au 12 mars."))
                .body("internal", everyItem(equalTo(false)));
        claire().get("/cases/" + id + "/history").then().statusCode(200)
                .body("field", not(hasItem("internalNote")));
    }

    @Test
    void a_doctor_cannot_write_an_internal_note() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("body", "Note pour moi seul", "internal", true)).then().spec(Cases.problem(403));

        aisne().get("/cases/" + id + "/messages").then().statusCode(200).body("$", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_message_answers_400(String body) {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("body", body)).then().spec(Cases.problem(400))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void a_message_without_a_body_answers_400() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("internal", false)).then().spec(Cases.problem(400))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void a_message_over_5000_characters_answers_400() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("body", "a".repeat(5001))).then().spec(Cases.problem(400))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void a_message_of_5000_characters_is_posted() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        post(claire(), id, Map.of("body", "a".repeat(5000))).then().statusCode(201);
    }

    @Test
    void a_partner_reads_only_what_is_addressed_to_partners_on_a_case_it_created() {
        String id = partnerCase();
        post(aisne(), id, Map.of("body", "Pour le professionnel seulement")).then().statusCode(201);

        Actors.partner("doctolib").get("/cases/" + id + "/messages").then().statusCode(200).body("body", empty());
    }

    @Test
    void a_partner_writes_in_the_thread_to_the_table() {
        String id = partnerCase();

        post(Actors.partner("doctolib"), id, Map.of("body", "Bonjour")).then().statusCode(201).body("toPartners", equalTo(true));
    }

    private static String partnerCase() {
        return Cases.createAsPartner("doctolib", "messages-" + UUID.randomUUID(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.LAON))
                .then().statusCode(201).extract().path("id");
    }

    private static Response post(RequestSpecification as, String id, Map<String, Object> message) {
        return as.body(message).post("/cases/" + id + "/messages");
    }
}
