package fr.guichet.cases.privacy;

import static fr.guichet.cases.Actors.aisne;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * GDPR: a professional's data exported whole, and personal data erased from cases ended longer ago than
 * the retention period (the clock moves past it) without moving the indicators. French Guiana (973) is this
 * class's own department for anonymisation, so that its runs touch only the cases filed here.
 */
@QuarkusTest
class PrivacyTest {

    /** The default retention (GUICHET_RETENTION), which the tests keep. */
    private static final Duration RETENTION = Duration.ofDays(1095);

    /** The exporting doctor files their cases in Laon (02), which the Aisne correspondant covers. */
    private static final String EXPORTED_RPPS = "10002000007";
    private static final String GUYANE_RPPS = "10009730002";
    private static final String CAYENNE = "97302";
    private static final String SAINT_DENIS_REUNION = "97411";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    MovableClock clock;

    @Test
    void a_doctor_exports_everything_held_on_them_except_staff_notes() {
        String id = exportedCase();
        String exported = "cases.find { it.caseFile.id == '" + id + "' }.";

        exporting().get("/privacy/professionals/" + EXPORTED_RPPS + "/export").then().statusCode(200)
                .body("rpps", equalTo(EXPORTED_RPPS))
                .body("exportedAt", notNullValue())
                .body("cases.caseFile.professional.rpps", everyItem(equalTo(EXPORTED_RPPS)))
                .body(exported + "caseFile.professional.lastName", equalTo("Martin"))
                .body(exported + "messages.body", contains("Où en est mon dossier ?", "Nous vous appelons demain."))
                .body(exported + "messages.internal", everyItem(equalTo(false)))
                .body(exported + "documents[0].contentBase64", equalTo(Base64.getEncoder().encodeToString(PDF)))
                .body(exported + "documents[0].mediaType", equalTo("application/pdf"))
                .body(exported + "tasks.code", hasItems("ORDRE_REGISTRATION", "CARMF_AFFILIATION"))
                .body(exported + "history.kind", hasItems("CREATED", "STATUS_CHANGED", "MESSAGE_POSTED", "DOCUMENT_ADDED"))
                .body(exported + "history.field", not(hasItem("internalNote")));
    }

    @Test
    void a_doctor_export_includes_the_cases_a_partner_filed_for_them() {
        String filedByPartner = Cases.createAsPartner("maison-de-sante", "privacy-" + UUID.randomUUID(),
                Cases.newCase(EXPORTED_RPPS, Cases.LAON)).then().statusCode(201).extract().path("id");
        aisne().body(Map.of("body", "Rendez-vous pris pour le premier entretien.")).post("/cases/" + filedByPartner + "/messages")
                .then().statusCode(201);
        aisne().body(Map.of("body", "Signalé par la maison de santé.", "internal", true))
                .post("/cases/" + filedByPartner + "/messages").then().statusCode(201);
        String exported = "cases.find { it.caseFile.id == '" + filedByPartner + "' }.";

        exporting().get("/privacy/professionals/" + EXPORTED_RPPS + "/export").then().statusCode(200)
                .body(exported + "caseFile.channel", equalTo("PARTNER"))
                .body(exported + "messages.body", contains("Rendez-vous pris pour le premier entretien."))
                .body(exported + "history.field", not(hasItem("internalNote")));
    }

    @Test
    void a_doctor_asking_for_another_professional_gets_404() {
        exportedCase();

        Actors.claire().get("/privacy/professionals/" + EXPORTED_RPPS + "/export").then().spec(Cases.problem(404));
    }

    @Test
    void the_correspondant_export_includes_staff_notes() {
        String id = exportedCase();

        aisne().get("/privacy/professionals/" + EXPORTED_RPPS + "/export").then().statusCode(200)
                .body("cases.find { it.caseFile.id == '" + id + "' }.messages.body",
                        hasItem("Hésite avec un poste hospitalier."))
                .body("cases.find { it.caseFile.id == '" + id + "' }.history.field", hasItem("internalNote"));
    }

    @Test
    void a_correspondant_exports_only_what_their_departments_hold() {
        exportedCase();

        Actors.occitanie().get("/privacy/professionals/" + EXPORTED_RPPS + "/export").then().statusCode(200)
                .body("cases", empty());
    }

    @Test
    void anonymisation_erases_the_professional_identity_of_cases_ended_beyond_retention() {
        String id = endedGuyaneCase();

        anonymise();

        guyane().get("/cases/" + id).then().statusCode(200)
                .body("status", equalTo("ABANDONED"))
                .body("anonymisedAt", notNullValue())
                .body("abandonReason", nullValue())
                .body("professional.rpps", nullValue())
                .body("professional.firstName", nullValue())
                .body("professional.lastName", nullValue())
                .body("professional.email", nullValue())
                .body("professional.phone", nullValue())
                .body("professional.profession", equalTo("GENERAL_PRACTITIONER"))
                .body("project.department", equalTo("973"));
        guyane().get("/privacy/professionals/" + GUYANE_RPPS + "/export").then().statusCode(200)
                .body("cases.caseFile.id", not(hasItem(id)));
    }

