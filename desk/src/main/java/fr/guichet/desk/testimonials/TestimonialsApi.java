package fr.guichet.desk.testimonials;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The welcome API's testimonials: the public reads, the person's withdrawal by the token of their link, and what an
 * organiser does with their own token (write, record the person's consent, publish, withdraw).
 */
@Path("/api/testimonials")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface TestimonialsApi {

    /** listTestimonials: department, aid, cursor... as the API's query parameters; published ones only. */
    @GET
    TestimonialPage listTestimonials(@RestQuery Map<String, String> filters);

    /** getTestimonial: anyone reads a published one; its organisers also a draft or a withdrawn one. */
    @GET
    @Path("{id}")
    RestResponse<Testimonial> getTestimonial(@RestPath UUID id);

    /** withdrawOwnTestimonial, by the token of the person's link. */
    @POST
    @Path("withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    void withdrawOwn(Token token);

    /** listManagedTestimonials: the organisation's, whatever their status, newest first. */
    @GET
    @Path("managed")
    TestimonialPage listManaged(@RestQuery String cursor);

    /** createTestimonial: a draft of the organiser's organisation; 403 outside their territory. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<Testimonial> create(NewTestimonial testimonial);

    /** recordTestimonialConsent: the answer holds the person's withdrawal link, given this once only. */
    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<ConsentReceipt> recordConsent(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Consent consent);

    @POST
    @Path("{id}/publication")
    void publish(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("{id}/withdrawal")
    void withdraw(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TestimonialPage(List<Testimonial> items, String nextCursor) {
    }

    record Token(String token) {
    }

    /** A TestimonialInput: what the form gives, the API checks everything. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewTestimonial(String title, String story, String author, String videoUrl, String photoRef, String department,
            String communeInsee, String practiceMode, Integer settledYear, List<String> aidCodes) {
    }

    /** A TestimonialConsentInput; the e-mail, where the person's withdrawal link is mailed, is not kept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Consent(String wordingVersion, Boolean photoConsent, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsentReceipt(Testimonial testimonial, String withdrawalToken, String withdrawalUrl) {
    }
}
