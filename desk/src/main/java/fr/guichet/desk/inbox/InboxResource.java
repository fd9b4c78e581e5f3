package fr.guichet.desk.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.page.Viewer;
import fr.guichet.desk.requests.QuickRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * "Ma journée": what waits for the correspondant in their departments, each item leading to its request or case.
 */
@Path("/accueil")
@Produces(MediaType.TEXT_HTML)
public class InboxResource {

    /** How many items of each list the page shows; the heading says when there are more. */
    static final int SHOWN = 10;
    /** How far back the cases partners sent are shown. */
    static final int PARTNER_DAYS = 30;

    @Inject
    Clock clock;

    @Inject
    @RestClient
    InboxApi api;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(Page<QuickRequest> openRequests, Page<NewCase> newCases, Page<DueTask> overdue,
                Page<DueTask> dueSoon, Page<NewCase> fromPartners, LocalDate today, LocalDate partnersSince);
    }

    /** Roles: correspondant. */
    @GET
    @RolesAllowed(Viewer.CORRESPONDANT)
    public TemplateInstance day() {
        LocalDate today = LocalDate.now(clock);
        LocalDate partnersSince = today.minusDays(PARTNER_DAYS);
        String limit = String.valueOf(SHOWN);
        return Templates.day(
                api.listQuickRequests(Map.of("status", "OPEN", "limit", limit)),
                api.listCases(Map.of("status", "RECEIVED", "limit", limit)),
                api.listOverdueTasks(SHOWN),
                api.listDueSoonTasks(SHOWN),
                api.listCases(Map.of("channel", NewCase.FROM_PARTNER, "createdFrom", partnersSince.toString(), "limit", limit)),
                today, partnersSince);
    }
}
