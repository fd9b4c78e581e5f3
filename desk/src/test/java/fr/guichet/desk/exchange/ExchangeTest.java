package fr.guichet.desk.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.guichet.desk.exchange.Fixtures.CASE;
import static fr.guichet.desk.exchange.Fixtures.CORRECTION;
import static fr.guichet.desk.exchange.Fixtures.DOCTOR_MESSAGE;
import static fr.guichet.desk.exchange.Fixtures.INTERNAL_NOTE;
import static fr.guichet.desk.exchange.Fixtures.LEASE;
import static fr.guichet.desk.exchange.Fixtures.LEASE_DOCUMENT;
import static fr.guichet.desk.exchange.Fixtures.OPEN_CORRECTION;
import static fr.guichet.desk.exchange.Fixtures.TASK;
import static fr.guichet.desk.support.FakeApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.desk.support.Browser;
import io.restassured.builder.MultiPartSpecBuilder;
import fr.guichet.desk.support.FakeApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeApi.class)
class ExchangeTest {

    static final String PAGE = "/essai/dossiers/" + CASE;
    static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void freshApi() {
        api.resetAll();
        Fixtures.exchange(DOCTOR_MESSAGE + "," + INTERNAL_NOTE, LEASE_DOCUMENT, OPEN_CORRECTION);
    }

    @Test
    void the_thread_shows_each_author_and_french_date_and_marks_internal_notes() {
        Browser marie = Browser.loggedIn("marie", "correspondant");

        marie.request().get(PAGE).then().statusCode(200)
                .body(containsString("<strong>claire (Professionnel de santé)</strong>, le <time datetime=\"2027-03-02T13:05:00Z\">2 mars 2027 à 14h05</time>"))
                .body(containsString("desk-message desk-message--internal"))
                .body(containsString("Note interne</span>"))
                .body(containsString("Relancer l&#39;Ordre vendredi."))
                .body(containsString("name=\"interne\" value=\"oui\""));
    }

    @Test
    void a_doctor_writes_without_the_internal_note_option() {
        Fixtures.exchange(DOCTOR_MESSAGE, LEASE_DOCUMENT, OPEN_CORRECTION);
        Browser claire = Browser.loggedIn("claire", "doctor");

        claire.request().get(PAGE).then().statusCode(200)
                .body(containsString("Bonjour,\nle bail est signé."))
                .body(not(containsString("name=\"interne\"")))
                .body(not(containsString("Demander une correction")));
    }

