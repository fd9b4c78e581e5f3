package fr.guichet.welcome.indicator;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.store.mail.MailSender;
import fr.guichet.testsupport.MovableClock;
import fr.guichet.testsupport.TestTokens;
import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.welcome.Offers;
import fr.guichet.welcome.Testimonials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * A year's figures over a known set of events, offers and testimonials. The year 2033 and two organisations of this
 * class's own are used by no other test, so the figures are exactly those seeded here:
 * <pre>
 * organisation A, Loir-et-Cher (41)
 *   day 1 (6 March, 2 places): 3 invited; Léa, Hugo confirmed, Inès waiting, Noé waiting then cancelled; Léa present;
 *                              Léa answers YES 5, Hugo MAYBE 4
 *   day 2 (11 March): Sami, Yuna confirmed and present; Sami NO 3, Yuna YES 5
 *   day 3 (31 December, 23:00 in Paris): nobody registered
 *   not counted: a draft, a cancelled event, an event starting at midnight on the 1st of January 2034 (counted in 2034)
 *   offers: a co-living house of 3 + 2 places (filled), a house of 2 places, a job; a draft; a job published at 00:30
 *           on the 1st of January 2034 (counted in 2034)
 *   testimonials: one published, one published then withdrawn; a draft
 * organisation B, Lot-et-Garonne (47)
 *   an evening (6 March): Zoé confirmed, answers YES 2; a job
 * </pre>
 */
@QuarkusTest
class IndicatorTest {

    private static final String ORGANISATION_A = "INDICATEURS-A-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ORGANISATION_B = "INDICATEURS-B-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Instant SEEDED_AT = Instant.parse("2033-03-01T08:00:00Z");
    /** When most tests read: every event of 2033 has ended. */
    private static final Instant READ_AT = Instant.parse("2034-02-01T08:00:00Z");

    private static boolean seeded;

    @Inject
    MovableClock clock;

    @Inject
    MailSender mailSender;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification organiserA() {
        return Actors.organiser("organisateur-indicateurs-a", ORGANISATION_A, "41");
    }

    private static RequestSpecification organiserB() {
        return Actors.organiser("organisateur-indicateurs-b", ORGANISATION_B, "47");
    }

    private static RequestSpecification correspondant() {
        return Actors.correspondant("correspondant-indicateurs", "41", "47");
    }

    private synchronized void seed() {
        if (seeded) {
            return;
        }
        clock.set(SEEDED_AT);
        String day1 = Events.published(organiserA(), organiserA(), Events.welcomeDay41(SEEDED_AT, 5, 2));
        organiserA().body(Map.of("emails", List.of(email("invite-1"), email("invite-2"), email("invite-3"))))
                .post("/events/" + day1 + "/invitations").then().statusCode(200);
        String lea = register(day1, "lea");
        String hugo = register(day1, "hugo");
        register(day1, "ines");
        register(day1, "noe");
        String day2 = Events.published(organiserA(), organiserA(), Events.welcomeDay41(SEEDED_AT, 10, 5));
        String sami = register(day2, "sami");
        String yuna = register(day2, "yuna");
        Events.published(organiserA(), organiserA(), at(Events.welcomeDay41(SEEDED_AT, 1, 5), "2033-12-31T22:00:00Z"));
        Events.published(organiserA(), organiserA(), at(Events.welcomeDay41(SEEDED_AT, 1, 5), "2033-12-31T23:00:00Z"));
        Events.create(organiserA(), Events.welcomeDay41(SEEDED_AT, 12, 5));
        String cancelled = Events.published(organiserA(), organiserA(), Events.welcomeDay41(SEEDED_AT, 7, 5));
        register(cancelled, "cancelled-event");
        organiserA().header("If-Match", Events.etag(organiserA(), cancelled)).post("/events/" + cancelled + "/cancellation")
                .then().statusCode(200);
        String evening = Events.published(organiserB(), organiserB(), Events.welcomeEvening47(SEEDED_AT, 5, 10));
        String zoe = register(evening, "zoe");
        mailSender.drain();
        Actors.anonymous().body(Map.of("token", Mailbox.token(email("noe")))).post("/registrations/cancellations")
                .then().statusCode(200);

        clock.set(Instant.parse("2033-03-07T08:00:00Z"));
        organiserA().body(Map.of("present", List.of(lea))).put("/events/" + day1 + "/attendance").then().statusCode(200);
        answer("lea", 5, "YES");
        answer("hugo", 4, "MAYBE");
        answer("zoe", 2, "YES");
        clock.set(Instant.parse("2033-03-12T08:00:00Z"));
        organiserA().body(Map.of("present", List.of(sami, yuna))).put("/events/" + day2 + "/attendance").then().statusCode(200);
        answer("sami", 3, "NO");
        answer("yuna", 5, "YES");

        clock.set(SEEDED_AT);
        LocalDate today = LocalDate.of(2033, 3, 1);
        String house = Offers.published(organiserA(), organiserA(), housing(today, List.of(places("2033-05", 3), places("2033-11", 2))));
        organiserA().header("If-Match", offerEtag(house)).post("/offers/" + house + "/filling").then().statusCode(200);
        Offers.published(organiserA(), organiserA(), housing(today, List.of(places("2033-11", 2))));
        Offers.published(organiserA(), organiserA(), job(today, "41", "41018"));
        Offers.create(organiserA(), job(today, "41", "41018"));
        Offers.published(organiserB(), organiserB(), job(today, "47", "47157"));

        publishTestimonial();
        String withdrawn = publishTestimonial();
        organiserA().header("If-Match", Testimonials.etag(organiserA(), withdrawn)).post("/testimonials/" + withdrawn + "/withdrawal")
                .then().statusCode(200);
        Testimonials.draft(organiserA(), Testimonials.settledInBlois("Un brouillon"));

        clock.set(Instant.parse("2033-12-31T23:30:00Z"));
        Offers.published(organiserA(), organiserA(), job(LocalDate.of(2034, 1, 1), "41", "41018"));
        seeded = true;
    }

