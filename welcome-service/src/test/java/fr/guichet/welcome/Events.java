package fr.guichet.welcome;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.Problems;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

/** Events and registrations as the tests build them, through the API. */
public final class Events {

    private Events() {
    }

    /** A welcome day in Blois (Loir-et-Cher) for interns in general practice, starting in {@code daysAhead} days. */
    public static Map<String, Object> welcomeDay41(Instant now, int daysAhead, int capacity) {
        Instant start = now.plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new HashMap<>();
        event.put("kind", "WELCOME_DAY");
        event.put("title", "Journée d'accueil des internes en Loir-et-Cher");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plus(8, ChronoUnit.HOURS).toString());
        event.put("department", "41");
        event.put("place", Map.of("communeInsee", "41018", "address", "Hôtel du Département, Blois"));
        event.put("audience", Map.of("studentYears", List.of(), "internSpecialties", List.of("GENERAL_PRACTICE"),
                "replacements", true));
        event.put("capacity", capacity);
        event.put("programme", "9h accueil ; 10h table ronde avec les maîtres de stage ; 14h visite d'une MSP");
        event.put("partners", List.of("ARS Centre-Val de Loire", "CPAM de Loir-et-Cher"));
        return event;
    }

    /** A welcome evening of the CPTS Dropt Garonne in Marmande (Lot-et-Garonne). */
    public static Map<String, Object> welcomeEvening47(Instant now, int daysAhead, int capacity) {
        Map<String, Object> event = welcomeDay41(now, daysAhead, capacity);
        event.put("kind", "WELCOME_EVENING");
        event.put("title", "Soirée d'accueil des internes du Dropt");
        event.put("department", "47");
        event.put("place", Map.of("communeInsee", "47157", "address", "Salle des fêtes, Marmande"));
        return event;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** Creates the event as this organiser and answers its id. */
    public static String create(RequestSpecification organiser, Map<String, Object> event) {
        return organiser.body(event).post("/events").then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes the event as this organiser and answers its id. */
    public static String published(RequestSpecification organiser, RequestSpecification sameOrganiser, Map<String, Object> event) {
        String id = create(organiser, event);
        sameOrganiser.header("If-Match", "\"0\"").post("/events/" + id + "/publication").then().statusCode(200);
        return id;
    }

    public static String etag(RequestSpecification as, String id) {
        return as.get("/events/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Map<String, Object> registrant(String firstName, String email) {
        Map<String, Object> registrant = new HashMap<>();
        registrant.put("firstName", firstName);
        registrant.put("lastName", "Martin");
        registrant.put("email", email);
        registrant.put("status", "INTERN");
        registrant.put("faculty", "Tours");
        registrant.put("year", 2);
        return registrant;
    }

    /** Every refusal is an RFC 9457 problem with the given status, and never shows the internals. */
    public static ResponseSpecification problem(int status) {
        return Problems.problem(status);
    }
}
