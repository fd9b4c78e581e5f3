package fr.guichet.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Shortens the realm's access-token lifespan to one second for a test, through Keycloak's admin API. */
final class RealmLifespan {

    interface Action {
        void run() throws InterruptedException;
    }

    private static final String ADMIN_REALM = "http://localhost:8180/admin/realms/guichet";

    private RealmLifespan() {
    }

    static void shortened(Action action) throws InterruptedException {
        set(1);
        try {
            action.run();
        } finally {
            set(300);
        }
    }

    private static void set(int seconds) {
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("http://localhost:8180/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("accessTokenLifespan", seconds))
                .put(ADMIN_REALM).then().statusCode(204);
    }
}