    @Test
    void the_survey_intention_counts_roll_up_in_the_indicators() {
        Map<String, Object> figures = row(json(organiserA(), Map.of("year", "2033")), 0);

        assertEquals(4, figures.get("surveyAnswers"));
        assertEquals(2, figures.get("settlingYes"));
        assertEquals(1, figures.get("settlingMaybe"));
        assertEquals(1, figures.get("settlingNo"));
        assertEquals(4.3, figures.get("meanScore"));
    }

    @Test
    void an_organiser_reads_its_own_organisations_figures_only() {
        Map<String, Object> expected = indicators(2033, figuresOfA(), List.of(row(ORGANISATION_A, "41", figuresOfA())));

        assertEquals(expected, json(organiserA(), Map.of("year", "2033")));
        assertEquals(indicators(2033, figuresOfB(), List.of(row(ORGANISATION_B, "47", figuresOfB()))),
                json(organiserB(), Map.of("year", "2033")));
    }

    @Test
    void an_organiser_asking_for_another_organisation_is_refused() {
        seed();
        clock.set(READ_AT);

        organiserA().queryParams(Map.of("year", "2033", "organisation", ORGANISATION_B)).get("/welcome/indicators").then()
                .spec(problem(403));
        organiserA().queryParams(Map.of("year", "2033", "organisation", ORGANISATION_A)).get("/welcome/indicators").then()
                .statusCode(200).body("byOrganisationAndDepartment.organisation", equalTo(List.of(ORGANISATION_A)));
    }

    @Test
    void a_correspondant_reads_every_organisation_acting_in_their_departments() {
        Map<String, Object> total = figures(4, 3, 6, 1, 3, 5, 3.8, 3, 1, 1, 4, 1, 7, 5, 2, 1);

        assertEquals(indicators(2033, total, List.of(row(ORGANISATION_A, "41", figuresOfA()), row(ORGANISATION_B, "47", figuresOfB()))),
                json(correspondant(), Map.of("year", "2033")));
        assertEquals(indicators(2033, figuresOfB(), List.of(row(ORGANISATION_B, "47", figuresOfB()))),
                json(correspondant(), Map.of("year", "2033", "organisation", ORGANISATION_B)));
        assertEquals(indicators(2033, figuresOfB(), List.of(row(ORGANISATION_B, "47", figuresOfB()))),
                json(correspondant(), Map.of("year", "2033", "department", "47")));
        assertEquals(indicators(2033, figuresOfA(), List.of(row(ORGANISATION_A, "41", figuresOfA()))),
                json(Actors.correspondant("correspondant-loir-et-cher", "41"), Map.of("year", "2033")));
    }

