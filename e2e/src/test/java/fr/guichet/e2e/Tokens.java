package fr.guichet.e2e;

import static io.restassured.RestAssured.given;

/** Real tokens from the realm imported from deploy/keycloak/guichet-realm.json. */
final class Tokens {

    private Tokens() {
    }

    /** Password grant through the public client guichet-cli (local realm only): password = user name. */
    static String of(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "guichet-cli")
                .formParam("username", user).formParam("password", user)
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Client credentials of the demo partner application. */
    static String partnerDemo() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "partner-demo")
                .formParam("client_secret", "partner-demo-secret")
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
