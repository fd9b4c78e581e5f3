package fr.guichet.welcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Testimonials as the tests build them, through the API. */
public final class Testimonials {

    private Testimonials() {
    }

    /** A GP who settled in Blois (Loir-et-Cher) in 2024, helped by the CESP. */
    public static Map<String, Object> settledInBlois(String title) {
        Map<String, Object> testimonial = new HashMap<>();
        testimonial.put("title", title);
        testimonial.put("story", "Interne à Blois, j'ai découvert une maison de santé accueillante ; le contrat "
                + "d'engagement de service public m'a aidée pendant mes études et je m'y suis installée.");
        testimonial.put("author", "Claire, médecin généraliste");
        testimonial.put("videoUrl", "https://video.example.fr/temoignage-claire");
        testimonial.put("photoRef", "https://media.example.fr/claire.jpg");
        testimonial.put("department", "41");
        testimonial.put("communeInsee", "41018");
        testimonial.put("practiceMode", "LIBERAL");
        testimonial.put("settledYear", 2024);
        testimonial.put("aidCodes", List.of("CESP"));
        return testimonial;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> consent(boolean photo) {
        return Map.of("wordingVersion", "temoignage-2026-01", "photoConsent", photo);
    }

    /** Creates the draft as this organiser and answers its id. */
    public static String draft(RequestSpecification organiser, Map<String, Object> testimonial) {
        return organiser.body(testimonial).post("/testimonials").then().statusCode(201).extract().path("id");
    }

    public static String etag(RequestSpecification as, String id) {
        return as.get("/testimonials/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Records the person's consent as this organiser; answers the receipt. */
    public static ValidatableResponse consentRecorded(RequestSpecification organiser, RequestSpecification sameOrganiser,
            String id, boolean photo) {
        return organiser.header("If-Match", etag(sameOrganiser, id)).body(consent(photo))
                .post("/testimonials/" + id + "/consent").then().statusCode(200);
    }

    /** Writes, records the consent and publishes, as the Loir-et-Cher council; answers the withdrawal token. */
    public static String[] published(Map<String, Object> testimonial) {
        String id = draft(Actors.organiser41(), testimonial);
        String token = consentRecorded(Actors.organiser41(), Actors.organiser41(), id, true).extract().path("withdrawalToken");
        Actors.organiser41().header("If-Match", etag(Actors.organiser41(), id)).post("/testimonials/" + id + "/publication")
                .then().statusCode(200);
        return new String[] {id, token};
    }
}
