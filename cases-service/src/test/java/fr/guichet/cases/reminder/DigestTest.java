package fr.guichet.cases.reminder;

import static fr.guichet.cases.Cases.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import fr.guichet.store.mail.MailSender;
import fr.guichet.testsupport.MovableClock;
import fr.guichet.testsupport.SmtpServer;
import fr.guichet.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

/**
 * The daily digests of the Haute-Vienne (87), received by a real SMTP server. Each test takes days of its own: the
 * digest goes out once a day. The joint session is held on 4 January 2027; the Ordre's registration is due 90 days
 * later, on 4 April.
 */
@QuarkusTest
class DigestTest {

    private static final String LIMOGES = "87085";
    private static final String CAMILLE = "camille.durand@guichet.test";
    private static final Supplier<RequestSpecification> CAMILLE_S_DESK = () -> correspondant("camille", "Camille Durand", CAMILLE, "87");
    private static final Supplier<RequestSpecification> ORDRE = () -> Actors.partner("ordre-87", "ORDRE-87");
    private static final String ORDRE_ADDRESS = "greffe@ordre-87.test";

    @Inject
    DigestJob job;

    @Inject
    MailSender sender;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void organisations() throws Exception {
        Actors.guichetAdmin().body(Map.of("code", "ORDRE-87", "name", "Ordre des médecins de la Haute-Vienne", "kind", "ORDRE",
                "departments", List.of("87"), "contactEmail", ORDRE_ADDRESS)).post("/partners/organisations");
        Partners.register("URSSAF-87", "URSSAF", "87");
        SmtpServer.purge();
    }

    /** Each test starts with no day handled and no mail queued: the tests' days do not follow each other. */
    @BeforeEach
    void noHistory() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from job_run").executeUpdate();
            em.createNativeQuery("delete from mail_outbox").executeUpdate();
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification correspondant(String user, String name, String email, String... departments) {
        return given().auth().oauth2(TestTokens.forRole(user, "correspondant",
                Map.of("departments", List.of(departments), "email", email, "name", name))).contentType(ContentType.JSON);
    }

