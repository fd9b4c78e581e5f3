package fr.guichet.cases.casefile;

import static fr.guichet.cases.Actors.aisne;
import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static fr.guichet.cases.Actors.paul;
import static fr.guichet.cases.Cases.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The access matrix of issue 3, cell by cell: deny by default, and someone else's case is 404, never 403. */
@QuarkusTest
class CaseAccessTest {

    /** Every route that reads or changes one case, as a doctor who does not own it would call it. */
    enum CaseRoute {
        READ((as, id, etag) -> as.get("/cases/" + id)),
        TASKS((as, id, etag) -> as.get("/cases/" + id + "/tasks")),
        HISTORY((as, id, etag) -> as.get("/cases/" + id + "/history")),
        MESSAGES((as, id, etag) -> as.get("/cases/" + id + "/messages")),
        WRITE_MESSAGE((as, id, etag) -> as.body(Map.of("body", "Bonjour")).post("/cases/" + id + "/messages")),
        ABANDON((as, id, etag) -> as.header("If-Match", etag).body(Map.of("to", "ABANDONED", "reason", "Autre projet"))
                .post("/cases/" + id + "/transitions")),
        QUALIFY((as, id, etag) -> as.header("If-Match", etag).body(Map.of("to", "QUALIFIED"))
                .post("/cases/" + id + "/transitions")),
        CHANGE((as, id, etag) -> as.header("If-Match", etag).body(Map.of("practiceMode", "MIXED")).patch("/cases/" + id));

        private final Call call;

        CaseRoute(Call call) {
            this.call = call;
        }

        Response call(RequestSpecification as, String id, String etag) {
            return call.on(as, id, etag);
        }

        interface Call {
            Response on(RequestSpecification as, String id, String etag);
        }
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    private static Map<String, Object> caseOf(String lastName, String commune) {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, commune);
        @SuppressWarnings("unchecked")
        Map<String, Object> professional = (Map<String, Object>) request.get("professional");
        professional.put("lastName", lastName);
        return request;
    }

    // --- doctors

