package fr.guichet.welcome.offer;

import static fr.guichet.testsupport.Problems.problem;
import static fr.guichet.welcome.Events.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.AidsServiceStub;
import fr.guichet.welcome.Offers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Organisers write, change, publish, fill and withdraw their organisation's offers; the policy keeps the others'. */
@QuarkusTest
class OfferTest {

    private static final String MENDE = "48095";

    @Inject
    EntityManager em;

    private static Map<String, Object> job() {
        return Offers.job48(MENDE, LocalDate.now(), Offers.marker());
    }

    @Test
    void an_offer_is_created_as_a_draft_of_the_organisers_organisation() {
        Offers.organiser48().body(job()).post("/offers").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("organisation", equalTo("CD-48")).body("kind", equalTo("JOB"))
                .body("job.position", equalTo("SALARIED")).body("housing", nullValue())
                .body("audiences", equalTo(List.of("REPLACEMENTS", "DOCTORS"))).body("publishedAt", nullValue());
    }

    @Test
    void a_housing_offer_keeps_its_rent_allowance_and_semesters() {
        Offers.organiser48().body(Offers.housing48(MENDE, LocalDate.now(), Offers.marker())).post("/offers").then().statusCode(201)
                .body("housing.type", equalTo("CO_LIVING")).body("housing.rentCents", equalTo(0))
                .body("housing.allowanceCovers", equalTo("Le loyer entier"))
                .body("housing.availability[0].semester", equalTo("2027-05")).body("housing.availability[0].places", equalTo(4))
                .body("job", nullValue());
    }

    @Test
    void a_draft_is_seen_only_by_its_organisers_and_the_departments_correspondants() {
        String id = Offers.create(Offers.organiser48(), job());

        Actors.anonymous().get("/offers/" + id).then().spec(problem(404));
        Actors.cpts47().get("/offers/" + id).then().spec(problem(404));
        Actors.correspondant("correspondant-12", "12").get("/offers/" + id).then().spec(problem(404));
        Offers.organiser48().get("/offers/" + id).then().statusCode(200).header("ETag", "\"0\"");
        Actors.correspondant("correspondant-48", "48").get("/offers/" + id).then().statusCode(200);
    }

    @Test
    void another_organisation_cannot_change_an_offer_forbidden_when_public_unknown_when_not() {
        String draft = Offers.create(Offers.organiser48(), job());
        String published = Offers.published(Offers.organiser48(), Offers.organiser48(), job());

        Actors.cpts47().header("If-Match", "\"0\"").post("/offers/" + draft + "/withdrawal").then().spec(problem(404));
        Actors.cpts47().header("If-Match", "\"1\"").post("/offers/" + published + "/withdrawal").then().spec(problem(403));
        Actors.cpts47().header("If-Match", "\"1\"").body(job()).put("/offers/" + published).then().spec(problem(403));
        Actors.correspondant("correspondant-48", "48").header("If-Match", "\"1\"").post("/offers/" + published + "/filling")
                .then().spec(problem(403));
    }

    @Test
    void an_offer_outside_the_organisers_territory_is_refused() {
        Actors.organiser41().body(job()).post("/offers").then().spec(problem(403));
        Actors.correspondant("correspondant-48", "48").body(job()).post("/offers").then().spec(problem(403));
    }

    @Test
    void a_description_that_does_not_hold_together_is_refused_and_nothing_is_written() {
        String marker = Offers.marker();
        Map<String, Object> job = Offers.job48(MENDE, LocalDate.now(), marker);
        Map<String, Object> housing = Offers.housing48(MENDE, LocalDate.now(), marker);

        refused(with(job, "job", null), "job");
        refused(with(job, "housing", housing.get("housing")), "housing");
        refused(with(job, "expiresOn", LocalDate.now().minusDays(1).toString()), "expiresOn");
        refused(with(with(job, "publishedFrom", LocalDate.now().plusDays(5).toString()), "expiresOn",
                LocalDate.now().plusDays(4).toString()), "expiresOn");
        refused(with(job, "communeInsee", "41018"), "communeInsee");
        refused(with(job, "communeInsee", "48999"), "communeInsee");
        refused(with(job, "audiences", List.of()), "audiences");
        refused(with(job, "contact", Map.of("name", "Service santé", "email", "pas une adresse")), "contact.email");
        refused(with(housing, "housing", Map.of("type", "CO_LIVING", "address", "Mende", "rentCents", -1,
                "availability", List.of(Map.of("semester", "2027-05", "places", 1)))), "housing.rentCents");
        refused(with(housing, "housing", Map.of("type", "CO_LIVING", "address", "Mende", "rentCents", 0,
                "availability", List.of(Map.of("semester", "2027-03", "places", 1)))), "housing.availability[0].semester");
        Offers.organiser48().body(with(job, "unknown", 1)).post("/offers").then().spec(problem(400));

        Number written = (Number) em.createNativeQuery("select count(*) from offer where description like :marker")
                .setParameter("marker", "%" + marker + "%").getSingleResult();
        assertEquals(0, written.intValue());
    }

