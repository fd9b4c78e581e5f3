package fr.guichet.welcome;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The people of the tests, with tokens shaped like the realm's. */
public final class Actors {

    public static final String LOIR_ET_CHER_COUNCIL = "CD-41";
    public static final String CPTS_DROPT_GARONNE = "CPTS-DROPT-GARONNE";

    private Actors() {
    }

    /** The Loir-et-Cher department council's organiser, as in the demo realm. */
    public static RequestSpecification organiser41() {
        return organiser("organisateur-41", LOIR_ET_CHER_COUNCIL, "41");
    }

    /** The CPTS Dropt Garonne's organiser, in Lot-et-Garonne, as in the demo realm. */
    public static RequestSpecification cpts47() {
        return organiser("organisateur-cpts-47", CPTS_DROPT_GARONNE, "47");
    }

    public static RequestSpecification organiser(String user, String organisation, String... departments) {
        return as(TestTokens.forRole(user, "organiser", Map.of("organiser_org", organisation, "departments", List.of(departments))));
    }

    public static RequestSpecification organiserWithoutOrganisation() {
        return as(TestTokens.forRole("organisateur-orphelin", "organiser", Map.of("departments", List.of("41"))));
    }

    public static RequestSpecification correspondant(String user, String... departments) {
        return as(TestTokens.forRole(user, "correspondant", Map.of("departments", List.of(departments))));
    }

    /** The Aisne and Loir-et-Cher correspondant, as in the demo realm. */
    public static RequestSpecification correspondant41() {
        return correspondant("correspondant", "02", "41");
    }

    public static RequestSpecification doctor() {
        return as(TestTokens.forRole("doctor", "doctor", Map.of("rpps", "10005173140")));
    }

    /** Anyone, without a token. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
