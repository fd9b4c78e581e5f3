package fr.guichet.desk.contact;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The API's public operation behind the contact page. */
@Path("/api")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface ContactApi {

    /**
     * submitQuickRequest: 202 for every submission it accepts, a robot's (the honeypot filled) as a person's, so the
     * page shows the same confirmation whatever the API made of it. The visitor's address goes along: the gateway,
     * which trusts the desk's X-Forwarded-For, counts each visitor's submissions apart rather than the desk's.
     */
    @POST
    @Path("requests/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    void submitQuickRequest(@HeaderParam("X-Forwarded-For") String visitor, Submission submission);

    /** A QuickRequestSubmission: the codes as the form's selects give them, the API checks them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Submission(String firstName, String lastName, String email, String profession, String careerStage,
            String subject, String department, String commune, String question, String website) {
    }
}
