package fr.guichet.desk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * A browser session on the desk, logged in through the authorization-code flow against the OIDC test server, whose
 * token endpoint answers with Keycloak-shaped tokens (the realm's roles in the access token) for the chosen user.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();

    private Browser() {
    }

    public static Browser loggedInAs(String login, String role) {
        identityProvider().register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"" + token(login, role, false) + "\",\"id_token\":\"" + token(login, role, true)
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        Browser browser = new Browser();
        URI authorize = URI.create(browser.request().redirects().follow(false).get("/connexion")
                .then().statusCode(302).extract().header("Location"));
        Map<String, String> query = query(authorize.getRawQuery());
        browser.request().redirects().follow(false)
                .queryParam("state", query.get("state")).queryParam("code", "test-code")
                .get(query.get("redirect_uri")).then().statusCode(302);
        return browser;
    }

    /** A request carrying this browser's cookies. */
    public RequestSpecification request() {
        return given().filter(cookies);
    }

    /** The CSRF token of the forms on this page, which sets the cookie holding its other half. */
    public String csrfToken(String page) {
        Matcher token = CSRF.matcher(request().get(page).then().statusCode(200).extract().asString());
        if (!token.find()) {
            throw new AssertionError("No form with a CSRF token on " + page);
        }
        return token.group(1);
    }

    private static String token(String login, String role, boolean idToken) {
        var claims = Jwt.issuer("https://server.example.com").subject(login + "-sub").preferredUserName(login)
                .claim("name", "Dr " + login).claim("realm_access", Map.of("roles", List.of(role))).expiresIn(3600);
        if (idToken) {
            claims.audience("quarkus-web-app");
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static WireMock identityProvider() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(server.getHost(), server.getPort());
    }
}
