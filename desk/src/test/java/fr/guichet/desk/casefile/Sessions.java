package fr.guichet.desk.casefile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.restassured.filter.cookie.CookieFilter;
import io.smallrye.jwt.build.Jwt;

/**
 * Logs a person into the desk through the real authorization-code flow, against the OIDC test server whose token
 * endpoint is set to answer with tokens shaped like Keycloak's (realm roles in the access token).
 */
final class Sessions {

    private static final String ISSUER = "https://server.example.com";
    private static final String CLIENT_ID = "quarkus-web-app";

    private Sessions() {
    }

    /**
     * The cookies of a logged-in browser session of {@code login}, holding {@code role}. The token endpoint's
     * answer is set anew for each login: WireMock uses the newest of the stubs that match.
     */
    static CookieFilter logIn(String login, String role) {
        identityProvider().register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":3600}"""
                        .formatted(token(login, role, null), token(login, role, CLIENT_ID)))));
        CookieFilter cookies = new CookieFilter();
        URI authorize = URI.create(given().filter(cookies).redirects().follow(false)
                .get("/connexion").then().statusCode(302).extract().header("Location"));
        Map<String, String> query = query(authorize.getRawQuery());
        given().filter(cookies).redirects().follow(false)
                .queryParam("state", query.get("state")).queryParam("code", "any-code")
                .get(URLDecoder.decode(query.get("redirect_uri"), StandardCharsets.UTF_8))
                .then().statusCode(302);
        return cookies;
    }

    private static String token(String login, String role, String audience) {
        var claims = Jwt.issuer(ISSUER).subject(login + "-id").preferredUserName(login)
                .claim("name", login.substring(0, 1).toUpperCase() + login.substring(1))
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(3600);
        if (audience != null) {
            claims.audience(audience);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
    }

    private static WireMock identityProvider() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(server.getHost(), server.getPort());
    }
}