    @Test
    void a_change_needs_the_current_version() {
        String id = Offers.create(Offers.organiser48(), job());
        Map<String, Object> changed = with(job(), "title", "Médecin généraliste salarié, temps partiel possible");

        Offers.organiser48().body(changed).put("/offers/" + id).then().spec(problem(428));
        Offers.organiser48().header("If-Match", "\"7\"").body(changed).put("/offers/" + id).then().spec(problem(412));
        Offers.organiser48().header("If-Match", "\"0\"").body(changed).put("/offers/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Médecin généraliste salarié, temps partiel possible"));
        Offers.organiser48().header("If-Match", "\"0\"").post("/offers/" + id + "/publication").then().spec(problem(412));
    }

    @Test
    void an_offer_is_published_then_filled_and_leaves_the_public_answers() {
        String id = Offers.published(Offers.organiser48(), Offers.organiser48(), job());
        Actors.anonymous().get("/offers/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue()).body("contact.email", equalTo("sante@lozere.example.fr"));

        Offers.organiser48().header("If-Match", "\"1\"").post("/offers/" + id + "/publication").then().spec(problem(409));
        Offers.organiser48().header("If-Match", "\"1\"").post("/offers/" + id + "/filling").then().statusCode(200)
                .body("status", equalTo("FILLED"));

        Actors.anonymous().get("/offers/" + id).then().spec(problem(404));
        Offers.organiser48().header("If-Match", "\"2\"").body(job()).put("/offers/" + id).then().spec(problem(409));
        Offers.organiser48().header("If-Match", "\"2\"").post("/offers/" + id + "/withdrawal").then().spec(problem(409));
    }

    @Test
    void a_withdrawn_offer_leaves_the_public_answers() {
        String id = Offers.published(Offers.organiser48(), Offers.organiser48(), job());
        Offers.organiser48().header("If-Match", "\"1\"").post("/offers/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Actors.anonymous().get("/offers/" + id).then().spec(problem(404));
        Offers.organiser48().get("/offers/" + id).then().statusCode(200);
    }

    @Test
    void the_managed_list_holds_the_organisations_offers_only() {
        String marker = Offers.marker();
        Offers.create(Offers.organiser48(), Offers.job48(MENDE, LocalDate.now(), marker));

        Offers.organiser48().queryParam("limit", 100).get("/offers/managed").then().statusCode(200)
                .body("items.organisation.unique()", equalTo(List.of("CD-48")))
                .body("items.findAll { it.description.contains('" + marker + "') }.size()", equalTo(1));
        Actors.cpts47().queryParam("limit", 100).get("/offers/managed").then().statusCode(200)
                .body("items.findAll { it.description.contains('" + marker + "') }.size()", equalTo(0));
        Actors.anonymous().get("/offers/managed").then().spec(problem(401));
    }

    @Test
    void while_aids_service_is_down_an_offer_cannot_be_placed_and_says_when_to_retry() {
        AidsServiceStub.dropConnections();
        try {
            Actors.organiser41().body(with(with(job(), "department", "41"), "communeInsee", "41269")).post("/offers")
                    .then().spec(problem(503)).header("Retry-After", "10");
        } finally {
            AidsServiceStub.answerNormally();
        }
    }

    private static void refused(Map<String, Object> offer, String field) {
        Offers.organiser48().body(offer).post("/offers").then().spec(problem(400)).body("errors[0].field", equalTo(field));
    }
}
