package fr.guichet.desk.support;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * A browser's session of the desk, logged in through the real authorization-code flow against Quarkus' OIDC test
 * server, whose token endpoint answers with tokens shaped like Keycloak's (the realm roles in the access token).
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();

    private Browser() {
    }

    /** A visitor who has not logged in: cookies kept, as for the CSRF token of a public form. */
    public static Browser visitor() {
        return new Browser();
    }

    /** A session of {@code login}, holding {@code role}. */
    public static Browser loggedIn(String login, String role) {
        identityProvider().register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"" + token(login, role, null) + "\",\"id_token\":\""
                                + token(login, role, "quarkus-web-app")
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        Browser browser = new Browser();
        URI authorize = URI.create(browser.request().redirects().follow(false).get("/connexion")
                .then().statusCode(302).extract().header("Location"));
        Map<String, String> query = parameters(authorize.getRawQuery());
        browser.request().redirects().follow(false)
                .queryParam("state", query.get("state")).queryParam("code", "a-code")
                .get(URLDecoder.decode(query.get("redirect_uri"), StandardCharsets.UTF_8))
                .then().statusCode(302);
        return browser;
    }

    /** A request with this session's cookies. */
    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    /** A form posted as a browser does: with the CSRF token of the page that holds the form. */
    public RequestSpecification form(String pageWithForm) {
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrfToken(pageWithForm));
    }

    /** The CSRF token of the forms of a page (its other half set in a cookie), e.g. for a multipart form. */
    public String csrfToken(String pageWithForm) {
        String page = request().get(pageWithForm).then().statusCode(200).extract().asString();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("No CSRF token in " + pageWithForm);
        }
        return token.group(1);
    }

    private static String token(String login, String role, String audience) {
        var claims = Jwt.issuer("https://server.example.com").subject(login + "-sub").preferredUserName(login)
                .claim("name", "Marie Leroy").claim("realm_access", Map.of("roles", List.of(role))).expiresIn(3600);
        if (audience != null) {
            claims.audience(audience);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static Map<String, String> parameters(String query) {
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
    }

    private static WireMock identityProvider() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(server.getHost(), server.getPort());
    }
}
