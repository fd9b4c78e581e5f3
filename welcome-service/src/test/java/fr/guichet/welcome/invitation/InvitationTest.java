package fr.guichet.welcome.invitation;

import static fr.guichet.welcome.Events.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.welcome.Actors;
import fr.guichet.welcome.Events;
import fr.guichet.welcome.Mailbox;
import fr.guichet.store.mail.MailSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** An organiser mails invitations to a list; each address once per event, through the outbox. */
@QuarkusTest
class InvitationTest {

    @Inject
    MailSender mailSender;

    @Test
    void each_address_is_invited_once_per_event() {
        String event = Events.published(Actors.organiser41(), Actors.organiser41(), Events.welcomeDay41(Instant.now(), 30, 50));

        Actors.organiser41().body(Map.of("emails", List.of("invite.a@example.fr", "invite.b@example.fr", "Invite.A@example.fr")))
                .post("/events/" + event + "/invitations").then().statusCode(200)
                .body("invited", equalTo(2)).body("alreadyInvited", equalTo(0));
        Actors.organiser41().body(Map.of("emails", List.of("invite.a@example.fr", "invite.c@example.fr")))
                .post("/events/" + event + "/invitations").then().statusCode(200)
                .body("invited", equalTo(1)).body("alreadyInvited", equalTo(1));
        mailSender.drain();

        assertThat(Mailbox.of("invite.a@example.fr"), hasSize(1));
        assertThat(Mailbox.subject(Mailbox.last("invite.c@example.fr")), startsWith("Invitation : "));
        assertThat(Mailbox.body(Mailbox.last("invite.c@example.fr")), containsString("/evenements/" + event));
    }

    @Test
    void invitations_are_for_the_organisers_published_events() {
        String draft = Events.create(Actors.organiser41(), Events.welcomeDay41(Instant.now(), 30, 50));
        String theirs = Events.published(Actors.cpts47(), Actors.cpts47(), Events.welcomeEvening47(Instant.now(), 30, 50));
        Map<String, Object> list = Map.of("emails", List.of("invite.d@example.fr"));

        Actors.organiser41().body(list).post("/events/" + draft + "/invitations").then().spec(problem(409));
        Actors.organiser41().body(list).post("/events/" + theirs + "/invitations").then().spec(problem(403));
        Actors.cpts47().body(Map.of("emails", List.of())).post("/events/" + theirs + "/invitations").then().spec(problem(400));
        Actors.cpts47().body(Map.of("emails", List.of("pas une adresse"))).post("/events/" + theirs + "/invitations")
                .then().spec(problem(400));
    }
}
