package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * welcome-service behind the real gateway, with the realm's tokens (#19): an organiser publishes an event of its
 * department, the public finds it and registers without a token, and another territory's organiser cannot change it;
 * an organiser refers someone it met to the correspondants of its own territory.
 */
@ExtendWith(Stack.class)
class WelcomeTest {

    private static Map<String, Object> welcomeDayInBlois(String title) {
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return Map.of("kind", "WELCOME_DAY", "title", title,
                "startsAt", start.toString(), "endsAt", start.plus(8, ChronoUnit.HOURS).toString(),
                "department", "41",
                "place", Map.of("communeInsee", "41018", "address", "Hôtel du Département, Blois"),
                "audience", Map.of("studentYears", List.of(5, 6), "internSpecialties", List.of("GENERAL_PRACTICE"),
                        "replacements", true),
                "capacity", 30, "partners", List.of("ARS Centre-Val de Loire"));
    }

    @Test
    void an_organiser_publishes_an_event_that_the_public_finds_and_registers_for_and_another_territory_cannot_change() {
        String loirEtCher = Tokens.of("organisateur-41");
        String title = "Journée d'accueil e2e " + System.nanoTime();
        Response created = given().auth().oauth2(loirEtCher).contentType("application/json").body(welcomeDayInBlois(title))
                .post(Stack.GATEWAY + "/api/events");
        created.then().statusCode(201).header("Location", startsWith("/api/events/")).body("status", equalTo("DRAFT"));
        String id = created.path("id");

        given().queryParam("department", "41").get(Stack.GATEWAY + "/api/events")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(loirEtCher).header("If-Match", created.header("ETag"))
                .post(Stack.GATEWAY + "/api/events/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        given().queryParam("department", "41").get(Stack.GATEWAY + "/api/events")
                .then().statusCode(200).body("items.title", hasItem(title));
        String etag = given().get(Stack.GATEWAY + "/api/events/" + id)
                .then().statusCode(200).body("placesLeft", equalTo(30)).extract().header("ETag");
        given().contentType("application/json").body(Map.of("firstName", "Léa", "lastName", "Fontaine",
                        "email", "lea.fontaine." + System.nanoTime() + "@etu.example.org", "status", "STUDENT",
                        "faculty", "Tours", "year", 5))
                .post(Stack.GATEWAY + "/api/events/" + id + "/registrations")
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        given().get(Stack.GATEWAY + "/api/events/" + id).then().body("placesLeft", equalTo(29));

        given().auth().oauth2(Tokens.of("organisateur-cpts-47")).contentType("application/json")
                .header("If-Match", etag).body(welcomeDayInBlois("Repris par la CPTS"))
                .put(Stack.GATEWAY + "/api/events/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().get(Stack.GATEWAY + "/api/events/" + id).then().body("title", equalTo(title));
    }

    @Test
    void an_organiser_refers_someone_it_met_to_the_correspondants_of_its_territory_only() {
        String question = "Rencontrée à la journée d'accueil de Blois, e2e " + System.nanoTime();
        Map<String, Object> referral = Map.of("channel", "EVENT", "subject", "STEPS", "department", "41",
                "question", question, "requester", Map.of("firstName", "Inès", "lastName", "Moreau",
                        "email", "ines.moreau." + System.nanoTime() + "@etu.example.org", "careerStage", "INTERN"));

        String id = given().auth().oauth2(Tokens.of("organisateur-41")).contentType("application/json").body(referral)
                .post(Stack.GATEWAY + "/api/requests/referrals")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");

        given().auth().oauth2(Tokens.of("correspondant")).get(Stack.GATEWAY + "/api/requests/" + id)
                .then().statusCode(200).body("question", equalTo(question)).body("loggedBy", equalTo("organisateur-41"));
        given().auth().oauth2(Tokens.of("organisateur-41")).get(Stack.GATEWAY + "/api/requests/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("organisateur-cpts-47")).contentType("application/json").body(referral)
                .post(Stack.GATEWAY + "/api/requests/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void welcome_service_checks_the_token_itself_and_the_gateway_keeps_writes_for_organisers() {
        given().contentType("application/json").body(welcomeDayInBlois("Sans jeton"))
                .post(Stack.WELCOME + "/events").then().statusCode(401);
        given().auth().oauth2(Tokens.of("correspondant")).contentType("application/json").body(welcomeDayInBlois("Par un correspondant"))
                .post(Stack.GATEWAY + "/api/events").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("correspondant")).get(Stack.GATEWAY + "/api/events/managed").then().statusCode(200);
    }
}
