package fr.guichet.desk.offers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The welcome API's offer operations an organiser's pages use, called with the organiser's own token. */
@Path("/api/offers")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface OrganiserOffersApi {

    /** createOffer: a draft of the organiser's organisation; 403 outside their territory. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Offer createOffer(NewOffer offer);

    /** listManagedOffers: the organisation's offers, every status, latest change first. */
    @GET
    @Path("managed")
    OfferPage listManagedOffers(@RestQuery String cursor);

    /** getOffer with the organiser's token (drafts and closed offers of theirs too); its ETag is the If-Match. */
    @GET
    @Path("{id}")
    RestResponse<Offer> getOffer(@RestPath UUID id);

    @POST
    @Path("{id}/publication")
    void publishOffer(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("{id}/filling")
    void fillOffer(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("{id}/withdrawal")
    void withdrawOffer(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    /** An OfferInput: codes as the form's choices give them, the API checks everything; one of job, internship, housing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewOffer(String kind, String title, String description, String department, String communeInsee,
            List<String> audiences, LocalDate publishedFrom, LocalDate expiresOn, Contact contact, Job job,
            Internship internship, Housing housing) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Contact(String name, String email, String phone) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Job(String position, String workplace, LocalDate startsOn) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Internship(String practice, String supervisor, List<Places> placesBySemester) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Housing(String type, String address, Long rentCents, String allowanceCovers, List<Places> availability) {
        }

        record Places(String semester, int places) {
        }
    }
}
