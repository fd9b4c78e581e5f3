package fr.guichet.desk.casefile;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** The API's case operations the correspondant's list and case page use, called with the user's own token. */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api/cases")
public interface CaseFilesApi {

    /** listCases: the filters are the API's query parameters (status, department, q, cursor...). */
    @GET
    CaseListPage listCases(@RestQuery Map<String, String> filters);

    /** getCaseFolder: the case and everything on it in one read; its ETag is the version a move must send. */
    @GET
    @Path("{id}/folder")
    RestResponse<CaseFolder.Read> getCaseFolder(@RestPath UUID id);

    /** moveCase: 422 when the step is refused (with allowed and missing), 412 when ifMatch is stale. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<CaseView> moveCase(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch, Move move);
}
