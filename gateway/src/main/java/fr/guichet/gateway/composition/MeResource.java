package fr.guichet.gateway.composition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.guichet.common.problem.Problem;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The doctor's home view, composed from cases-service with the doctor's own token: their cases, then, in
 * parallel, the current case (the first open one), its tasks not yet finished and its project's
 * eligibility, which cases-service asks of aids-service. What is open or finished is cases-service's word.
 * A part that fails or is slow is left empty and the answer is flagged as degraded.
 */
@Path("/api/me")
@Tag(name = "Me", description = "The signed-in professional's own view, composed from the services")
public class MeResource {

    static final String CASES_SERVICE = "cases-service";
    /** The eligibility is aids-service's answer, only relayed by cases-service: its failure is aids-service's. */
    static final String AIDS_SERVICE = "aids-service";
    private static final int CASES_SHOWN = 20;

    @Inject
    @RestClient
    CasesApi cases;

    @GET
    @RolesAllowed("doctor")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "The signed-in doctor's home view", description = """
            Their cases, the current one (the first open) with its open tasks, and what its project can get. A part \
            a service could not give is left empty, with `degraded` true and `unavailable` naming the service.
            Roles: doctor.""")
    @APIResponse(responseCode = "200", description = "The home view, complete or degraded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyCaseView.class)))
    @APIResponse(responseCode = "401", description = "No token, or not a valid one", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a doctor", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<MyCaseView> me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Part.of(cases.list(authorization, CASES_SHOWN), CASES_SERVICE).chain(list -> {
            List<CasesViews.Summary> summaries = list.value() == null ? List.of() : list.value().items();
            Optional<CasesViews.Summary> current = summaries.stream().filter(CasesViews.Summary::open).findFirst();
            if (current.isEmpty()) {
                return Uni.createFrom().item(MyCaseView.of(summaries, null, List.of(), null, List.of(list)));
            }
            UUID id = current.get().id();
            return Uni.combine().all().unis(
                    Part.of(cases.get(authorization, id), CASES_SERVICE),
                    Part.of(cases.tasks(authorization, id), CASES_SERVICE),
                    Part.of(eligibility(authorization, id), AIDS_SERVICE)).asTuple()
                    .map(parts -> MyCaseView.of(summaries, parts.getItem1().value(), openTasks(parts.getItem2().value()),
                            parts.getItem3().value(), List.of(list, parts.getItem1(), parts.getItem2(), parts.getItem3())));
        });
    }

    /** A project the simulator cannot read yet (422, e.g. no commune) has no eligibility: nothing is down. */
    private Uni<Eligibility> eligibility(String authorization, UUID id) {
        return cases.eligibility(authorization, id).onFailure(MeResource::refusedProject).recoverWithNull();
    }

    private static boolean refusedProject(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 422;
    }

    private static List<CasesViews.Task> openTasks(List<CasesViews.Task> tasks) {
        return tasks == null ? List.of() : tasks.stream().filter(task -> !task.finished()).toList();
    }
}
