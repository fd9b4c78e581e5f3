package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.guichet.e2e.Stack;

/**
 * A visitor who has no account: the eligibility simulator for a commune of the Aisne (a demonstration territory of
 * aids-service's seed), the aid catalogue and its pages, a question sent to the guichet, the accessibility statement
 * and the privacy page; every page and state checked by axe-core, the simulator run with the keyboard alone, and the
 * first load's time and weight.
 */
@ExtendWith(Stack.class)
class PublicDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A GP settling in Laon (02408, a ZIP of the illustrative zoning) in liberal practice, in an MSP, sector 1. */
    static final String LAON_PROJECT = "/simulateur/resultats?profession=GENERAL_PRACTITIONER&etape=INSTALLING"
            + "&nom=laon&commune=02408&debut=2027-03-03&exercice=LIBERAL&coordination=MSP&secteur=SECTOR_1&site=MAIN"
            + "&garde=oui&dejaInstalle=non";

    private static final long FIRST_LOAD_MAX_MS = 1000;
    private static final long FIRST_LOAD_MAX_BYTES = 300_000;
    private static final long HTMX_MAX_BYTES = 30_000;

    @Test
    void a_first_visit_loads_within_a_second_and_300_kb() throws Exception {
        warmUpTheServers();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());

        browser.open("/");
        waitForTheLoadEvent();
        Map<String, Object> timing = browser.navigationTiming();
        double responseEnd = ((Number) timing.get("responseEnd")).doubleValue();
        double loadEventEnd = ((Number) timing.get("loadEventEnd")).doubleValue();
        long bytes = browser.transferredBytes();
        System.out.printf("First load of /: responseEnd %.0f ms, loadEventEnd %.0f ms, %d bytes transferred%n%s%n",
                responseEnd, loadEventEnd, bytes, resources());

        assertTrue(loadEventEnd < FIRST_LOAD_MAX_MS, "first load took " + loadEventEnd + " ms");
        assertTrue(bytes < FIRST_LOAD_MAX_BYTES, "first load weighed " + bytes + " bytes: " + resources());
    }

    @Test
    void the_home_page_leads_to_the_simulator_and_the_catalogue() {
        browser.open("/");
        browser.assertAccessible("the home page");
        browser.screenshot("public-accueil");

        browser.clickThrough(By.linkText("Simuler mes aides"));
        assertEquals("/simulateur", browser.path());
        browser.open("/");
        browser.clickThrough(By.linkText("Consulter les aides"));
        assertEquals("/aides", browser.path());
    }

    @Test
    void a_visitor_simulates_their_aids_in_laon_with_the_keyboard_alone() {
        browser.open("/simulateur");
        browser.assertAccessible("the simulator's empty form");

        browser.tab();
        keys(Keys.ENTER);
        assertEquals("contenu", browser.driver().switchTo().activeElement().getAttribute("id"), "the skip link leads to the content");
        choose("profession", "Médecin g", "GENERAL_PRACTITIONER");
        choose("etape", "En cours", "INSTALLING");
        browser.tabTo(By.id("debut"));
        keys("03032027"); // the same day and month, whatever order the browser's date field takes
        assertEquals("2027-03-03", value("debut"));
        browser.tabTo(By.id("nom"));
        keys("laon", Keys.ENTER); // the form's first button: find the commune
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("nom=laon")
                && !d.findElements(By.id("commune-02408")).isEmpty());
        browser.assertAccessible("the simulator with the communes found");

        browser.tabTo(By.id("commune-02408"));
        keys(Keys.SPACE);
        choose("exercice", "Lib", "LIBERAL");
        choose("coordination", "Mai", "MSP");
        choose("secteur", "Secteur 1", "SECTOR_1");
        choose("site", "Cabinet p", "MAIN");
        browser.tabTo(By.id("jours"));
        keys("4");
        browser.tabTo(By.id("garde-nsp"));
        keys(Keys.ARROW_UP, Keys.ARROW_UP);
        browser.tabTo(By.id("dejaInstalle-nsp"));
        keys(Keys.ARROW_UP);
        browser.tabTo(By.xpath("//button[normalize-space()='Voir mes aides']"));
        keys(Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/simulateur/resultats"));
        assertEquals("Vos aides à l'installation à Laon", browser.find(By.tagName("h1")).getText());
        String text = french(browser.text());
        assertTrue(text.contains("10 000 € sur la période"), text);
        assertTrue(text.contains("Aide conventionnelle à la première installation en ZIP"), text);
        assertTrue(text.contains("3 juin 2027"), "the one-off payment, dated three months after the start: " + text);
        assertTrue(text.contains("La commune est classée zone d'intervention prioritaire (ZIP) à cette date."), text);
        assertTrue(text.contains("Aides non accessibles"), text);
        browser.assertAccessible("the simulator's results");
        browser.screenshot("public-simulateur-resultats");
    }

    @Test
    void a_simulation_the_api_refuses_shows_the_french_error_beside_the_field_with_the_answer_kept() {
        browser.open(LAON_PROJECT + "&jours=9");

        assertEquals("9", value("jours"));
        assertTrue(browser.text().contains("Indiquez un nombre de jours par semaine entre 0,5 et 7"), browser.text());
        assertTrue(browser.find(By.id("commune-02408")).isSelected(), "the commune chosen stays chosen");
        assertEquals("GENERAL_PRACTITIONER", value("profession"));
        browser.assertAccessible("the simulator's form with an error");
    }

    @Test
    void the_commune_search_answers_as_the_visitor_types_in_a_few_kilobytes() {
        browser.open("/simulateur");
        browser.find(By.id("nom")).sendKeys("laon");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("commune-02408")).isEmpty());

        Number bytes = (Number) script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/simulateur/communes')).reduce((sum, e) => sum + e.transferSize, 0)");
        System.out.printf("Live commune search (htmx): %d bytes transferred%n", bytes.longValue());
        assertTrue(bytes.longValue() > 0 && bytes.longValue() < HTMX_MAX_BYTES, "the htmx answer weighed " + bytes + " bytes");
        assertEquals("/simulateur", browser.path(), "the page itself did not change");
    }

    @Test
    void a_visitor_finds_an_aid_of_the_aisne_in_the_catalogue_and_reads_its_page() {
        browser.open("/aides");
        browser.assertAccessible("the aid catalogue");
        new Select(browser.find(By.id("filtre-departement"))).selectByValue("02");
        new Select(browser.find(By.id("filtre-profession"))).selectByValue("GENERAL_PRACTITIONER");
        new Select(browser.find(By.id("filtre-categorie"))).selectByValue("CONVENTIONAL_INSTALLATION");
        browser.find(By.xpath("//button[normalize-space()='Filtrer']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("departement=02"));
        browser.assertAccessible("the aid catalogue, filtered");

        browser.clickThrough(By.cssSelector("a[href='/aides/CONV2024_INSTALLATION_ZIP']"));
        assertEquals("/aides/CONV2024_INSTALLATION_ZIP", browser.path());
        String text = french(browser.text());
        assertTrue(text.contains("10 000 €"), text);
        assertTrue(text.contains("Source officielle"), text);
        assertTrue(text.contains("Du 1er janvier 2026"), text);
        String description = browser.find(By.cssSelector("meta[name=description]")).getAttribute("content");
        assertFalse(description.isBlank(), "a description for search engines");
        assertEquals(Stack.GATEWAY + "/aides/CONV2024_INSTALLATION_ZIP",
                browser.find(By.cssSelector("link[rel=canonical]")).getAttribute("href"));
        assertTrue(browser.find(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent")
                .contains("\"@type\":\"GovernmentService\""));
        List<String> refused = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage()).filter(message -> message.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused, "the JSON-LD block is data, which the CSP lets be");
        browser.assertAccessible("an aid's page");
        browser.screenshot("public-fiche-aide");
    }

    @Test
    void a_visitor_asks_the_guichet_a_question_and_is_told_it_was_received() {
        browser.open("/");
        browser.clickThrough(By.linkText("Poser une question au guichet"));
        assertEquals("/demande", browser.path());
        browser.assertAccessible("the contact form");

        browser.find(By.id("firstName")).sendKeys("Hugo");
        new Select(browser.find(By.id("profession"))).selectByValue("NURSE");
        new Select(browser.find(By.id("subject"))).selectByValue("TRAINING");
        browser.find(By.id("question")).sendKeys("Où faire un stage en zone rurale près de Laon ?");
        browser.clickThrough(By.xpath("//button[normalize-space()='Envoyer ma question']"));

        assertTrue(browser.text().contains("Le formulaire contient une erreur"), browser.text());
        assertTrue(browser.text().contains("Indiquez votre adresse électronique"), browser.text());
        assertEquals("Où faire un stage en zone rurale près de Laon ?", value("question"), "the question typed stays");
        assertEquals("NURSE", value("profession"));
        browser.assertAccessible("the contact form with an error");

        browser.find(By.id("email")).sendKeys("hugo.petit@example.org");
        browser.find(By.id("commune")).sendKeys("02408");
        browser.clickThrough(By.xpath("//button[normalize-space()='Envoyer ma question']"));

        assertEquals("/demande/envoyee", browser.path());
        assertEquals("Votre question est envoyée", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("the contact form's confirmation");
        browser.screenshot("public-demande-envoyee");
    }

    @Test
    void an_unknown_aid_is_a_french_not_found_page() {
        browser.open("/aides/AUCUNE_AIDE");
        assertEquals("Page introuvable", browser.find(By.tagName("h1")).getText());
    }

    @Test
    void the_accessibility_statement_and_the_privacy_page_are_accessible() {
        browser.open("/accessibilite");
        assertTrue(browser.text().contains("partiellement conforme"), browser.text());
        assertTrue(browser.text().contains("Défenseur des droits"), browser.text());
        browser.assertAccessible("the accessibility statement");

        browser.clickThrough(By.linkText("Mentions légales et données personnelles"));
        assertEquals("/donnees-personnelles", browser.path());
        assertTrue(browser.text().contains("conservées 3 ans après la clôture"), browser.text());
        browser.assertAccessible("the privacy page");
    }

    /** Tabs to a select and types the start of a choice, as a keyboard user picks in a closed list. */
    private static void choose(String select, String typed, String expected) {
        browser.tabTo(By.id(select));
        keys(typed);
        assertEquals(expected, value(select));
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String value(String id) {
        return browser.find(By.id(id)).getDomProperty("value");
    }

    private static Object script(String javascript) {
        return ((JavascriptExecutor) browser.driver()).executeScript(javascript);
    }

    /** Page text with French typography's no-break spaces as plain spaces, to compare with readable literals. */
    private static String french(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void waitForTheLoadEvent() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue() > 0);
        // fonts and icons the stylesheet asked for may still be arriving: let them land in the resource timings
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> "loaded".equals(
                ((JavascriptExecutor) d).executeScript("return document.fonts.status")));
    }

    private static String resources() {
        return String.valueOf(script("return performance.getEntriesByType('resource')"
                + ".map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize).join('\\n')"));
    }

    /**
     * The first load measured is a browser's first, not the servers': the desk and the gateway have served a few
     * pages before, as they would have in production.
     */
    private static void warmUpTheServers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            for (String path : List.of("/", "/simulateur", "/aides")) {
                http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path)).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}
