package fr.guichet.desk.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The welcome API's public operations behind the events pages and the registrants' links. */
@Path("/api")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface EventsApi {

    /** listEvents: department, kind, cursor... as the API's query parameters. */
    @GET
    @Path("events")
    EventPage listEvents(@RestQuery Map<String, String> filters);

    /** getEvent: a published event; a draft or unknown one is the API's 404. */
    @GET
    @Path("events/{id}")
    WelcomeEvent getEvent(@RestPath UUID id);

    /** register: CONFIRMED while places remain, else WAITING with a position; 409 for an e-mail already in. */
    @POST
    @Path("events/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Registered register(@RestPath UUID id, Registration registration);

    /** cancelRegistration, by the token of the registrant's link. */
    @POST
    @Path("registrations/cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    Registered cancel(Token token);

    /** answerSurvey, by the token of the registrant's link. */
    @POST
    @Path("registrations/survey-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    void answerSurvey(SurveyAnswer answer);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventPage(List<WelcomeEvent> items, String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Registration(String firstName, String lastName, String email, String status, String faculty, Integer year) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registered(UUID eventId, String status, Integer waitingPosition) {
    }

    record Token(String token) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SurveyAnswer(String token, Integer score, String helped, String settlingIntention, Boolean contactConsent) {
    }
}
