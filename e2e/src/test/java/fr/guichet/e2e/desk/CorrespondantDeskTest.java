package fr.guichet.e2e.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.guichet.e2e.Stack;

/**
 * The correspondant's day in a browser: Ma journée, a phone call logged and closed in one form, found again by a
 * French search, a second call turned into a case without retyping, the indicators and their CSV; axe-core on every
 * page and state, forms with errors included; a request logged with the keyboard alone.
 */
@ExtendWith(Stack.class)
class CorrespondantDeskTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void a_correspondant_logs_and_settles_calls_opens_a_case_from_one_and_reads_the_indicators() {
        browser.logInAs("correspondant");
        assertEquals("/accueil", browser.path());
        assertEquals("Ma journée", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Sollicitations à traiter ("), browser.text());
        browser.assertAccessible("Ma journée");
        browser.screenshot("correspondant-ma-journee");

        // a phone call answered there and then, first sent without its answer
        String word = "quinquina" + letters(8);
        String lastName = "Durand" + letters(6);
        browser.open("/sollicitations/nouvelle");
        browser.assertAccessible("the blank request form");
        select("subject", "Aides à l'installation");
        type("firstName", "Léa");
        type("lastName", lastName);
        select("profession", "Médecin généraliste");
        select("careerStage", "Interne");
        type("department", "02");
        type("question", "Quelles aides pour s'installer près de Laon ? Mot repère : " + word);
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("correspondant-sollicitation");
        submit("Enregistrer la sollicitation");

        assertTrue(browser.text().contains("Saisissez la réponse donnée : une demande répondue en a besoin."), browser.text());
        assertEquals(lastName, browser.find(By.id("lastName")).getAttribute("value"));
        assertTrue(browser.find(By.id("question")).getAttribute("value").contains(word));
        assertTrue(browser.find(By.cssSelector("#answer")).findElement(By.xpath("..")).getAttribute("class")
                .contains("fr-input-group--error"));
        browser.assertAccessible("the request form with its errors");

        type("answer", "Le CESP pendant l'internat, puis l'aide à l'installation en zone d'intervention prioritaire.");
        submit("Enregistrer la sollicitation");
        assertTrue(browser.path().matches("/sollicitations/[0-9a-f-]{36}\\?enregistree=oui"), browser.path());
        assertTrue(browser.text().contains("La sollicitation est enregistrée."), browser.text());
        assertTrue(browser.text().contains("Répondue"), browser.text());
        browser.assertAccessible("a request just logged");

        // found again by a French search of its question
        browser.open("/sollicitations");
        type("q", word);
        submit("Rechercher");
        assertTrue(browser.path().startsWith("/sollicitations?q=" + word), browser.path());
        List<String> found = browser.driver().findElements(By.cssSelector("table tbody tr")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("Léa " + lastName), found.toString());
        browser.assertAccessible("the request log searched");

        // a second call, left open, then turned into a case with only what it lacks
        String secondName = "Petit" + letters(6);
        browser.open("/sollicitations/nouvelle");
        select("subject", "Démarches");
        type("firstName", "Hugo");
        type("lastName", secondName);
        type("email", "hugo." + secondName.toLowerCase() + "@example.org");
        select("profession", "Médecin généraliste");
        select("careerStage", "Interne");
        type("commune", "02408");
        type("question", "Quelles démarches pour ouvrir un cabinet à Laon ?");
        browser.find(By.cssSelector("label[for='status-OPEN']")).click();
        submit("Enregistrer la sollicitation");
        String requestPath = browser.path().replace("?enregistree=oui", "");
        assertTrue(browser.text().contains("À traiter"), browser.text());

        browser.open("/accueil");
        assertTrue(browser.text().contains("Hugo " + secondName), "the open request waits in Ma journée");
        browser.open(requestPath);

        type("rpps", "123");
        submit("Ouvrir le dossier");
        assertTrue(browser.text().contains("Indiquez le numéro RPPS du professionnel : 11 chiffres."), browser.text());
        assertEquals("123", browser.find(By.id("rpps")).getAttribute("value"));
        browser.assertAccessible("the case opening with its error");

        type("rpps", rpps());
        submit("Ouvrir le dossier");
        assertTrue(browser.path().matches("/dossiers/[0-9a-f-]{36}"), browser.path());
        browser.open(requestPath);
        assertTrue(browser.text().contains("Cette sollicitation est devenue un dossier"), browser.text());
        browser.assertAccessible("a request become a case");

        // the indicators, their charts and their CSV
        browser.open("/indicateurs");
        WebElement chart = browser.find(By.cssSelector("svg[role='img'] title"));
        assertEquals("Sollicitations reçues par mois", chart.getAttribute("textContent"));
        browser.assertAccessible("the indicators");
        browser.screenshot("correspondant-indicateurs");
        @SuppressWarnings("unchecked")
        List<Object> csv = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a[href^="/indicateurs/activite.csv"]').href)
                  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'),
                    r.headers.get('content-disposition'), t.split('\\n')[0]])));""");
        assertEquals(200L, ((Number) csv.get(0)).longValue());
        assertTrue(String.valueOf(csv.get(1)).startsWith("text/csv"), csv.toString());
        assertEquals("attachment; filename=\"activite.csv\"", csv.get(2));
        assertEquals("dimension,value,requests,accompaniedCases,installations,contracts", csv.get(3));

        browser.open("/indicateurs?from=2026-06-30&to=2026-01-01");
        assertTrue(browser.text().contains("Indiquez une date de fin valide, au plus tôt la date de début."), browser.text());
        browser.assertAccessible("the indicators with a period refused");
    }

    @Test
    void a_request_is_logged_with_the_keyboard_alone() {
        browser.logInAs("correspondant");
        browser.open("/sollicitations/nouvelle");

        WebElement skip = browser.tab();
        assertEquals("#contenu", skip.getAttribute("hash"));
        skip.sendKeys(Keys.ENTER);
        WebElement first = browser.tab();
        assertTrue((Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('contenu').contains(arguments[0])", first),
                "the skip link leads into the content, not to " + first.getAttribute("outerHTML"));

        String lastName = "Clavier" + letters(6);
        browser.tabTo(By.id("subject")).sendKeys("Zonage");
        browser.tabTo(By.id("question")).sendKeys("Ma commune est-elle en zone d'intervention prioritaire ?");
        browser.tabTo(By.id("lastName")).sendKeys(lastName);
        browser.tabTo(By.id("department")).sendKeys("41");
        browser.tabTo(By.id("answer")).sendKeys("Oui, d'après l'arrêté en vigueur.");
        browser.tabTo(By.id("status-ANSWERED"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertTrue(browser.find(By.id("status-CLOSED")).isSelected(), "the arrows move the outcome to Close");
        browser.tabTo(By.xpath("//button[normalize-space()='Enregistrer la sollicitation']")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().contains("enregistree"));
        assertTrue(browser.text().contains("Sollicitation de " + lastName), browser.text());
        assertTrue(browser.text().contains("Close"), browser.text());
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void select(String id, String label) {
        new Select(browser.find(By.id(id))).selectByVisibleText(label);
    }

    private static void submit(String button) {
        browser.clickThrough(By.xpath("//button[normalize-space()='" + button + "']"));
    }

    private static String letters(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.valueOf((char) ('a' + RANDOM.nextInt(26))))
                .collect(Collectors.joining());
    }

    /** A fresh RPPS: nine random digits after a 1, and the Luhn check digit that makes it valid. */
    private static String rpps() {
        StringBuilder digits = new StringBuilder("1");
        for (int i = 0; i < 9; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