    @Test
    void a_doctor_opens_their_own_case_with_the_rpps_of_their_token() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        claire().get("/cases/" + id).then().statusCode(200)
                .body("professional.rpps", equalTo(Actors.RPPS_CLAIRE))
                .body("channel", equalTo("WEB"))
                .body("createdByClient", equalTo(null));
    }

    @Test
    void a_doctor_may_repeat_their_own_rpps_in_the_body() {
        claire().body(Cases.newCase(Actors.RPPS_CLAIRE, Cases.LAON)).post("/cases").then().statusCode(201)
                .body("professional.rpps", equalTo(Actors.RPPS_CLAIRE));
    }

    @Test
    void a_doctor_giving_someone_elses_rpps_is_400_naming_the_field() {
        claire().body(Cases.newCase(Actors.RPPS_PAUL, Cases.LAON)).post("/cases").then().spec(problem(400))
                .body("errors.field", contains("professional.rpps"));
    }

    @Test
    void a_doctor_whose_token_has_no_rpps_is_403() {
        Actors.doctorWithoutRpps(unique("doc-")).body(Cases.newCase(null, Cases.LAON)).post("/cases")
                .then().spec(problem(403));
    }

    @Test
    void a_doctor_whose_token_has_an_invalid_rpps_is_403() {
        Actors.doctor(unique("doc-"), "10005173141").body(Cases.newCase(null, Cases.LAON)).post("/cases")
                .then().spec(problem(403));
    }

    @Test
    void a_doctor_cannot_claim_the_partner_channel() {
        Map<String, Object> request = Cases.newCase(null, Cases.LAON);
        request.put("channel", "PARTNER");

        claire().body(request).post("/cases").then().spec(problem(400)).body("errors.field", contains("channel"));
    }

    @Test
    void a_doctor_lists_only_their_own_cases() {
        String alice = unique("alice-");
        String bob = unique("bob-");
        String first = Cases.create(Actors.doctor(alice, Actors.RPPS_CLAIRE), Cases.newCase(null, Cases.LAON));
        String second = Cases.create(Actors.doctor(alice, Actors.RPPS_CLAIRE), Cases.newCase(null, Cases.MENDE));
        String bobs = Cases.create(Actors.doctor(bob, Actors.RPPS_PAUL), Cases.newCase(null, Cases.LAON));

        Actors.doctor(alice, Actors.RPPS_CLAIRE).get("/cases").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second));
        Actors.doctor(bob, Actors.RPPS_PAUL).get("/cases").then().statusCode(200)
                .body("items.id", contains(bobs));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseRoute.class)
    void another_doctors_case_is_404_never_403(CaseRoute route) {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));
        String etag = Cases.etag(claire(), id);

        route.call(paul(), id, etag).then().spec(problem(404));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseRoute.class)
    void another_doctors_case_answers_like_a_case_that_does_not_exist(CaseRoute route) {
        route.call(paul(), UUID.randomUUID().toString(), "\"0\"").then().spec(problem(404));
    }

    // --- correspondants

    @Test
    void a_correspondant_sees_a_case_of_their_department() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        aisne().get("/cases/" + id).then().statusCode(200).body("project.department", equalTo("02"));
    }

    @Test
    void a_correspondant_of_department_41_gets_404_on_a_case_of_department_02() {
        String loirEtCher = unique("corr-41-");
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));
        String etag = Cases.etag(claire(), id);

        Actors.correspondant(loirEtCher, "41").get("/cases/" + id).then().spec(problem(404));
        Actors.correspondant(loirEtCher, "41").get("/cases/" + id + "/history").then().spec(problem(404));
        Actors.correspondant(loirEtCher, "41").get("/cases/" + id + "/tasks").then().spec(problem(404));
        Cases.move(Actors.correspondant(loirEtCher, "41"), id, etag, "QUALIFIED").then().spec(problem(404));
        Actors.correspondant(loirEtCher, "41").header("If-Match", etag).body(Map.of("practiceMode", "MIXED"))
                .patch("/cases/" + id).then().spec(problem(404));
    }

    @Test
    void a_correspondant_does_not_list_cases_outside_their_departments() {
        String lastName = unique("Horsdep");
        String inLaon = Cases.create(aisne(), caseOf(lastName, Cases.LAON));
        Cases.create(occitanie(), caseOf(lastName, Cases.MENDE));

        Actors.correspondant(unique("corr-02-"), "02").queryParam("q", lastName).get("/cases").then().statusCode(200)
                .body("items.id", contains(inLaon));
    }

    @Test
    void a_correspondant_opens_a_case_in_their_department_assigned_to_them() {
        String name = unique("corr-02-");

        Actors.correspondant(name, "02").body(caseOf("Martin", Cases.LAON)).post("/cases").then().statusCode(201)
                .body("assignee", equalTo(name));
    }

    @Test
    void a_correspondant_opening_a_case_outside_their_departments_is_403_and_creates_nothing() {
        String lastName = unique("Ailleurs");

        aisne().body(caseOf(lastName, Cases.MENDE)).post("/cases").then().spec(problem(403));

        occitanie().queryParam("q", lastName).get("/cases").then().statusCode(200).body("items", empty());
    }

    @Test
    void a_correspondant_cannot_move_a_case_out_of_their_departments() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));
        int history = aisne().get("/cases/" + id + "/history").then().statusCode(200).extract().path("size()");

        aisne().header("If-Match", Cases.etag(aisne(), id)).body(Map.of("targetCommune", Cases.MENDE))
                .patch("/cases/" + id).then().spec(problem(403));

        aisne().get("/cases/" + id).then().statusCode(200).body("project.department", equalTo("02"));
        aisne().get("/cases/" + id + "/history").then().statusCode(200).body("size()", equalTo(history));
    }

    // --- partners

    @Test
    void a_partner_opens_a_case_on_a_professionals_behalf_through_the_partner_channel() {
        String client = unique("maison-sante-");
        Map<String, Object> request = Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS);
        request.put("channel", "WEB");

        Cases.createAsPartner(client, unique("key-"), request).then().statusCode(201)
                .body("channel", equalTo("PARTNER"))
                .body("createdByClient", equalTo(client))
                .body("professional.rpps", equalTo(Actors.RPPS_PAUL));
    }

    @Test
    void a_partner_reads_and_lists_the_cases_it_created() {
        String client = unique("maison-sante-");
        String id = Cases.createAsPartner(client, unique("key-"), Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS))
                .then().statusCode(201).extract().path("id");

        Actors.partner(client).get("/cases/" + id).then().statusCode(200).body("id", equalTo(id));
        Actors.partner(client).get("/cases").then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void another_application_of_the_same_organisation_sees_the_case_and_the_case_says_which_filed_it() {
        String client = unique("cpam-app-");
        String organisation = Actors.organisationOf(client);
        String id = Cases.createAsPartner(client, unique("key-"), Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS))
                .then().statusCode(201).extract().path("id");
        RequestSpecification sibling = Actors.partner(unique("cpam-batch-"), organisation);

        sibling.get("/cases/" + id).then().statusCode(200).body("createdByClient", equalTo(client));
        Actors.partner(unique("cpam-batch-"), organisation).get("/cases").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void a_partner_application_bound_to_no_organisation_is_refused_everything() {
        String client = unique("unbound-");

        Actors.unboundPartner(client).get("/cases").then().spec(problem(403))
                .body("detail", containsString("partner_org"));
        Actors.unboundPartner(client).header("Idempotency-Key", unique("key-"))
                .body(Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS)).post("/cases").then().spec(problem(403));
    }

    @Test
    void another_partner_gets_404_and_does_not_list_the_case() {
        String id = Cases.createAsPartner(unique("maison-sante-"), unique("key-"), Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS))
                .then().statusCode(201).extract().path("id");
        String other = unique("autre-partenaire-");

        Actors.partner(other).get("/cases/" + id).then().spec(problem(404));
        Actors.partner(other).get("/cases/" + id + "/history").then().spec(problem(404));
        Actors.partner(other).get("/cases").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void a_partner_does_not_change_a_case_it_created() {
        String client = unique("maison-sante-");
        String id = Cases.createAsPartner(client, unique("key-"), Cases.newCase(Actors.RPPS_PAUL, Cases.BLOIS))
                .then().statusCode(201).extract().path("id");

        Actors.partner(client).header("If-Match", Cases.etag(Actors.partner(client), id))
                .body(Map.of("practiceMode", "MIXED")).patch("/cases/" + id).then().spec(problem(403));
    }

    // --- no token, wrong role

    @Test
    void without_a_token_the_list_is_401() {
        Actors.anonymous().get("/cases").then().spec(problem(401)).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void without_a_token_creating_is_401_and_creates_nothing() {
        String lastName = unique("Anonyme");

        Actors.anonymous().body(caseOf(lastName, Cases.LAON)).post("/cases").then().spec(problem(401));

        aisne().queryParam("q", lastName).get("/cases").then().statusCode(200).body("items", empty());
    }

    @Test
    void an_expired_token_is_401() {
        given().auth().oauth2(TestTokens.expired("claire", "doctor")).get("/cases")
                .then().spec(problem(401));
    }

    @Test
    void a_token_without_any_guichet_role_is_403() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.LAON));

        Actors.catalogueAdmin().get("/cases").then().spec(problem(403));
        Actors.catalogueAdmin().get("/cases/" + id).then().spec(problem(403));
        Actors.catalogueAdmin().body(Cases.newCase(Actors.RPPS_PAUL, Cases.LAON)).post("/cases").then().spec(problem(403));
    }
}
