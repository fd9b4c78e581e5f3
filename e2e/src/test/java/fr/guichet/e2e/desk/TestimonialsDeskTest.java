package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.guichet.e2e.Stack;

/**
 * The testimonials in a real browser (#19): an organiser writes one with the person's signed consent and publishes
 * it; a visitor finds it with the keyboard alone and follows an aid that helped to the catalogue; axe-core on every
 * page and state.
 */
@ExtendWith(Stack.class)
class TestimonialsDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void an_organiser_publishes_a_testimonial_and_a_visitor_reads_it_and_follows_an_aid_that_helped() {
        String title = "S'installer à Blois après l'internat " + System.nanoTime();

        browser.logInAs("organisateur-41");
        browser.open("/organisation/temoignages/nouveau");
        assertEquals("Nouveau témoignage", browser.find(By.tagName("h1")).getText(), browser.text());
        browser.assertAccessible("the new testimonial form");
        browser.clickThrough(By.xpath("//button[normalize-space()='Créer le brouillon']"));
        assertTrue(browser.text().contains("Le formulaire contient"), browser.text());
        browser.assertAccessible("the new testimonial form with errors");

        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("author")).sendKeys("Claire, médecin généraliste");
        browser.find(By.id("story")).sendKeys("J'ai fait mon stage de médecine générale à Blois.\nJe suis restée.");
        browser.find(By.id("department")).sendKeys("41");
        browser.find(By.id("commune")).sendKeys("41018");
        browser.find(By.id("settledYear")).sendKeys("2024");
        new Select(browser.find(By.id("practiceMode"))).selectByValue("LIBERAL");
        browser.find(By.id("aidCodes")).sendKeys("CESP");
        browser.find(By.cssSelector("label[for='consent']")).click();
        browser.find(By.id("wordingVersion")).sendKeys("temoignage-2026-01");
        browser.clickThrough(By.xpath("//button[normalize-space()='Créer le brouillon']"));
        assertTrue(browser.text().contains("L'accord de la personne est enregistré"), browser.text());
        assertTrue(browser.text().contains("/temoignages/retrait?jeton="), browser.text());
        browser.assertAccessible("a testimonial whose consent was just recorded");
        browser.clickThrough(By.xpath("//button[normalize-space()='Publier le témoignage']"));
        assertTrue(browser.text().contains("Le témoignage est publié"), browser.text());
        browser.assertAccessible("a published testimonial, for its organiser");
        browser.screenshot("organisation-temoignage");
        browser.open("/organisation/temoignages");
        assertTrue(browser.text().contains(title), browser.text());
        browser.assertAccessible("the organiser's testimonials");

        browser.forgetSessions();
        browser.open("/temoignages?departement=41");
        browser.assertAccessible("the testimonials");
        WebElement story = browser.tabTo(By.linkText(title));
        browser.leadsToAnotherPage(() -> story.sendKeys(Keys.ENTER));
        assertEquals(title, browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Je suis restée."), browser.text());
        browser.assertAccessible("a testimonial");
        browser.screenshot("public-temoignage");
        WebElement aid = browser.tabTo(By.linkText("Aide CESP"));
        browser.leadsToAnotherPage(() -> aid.sendKeys(Keys.ENTER));
        assertEquals("/aides/CESP", browser.path());
        browser.assertAccessible("the aid that helped");
    }
}
