package fr.guichet.welcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** Offers as the tests build them, through the API. */
public final class Offers {

    public static final String LOZERE_COUNCIL = "CD-48";

    private Offers() {
    }

    /** The Lozère department council's organiser. */
    public static RequestSpecification organiser48() {
        return Actors.organiser("organisateur-48", LOZERE_COUNCIL, "48");
    }

    /** A word no other test uses, for a test to find its own offers among all: letters only, as full text reads them. */
    public static String marker() {
        StringBuilder word = new StringBuilder("repere");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A salaried GP post in a health centre of this Lozère commune, public from today for 30 days. */
    public static Map<String, Object> job48(String communeInsee, LocalDate today, String marker) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("kind", "JOB");
        offer.put("title", "Médecin généraliste salarié au centre de santé");
        offer.put("description", "Le Département recrute un médecin généraliste pour son centre de santé. " + marker);
        offer.put("department", "48");
        offer.put("communeInsee", communeInsee);
        offer.put("audiences", List.of("DOCTORS", "REPLACEMENTS"));
        offer.put("publishedFrom", today.toString());
        offer.put("expiresOn", today.plusDays(30).toString());
        offer.put("contact", Map.of("name", "Service santé du Département", "email", "sante@lozere.example.fr",
                "phone", "04 66 00 00 00"));
        offer.put("job", Map.of("position", "SALARIED", "workplace", "Centre de santé départemental", "startsOn",
                today.plusDays(60).toString()));
        return offer;
    }

    /** A co-living house for interns in this Lozère commune, rent covered by the housing allowance. */
    public static Map<String, Object> housing48(String communeInsee, LocalDate today, String marker) {
        Map<String, Object> offer = job48(communeInsee, today, marker);
        offer.remove("job");
        offer.put("kind", "HOUSING");
        offer.put("title", "Colocation pour internes");
        offer.put("description", "Une maison partagée pour les internes en stage, loyer couvert. " + marker);
        offer.put("audiences", List.of("INTERNS"));
        offer.put("housing", Map.of("type", "CO_LIVING", "address", "12 rue de l'Ange", "rentCents", 0,
                "allowanceCovers", "Le loyer entier", "availability", List.of(Map.of("semester", "2027-05", "places", 4))));
        return offer;
    }

    public static String create(RequestSpecification organiser, Map<String, Object> offer) {
        return organiser.body(offer).post("/offers").then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes the offer as this organiser (two specifications: each serves one request). */
    public static String published(RequestSpecification organiser, RequestSpecification sameOrganiser, Map<String, Object> offer) {
        String id = create(organiser, offer);
        sameOrganiser.header("If-Match", "\"0\"").post("/offers/" + id + "/publication").then().statusCode(200);
        return id;
    }
}
