package fr.guichet.gateway.composition;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * cases-service as the composed views read it, with the caller's own token; each call's request and
 * answer are those of a contract in contracts/cases-service.
 */
@RegisterRestClient(configKey = "cases-service")
public interface CasesApi {

    @GET
    @Path("/cases")
    Uni<CasesViews.Page> list(@HeaderParam("Authorization") String authorization, @QueryParam("limit") int limit);

    @GET
    @Path("/cases/{id}")
    Uni<CasesViews.Case> get(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/tasks")
    Uni<List<CasesViews.Task>> tasks(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** cases-service builds the project from the case and asks aids-service's simulator itself. */
    @GET
    @Path("/cases/{id}/eligibility")
    Uni<Eligibility> eligibility(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /**
     * An untyped document fetch, not a call of the composed views: the service's whole OpenAPI document,
     * which the gateway's merged one (openapi feature) reads as a JSON tree.
     */
    @GET
    @Path("/q/openapi")
    Uni<JsonNode> openapi(@QueryParam("format") String format);
}
