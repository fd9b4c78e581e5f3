package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import fr.guichet.e2e.Stack;

/** The desk behind the gateway: the front door, logging in and out through Keycloak, and the French error pages. */
@ExtendWith(Stack.class)
class DeskBasicsTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void the_front_door_is_accessible_and_leads_a_correspondant_to_their_day_and_out_again() {
        browser.open("/");
        assertEquals("S'installer dans un territoire qui manque de soignants", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("the home page");

        browser.logInAs("correspondant");
        assertEquals("/accueil", browser.path());
        assertTrue(browser.text().contains("Se déconnecter"), browser.text());

        browser.open("/deconnexion");
        browser.open("/connexion");
        assertTrue(browser.driver().getCurrentUrl().startsWith("http://localhost:8180/"),
                "logged out of Keycloak too: " + browser.driver().getCurrentUrl());
    }

    @Test
    void an_unknown_page_is_a_french_not_found_page() {
        browser.open("/nulle-part");
        assertEquals("Page introuvable", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible("the not-found page");
    }

    @Test
    void the_skip_link_is_the_first_stop_of_the_keyboard_and_leads_to_the_content() {
        browser.open("/");
        browser.tab();
        assertEquals("#contenu", browser.driver().switchTo().activeElement().getAttribute("hash"));
    }
}
