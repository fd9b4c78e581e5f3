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

import fr.guichet.desk.api.UserToken;
import fr.guichet.desk.events.RegistrantStatus;
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
            RegistrantStatus registrantStatus, String faculty, Integer year, boolean present, Instant registeredAt) {

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
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

    record Attendance(List<UUID> present) {
    }
}
