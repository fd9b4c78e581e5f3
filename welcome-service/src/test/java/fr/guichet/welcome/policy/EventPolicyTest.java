package fr.guichet.welcome.policy;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may see and change which event: an organiser changes only its organisation's events (another's published event
 * is 403, a draft or an unknown id 404); a correspondant reads the events of their departments, drafts included.
 */
@QuarkusTest
class EventPolicyTest {

    private static Map<String, Object> cptsEvening() {
        return Events.welcomeEvening47(Instant.now(), 40, 30);
    }

    @Test
    void the_loir_et_cher_organiser_cannot_edit_the_cpts_published_event() {
        String id = Events.published(Actors.cpts47(), Actors.cpts47(), cptsEvening());
        String etag = Events.etag(Actors.anonymous(), id);

        Actors.organiser41().header("If-Match", etag).body(Events.with(cptsEvening(), "title", "Repris"))
                .put("/events/" + id).then().spec(problem(403));
        Actors.organiser41().header("If-Match", etag).post("/events/" + id + "/cancellation").then().spec(problem(403));
        Actors.organiser41().body(Map.of("present", List.of())).put("/events/" + id + "/attendance")
                .then().spec(problem(403));
        Actors.organiser41().get("/events/" + id + "/registrations").then().spec(problem(403));
        Actors.anonymous().get("/events/" + id).then().statusCode(200).body("title", equalTo("Soirée d'accueil des internes du Dropt"));
    }

    @Test
    void another_organisations_draft_is_not_found_rather_than_forbidden() {
        String draft = Events.create(Actors.cpts47(), cptsEvening());

        Actors.organiser41().header("If-Match", "\"0\"").body(cptsEvening()).put("/events/" + draft).then().spec(problem(404));
        Actors.organiser41().header("If-Match", "\"0\"").post("/events/" + draft + "/publication").then().spec(problem(404));
        Actors.organiser41().get("/events/" + draft).then().spec(problem(404));
        Actors.anonymous().get("/events/" + draft).then().spec(problem(404));
        Actors.cpts47().get("/events/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void an_unknown_event_is_not_found() {
        Actors.organiser41().header("If-Match", "\"0\"").body(Events.welcomeDay41(Instant.now(), 40, 30))
                .put("/events/" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void an_organiser_holds_events_only_in_its_territory() {
        Actors.organiser41().body(cptsEvening()).post("/events").then().spec(problem(403));
    }

    @Test
    void an_organiser_account_bound_to_no_organisation_holds_no_event() {
        Actors.organiserWithoutOrganisation().body(Events.welcomeDay41(Instant.now(), 40, 30)).post("/events")
                .then().spec(problem(403));
    }

    @Test
    void a_correspondant_reads_the_drafts_and_registrants_of_their_departments_and_changes_nothing() {
        String draft = Events.create(Actors.organiser41(), Events.welcomeDay41(Instant.now(), 40, 30));

        Actors.correspondant41().get("/events/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        Actors.correspondant41().get("/events/" + draft + "/registrations").then().statusCode(200);
        Actors.correspondant41().get("/events/managed").then().statusCode(200).body("items.id", hasItem(draft));
        Actors.correspondant41().header("If-Match", "\"0\"").post("/events/" + draft + "/publication").then().spec(problem(403));
        Actors.correspondant("correspondant-occitanie", "34", "46", "48").get("/events/" + draft).then().spec(problem(404));
    }

    @Test
    void an_organiser_lists_only_its_own_organisations_events() {
        String mine = Events.create(Actors.organiser41(), Events.welcomeDay41(Instant.now(), 41, 30));
        String theirs = Events.create(Actors.cpts47(), cptsEvening());

        Actors.organiser41().queryParam("limit", "100").get("/events/managed").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)));
    }

    @Test
    void other_roles_and_the_public_create_nothing() {
        Actors.doctor().body(Events.welcomeDay41(Instant.now(), 40, 30)).post("/events").then().spec(problem(403));
        Actors.anonymous().body(Events.welcomeDay41(Instant.now(), 40, 30)).post("/events").then().spec(problem(401));
        Actors.correspondant41().body(Events.welcomeDay41(Instant.now(), 40, 30)).post("/events").then().spec(problem(403));
    }
}
