package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import fr.guichet.e2e.Stack;

/**
 * The offers in a real browser (#19): an organiser writes a housing offer in the desk's form (refused first, then
 * complete), publishes it; a visitor finds it by searching with the keyboard alone and reads it; axe-core on every
 * page and state.
 */
@ExtendWith(Stack.class)
class OffersDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void an_organiser_publishes_an_offer_and_the_public_finds_it_by_searching_with_the_keyboard() {
        String word = "pivoine" + letters(System.nanoTime());
        String title = "Colocation des internes de Blois " + word;

        browser.logInAs("organisateur-41");
        browser.open("/organisation/offres");
        assertEquals("Mes offres", browser.find(By.tagName("h1")).getText(), browser.text());
        browser.assertAccessible("the organiser's offers");
        browser.clickThrough(By.linkText("Nouvelle offre"));
        browser.assertAccessible("the choice of an offer's kind");
        browser.clickThrough(By.linkText("Logement"));
        assertEquals("Nouvelle offre : Logement", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("the new housing offer's form");

        browser.clickThrough(By.xpath("//button[normalize-space()='Créer le brouillon']"));
        assertTrue(browser.text().contains("Le formulaire contient"), browser.text());
        browser.assertAccessible("the new offer's form with errors");

        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("description")).sendKeys("Trois chambres meublées près de l'hôpital, pour les internes en stage "
                + "dans le Loir-et-Cher.");
        browser.find(By.id("department")).sendKeys("41");
        browser.find(By.id("commune")).sendKeys("41018");
        dateField("expiresOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(60));
        browser.find(By.cssSelector("label[for='public-INTERNS']")).click();
        new Select(browser.find(By.id("housingType"))).selectByValue("CO_LIVING");
        browser.find(By.id("address")).sendKeys("3 rue des Écoles, Blois");
        browser.find(By.id("rent")).sendKeys("0");
        browser.find(By.id("places-0")).sendKeys("3");
        browser.find(By.id("contactName")).sendKeys("Service santé du Département");
        browser.find(By.id("contactEmail")).sendKeys("sante@loir-et-cher.example.fr");
        browser.clickThrough(By.xpath("//button[normalize-space()='Créer le brouillon']"));
        assertTrue(browser.text().contains("Le brouillon est créé"), browser.text());
        browser.assertAccessible("a draft offer");
        browser.clickThrough(By.xpath("//button[normalize-space()=\"Publier l'offre\"]"));
        assertTrue(browser.text().contains("L'offre est publiée"), browser.text());
        browser.assertAccessible("a published offer");
        browser.screenshot("organisation-offre");

        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.open("/offres");
        browser.assertAccessible("the offers search");
        browser.tabTo(By.id("q")).sendKeys(word);
        browser.tabTo(By.id("departement")).sendKeys("41");
        browser.tabTo(By.id("type")).sendKeys("Logement");
        WebElement search = browser.tabTo(By.xpath("//button[normalize-space()='Chercher']"));
        browser.leadsToAnotherPage(() -> search.sendKeys(Keys.ENTER));
        assertTrue(browser.text().contains(title), browser.text());
        browser.assertAccessible("the offers found");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('resultats').scrollIntoView()");
        browser.screenshot("public-offres");

        WebElement link = browser.tabTo(By.linkText(title));
        browser.leadsToAnotherPage(() -> link.sendKeys(Keys.ENTER));
        assertEquals(title, browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Colocation d'internes"), browser.text());
        assertTrue(browser.text().contains("Gratuit"), browser.text());
        assertTrue(browser.text().contains("sante@loir-et-cher.example.fr"), browser.text());
        browser.assertAccessible("an offer");
        browser.screenshot("public-offre");

        browser.open("/offres?rayon=30");
        assertTrue(browser.text().contains("Indiquez un rayon de 1 à 200 km, avec une commune."), browser.text());
        assertFalse(browser.text().contains(title), browser.text());
        browser.assertAccessible("a search refused");
    }

    /** A date field set as its picker would: typing into it depends on the browser's locale. */
    private static void dateField(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)),
                date.toString());
    }

    /** A number written in letters only, so that the French full-text search reads it as one word. */
    private static String letters(long number) {
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(number).toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }
}
