package fr.guichet.e2e.desk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.guichet.e2e.Stack;
import fr.guichet.e2e.Tokens;

/**
 * The correspondant's case list and case page in a real browser, on a case each test opens through the API (so
 * that it owns its data): found by search, moved to PROCEDURES with the keyboard, a refused step, and axe-core on
 * each page and state.
 */
@ExtendWith(Stack.class)
class CaseDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void a_correspondant_finds_a_case_by_search_moves_it_to_procedures_and_sees_the_partner_tasks() {
        String lastName = uniqueLastName();
        openCaseWithItsProjectDefined(lastName);
        browser.logInAs("correspondant").open("/dossiers");
        browser.assertAccessible("the case list");

        // keyboard only: the search field, then Enter
        browser.tabTo(By.id("q")).sendKeys(lastName + Keys.ENTER);
        // the results are replaced in place (htmx), and the address follows so that it can be kept or sent
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q=" + lastName));
        WebElement found = waitFor(By.linkText("Anne " + lastName));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#resultats tbody tr")).size(), "this case alone");
        // badges are upper-case on screen (CSS), the text is not
        assertTrue(rowOf(found).toLowerCase(Locale.FRENCH).contains("projet défini"), rowOf(found));
        assertTrue(rowOf(found).contains("Médecin généraliste"), rowOf(found));
        browser.assertAccessible("the case list searched");
        browser.screenshot("desk-case-list");

        browser.clickThrough(By.linkText("Anne " + lastName));
        assertEquals("Anne " + lastName, browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("the case page");

        browser.tabTo(By.id("vers-PROCEDURES")).sendKeys(Keys.SPACE);
        browser.tabTo(By.cssSelector("#etape form button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("#etape .fr-alert--success"));
        assertTrue(browser.text().contains("Le dossier est passé à l'étape « Démarches en cours »."), browser.text());
        List<WebElement> tasks = browser.driver().findElements(By.cssSelector("#demarches tbody tr"));
        assertFalse(tasks.isEmpty(), "the partners' tasks, opened at the joint session");
        assertTrue(tasks.stream().anyMatch(t -> t.getText().toLowerCase(Locale.FRENCH).contains("à faire")),
                tasks.get(0).getText());
        browser.assertAccessible("the case page after the move");
        scrollTo("document.body");
        browser.screenshot("desk-case-page");
        scrollTo("document.getElementById('demarches')");
        browser.screenshot("desk-case-tasks");
    }

    @Test
    void a_step_the_api_refuses_shows_what_is_missing_on_the_page() {
        String lastName = uniqueLastName();
        String id = openCaseWithItsProjectDefined(lastName);
        move(id, "PROCEDURES");
        browser.logInAs("correspondant").open("/dossiers/" + id);

        browser.find(By.cssSelector("label[for=vers-INSTALLED]")).click();
        browser.find(By.cssSelector("#etape form button[type=submit]")).click();

        WebElement refusal = waitFor(By.cssSelector("#etape .fr-alert--error"));
        assertTrue(refusal.getText().contains("Le dossier ne peut pas passer à l'étape « Installé »"), refusal.getText());
        assertTrue(refusal.getText().contains("Ce qui manque :"), refusal.getText());
        assertFalse(refusal.findElements(By.tagName("li")).isEmpty(), "the tasks still to finish");
        assertTrue(browser.find(By.id("vers-INSTALLED")).isSelected(), "the choice is kept");
        assertTrue(browser.text().contains("Étape actuelle : Démarches en cours"), browser.text());
        browser.assertAccessible("a refused move");
    }

    private static void scrollTo(String element) {
        ((JavascriptExecutor) browser.driver()).executeScript(element + ".scrollIntoView()");
    }

    private static WebElement waitFor(By target) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(target).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static String rowOf(WebElement link) {
        return link.findElement(By.xpath("ancestor::tr")).getText();
    }

    /** A surname no other case has, so that the search finds this test's case alone. */
    private static String uniqueLastName() {
        StringBuilder name = new StringBuilder("Vautrin");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    /**
     * A phone request of the Aisne desk for Laon (the RPPS of the realm's doctor2, valid but not the caller's own),
     * qualified and its project defined: one step from PROCEDURES.
     */
    private static String openCaseWithItsProjectDefined(String lastName) {
        String location = given().auth().oauth2(Tokens.of("correspondant")).contentType("application/json").body("""
                {"professional":{"rpps":"10012345673","firstName":"Anne","lastName":"%s","email":"anne.%s@example.org",
                  "profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING"},
                 "project":{"targetCommune":"02408","practiceMode":"LIBERAL","plannedStartDate":"%s"},
                 "channel":"PHONE"}""".formatted(lastName, lastName.toLowerCase(), LocalDate.now().plusMonths(6)))
                .post(Stack.GATEWAY + "/api/cases").then().log().ifValidationFails().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        move(id, "QUALIFIED");
        move(id, "PROJECT_DEFINED");
        return id;
    }

    private static void move(String id, String step) {
        String token = Tokens.of("correspondant");
        String etag = given().auth().oauth2(token).get(Stack.GATEWAY + "/api/cases/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).header("If-Match", etag).contentType("application/json")
                .body("{\"to\":\"" + step + "\"}")
                .post(Stack.GATEWAY + "/api/cases/" + id + "/transitions").then().statusCode(200);
    }
}
