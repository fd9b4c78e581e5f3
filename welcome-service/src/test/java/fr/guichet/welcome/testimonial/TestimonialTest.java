package fr.guichet.welcome.testimonial;

import static fr.guichet.welcome.Events.problem;
import static fr.guichet.welcome.Testimonials.consent;
import static fr.guichet.welcome.Testimonials.draft;
import static fr.guichet.welcome.Testimonials.etag;
import static fr.guichet.welcome.Testimonials.settledInBlois;
import static fr.guichet.welcome.Testimonials.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Mailbox;
import fr.guichet.welcome.Testimonials;
import fr.guichet.store.mail.MailSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Testimonials: written by an organiser of the territory, published with the person's consent, withdrawable at any time. */
@QuarkusTest
class TestimonialTest {

    @Inject
    MailSender mailSender;

    private static String unique(String title) {
        return title + " " + System.nanoTime();
    }

    @Test
    void a_draft_is_seen_by_its_organisers_and_the_departments_correspondants_not_by_the_public() {
        String title = unique("Brouillon");
        String id = draft(Actors.organiser41(), settledInBlois(title));

        Actors.organiser41().get("/testimonials/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .header("ETag", equalTo("\"0\""));
        Actors.correspondant41().get("/testimonials/" + id).then().statusCode(200);
        Actors.anonymous().get("/testimonials/" + id).then().spec(problem(404));
        Actors.cpts47().get("/testimonials/" + id).then().spec(problem(404));
        Actors.anonymous().get("/testimonials?department=41&limit=100").then().statusCode(200)
                .body("items.title", not(hasItem(title)));
    }

    @Test
    void publishing_needs_the_persons_recorded_consent() {
        String id = draft(Actors.organiser41(), settledInBlois(unique("Sans accord")));

        Actors.organiser41().header("If-Match", "\"0\"").post("/testimonials/" + id + "/publication").then().spec(problem(422));
        Actors.anonymous().get("/testimonials/" + id).then().spec(problem(404));
    }

    @Test
    void the_consent_records_who_when_and_the_wording_and_gives_the_withdrawal_link_once() {
        String id = draft(Actors.organiser41(), settledInBlois(unique("Accord")));

        Testimonials.consentRecorded(Actors.organiser41(), Actors.organiser41(), id, false)
                .header("ETag", equalTo("\"1\""))
                .body("testimonial.consent.recordedBy", equalTo("organisateur-41"))
                .body("testimonial.consent.recordedAt", notNullValue())
                .body("testimonial.consent.wordingVersion", equalTo("temoignage-2026-01"))
                .body("withdrawalToken", notNullValue())
                .body("withdrawalUrl", startsWith("http://localhost:8080/temoignages/retrait?jeton="));

        Actors.organiser41().get("/testimonials/" + id).then().statusCode(200).body("consent.photoConsent", equalTo(false))
                .body("$", not(org.hamcrest.Matchers.hasKey("withdrawalToken")));
    }

    @Test
    void a_published_testimonial_is_read_by_anyone_with_its_aids_codes_and_no_consent_record() {
        String title = unique("Installée à Blois");
        String id = Testimonials.published(settledInBlois(title))[0];

        Actors.anonymous().get("/testimonials/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("aidCodes", equalTo(List.of("CESP"))).body("consent", nullValue())
                .body("photoRef", equalTo("https://media.example.fr/claire.jpg"));
        Actors.anonymous().get("/testimonials?department=41&limit=100").then().statusCode(200).body("items.title", hasItem(title));
        Actors.anonymous().get("/testimonials?aid=CESP&limit=100").then().statusCode(200).body("items.title", hasItem(title));
        Actors.anonymous().get("/testimonials?aid=CAIM&limit=100").then().statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void the_photo_is_shown_only_with_the_persons_photo_consent() {
        String id = draft(Actors.organiser41(), settledInBlois(unique("Sans photo")));
        Testimonials.consentRecorded(Actors.organiser41(), Actors.organiser41(), id, false);
        Actors.organiser41().header("If-Match", "\"1\"").post("/testimonials/" + id + "/publication").then().statusCode(200);

        Actors.anonymous().get("/testimonials/" + id).then().statusCode(200).body("photoRef", nullValue());
    }

    @Test
    void a_withdrawn_testimonial_disappears_from_every_public_read() {
        String word = "transhumance" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String title = unique("Retiré");
        String id = Testimonials.published(with(settledInBlois(title), "story", "Une histoire de " + word + " en Sologne."))[0];
        Actors.anonymous().get("/testimonials?q=" + word).then().statusCode(200).body("items.id", hasItem(id));

        Actors.organiser41().header("If-Match", etag(Actors.organiser41(), id)).post("/testimonials/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("story", nullValue());

        Actors.anonymous().get("/testimonials/" + id).then().spec(problem(404));
        Actors.anonymous().get("/testimonials?limit=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        Actors.anonymous().get("/testimonials?department=41&limit=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        Actors.anonymous().get("/testimonials?aid=CESP&limit=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        Actors.anonymous().get("/testimonials?q=" + word).then().statusCode(200).body("items.id", not(hasItem(id)));
        Actors.organiser41().get("/testimonials/" + id).then().statusCode(200).body("title", nullValue())
                .body("author", nullValue()).body("withdrawnAt", notNullValue());
    }

    @Test
    void the_person_withdraws_with_the_link_mailed_to_them_and_a_second_click_changes_nothing() {
        String id = draft(Actors.organiser41(), settledInBlois(unique("Lien")));
        String email = "claire-" + System.nanoTime() + "@example.fr";
        Actors.organiser41().header("If-Match", "\"0\"").body(Map.of("wordingVersion", "temoignage-2026-01",
                "photoConsent", true, "email", email)).post("/testimonials/" + id + "/consent").then().statusCode(200);
        Actors.organiser41().header("If-Match", "\"1\"").post("/testimonials/" + id + "/publication").then().statusCode(200);
        mailSender.drain();
        String token = Mailbox.token(email);

        Actors.anonymous().body(Map.of("token", token)).post("/testimonials/withdrawals").then().statusCode(204);
        Actors.anonymous().body(Map.of("token", token)).post("/testimonials/withdrawals").then().statusCode(204);

        Actors.anonymous().get("/testimonials/" + id).then().spec(problem(404));
        Actors.organiser41().get("/testimonials/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Actors.anonymous().body(Map.of("token", "pas-un-jeton")).post("/testimonials/withdrawals").then().spec(problem(404));
        Actors.anonymous().body(Map.of()).post("/testimonials/withdrawals").then().spec(problem(400));
    }

    @Test
    void only_an_organiser_of_the_territory_writes_and_moderates() {
        Actors.organiser41().body(with(with(settledInBlois("Ailleurs"), "department", "47"), "communeInsee", "47157"))
                .post("/testimonials").then().spec(problem(403));
        Actors.correspondant41().body(settledInBlois("Correspondant")).post("/testimonials").then().spec(problem(403));
        Actors.anonymous().body(settledInBlois("Public")).post("/testimonials").then().spec(problem(401));

        String draftId = draft(Actors.organiser41(), settledInBlois(unique("Brouillon du 41")));
        Actors.cpts47().header("If-Match", "\"0\"").post("/testimonials/" + draftId + "/withdrawal").then().spec(problem(404));
        Actors.correspondant41().header("If-Match", "\"0\"").body(consent(true)).post("/testimonials/" + draftId + "/consent")
                .then().spec(problem(403));

        String publishedId = Testimonials.published(settledInBlois(unique("Publié du 41")))[0];
        Actors.cpts47().header("If-Match", etag(Actors.anonymous(), publishedId)).post("/testimonials/" + publishedId + "/withdrawal")
                .then().spec(problem(403));
    }

    @Test
    void changes_need_the_current_version() {
        String id = draft(Actors.organiser41(), settledInBlois(unique("Versions")));

        Actors.organiser41().body(settledInBlois("Sans If-Match")).put("/testimonials/" + id).then().spec(problem(428));
        Actors.organiser41().header("If-Match", "\"0\"").body(settledInBlois("Première")).put("/testimonials/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        Actors.organiser41().header("If-Match", "\"0\"").body(settledInBlois("Périmée")).put("/testimonials/" + id)
                .then().spec(problem(412));
        Actors.organiser41().header("If-Match", "\"0\"").post("/testimonials/" + id + "/publication").then().spec(problem(412));
    }

    @Test
    void a_change_after_the_consent_needs_the_persons_consent_again() {
        String[] published = Testimonials.published(settledInBlois(unique("Corrigé")));
        String id = published[0];

        Actors.organiser41().header("If-Match", etag(Actors.organiser41(), id)).body(settledInBlois("Corrigé, relu"))
                .put("/testimonials/" + id).then().statusCode(200).body("status", equalTo("DRAFT")).body("consent", nullValue());

        Actors.anonymous().get("/testimonials/" + id).then().spec(problem(404));
        Actors.organiser41().header("If-Match", etag(Actors.organiser41(), id)).post("/testimonials/" + id + "/publication")
                .then().spec(problem(422));
        Actors.anonymous().body(Map.of("token", published[1])).post("/testimonials/withdrawals").then().spec(problem(404));
    }

    @Test
    void aid_codes_are_checked_in_the_catalogue_and_nothing_is_written_on_bad_input() {
        String title = unique("Aide inconnue");
        Actors.organiser41().body(with(settledInBlois(title), "aidCodes", List.of("CESP", "AIDE_IMAGINAIRE")))
                .post("/testimonials").then().spec(problem(422));
        Actors.organiser41().body(with(settledInBlois(title), "videoUrl", "http://video.example.fr/claire"))
                .post("/testimonials").then().spec(problem(400));
        Actors.organiser41().body(with(settledInBlois(title), "communeInsee", "47157")).post("/testimonials").then().spec(problem(400));
        Actors.organiser41().body(with(settledInBlois(title), "aidCodes", List.of("cesp"))).post("/testimonials").then().spec(problem(400));
        Actors.organiser41().body(with(settledInBlois(title), "unknownField", 1)).post("/testimonials").then().spec(problem(400));

        Actors.organiser41().get("/testimonials/managed?limit=100").then().statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void a_retired_aid_still_counts_as_known() {
        draft(Actors.organiser41(), with(settledInBlois(unique("PTMG")), "aidCodes", List.of("PTMG", "CESP")));
    }

    @Test
    void the_public_list_refuses_malformed_filters() {
        Actors.anonymous().get("/testimonials?department=999").then().spec(problem(400));
        Actors.anonymous().get("/testimonials?aid=cesp").then().spec(problem(400));
        Actors.anonymous().get("/testimonials?cursor=abc").then().spec(problem(400));
    }
}
