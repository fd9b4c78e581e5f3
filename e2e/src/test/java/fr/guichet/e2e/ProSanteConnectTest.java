package fr.guichet.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * A doctor logs in through the local imitation of Pro Santé Connect (realm psc-demo), brokered by the guichet
 * realm's identity provider psc, as a browser would: the authorization request of the desk's client guichet-web
 * (code flow, PKCE) with kc_idp_hint=psc, the psc-demo login form, the redirects back, the code exchanged.
 */
@ExtendWith(Stack.class)
class ProSanteConnectTest {

    private static final String PSC_REALM = "http://localhost:8180/realms/psc-demo";
    /** Where the desk's client is sent back (any path of the gateway is allowed); the test stops at the redirect. */
    private static final String REDIRECT_URI = Stack.GATEWAY + "/connexion";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    /** The "Pro Santé Connect" button of the guichet realm's login page. */
    private static final Pattern PSC_BUTTON = Pattern.compile("<a[^>]*id=\"social-psc\"[^>]*>");
    private static final Pattern LOCATION_CODE = Pattern.compile("[?&]code=([^&]+)");

    @Test
    void dr_martin_logs_in_to_the_doctor_account_whose_token_also_carries_the_national_identifier() throws Exception {
        JsonPath claims = claims(loginThroughProSanteConnect("dr.martin"));

        assertEquals("doctor", claims.getString("preferred_username"), "dr.martin is linked to the realm's doctor account");
        assertEquals("810005173140", claims.getString("idnps"));
        assertEquals("10005173140", claims.getString("rpps"));
        assertTrue(claims.getList("realm_access.roles").contains("doctor"));
    }

    @Test
    void the_doctors_cases_are_on_their_home_view_through_the_gateway_as_with_their_password() throws Exception {
        String token = loginThroughProSanteConnect("dr.martin");
        List<String> withPassword = given().auth().oauth2(Tokens.of("doctor")).get(Stack.GATEWAY + "/api/me")
                .then().statusCode(200).extract().path("cases.id");

        // among them the demo case the doctor filed at Mende (deploy/local/demo), in department 48
        assertTrue(withPassword.size() > 0);
        given().auth().oauth2(token).get(Stack.GATEWAY + "/api/me").then().statusCode(200)
                .body("cases.id", equalTo(withPassword))
                .body("cases.department", hasItem("48"))
                .body("current.professional.rpps", equalTo("10005173140"));
    }