    @Test
    void anonymisation_erases_message_bodies_and_document_contents() {
        String id = endedGuyaneCase();
        String documentId = guyane().get("/cases/" + id + "/documents").then().extract().path("[0].id");

        anonymise();

        guyane().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("$", hasSize(2))
                .body("body", everyItem(nullValue()));
        guyane().get("/cases/" + id + "/documents/" + documentId).then().statusCode(404);
    }

    @Test
    void an_anonymised_case_takes_no_new_message_or_document() {
        String id = endedGuyaneCase();

        anonymise();

        guyane().body(Map.of("body", "Relance")).post("/cases/" + id + "/messages").then().statusCode(409);
        guyane().contentType("multipart/form-data").multiPart("file", "bail.pdf", PDF, "application/pdf")
                .post("/cases/" + id + "/documents").then().statusCode(409);
        guyane().get("/cases/" + id + "/messages").then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void anonymisation_keeps_the_history_without_personal_values() {
        String id = endedGuyaneCase();
        List<String> kindsBefore = guyane().get("/cases/" + id + "/history").then().extract().path("kind");

        anonymise();

        guyane().get("/cases/" + id + "/history").then().statusCode(200)
                .body("kind", equalTo(kindsBefore))
                .body("find { it.kind == 'CREATED' }.after", nullValue())
                .body("find { it.field == 'email' }.before", nullValue())
                .body("find { it.field == 'email' }.after", nullValue())
                .body("reason", everyItem(nullValue()))
                .body("findAll { it.kind == 'STATUS_CHANGED' }.after", hasItems("QUALIFIED", "ABANDONED"));
    }

    @Test
    void anonymisation_erases_the_professional_username_wherever_they_acted() {
        String id = endedGuyaneCase();

        anonymise();

        guyane().get("/cases/" + id + "/history").then().statusCode(200)
                .body("actor", everyItem(not(containsString("guyane-doctor"))))
                .body("actor", hasItem("correspondant:correspondant-guyane"));
        guyane().get("/cases/" + id + "/messages").then().statusCode(200)
                .body("author", everyItem(not(containsString("guyane-doctor"))))
                .body("author", hasItem("correspondant-guyane"));
        guyane().get("/cases/" + id + "/documents").then().statusCode(200)
                .body("$", hasSize(1))
                .body("uploadedBy", everyItem(not(containsString("guyane-doctor"))));
    }

    @Test
    void anonymisation_erases_the_reasons_given_in_an_aid_s_steps() {
        String id = Cases.create(guyane(), Cases.newCase(GUYANE_RPPS, CAYENNE));
        String etag = guyane().header("If-Match", Cases.etag(guyane(), id)).body(Map.of("code", "OCCITANIE_MONTAGNE"))
                .post("/cases/" + id + "/aids").then().statusCode(201).extract().header("ETag");
        guyane().header("If-Match", etag).body(Map.of("to", "REFUSED", "date", "2027-01-10", "reason", "Refus : dossier de M. Martin"))
                .post("/cases/" + id + "/aids/OCCITANIE_MONTAGNE/events").then().statusCode(200);
        guyane().header("If-Match", Cases.etag(guyane(), id)).body(Map.of("to", "ABANDONED", "reason", "Autre projet"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);

        anonymise();

        guyane().get("/cases/" + id + "/aids").then().statusCode(200)
                .body("[0].status", equalTo("REFUSED"))
                .body("[0].steps.reason", everyItem(nullValue()));
    }

    @Test
    void anonymisation_erases_what_correction_requests_say() {
        String id = Cases.create(guyane(), Cases.newCase(GUYANE_RPPS, CAYENNE));
        guyane().body(Map.of("information", "Adresse", "reason", "Adresse de M. Martin incomplète", "internalNote", "Relancé"))
                .post("/cases/" + id + "/corrections").then().statusCode(201);
        guyane().header("If-Match", Cases.etag(guyane(), id)).body(Map.of("to", "ABANDONED", "reason", "Autre projet"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);

        anonymise();

        guyane().get("/cases/" + id + "/corrections").then().statusCode(200)
                .body("[0].status", equalTo("OPEN"))
                .body("[0].reason", nullValue())
                .body("[0].internalNote", nullValue());
    }

    @Test
    void anonymisation_leaves_the_indicators_exactly_as_they_were() {
        endedGuyaneCase();
        String installed = Cases.create(guyane(), Cases.newCase(GUYANE_RPPS, CAYENNE));
        Cases.install(PrivacyTest::guyane, installed);
        Cases.moveThrough(PrivacyTest::guyane, installed, "FOLLOW_UP", "CLOSED");
        Map<String, Object> before = indicators();

        anonymiseBeyondRetention().then().statusCode(200).body("anonymised", greaterThanOrEqualTo(2));

        assertEquals(before, indicators());
    }

    @Test
    void anonymisation_spares_open_cases() {
        String open = Cases.create(guyane(), Cases.newCase(GUYANE_RPPS, CAYENNE));
        Cases.moveThrough(PrivacyTest::guyane, open, "QUALIFIED");
        endedGuyaneCase();

        anonymise();

        guyane().get("/cases/" + open).then().statusCode(200)
                .body("anonymisedAt", nullValue())
                .body("professional.rpps", equalTo(GUYANE_RPPS))
                .body("professional.lastName", equalTo("Martin"));
    }

    @Test
    void anonymisation_touches_only_the_caller_departments() {
        String elsewhere = Cases.create(reunion(), Cases.newCase(GUYANE_RPPS, SAINT_DENIS_REUNION));
        reunion().header("If-Match", Cases.etag(reunion(), elsewhere))
                .body(Map.of("to", "ABANDONED", "reason", "Part en métropole"))
                .post("/cases/" + elsewhere + "/transitions").then().statusCode(200);
        endedGuyaneCase();

        anonymise();

        reunion().get("/cases/" + elsewhere).then().statusCode(200)
                .body("anonymisedAt", nullValue())
                .body("professional.lastName", equalTo("Martin"));
    }

    /** A case of the exporting doctor in Laon, with a thread, a staff note, a document and its partner tasks. */
    private static String exportedCase() {
        String id = Cases.create(exporting(), Cases.newCase(null, Cases.LAON));
        exporting().body(Map.of("body", "Où en est mon dossier ?")).post("/cases/" + id + "/messages").then().statusCode(201);
        aisne().body(Map.of("body", "Nous vous appelons demain.")).post("/cases/" + id + "/messages").then().statusCode(201);
        aisne().body(Map.of("body", "Hésite avec un poste hospitalier.", "internal", true)).post("/cases/" + id + "/messages")
                .then().statusCode(201);
        exporting().contentType("multipart/form-data").multiPart("file", "diplome.pdf", PDF, "application/pdf")
                .post("/cases/" + id + "/documents").then().statusCode(201);
        Cases.moveThrough(Actors::aisne, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return id;
    }

    /**
     * A doctor's case in Cayenne with what anonymisation must erase (a message each way, a document, a
     * changed email), qualified then abandoned, and ended longer ago than the retention period.
     */
    private static String endedGuyaneCase() {
        RequestSpecification doctor = guyaneDoctor();
        String id = Cases.create(doctor, Cases.newCase(null, CAYENNE));
        guyaneDoctor().body(Map.of("body", "Mon numéro : 06 94 00 00 00")).post("/cases/" + id + "/messages").then()
                .statusCode(201);
        guyane().body(Map.of("body", "Dossier suivi par l'ARS Guyane.", "internal", true)).post("/cases/" + id + "/messages")
                .then().statusCode(201);
        guyaneDoctor().contentType("multipart/form-data").multiPart("file", "diplome.pdf", PDF, "application/pdf")
                .post("/cases/" + id + "/documents").then().statusCode(201);
        String etag = guyaneDoctor().header("If-Match", Cases.etag(guyaneDoctor(), id))
                .body(Map.of("email", "nouvelle.adresse@example.org")).patch("/cases/" + id).then().statusCode(200)
                .extract().header("ETag");
        etag = Cases.move(guyane(), id, etag, "QUALIFIED").then().statusCode(200).extract().header("ETag");
        guyane().header("If-Match", etag).body(Map.of("to", "ABANDONED", "reason", "Raisons familiales"))
                .post("/cases/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private void anonymise() {
        anonymiseBeyondRetention().then().statusCode(200).body("anonymised", greaterThanOrEqualTo(1));
    }

    /** A run once the retention period has passed: the clock moves past it for the run, then comes back. */
    private Response anonymiseBeyondRetention() {
        clock.advance(RETENTION.plusDays(1));
        try {
            return guyane().post("/privacy/anonymisation-runs");
        } finally {
            clock.reset();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> indicators() {
        LocalDate today = LocalDate.now(clock);
        return guyane().accept(ContentType.JSON)
                .queryParams(Map.of("department", "973", "from", today.minusDays(1).toString(), "to", today.plusDays(1).toString()))
                .get("/cases/indicators").then().statusCode(200).extract().as(Map.class);
    }

    private static RequestSpecification exporting() {
        return Actors.doctor("exporting-doctor", EXPORTED_RPPS);
    }

    private static RequestSpecification guyaneDoctor() {
        return Actors.doctor("guyane-doctor", GUYANE_RPPS);
    }

    private static RequestSpecification reunion() {
        return Actors.correspondant("correspondant-reunion", "974");
    }

    private static RequestSpecification guyane() {
        return Actors.correspondant("correspondant-guyane", "973");
    }
}