    @Test
    void a_department_outside_the_callers_territory_is_refused() {
        organiserA().queryParams(Map.of("year", "2033", "department", "47")).get("/welcome/indicators").then().spec(problem(403));
        Actors.correspondant("correspondant-loir-et-cher", "41").queryParams(Map.of("year", "2033", "department", "47"))
                .get("/welcome/indicators").then().spec(problem(403));
    }

    @Test
    void invalid_parameters_are_refused_naming_them() {
        for (Map.Entry<String, String> wrong : Map.of("year", "deux-mille", "department", "4", "organisation", "x".repeat(101))
                .entrySet()) {
            correspondant().queryParam(wrong.getKey(), wrong.getValue()).get("/welcome/indicators").then()
                    .spec(problem(400)).body("errors.field", hasItem(wrong.getKey()));
        }
        correspondant().queryParam("year", "1899").get("/welcome/indicators").then().spec(problem(400));
    }

    @Test
    void the_indicators_are_also_served_as_csv() {
        seed();
        clock.set(READ_AT);

        String csv = correspondant().accept("text/csv").queryParam("year", "2033").get("/welcome/indicators").then()
                .statusCode(200).contentType(equalTo("text/csv;charset=UTF-8")).extract().asString();

        assertEquals(IndicatorCsv.COLUMNS + "\n"
                + "total,,,2033,4,3,6,1,3,5,3.8,3,1,1,4,1,7,5,2,1\n"
                + "organisation_department," + ORGANISATION_A + ",41,2033,3,3,5,1,3,4,4.3,2,1,1,3,1,7,5,2,1\n"
                + "organisation_department," + ORGANISATION_B + ",47,2033,1,0,1,0,0,1,2.0,1,0,0,1,0,0,0,0,0\n", csv);
    }

