package fr.guichet.cases;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The people and applications of the tests, with tokens shaped like the realm's. */
public final class Actors {

    /** Luhn-valid RPPS numbers. */
    public static final String RPPS_CLAIRE = "10005173140";
    public static final String RPPS_PAUL = "10012345673";

    private Actors() {
    }

    public static RequestSpecification doctor(String user, String rpps) {
        return as(TestTokens.forRole(user, "doctor", Map.of("rpps", rpps)));
    }

    /**
     * A doctor logged in through Pro Santé Connect: the broker's mapper gives their token the national identifier
     * ({@code idnps}, "8" then the RPPS number) and no rpps claim.
     */
    public static RequestSpecification doctorThroughProSanteConnect(String user, String nationalIdentifier) {
        return as(TestTokens.forRole(user, "doctor", Map.of("idnps", nationalIdentifier)));
    }

    public static RequestSpecification claire() {
        return doctor("claire", RPPS_CLAIRE);
    }

    public static RequestSpecification paul() {
        return doctor("paul", RPPS_PAUL);
    }

    public static RequestSpecification correspondant(String user, String... departments) {
        return as(TestTokens.forRole(user, "correspondant", Map.of("departments", List.of(departments))));
    }

    /** The Aisne and Loir-et-Cher correspondant, as in the demo realm. */
    public static RequestSpecification aisne() {
        return correspondant("correspondant", "02", "41");
    }

    public static RequestSpecification occitanie() {
        return correspondant("correspondant-occitanie", "34", "46", "48");
    }

    /** An organiser of welcome-service's events, for its organisation, in its territory. */
    public static RequestSpecification organiser(String user, String organisation, String... departments) {
        return as(TestTokens.forRole(user, "organiser",
                Map.of("organiser_org", organisation, "departments", List.of(departments))));
    }

    /** A partner application bound to an organisation of its own, named after it. */
    public static RequestSpecification partner(String clientId) {
        return partner(clientId, organisationOf(clientId));
    }

    public static RequestSpecification partner(String clientId, String organisation) {
        return as(TestTokens.forRole("service-account-" + clientId, "partner",
                Map.of("azp", clientId, "partner_org", organisation)));
    }

    /** The organisation {@link #partner(String)} binds a client to. */
    public static String organisationOf(String clientId) {
        return "ORG-" + clientId.toUpperCase();
    }

    /** A partner application whose client no mapper binds to an organisation. */
    public static RequestSpecification unboundPartner(String clientId) {
        return as(TestTokens.forRole("service-account-" + clientId, "partner", Map.of("azp", clientId)));
    }

    /** The guichet's administrator, who keeps the list of partner organisations (and has no case role). */
    public static RequestSpecification guichetAdmin() {
        return as(TestTokens.forRole("admin", "guichet-admin"));
    }

    /** A user of the realm without any of the guichet's case roles. */
    public static RequestSpecification catalogueAdmin() {
        return as(TestTokens.forRole("admin", "catalogue-admin"));
    }

    /** A doctor whose token lacks the rpps claim, as a misconfigured account would. */
    public static RequestSpecification doctorWithoutRpps(String user) {
        return as(TestTokens.forRole(user, "doctor"));
    }

    /** Someone who sends no token at all. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
