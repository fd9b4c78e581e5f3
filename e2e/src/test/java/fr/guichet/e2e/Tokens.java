package fr.guichet.e2e;

import static io.restassured.RestAssured.given;

/** Real tokens from the realm imported from deploy/keycloak/guichet-realm.json. */
public final class Tokens {

    private Tokens() {
    }

    /** Password grant through the public client guichet-cli (local realm only): password = user name. */
    public static String of(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "guichet-cli")
                .formParam("username", user).formParam("password", user)
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Client credentials of the demo partner application, bound to the CPAM of the Aisne. */
    static String partnerDemo() {
        return partner("partner-demo");
    }

    /** Client credentials of a partner application of the local realm, whose secret is its id and "-secret". */
    static String partner(String clientId) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret")
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
