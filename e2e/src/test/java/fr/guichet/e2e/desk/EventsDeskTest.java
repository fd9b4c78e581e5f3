package fr.guichet.e2e.desk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.guichet.e2e.Stack;
import fr.guichet.e2e.Tokens;
import io.restassured.response.Response;

/**
 * The events in a real browser (#19): a visitor finds an event, registers with the keyboard alone and is told their
 * place; an organiser logs in to their events, publishes a draft and sees who registered; axe-core on every page.
 */
@ExtendWith(Stack.class)
class EventsDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A draft of the Loir-et-Cher council, filed through the API; its id and ETag. */
    private static String[] draft(String title, int capacity) {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Response created = given().auth().oauth2(Tokens.of("organisateur-41")).contentType("application/json")
                .body(Map.of("kind", "WELCOME_EVENING", "title", title, "startsAt", start.toString(),
                        "endsAt", start.plus(3, ChronoUnit.HOURS).toString(), "department", "41",
                        "place", Map.of("communeInsee", "41018", "address", "Maison des internes, Blois"),
                        "audience", Map.of("studentYears", List.of(6), "internSpecialties", List.of("GENERAL_PRACTICE"),
                                "replacements", false),
                        "capacity", capacity, "programme", "18 h 30 : accueil\n19 h : rencontre avec les maîtres de stage"))
                .post(Stack.GATEWAY + "/api/events");
        created.then().statusCode(201);
        return new String[] {created.path("id"), created.header("ETag")};
    }

    private static void publish(String[] event) {
        given().auth().oauth2(Tokens.of("organisateur-41")).header("If-Match", event[1])
                .post(Stack.GATEWAY + "/api/events/" + event[0] + "/publication").then().statusCode(200);
    }

    @Test
    void a_visitor_finds_an_event_and_registers_with_the_keyboard_then_the_next_one_waits() {
        String title = "Soirée des internes " + System.nanoTime();
        String[] event = draft(title, 1);
        publish(event);

        browser.open("/evenements?departement=41");
        browser.assertAccessible("the events");
        assertTrue(browser.text().contains(title), browser.text());
        browser.clickThrough(By.linkText(title));
        assertEquals(title, browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("internes de médecine générale"), browser.text());
        browser.assertAccessible("an event");

        browser.tabTo(By.id("firstName")).sendKeys("Léa");
        browser.tabTo(By.id("lastName")).sendKeys("Fontaine");
        browser.tabTo(By.id("email")).sendKeys("lea." + System.nanoTime() + "@etu.example.org");
        browser.tabTo(By.id("status")).sendKeys("Interne");
        WebElement register = browser.tabTo(By.xpath("//button[normalize-space()=\"M'inscrire\"]"));
        browser.leadsToAnotherPage(() -> register.sendKeys(Keys.ENTER));
        assertEquals("Votre place est réservée", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("a place taken");

        browser.open("/evenements/" + event[0]);
        browser.find(By.id("firstName")).sendKeys("Hugo");
        browser.find(By.id("lastName")).sendKeys("Petit");
        browser.find(By.id("email")).sendKeys("hugo." + System.nanoTime() + "@etu.example.org");
        new Select(browser.find(By.id("status"))).selectByValue("STUDENT");
        browser.clickThrough(By.xpath("//button[normalize-space()=\"M'inscrire en liste d'attente\"]"));
        assertEquals("Vous êtes en liste d'attente", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("en position 1 sur la liste d'attente"), browser.text());

        browser.open("/evenements/" + event[0]);
        browser.find(By.id("email")).sendKeys("pas-une-adresse");
        browser.clickThrough(By.xpath("//button[normalize-space()=\"M'inscrire en liste d'attente\"]"));
        assertTrue(browser.text().contains("Le formulaire contient"), browser.text());
        browser.assertAccessible("a registration refused");
        browser.screenshot("public-evenement");
    }

    @Test
    void an_organiser_publishes_a_draft_and_sees_who_registered() {
        String title = "Journée d'accueil " + System.nanoTime();
        String[] event = draft(title, 20);

        browser.logInAs("organisateur-41");
        assertEquals("/organisation", browser.path());
        assertTrue(browser.text().contains(title), browser.text());
        browser.assertAccessible("the organiser's events");
        browser.clickThrough(By.linkText(title));
        browser.clickThrough(By.xpath("//button[normalize-space()=\"Publier l'événement\"]"));
        assertTrue(browser.text().contains("L'événement est publié"), browser.text());

        given().contentType("application/json").body(Map.of("firstName", "Inès", "lastName", "Martin",
                        "email", "ines." + System.nanoTime() + "@etu.example.org", "status", "INTERN"))
                .post(Stack.GATEWAY + "/api/events/" + event[0] + "/registrations").then().statusCode(201);
        browser.open("/organisation/evenements/" + event[0]);
        assertTrue(browser.text().contains("Inès Martin"), browser.text());
        browser.assertAccessible("an event's registrants");
        browser.screenshot("organisation-evenement");

        browser.open("/organisation/evenements/nouveau");
        assertEquals("Nouvel événement", browser.find(By.tagName("h1")).getText(), browser.text());
        browser.assertAccessible("the new event form");
        browser.clickThrough(By.xpath("//button[normalize-space()='Créer le brouillon']"));
        assertTrue(browser.text().contains("Le formulaire contient"), browser.text());
        browser.assertAccessible("the new event form with errors");
    }
}
