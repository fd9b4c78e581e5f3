package fr.guichet.desk.simulator;

import java.util.List;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The simulator's public operations of the API: find a commune by name, simulate a project. */
@Path("/api")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface SimulatorApi {

    /** searchCommunes */
    @GET
    @Path("territories/communes")
    List<Commune> searchCommunes(@QueryParam("q") String name, @QueryParam("limit") int limit);

    /** simulateEligibility */
    @POST
    @Path("eligibility")
    Simulation simulateEligibility(Project project);

    /** A commune found by its name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(String insee, String name, String departmentCode, Integer population) {
    }
}