    @Test
    void markup_in_a_message_shows_as_text() {
        Fixtures.exchange("""
                {"id":"33333333-3333-4333-8333-333333333333","author":"marie","authorRole":"CORRESPONDANT","internal":false,
                 "body":"<script>alert(1)</script><img src=x onerror=alert(2)>","createdAt":"2027-03-02T13:05:00Z"}""", "", "");
        Browser claire = Browser.loggedIn("claire", "doctor");

        claire.request().get(PAGE).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void a_correspondant_posts_an_internal_note_and_goes_back_to_the_page() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/messages")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(INTERNAL_NOTE)));
        Browser marie = Browser.loggedIn("marie", "correspondant");
        String token = marie.csrfToken(PAGE);

        marie.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("message", "Relancer l'Ordre vendredi.")
                .formParam("interne", "oui").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/messages")
                .then().statusCode(303).header("Location", endsWith(PAGE + "#echange-messages"));

        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/messages"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("{\"body\":\"Relancer l'Ordre vendredi.\",\"internal\":true}")));
    }

    @Test
    void a_post_without_its_csrf_token_is_refused_and_never_reaches_the_api() {
        Browser claire = Browser.loggedIn("claire", "doctor");
        claire.csrfToken(PAGE);

        claire.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("message", "Bonjour").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/messages")
                .then().statusCode(400);

        api.verify(0, postRequestedFor(urlPathMatching("/api/cases/.*")));
    }

    @Test
    void only_a_path_of_this_site_is_a_way_back() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/messages")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(DOCTOR_MESSAGE)));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/a b", ""}) {
            claire.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token).formParam("message", "Bonjour").formParam("retour", elsewhere)
                    .post("/dossiers/" + CASE + "/messages")
                    .then().statusCode(303).header("Location", endsWith("/mon-installation#echange-messages"));
        }
    }

    @Test
    void a_message_the_api_refuses_comes_back_in_french_with_its_text() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/messages")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"body: size must be between 0 and 5000\"}")));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        claire.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("message", "Mon long message").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/messages")
                .then().statusCode(400)
                .body(containsString("<h1>Votre envoi n'a pas abouti</h1>"))
                .body(containsString("fr-input-group--error"))
                .body(containsString("Le message doit contenir du texte, 5 000 caractères au plus."))
                .body(containsString(">Mon long message</textarea>"))
                .body(containsString("href=\"" + PAGE + "\""));
    }

    @Test
    void the_documents_show_type_size_and_date_and_the_limits_before_sending() {
        Browser claire = Browser.loggedIn("claire", "doctor");

        claire.request().get(PAGE).then().statusCode(200)
                .body(containsString("href=\"/dossiers/" + CASE + "/documents/" + LEASE + "\""))
                .body(containsString("<td>PDF</td>"))
                .body(containsString("<td>2,4 Mo</td>"))
                .body(containsString("2 mars 2027 à 14h06"))
                .body(containsString("Formats acceptés : PDF, JPEG ou PNG. Taille maximale : 10 Mo."))
                .body(containsString("accept=\"application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png\""))
                .body(containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    void an_upload_goes_to_the_api_as_multipart_with_its_csrf_token_in_the_form() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(LEASE_DOCUMENT)));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        claire.request().redirects().follow(false)
                .multiPart("csrf-token", token).multiPart("retour", "/mon-installation")
                .multiPart("fichier", "bail-cabinet.pdf", "%PDF-1.7 bail".getBytes(), "application/pdf")
                .post("/dossiers/" + CASE + "/documents")
                .then().statusCode(303).header("Location", endsWith("/mon-installation#echange-documents"));

        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/documents"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("filename=\"bail-cabinet.pdf\""))
                .withRequestBody(containing("%PDF-1.7 bail")));
    }

    @Test
    void a_file_the_api_cannot_read_as_pdf_jpeg_or_png_is_refused_in_french() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/documents")).willReturn(aResponse().withStatus(415)
                .withHeader("Content-Type", PROBLEM).withBody("{\"title\":\"Unsupported Media Type\",\"status\":415,"
                        + "\"detail\":\"Only PDF, JPEG and PNG documents are accepted; this file's content is none of them.\"}")));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        claire.request().multiPart("csrf-token", token).multiPart("retour", PAGE)
                .multiPart("fichier", "bail.docx", "PK not a pdf".getBytes(), "application/octet-stream")
                .post("/dossiers/" + CASE + "/documents")
                .then().statusCode(400)
                .body(containsString("fr-upload-group--error"))
                .body(containsString("Ce fichier n&#39;est ni un PDF, ni une image JPEG ou PNG"))
                .body(containsString("choisissez de nouveau le fichier"))
                .body(not(containsString("Only PDF")));
    }

    @Test
    void a_file_over_the_limit_is_refused_by_the_desk_before_the_api() {
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        claire.request().multiPart("csrf-token", token).multiPart("retour", PAGE)
                .multiPart("fichier", "scan.pdf", tooLarge, "application/pdf")
                .post("/dossiers/" + CASE + "/documents")
                .then().statusCode(400)
                .body(containsString("Ce fichier dépasse la taille maximale de 10 Mo"));

        api.verify(0, postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/documents")));
    }

    @Test
    void a_document_is_downloaded_through_the_desk() {
        byte[] pdf = "%PDF-1.7 le bail".getBytes();
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/documents/" + LEASE)).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"bail-cabinet.pdf\"").withBody(pdf)));
        Browser claire = Browser.loggedIn("claire", "doctor");

        byte[] received = claire.request().get("/dossiers/" + CASE + "/documents/" + LEASE).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bail-cabinet.pdf\"")
                .extract().asByteArray();

        assertArrayEquals(pdf, received);
        api.verify(getRequestedFor(
                urlPathEqualTo("/api/cases/" + CASE + "/documents/" + LEASE)).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void the_doctor_answers_a_correction_with_a_file_on_its_task_and_the_request_version() {
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION)).willReturn(okJson(OPEN_CORRECTION)
                .withHeader("ETag", "\"3\"")));
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(LEASE_DOCUMENT.replace(LEASE, "44444444-4444-4444-8444-444444444444"))));
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION + "/answer"))
                .willReturn(okJson(OPEN_CORRECTION.replace("OPEN", "ANSWERED"))));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String page = claire.request().get(PAGE).then().statusCode(200)
                .body(containsString("À renvoyer : bail-cabinet.pdf"))
                .body(containsString("Périmé"))
                .body(containsString("Le bail n&#39;est pas signé en page 3."))
                .body(containsString("action=\"/dossiers/" + CASE + "/corrections/" + CORRECTION + "/reponse\""))
                .extract().asString();
        String token = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        claire.request().redirects().follow(false).multiPart("csrf-token", token).multiPart("retour", PAGE)
                .multiPart(new MultiPartSpecBuilder("Voici le bail signé.").controlName("message").charset("UTF-8").build())
                .multiPart("fichier", "bail-signe.pdf", "%PDF-1.7 signé".getBytes(), "application/pdf")
                .post("/dossiers/" + CASE + "/corrections/" + CORRECTION + "/reponse")
                .then().statusCode(303).header("Location", endsWith(PAGE + "#echange-corrections"));

        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/documents"))
                .withRequestBody(containing(TASK)));
        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION + "/answer"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("{\"documentId\":\"44444444-4444-4444-8444-444444444444\",\"message\":\"Voici le bail signé.\"}")));
    }

    @Test
    void an_answer_with_neither_file_nor_message_is_asked_again_in_french() {
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        claire.request().multiPart("csrf-token", token).multiPart("retour", PAGE).multiPart("message", "")
                .post("/dossiers/" + CASE + "/corrections/" + CORRECTION + "/reponse")
                .then().statusCode(400)
                .body(containsString("Joignez le document demandé, écrivez un message, ou les deux."));

        api.verify(0, postRequestedFor(urlPathMatching("/api/cases/.*")));
    }

    @Test
    void a_correspondant_sends_a_document_back_with_a_reason_and_code() {
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/corrections")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(OPEN_CORRECTION)));
        Browser marie = Browser.loggedIn("marie", "correspondant");
        String token = marie.csrfToken(PAGE);

        marie.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("document", LEASE).formParam("information", "")
                .formParam("code", "EXPIRED").formParam("motif", "Le bail n'est pas signé en page 3.")
                .formParam("note", "").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/corrections")
                .then().statusCode(303).header("Location", endsWith(PAGE + "#echange-corrections"));

        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/corrections"))
                .withRequestBody(equalToJson("{\"documentId\":\"" + LEASE + "\",\"reasonCode\":\"EXPIRED\","
                        + "\"reason\":\"Le bail n'est pas signé en page 3.\"}")));
    }

    @Test
    void a_correction_request_without_reason_comes_back_filled_in() {
        Browser marie = Browser.loggedIn("marie", "correspondant");
        String token = marie.csrfToken(PAGE);

        marie.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("document", "").formParam("information", "Date de début d'activité")
                .formParam("code", "INCOMPLETE").formParam("motif", " ").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/corrections")
                .then().statusCode(400)
                .body(containsString("Expliquez au professionnel ce qui ne va pas."))
                .body(containsString("value=\"Date de début d&#39;activité\""))
                .body(containsString("<option value=\"INCOMPLETE\" selected>Incomplet</option>"));
    }

    @Test
    void a_case_the_api_does_not_show_this_doctor_is_the_french_not_found_page() {
        String other = "55555555-5555-4555-8555-555555555555";
        api.stubFor(post(urlPathEqualTo("/api/cases/" + other + "/messages")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No case " + other + "\"}")));
        api.stubFor(get(urlPathEqualTo("/api/cases/" + other + "/documents/" + LEASE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"title\":\"Not Found\",\"status\":404}")));
        Browser claire = Browser.loggedIn("claire", "doctor");
        String token = claire.csrfToken(PAGE);

        claire.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("message", "Bonjour").formParam("retour", PAGE)
                .post("/dossiers/" + other + "/messages")
                .then().statusCode(404).body(containsString("Page introuvable")).body(not(containsString("No case")));
        claire.request().get("/dossiers/" + other + "/documents/" + LEASE)
                .then().statusCode(404).body(containsString("Page introuvable"));
    }

    @Test
    void a_correspondant_reopens_an_answer_with_the_request_version_and_a_reason() {
        String answered = OPEN_CORRECTION.replace("\"OPEN\"", "\"ANSWERED\"");
        Fixtures.exchange(DOCTOR_MESSAGE, LEASE_DOCUMENT, answered);
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION)).willReturn(okJson(answered)
                .withHeader("ETag", "\"5\"")));
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION + "/reopen"))
                .willReturn(okJson(OPEN_CORRECTION)));
        Browser marie = Browser.loggedIn("marie", "correspondant");
        String page = marie.request().get(PAGE).then().statusCode(200)
                .body(containsString("Réponse envoyée"))
                .body(containsString("Accepter la réponse"))
                .body(not(containsString("Retirer la demande")))
                .extract().asString();
        String token = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        marie.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("motif", "La page 3 manque toujours.").formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/corrections/" + CORRECTION + "/reouverture")
                .then().statusCode(303).header("Location", endsWith(PAGE + "#echange-corrections"));

        api.verify(postRequestedFor(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION + "/reopen"))
                .withHeader("If-Match", equalTo("\"5\""))
                .withRequestBody(equalToJson("{\"reason\":\"La page 3 manque toujours.\"}")));
    }

    @Test
    void settling_a_request_already_settled_is_explained_in_french() {
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION)).willReturn(okJson(OPEN_CORRECTION)
                .withHeader("ETag", "\"2\"")));
        api.stubFor(post(urlPathEqualTo("/api/cases/" + CASE + "/corrections/" + CORRECTION + "/cancel"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", PROBLEM)
                        .withBody("{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The request is ACCEPTED\"}")));
        Browser marie = Browser.loggedIn("marie", "correspondant");
        String token = marie.csrfToken(PAGE);

        marie.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("retour", PAGE)
                .post("/dossiers/" + CASE + "/corrections/" + CORRECTION + "/annulation")
                .then().statusCode(400)
                .body(containsString("Cette demande n&#39;en est plus là : elle a déjà été traitée."))
                .body(not(containsString("ACCEPTED")));
    }
}
