package fr.guichet.e2e.desk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.guichet.e2e.Stack;
import fr.guichet.e2e.Tokens;
import io.restassured.specification.RequestSpecification;

/**
 * The doctor's desk in a real browser: "Mon installation" shows where the file stands, the doctor sends a document
 * (and is told in French when the file is not one the guichet takes), reads the correspondant's messages (markup in
 * them stays text), answers a correction request (with the keyboard alone too), and cannot open another doctor's file.
 */
@ExtendWith(Stack.class)
class DoctorDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String XSS = "<script>window.pwned='script';alert('script')</script>"
            + "<img src=x onerror=\"window.pwned='img';alert('img')\">";

    private static Map<String, Object> project(String firstName) {
        return Map.of(
                "professional", Map.of("firstName", firstName, "lastName", "Martin", "email", "claire.martin@example.org",
                        "profession", "GENERAL_PRACTITIONER", "careerStage", "INSTALLING"),
                "project", Map.of("targetCommune", "48095", "practiceMode", "LIBERAL", "coordinatedPractice", "MSP",
                        "sector", "SECTOR_1", "onCallDuty", true, "daysPerWeek", 4, "plannedStartDate", "2027-09-01"));
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    /** The doctor's file, taken to PROCEDURES by the correspondant, who writes twice and asks for a correction. */
    private static String[] fileWithAnExchange() {
        String doctor = Tokens.of("doctor");
        String correspondant = Tokens.of("correspondant-occitanie");
        String id = as(doctor).body(project("Claire")).post("/api/cases").then().statusCode(201).extract().path("id");
        String etag = as(correspondant).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
        for (String step : new String[] {"QUALIFIED", "PROJECT_DEFINED", "PROCEDURES"}) {
            etag = as(correspondant).header("If-Match", etag).body(Map.of("to", step)).post("/api/cases/" + id + "/transitions")
                    .then().statusCode(200).extract().header("ETag");
        }
        as(correspondant).body(Map.of("body", "Bonjour Docteur, pouvez-vous m'envoyer le bail du cabinet ?"))
                .post("/api/cases/" + id + "/messages").then().statusCode(201);
        as(correspondant).body(Map.of("body", XSS)).post("/api/cases/" + id + "/messages").then().statusCode(201);
        String correction = as(correspondant).body(Map.of("information", "Date de début d'activité", "reasonCode", "INCOMPLETE",
                "reason", "La date de début d'activité manque au projet."))
                .post("/api/cases/" + id + "/corrections").then().statusCode(201).extract().path("id");
        return new String[] {id, correction};
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("desk-upload").resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Waits for the page a form led to, known by its heading. */
    private static void arrivedAt(String heading) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    @Test
    void the_doctor_follows_the_file_sends_a_document_reads_the_messages_and_answers_a_correction() throws IOException {
        String[] exchange = fileWithAnExchange();
        String correction = exchange[1];

        // through the imitated Pro Santé Connect, whose dr.martin is the realm's doctor
        browser.open("/connexion/psc");
        browser.fillKeycloakForm("dr.martin", "dr.martin");
        assertEquals("/mon-installation", browser.path());
        assertEquals("Mon installation", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.find(By.className("fr-stepper__title")).getText().startsWith("Démarches en cours"));
        assertTrue(browser.text().contains("Étape 4 sur 7"), browser.text());
        assertTrue(browser.text().contains("Bonjour Docteur, pouvez-vous m'envoyer le bail du cabinet ?"), browser.text());
        assertTrue(browser.text().contains("La date de début d'activité manque au projet."), browser.text());
        assertTrue(browser.text().contains("Formats acceptés : PDF, JPEG ou PNG. Taille maximale : 10 Mo."), browser.text());
        browser.assertAccessible("Mon installation");
        browser.screenshot("mon-installation");

        // the correspondant's markup is shown as text, and nothing of it ran
        assertTrue(browser.text().contains(XSS), browser.text());
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertNull(script("return window.pwned === undefined ? null : window.pwned;"));

        browser.find(By.id("echange-fichier")).sendKeys(file("bail-cabinet.pdf", "%PDF-1.4\n% bail du cabinet\n%%EOF\n").toString());
        browser.find(By.cssSelector("#echange-form-document button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().endsWith("#echange-documents"));
        assertEquals("/mon-installation#echange-documents", browser.path());
        assertTrue(browser.find(By.id("echange-documents")).getText().contains("bail-cabinet.pdf"), browser.text());

        browser.find(By.id("echange-fichier")).sendKeys(file("bail.txt", "pas un PDF").toString());
        browser.find(By.cssSelector("#echange-form-document button[type=submit]")).click();
        arrivedAt("Votre envoi n'a pas abouti");
        assertTrue(browser.text().contains("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG"), browser.text());
        browser.assertAccessible("an upload refused");
        browser.screenshot("mon-installation-envoi-refuse");

        browser.open("/mon-installation");
        browser.find(By.id("reponse-message-" + correction)).sendKeys("Je commence le 1er septembre 2027.");
        browser.find(By.cssSelector("#correction-" + correction + " button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().endsWith("#echange-corrections"));
        assertEquals("/mon-installation#echange-corrections", browser.path());
        // DSFR badges are set in capitals: their text as written
        assertTrue(browser.find(By.id("correction-" + correction)).getAttribute("textContent").contains("Réponse envoyée"),
                browser.text());
        assertTrue(browser.find(By.id("echange-messages")).getText().contains("Je commence le 1er septembre 2027."), browser.text());
        browser.assertAccessible("Mon installation after answering");

        // the simulator, still logged in
        browser.open(PublicDeskTest.LAON_PROJECT);
        assertEquals("Vos aides à l'installation à Laon", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Se déconnecter"), browser.text());
    }

    @Test
    void the_doctor_answers_a_correction_and_sends_a_document_with_the_keyboard_alone() throws IOException {
        String correction = fileWithAnExchange()[1];
        browser.logInAs("doctor");
        browser.open("/mon-installation");

        WebElement skip = browser.tab();
        assertEquals("#contenu", skip.getAttribute("hash"));
        skip.sendKeys(Keys.ENTER);
        browser.tabTo(By.id("reponse-message-" + correction)).sendKeys("Début d'activité : 1er septembre 2027.");
        browser.tabTo(By.cssSelector("#correction-" + correction + " button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().endsWith("#echange-corrections"));
        assertTrue(browser.find(By.id("correction-" + correction)).getAttribute("textContent").contains("Réponse envoyée"),
                browser.text());

        // a file input takes the file's path as typed keys, as a keyboard user picks it in the system's dialog
        browser.tabTo(By.id("echange-fichier")).sendKeys(file("diplome.pdf", "%PDF-1.4\n% diplôme\n%%EOF\n").toString());
        browser.tabTo(By.cssSelector("#echange-form-document button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().endsWith("#echange-documents"));
        assertTrue(browser.find(By.id("echange-documents")).getText().contains("diplome.pdf"), browser.text());
    }

    @Test
    void another_doctors_file_is_a_french_not_found_page() {
        String theirs = as(Tokens.of("doctor2")).body(project("Paul")).post("/api/cases").then().statusCode(201)
                .extract().path("id");

        browser.logInAs("doctor");
        browser.open("/mon-installation/dossiers/" + theirs);
        assertEquals("Page introuvable", browser.find(By.tagName("h1")).getText());
        assertTrue(!browser.text().contains("Paul"), browser.text());
        browser.assertAccessible("another doctor's file");
    }
}
