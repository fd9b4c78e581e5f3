package fr.guichet.desk.mine;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** What the doctor's own pages read, with the doctor's token: the API shows a doctor their own cases only. */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api")
public interface MineApi {

    /** The gateway's composed view: my cases, the current one and its open tasks. */
    @GET
    @Path("/me")
    Me me();

    @GET
    @Path("/cases/{id}")
    MyCase getCase(@PathParam("id") UUID caseId);

    @GET
    @Path("/cases/{id}/tasks")
    List<MyTask> listTasks(@PathParam("id") UUID caseId);

    @GET
    @Path("/cases/{id}/plan")
    MyPlan getPlan(@PathParam("id") UUID caseId);
}
