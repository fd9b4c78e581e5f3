package fr.guichet.desk.requests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.guichet.desk.api.UserToken;
import fr.guichet.desk.requests.ApiBodies.CaseFromRequest;
import fr.guichet.desk.requests.ApiBodies.NewQuickRequest;
import fr.guichet.desk.requests.ApiBodies.RequestChanges;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The API's quick-request operations the request log uses, called with the correspondant's own token. */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api")
public interface QuickRequestsApi {

    /** listQuickRequests: the filters are the API's query parameters (q, status, channel, cursor...). */
    @GET
    @Path("requests")
    RequestPage listQuickRequests(@RestQuery Map<String, String> filters);

    /** getQuickRequest; its ETag is the version a change must send in If-Match. */
    @GET
    @Path("requests/{id}")
    RestResponse<QuickRequest> getQuickRequest(@RestPath UUID id);

    /** logQuickRequest: logged, and settled at once when it comes with its outcome. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    QuickRequest logQuickRequest(NewQuickRequest request);

    /** updateQuickRequest: fields left out stay as they are. */
    @PATCH
    @Path("requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    QuickRequest updateQuickRequest(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, RequestChanges changes);

    /** openCaseFromRequest: the request's facts prefill the case; the body adds what it lacks. */
    @POST
    @Path("requests/{id}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    OpenedCase openCaseFromRequest(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, CaseFromRequest facts);

    /** listPartnerOrganisations: where a request may be oriented. */
    @GET
    @Path("partners/organisations")
    List<Organisation> listPartnerOrganisations();
}
