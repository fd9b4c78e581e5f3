package fr.guichet.desk.organiser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.api.UserToken;
import fr.guichet.desk.events.RegistrantStatus;
import fr.guichet.desk.events.SettlingIntention;
import fr.guichet.desk.events.WelcomeEvent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The welcome API's operations an organiser's pages use, called with the organiser's own token. */
@Path("/api/events")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface OrganiserApi {

    /** createEvent: a draft of the organiser's organisation; 403 outside their territory. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    WelcomeEvent createEvent(NewEvent event);

    /** listManagedEvents: the organisation's events, drafts included, latest first. */
    @GET
    @Path("managed")
    ManagedPage listManagedEvents(@RestQuery String cursor);

    /** getEvent; its ETag is the version publishing or cancelling must send. */
    @GET
    @Path("{id}")
    RestResponse<WelcomeEvent> getEvent(@RestPath UUID id);

    /** listRegistrants, in order of registration. */
    @GET
    @Path("{id}/registrations")
    RegistrantPage listRegistrants(@RestPath UUID id, @RestQuery Integer limit);

    /** recordAttendance: the whole list each time, so sending it again changes nothing. */
    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    void recordAttendance(@RestPath UUID id, Attendance attendance);

    /**
     * turnRegistrantIntoQuickRequest: a registrant who wants to settle and agrees to be contacted becomes a quick
     * request of the correspondants; 409 when already done, 422 when the survey does not say so.
     */
    @POST
    @Path("{id}/registrations/{registrationId}/quick-request")
    FollowUp turnIntoQuickRequest(@RestPath UUID id, @RestPath UUID registrationId);

    @POST
    @Path("{id}/publication")
    void publishEvent(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("{id}/cancellation")
    void cancelEvent(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManagedPage(List<WelcomeEvent> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistrantPage(List<Registrant> items, String nextCursor) {
    }

    /** A registration as the organiser reads it, with the person's contact (null once anonymised). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registrant(UUID id, String status, Integer waitingPosition, String firstName, String lastName, String email,
            RegistrantStatus registrantStatus, String faculty, Integer year, boolean present, Instant registeredAt,
            UUID quickRequestId, Survey survey) {

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }

        /**
         * Whether the button that hands them to the correspondant applies: they said after the event that they want to
         * settle (yes or maybe) and agree to be contacted, were not handed over already, and their data is still kept.
         */
        public boolean mayBeForwarded() {
            return quickRequestId == null && firstName != null && survey != null && survey.contactConsent()
                    && survey.settlingIntention() != SettlingIntention.NO;
        }

        public String standing() {
            return switch (status) {
                case "CONFIRMED" -> "Place confirmée";
                case "WAITING" -> "Liste d'attente (" + waitingPosition + ")";
                case "CANCELLED" -> "Annulée";
                default -> status;
            };
        }
    }

    /** What the registrant answered in the survey after the event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Survey(SettlingIntention settlingIntention, boolean contactConsent) {
    }

    /** The quick request of cases-service a registrant became. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUp(UUID registrationId, UUID quickRequestId, String linkedBy, Instant linkedAt) {
    }

    record Attendance(List<UUID> present) {
    }

    /** An EventInput: codes as the form's choices give them, the API checks everything. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewEvent(String kind, String title, Instant startsAt, Instant endsAt, String department, Place place,
            String onlineUrl, Audience audience, Integer capacity, String programme, List<String> partners) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Place(String communeInsee, String address) {
        }

        record Audience(List<Integer> studentYears, List<String> internSpecialties, boolean replacements) {
        }
    }
}