    @Test
    void a_doctor_new_to_the_guichet_gets_an_account_and_files_under_the_rpps_of_their_national_identifier()
            throws Exception {
        String token = loginThroughProSanteConnect("dr.bernard");
        JsonPath claims = claims(token);
        assertEquals("dr.bernard", claims.getString("preferred_username"));
        assertEquals("810101234564", claims.getString("idnps"));
        assertNull(claims.getString("rpps"), "a brokered account has no rpps attribute: the services read idnps");
        assertTrue(claims.getList("realm_access.roles").contains("doctor"), "the psc provider's hardcoded role");

        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("professional", Map.of("firstName", "Louis", "lastName", "Bernard",
                        "email", "louis.bernard@example.org", "profession", "GENERAL_PRACTITIONER", "careerStage", "INSTALLING"),
                        "project", Map.of("targetCommune", "02408")))
                .post(Stack.GATEWAY + "/api/cases")
                .then().statusCode(201).body("professional.rpps", equalTo("10101234564")).extract().path("id");
        given().auth().oauth2(token).get(Stack.GATEWAY + "/api/me").then().statusCode(200)
                .body("cases.id", hasItem(id));
    }

    @Test
    void the_guichet_login_page_offers_pro_sante_connect_as_a_button() throws Exception {
        JsonPath claims = claims(loginThroughProSanteConnect("dr.martin", false));

        assertEquals("doctor", claims.getString("preferred_username"));
        assertEquals("810005173140", claims.getString("idnps"));
    }

    @Test
    void the_desks_pro_sante_connect_link_logs_the_doctor_in_to_the_desk() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> loginPage = follow(browser, get(Stack.GATEWAY + "/connexion/psc"), null);
        HttpResponse<String> start = signIn(browser, loginPage, "dr.martin", null);

        assertEquals(Stack.GATEWAY + "/mon-installation", start.uri().toString(), "the doctor's start page");
        HttpResponse<String> home = browser.send(get(Stack.GATEWAY + "/"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Claire Martin"), "the desk shows who is logged in");
        assertTrue(home.body().contains("href=\"/mon-installation\""), "and the doctor's menu");
    }

    private static String loginThroughProSanteConnect(String login) throws Exception {
        return loginThroughProSanteConnect(login, true);
    }

    /**
     * The access token guichet-web gets for a psc-demo professional whose password is their login: straight to Pro
     * Santé Connect with kc_idp_hint, or through the button on the guichet realm's login page.
     */
    private static String loginThroughProSanteConnect(String login, boolean hinted) throws Exception {
        HttpClient browser = browser();
        String verifier = randomUrlSafe(48);
        String authorization = Stack.REALM + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "guichet-web", "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT_URI, "state", randomUrlSafe(16),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"))
                + (hinted ? "&kc_idp_hint=psc" : "");

        HttpResponse<String> loginPage = follow(browser, get(authorization), REDIRECT_URI);
        if (!hinted) {
            loginPage = follow(browser, get(link(loginPage, PSC_BUTTON, "href").toString()), REDIRECT_URI);
        }
        HttpResponse<String> back = signIn(browser, loginPage, login, REDIRECT_URI);
        String location = back.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(REDIRECT_URI), "back to the client with a code, with no other form on the way; "
                + "the last page was " + back.uri() + " (" + back.statusCode() + ")");
        Matcher code = LOCATION_CODE.matcher(location);
        assertTrue(code.find(), location);

        return given().formParam("grant_type", "authorization_code").formParam("client_id", "guichet-web")
                .formParam("code", code.group(1)).formParam("redirect_uri", REDIRECT_URI).formParam("code_verifier", verifier)
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A client that keeps cookies as a browser does and lets {@link #follow} take the redirects one by one. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** On psc-demo's login page, the professional signs in (password = login); then the redirects that follow. */
    private static HttpResponse<String> signIn(HttpClient browser, HttpResponse<String> loginPage, String login,
            String stopBefore) throws IOException, InterruptedException {
        assertTrue(loginPage.uri().toString().startsWith(PSC_REALM + "/"),
                "Pro Santé Connect's login page, not " + loginPage.uri());
        return follow(browser, HttpRequest.newBuilder(link(loginPage, LOGIN_FORM, "action"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", login, "password", login, "credentialId", ""))))
                .build(), stopBefore);
    }

    /**
     * Follows redirects until a page, or until a redirect to an address starting with {@code stopBefore} (if not null),
     * which is returned unfollowed.
     */
    private static HttpResponse<String> follow(HttpClient browser, HttpRequest request, String stopBefore)
            throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 10; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null || stopBefore != null && location.startsWith(stopBefore)) {
                return response;
            }
            response = browser.send(get(response.uri().resolve(location).toString()), HttpResponse.BodyHandlers.ofString());
        }
        throw new IllegalStateException("More than 10 redirects from " + request.uri());
    }

    /** Where the page's tag found by the pattern leads, by the given attribute (a form's action, a link's href). */
    private static URI link(HttpResponse<String> page, Pattern tag, String attribute) {
        Matcher found = tag.matcher(page.body());
        assertTrue(found.find(), tag + " on " + page.uri() + " (" + page.statusCode() + ")");
        Matcher target = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(found.group());
        assertTrue(target.find(), found.group());
        return page.uri().resolve(target.group(1).replace("&amp;", "&"));
    }

    private static JsonPath claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a signed JWT");
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /**
     * Cookies as a browser keeps them for http://localhost, which it counts as a secure context: Keycloak marks its
     * login cookies Secure, and Java's CookieManager sends Secure cookies over https only.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(asSecure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }

        private static URI asSecure(URI uri) {
            if (!"localhost".equals(uri.getHost())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(uri.toString(), e);
            }
        }
    }
}
