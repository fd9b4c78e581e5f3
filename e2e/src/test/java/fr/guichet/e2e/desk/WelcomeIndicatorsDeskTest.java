package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import fr.guichet.e2e.Stack;

/**
 * The welcome indicators in a real browser: an organiser reaches their organisation's figures from the menu, a year the
 * API refuses is explained beside its field, and a correspondant follows the link from their own indicators; axe-core
 * on every page and state.
 */
@ExtendWith(Stack.class)
class WelcomeIndicatorsDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void an_organiser_reads_their_organisations_figures_from_the_menu() {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

        browser.logInAs("organisateur-41");
        browser.clickThrough(By.xpath("//nav[@id='navigation-principale']//a[normalize-space()='Indicateurs']"));
        assertEquals("/organisation/indicateurs", browser.path());
        assertEquals("Indicateurs d'accueil et d'attractivité", browser.find(By.tagName("h1")).getText(), browser.text());
        assertEquals("Événements de " + year, browser.find(By.id("evenements")).getText(), browser.text());
        assertTrue(browser.text().contains("Année " + year + ", dans tout le territoire de votre organisation."), browser.text());
        assertEquals("page", browser.find(By.cssSelector("a.fr-nav__link[href='/organisation/indicateurs']"))
                .getAttribute("aria-current"));
        browser.assertAccessible("the organiser's welcome indicators");

        browser.find(By.id("year")).clear();
        browser.find(By.id("year")).sendKeys("27");
        browser.clickThrough(By.xpath("//button[normalize-space()='Afficher']"));
        assertTrue(browser.text().contains("Indiquez une année sur quatre chiffres"), browser.text());
        browser.assertAccessible("the organiser's welcome indicators with a refused year");
    }

    @Test
    void a_correspondant_follows_the_link_from_their_indicators_to_every_organisations_figures() {
        browser.logInAs("correspondant");
        browser.open("/indicateurs");
        browser.clickThrough(By.linkText("indicateurs d'accueil et d'attractivité"));
        assertEquals("/indicateurs/accueil", browser.path());
        assertTrue(browser.find(By.tagName("thead")).getText().contains("Organisation"), browser.text());
        browser.assertAccessible("the correspondant's welcome indicators");
    }
}
