package fr.guichet.cases.request;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * An organiser refers someone it met at an event to the correspondants of its territory; it reads nothing of the
 * requests. Cantal (15) and Corrèze (19) are this class's own departments.
 */
@QuarkusTest
class ReferralTest {

    private static RequestSpecification cantalOrganiser() {
        return Actors.organiser("organisateur-15", "CD-15", "15");
    }

    private static RequestSpecification cantalCorrespondant() {
        return Actors.correspondant("correspondant-cantal", "15");
    }

    private static Map<String, Object> metAtAnEvent(String department, String question) {
        Map<String, Object> referral = new HashMap<>();
        referral.put("channel", "EVENT");
        referral.put("requester", new HashMap<>(Map.of("firstName", "Inès", "lastName", "Moreau",
                "email", "ines.moreau@example.org", "careerStage", "INTERN")));
        referral.put("subject", "STEPS");
        referral.put("department", department);
        referral.put("question", question);
        return referral;
    }

    private static String listed(RequestSpecification correspondant, String question) {
        return correspondant.get("/requests?limit=100").then().statusCode(200)
                .extract().path("items.find { it.question == '" + question + "' }.id");
    }

    @Test
    void an_organisers_referral_waits_open_and_unassigned_for_the_departments_correspondants() {
        String question = "Rencontrée à la journée d'accueil d'Aurillac " + UUID.randomUUID();

        var created = cantalOrganiser().body(metAtAnEvent("15", question)).post("/requests/referrals").then()
                .statusCode(201).body("status", equalTo("OPEN")).body("department", equalTo("15")).extract();
        String id = created.path("id");

        assertThat(created.header("Location"), endsWith("/requests/" + id));
        String found = "items.find { it.id == '" + id + "' }.";
        cantalCorrespondant().get("/requests?limit=100").then().statusCode(200)
                .body(found + "status", equalTo("OPEN")).body(found + "assignee", nullValue())
                .body(found + "channel", equalTo("EVENT")).body(found + "loggedBy", equalTo("organisateur-15"))
                .body(found + "department", equalTo("15")).body(found + "question", equalTo(question))
                .body(found + "requester.email", equalTo("ines.moreau@example.org"));
    }

    @Test
    void an_organiser_reads_no_request_and_logs_none_of_its_own() {
        String question = "Un interne intéressé par Mauriac " + UUID.randomUUID();
        String id = cantalOrganiser().body(metAtAnEvent("15", question)).post("/requests/referrals").then()
                .statusCode(201).extract().path("id");

        cantalOrganiser().get("/requests/" + id).then().spec(problem(403));
        cantalOrganiser().get("/requests").then().spec(problem(403));
        cantalOrganiser().body(Requests.phoneCall("15", question)).post("/requests").then().spec(problem(403));
        cantalOrganiser().get("/cases").then().spec(problem(403));
    }

    @Test
    void a_department_outside_the_organisers_territory_is_refused_and_nothing_is_logged() {
        String question = "Hors territoire " + UUID.randomUUID();

        cantalOrganiser().body(metAtAnEvent("19", question)).post("/requests/referrals").then().spec(problem(403));

        assertThat(listed(Actors.correspondant("correspondant-correze", "19"), question),
                nullValue());
    }

    @Test
    void someone_nobody_can_contact_or_an_incomplete_referral_is_a_problem_and_logs_nothing() {
        String question = "Sans contact " + UUID.randomUUID();
        Map<String, Object> noContact = metAtAnEvent("15", question);
        noContact.put("requester", Map.of("firstName", "Inès", "lastName", "Moreau"));

        cantalOrganiser().body(noContact).post("/requests/referrals").then().spec(problem(400))
                .body("errors[0].field", equalTo("requester"));
        Map<String, Object> incomplete = metAtAnEvent("15", "");
        incomplete.remove("channel");
        incomplete.remove("requester");
        cantalOrganiser().body(incomplete).post("/requests/referrals").then().spec(problem(400))
                .body("errors.field", hasItems("channel", "requester", "question"));

        cantalCorrespondant().get("/requests?limit=100").then().statusCode(200).body("items.question", not(hasItem(question)));
    }

    @Test
    void a_correspondant_refers_too_but_a_doctor_or_nobody_cannot() {
        String question = "Référé par le correspondant " + UUID.randomUUID();
        cantalCorrespondant().body(metAtAnEvent("15", question)).post("/requests/referrals").then().statusCode(201);
        assertThat(listed(cantalCorrespondant(), question), notNullValue());

        Actors.claire().body(metAtAnEvent("15", "?")).post("/requests/referrals").then().spec(problem(403));
        Actors.anonymous().body(metAtAnEvent("15", "?")).post("/requests/referrals")
                .then().statusCode(401);
        Actors.partner("referral-partner").body(metAtAnEvent("15", "?")).post("/requests/referrals").then().spec(problem(403));
    }
}
