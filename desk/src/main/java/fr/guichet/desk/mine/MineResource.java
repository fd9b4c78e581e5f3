package fr.guichet.desk.mine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.desk.api.ApiProblem;
import fr.guichet.desk.exchange.Exchange;
import fr.guichet.desk.exchange.Exchanges;
import fr.guichet.desk.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * "Mon installation": the doctor's own file, where it stands, what is left and what they must send, its plan, and
 * the exchange with the guichet. The API shows a doctor their own cases only: any other case is its 404, the French
 * "page introuvable".
 */
@Path(MineResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class MineResource {

    static final String PATH = "/mon-installation";

    @Inject
    Clock clock;

    @Inject
    @RestClient
    MineApi api;

    @Inject
    Exchanges exchanges;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance installation(InstallationFile mine, Exchange exchange, List<Me.Summary> otherCases);

        static native TemplateInstance noCase(List<Me.Summary> cases);
    }

    /** Roles: doctor. My current file (the first open one), or how to start one. */
    @GET
    @RolesAllowed(Viewer.DOCTOR)
    public TemplateInstance current() {
        Me me = api.me();
        if (me.current() == null) {
            if (me.degraded()) {
                throw new ApiProblem(503, "Service Unavailable", "The cases could not be read.", List.of());
            }
            return Templates.noCase(me.cases());
        }
        UUID id = me.current().id();
        List<Me.Summary> others = me.cases().stream().filter(c -> !c.id().equals(id)).toList();
        return page(me.current(), me.openTasks(), PATH, others);
    }

    /** Roles: doctor. Another of my files, e.g. a closed one; another doctor's is the API's 404. */
    @GET
    @Path("dossiers/{id}")
    @RolesAllowed(Viewer.DOCTOR)
    public TemplateInstance one(@PathParam("id") UUID id) {
        MyCase file = api.getCase(id);
        List<MyTask> open = api.listTasks(id).stream().filter(t -> !t.finished()).toList();
        return page(file, open, PATH + "/dossiers/" + id, List.of());
    }

    private TemplateInstance page(MyCase file, List<MyTask> openTasks, String path, List<Me.Summary> others) {
        InstallationFile mine = new InstallationFile(file, openTasks, plan(file.id()), LocalDate.now(clock));
        return Templates.installation(mine, exchanges.of(file.id(), path), others);
    }

    /** The plan, or null when it cannot be read just now: the rest of the page still helps. */
    private MyPlan plan(UUID id) {
        try {
            return api.getPlan(id);
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            return null;
        }
    }
}