    @Test
    void the_indicators_are_json_unless_csv_is_asked_for() {
        seed();
        clock.set(READ_AT);

        organiserA().accept("*/*").get("/welcome/indicators").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void a_year_counts_by_french_dates_and_defaults_to_this_year() {
        Map<String, Object> in2034 = figures(1, 0, 0, 0, 0, 0, null, 0, 0, 0, 1, 0, 0, 0, 0, 0);

        assertEquals(indicators(2034, in2034, List.of(row(ORGANISATION_A, "41", in2034))), json(organiserA(), Map.of()));
        assertEquals(indicators(2034, in2034, List.of(row(ORGANISATION_A, "41", in2034))),
                json(organiserA(), Map.of("year", "2034")));
        Map<String, Object> nothing = figures(0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(indicators(2032, nothing, List.of()), json(organiserA(), Map.of("year", "2032")));
    }

    @Test
    void an_event_is_counted_once_it_has_ended() {
        seed();
        clock.set(Instant.parse("2033-06-01T08:00:00Z"));

        organiserA().queryParam("year", "2033").get("/welcome/indicators").then().statusCode(200)
                .body("total.eventsHeld", equalTo(2));
    }

    @Test
    void the_indicators_are_for_organisers_and_correspondants_only() {
        Actors.anonymous().get("/welcome/indicators").then().spec(problem(401));
        Actors.doctor().get("/welcome/indicators").then().spec(problem(403));
        Actors.organiserWithoutOrganisation().get("/welcome/indicators").then().spec(problem(403));
        Actors.organiser("organisateur-indicateurs-a", ORGANISATION_A).queryParam("year", "2033")
                .get("/welcome/indicators").then().statusCode(200).body("byOrganisationAndDepartment", equalTo(List.of()));
    }

    private static Map<String, Object> figuresOfA() {
        return figures(3, 3, 5, 1, 3, 4, 4.3, 2, 1, 1, 3, 1, 7, 5, 2, 1);
    }

    private static Map<String, Object> figuresOfB() {
        return figures(1, 0, 1, 0, 0, 1, 2.0, 1, 0, 0, 1, 0, 0, 0, 0, 0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(RequestSpecification as, Map<String, String> query) {
        seed();
        clock.set(READ_AT);
        return as.accept(ContentType.JSON).queryParams(query).get("/welcome/indicators").then().statusCode(200)
                .extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> indicators, int index) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) indicators.get("byOrganisationAndDepartment");
        return (Map<String, Object>) rows.get(index).get("figures");
    }

    private static Map<String, Object> indicators(int year, Map<String, Object> total, List<Map<String, Object>> rows) {
        Map<String, Object> indicators = new LinkedHashMap<>();
        indicators.put("year", year);
        indicators.put("total", total);
        indicators.put("byOrganisationAndDepartment", rows);
        return indicators;
    }

    private static Map<String, Object> row(String organisation, String department, Map<String, Object> figures) {
        return Map.of("organisation", organisation, "department", department, "figures", figures);
    }

    @SuppressWarnings("java:S107")
    private static Map<String, Object> figures(int eventsHeld, int invited, int registered, int waitingList, int present,
            int surveyAnswers, Double meanScore, int yes, int maybe, int no, int offersPublished, int offersFilled,
            int housingPlacesOffered, int housingPlacesTaken, int testimonialsPublished, int testimonialsWithdrawn) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("eventsHeld", eventsHeld);
        figures.put("invited", invited);
        figures.put("registered", registered);
        figures.put("waitingList", waitingList);
        figures.put("present", present);
        figures.put("surveyAnswers", surveyAnswers);
        figures.put("meanScore", meanScore);
        figures.put("settlingYes", yes);
        figures.put("settlingMaybe", maybe);
        figures.put("settlingNo", no);
        figures.put("offersPublished", offersPublished);
        figures.put("offersFilled", offersFilled);
        figures.put("housingPlacesOffered", housingPlacesOffered);
        figures.put("housingPlacesTaken", housingPlacesTaken);
        figures.put("testimonialsPublished", testimonialsPublished);
        figures.put("testimonialsWithdrawn", testimonialsWithdrawn);
        return figures;
    }

    private static String email(String name) {
        return name + "@indicateurs.example.fr";
    }

    private static String register(String event, String name) {
        return Actors.anonymous().body(Events.registrant(name, email(name))).post("/events/" + event + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    private static void answer(String name, int score, String intention) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("token", Mailbox.token(email(name)));
        answer.put("score", score);
        answer.put("settlingIntention", intention);
        answer.put("contactConsent", true);
        Actors.anonymous().body(answer).post("/registrations/survey-answers").then().statusCode(204);
    }

    /** The event moved to start at this instant, for 3 hours. */
    private static Map<String, Object> at(Map<String, Object> event, String startsAt) {
        Map<String, Object> moved = Events.with(event, "startsAt", startsAt);
        return Events.with(moved, "endsAt", Instant.parse(startsAt).plusSeconds(3 * 3600).toString());
    }

    private static Map<String, Object> places(String semester, int places) {
        return Map.of("semester", semester, "places", places);
    }

    private static Map<String, Object> housing(LocalDate today, List<Map<String, Object>> availability) {
        Map<String, Object> offer = inLoirEtCher(Offers.housing48("48095", today, Offers.marker()));
        offer.put("housing", Map.of("type", "CO_LIVING", "address", "3 rue du Puits, Blois", "rentCents", 0,
                "allowanceCovers", "Le loyer entier", "availability", availability));
        return offer;
    }

    private static Map<String, Object> job(LocalDate today, String department, String commune) {
        Map<String, Object> offer = Events.with(Offers.job48("48095", today, Offers.marker()), "department", department);
        offer.put("communeInsee", commune);
        return offer;
    }

    private static Map<String, Object> inLoirEtCher(Map<String, Object> offer) {
        Map<String, Object> moved = Events.with(offer, "department", "41");
        moved.put("communeInsee", "41018");
        return moved;
    }

    private static String offerEtag(String id) {
        return organiserA().get("/offers/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Written, consented to and published by organisation A; answers its id. */
    private static String publishTestimonial() {
        String id = Testimonials.draft(organiserA(), Testimonials.settledInBlois("Pourquoi je me suis installée à Blois"));
        Testimonials.consentRecorded(organiserA(), organiserA(), id, true);
        organiserA().header("If-Match", Testimonials.etag(organiserA(), id)).post("/testimonials/" + id + "/publication")
                .then().statusCode(200);
        return id;
    }
}
