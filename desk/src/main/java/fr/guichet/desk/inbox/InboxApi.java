package fr.guichet.desk.inbox;

import java.util.Map;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.UserToken;
import fr.guichet.desk.requests.QuickRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The API's lists the correspondant's day starts from, called with their own token. */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api")
public interface InboxApi {

    /** listQuickRequests, of the correspondant's departments, newest first. */
    @GET
    @Path("requests")
    Page<QuickRequest> listQuickRequests(@RestQuery Map<String, String> filters);

    /** listCases, of the correspondant's departments. */
    @GET
    @Path("cases")
    Page<NewCase> listCases(@RestQuery Map<String, String> filters);

    /** listOverdueTasks: unfinished tasks due before today, earliest first. */
    @GET
    @Path("deadlines/overdue")
    Page<DueTask> listOverdueTasks(@RestQuery int limit);

    /** listDueSoonTasks: unfinished tasks due from today within the API's window, earliest first. */
    @GET
    @Path("deadlines/due-soon")
    Page<DueTask> listDueSoonTasks(@RestQuery int limit);
}