    /** A case of Camille's, at the joint session on 4 January 2027, for a professional with this address. */
    private String aLateCaseFor(String professionalAddress) {
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        Map<String, Object> request = Cases.newCase(Actors.RPPS_CLAIRE, LIMOGES);
        @SuppressWarnings("unchecked")
        Map<String, Object> professional = (Map<String, Object>) request.get("professional");
        professional.put("email", professionalAddress);
        String id = Cases.create(CAMILLE_S_DESK.get(), request);
        Cases.moveThrough(CAMILLE_S_DESK, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return id;
    }

    private static String reference(String caseId) {
        return CAMILLE_S_DESK.get().get("/cases/" + caseId).then().statusCode(200).extract().path("reference");
    }

    /** The clock at this French date and time (winter or summer time alike). */
    private void parisTime(String dateTime) {
        clock.set(java.time.LocalDateTime.parse(dateTime).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant());
    }

    private static String body(MimeMessage mail) {
        try {
            return ((String) mail.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_late_ordre_task_is_in_the_next_digest_in_french_and_only_once() {
        String id = aLateCaseFor("pro-late@example.org");
        parisTime("2027-04-06T10:00");

        assertThat(job.runDue(), greaterThan(0));
        assertThat(job.runDue(), equalTo(0));
        sender.drain();
        sender.drain();

        List<MimeMessage> received = SmtpServer.receivedBy(CAMILLE);
        assertThat(received, hasSize(1));
        assertThat(subject(received.get(0)), containsString("en retard"));
        assertThat(body(received.get(0)), allOf(containsString("Bonjour Camille Durand,"),
                containsString("mardi 6 avril 2027"), containsString("EN RETARD"),
                containsString(reference(id) + " · Inscription au tableau départemental de l'Ordre des médecins (ORDRE-87) : "
                        + "attendue le 04/04/2027, 2 jours de retard"),
                containsString("Pour ne plus le recevoir : http")));
    }

    @Test
    void two_replicas_running_the_job_at_once_send_one_digest() throws Exception {
        aLateCaseFor("pro-replicas@example.org");
        parisTime("2027-04-07T07:00");

        CountDownLatch start = new CountDownLatch(1);
        Supplier<Integer> replica = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return job.runDue();
        };
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(replica);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(replica);
        start.countDown();

        assertThat(first.get() == 0 || second.get() == 0, equalTo(true));
        sender.drain();
        assertThat(SmtpServer.receivedBy(CAMILLE), hasSize(1));
    }

    @Test
    void an_address_that_unsubscribed_gets_no_more_digests() {
        String dominique = "dominique.martel@guichet.test";
        Supplier<RequestSpecification> desk = () -> correspondant("dominique", "Dominique Martel", dominique, "87");
        desk.get().get("/cases").then().statusCode(200);
        aLateCaseFor("pro-unsubscribe@example.org");
        parisTime("2027-04-08T09:00");
        job.runDue();
        sender.drain();
        List<MimeMessage> first = SmtpServer.receivedBy(dominique);
        assertThat(first, hasSize(1));
        Matcher link = Pattern.compile("/api/reminders/unsubscribe\\?token=(\\S+)").matcher(body(first.get(0)));
        assertThat(link.find(), equalTo(true));

        Actors.anonymous().queryParam("token", link.group(1)).get("/reminders/unsubscribe").then().statusCode(200)
                .body(containsString("ne recevra plus"));
        parisTime("2027-04-09T09:00");
        job.runDue();
        sender.drain();

        assertThat(SmtpServer.receivedBy(dominique), hasSize(1));
        assertThat(SmtpServer.receivedBy(CAMILLE), hasSize(2));
    }

    @Test
    void a_forged_unsubscribe_token_is_refused() {
        Actors.anonymous().queryParam("token", "Y2FtaWxsZS5kdXJhbmRAZ3VpY2hldC50ZXN0.Zm9yZ2Vk").post("/reminders/unsubscribe")
                .then().spec(problem(400));
    }

    @Test
    void a_digest_the_smtp_server_refused_is_sent_once_when_it_is_back() throws Exception {
        aLateCaseFor("pro-smtp@example.org");
        SmtpServer.down();
        try {
            parisTime("2027-04-12T09:00");
            job.runDue();
            assertThat(sender.drain(), equalTo(0));
        } finally {
            SmtpServer.up();
        }
        clock.advance(Duration.ofMinutes(2));
        sender.drain();
        sender.drain();

        assertThat(SmtpServer.receivedBy(CAMILLE), hasSize(1));
    }

    @Test
    void a_service_down_at_seven_sends_the_day_s_digest_when_it_is_back_and_skips_the_days_it_missed() throws Exception {
        aLateCaseFor("pro-catch-up@example.org");
        parisTime("2027-11-12T07:00");
        job.runDue();
        sender.drain();
        SmtpServer.purge();
        parisTime("2027-11-15T06:30");
        assertThat("not before 07:00", job.runDue(), equalTo(0));

        parisTime("2027-11-15T10:00");
        assertThat(job.runDue(), greaterThan(0));
        parisTime("2027-11-15T16:00");
        assertThat(job.runDue(), equalTo(0));
        sender.drain();

        assertThat(SmtpServer.receivedBy(CAMILLE), hasSize(1));
        List<String> days = em.createNativeQuery("select day || ' ' || outcome from job_run where day > '2027-11-12' order by day",
                String.class).getResultList();
        assertThat(days, contains("2027-11-13 SKIPPED", "2027-11-14 SKIPPED", "2027-11-15 DONE"));
    }

    @Test
    void a_partner_organisation_gets_a_digest_of_its_own_tasks() {
        String id = aLateCaseFor("pro-partner@example.org");
        parisTime("2027-04-13T09:00");
        job.runDue();
        sender.drain();

        List<MimeMessage> received = SmtpServer.receivedBy(ORDRE_ADDRESS);
        assertThat(received, hasSize(1));
        assertThat(body(received.get(0)), allOf(containsString("Bonjour Ordre des médecins de la Haute-Vienne,"),
                containsString(reference(id) + " · Inscription au tableau"), not(containsString("URSSAF"))));
    }

    @Test
    void the_professional_is_told_what_is_still_expected_from_them() {
        String id = aLateCaseFor("pro-pieces@example.org");
        Partners.changeTask(ORDRE.get(), Cases.etag(CAMILLE_S_DESK.get(), id), id,
                Partners.taskId(CAMILLE_S_DESK, id, "ORDRE_REGISTRATION"),
                Map.of("missingPieces", List.of("Diplômes", "Extrait de casier judiciaire de moins de 3 mois")))
                .then().statusCode(200);
        parisTime("2027-04-14T09:00");
        job.runDue();
        sender.drain();

        List<MimeMessage> received = SmtpServer.receivedBy("pro-pieces@example.org");
        assertThat(received, hasSize(1));
        assertThat(subject(received.get(0)), equalTo("Guichet : ce qui est encore attendu de vous"));
        assertThat(body(received.get(0)), allOf(containsString("Bonjour Claire Martin,"),
                containsString("- dossier " + reference(id) + ", Inscription au tableau départemental de l'Ordre des médecins : "
                        + "Diplômes, Extrait de casier judiciaire de moins de 3 mois")));
    }

    @Test
    void the_professional_is_told_of_the_correction_requests_still_open() {
        String id = aLateCaseFor("pro-corrections@example.org");
        CAMILLE_S_DESK.get().body(Map.of("taskId", Partners.taskId(CAMILLE_S_DESK, id, "ORDRE_REGISTRATION"),
                        "information", "RIB du cabinet", "reason", "Le RIB joint est illisible"))
                .post("/cases/" + id + "/corrections").then().statusCode(201);
        ExtractableResponse<?> cancelled = CAMILLE_S_DESK.get()
                .body(Map.of("information", "Numéro de téléphone", "reason", "Erroné"))
                .post("/cases/" + id + "/corrections").then().statusCode(201).extract();
        CAMILLE_S_DESK.get().header("If-Match", cancelled.header("ETag"))
                .post("/cases/" + id + "/corrections/" + cancelled.path("id") + "/cancel").then().statusCode(200);
        parisTime("2027-04-14T09:00");
        job.runDue();
        sender.drain();

        List<MimeMessage> received = SmtpServer.receivedBy("pro-corrections@example.org");
        assertThat(received, hasSize(1));
        assertThat(body(received.get(0)), allOf(
                containsString("- dossier " + reference(id) + ", Inscription au tableau départemental de l'Ordre des médecins : "
                        + "RIB du cabinet (Le RIB joint est illisible)"),
                not(containsString("Numéro de téléphone"))));
    }

    @Test
    void nothing_to_say_no_digest() {
        String corsica = "ange.santoni@guichet.test";
        correspondant("ange", "Ange Santoni", corsica, "2B").get("/cases").then().statusCode(200);
        parisTime("2027-04-15T09:00");
        job.runDue();
        sender.drain();

        assertThat(SmtpServer.receivedBy(corsica), empty());
    }
}
