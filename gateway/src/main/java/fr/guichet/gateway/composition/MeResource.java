package fr.guichet.gateway.composition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The doctor's home view, composed from both services: their cases from cases-service, then, in
 * parallel, the current case's open tasks (cases-service) and its project's eligibility (aids-service).
 * A service that fails or is slow leaves its part empty and flags the answer as degraded.
 */
@Path("/api/me")
public class MeResource {

    private static final Logger LOG = Logger.getLogger(MeResource.class);
    private static final Duration PART_TIMEOUT = Duration.ofSeconds(3);
    private static final int CASES_SHOWN = 20;

    @Inject
    @RestClient
    CasesApi cases;

    @Inject
    @RestClient
    AidsApi aids;

    private record Part(JsonNode value, String failedService) {
        static Part failed(String service, Throwable failure) {
            LOG.warnf("/api/me without %s: %s", service, failure.toString());
            return new Part(null, service);
        }
    }

    @GET
    @RolesAllowed("doctor")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<MyCaseView> me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return guarded(cases.list(authorization, CASES_SHOWN), "cases-service").chain(list -> {
            List<JsonNode> summaries = list.value() == null ? List.of() : items(list.value().path("items"));
            Optional<JsonNode> current = summaries.stream().filter(MeResource::isOpen).findFirst();
            if (current.isEmpty()) {
                return Uni.createFrom().item(view(summaries, null, null, null, list));
            }
            String id = current.get().path("id").asText();
            return guarded(cases.get(authorization, id), "cases-service").chain(detail -> {
                Uni<Part> tasks = guarded(cases.tasks(authorization, id), "cases-service");
                Uni<Part> eligibility = detail.value() == null ? Uni.createFrom().item(new Part(null, null))
                        : guarded(aids.simulate(projectOf(detail.value())), "aids-service");
                return Uni.combine().all().unis(tasks, eligibility).asTuple()
                        .map(both -> view(summaries, detail, both.getItem1(), both.getItem2(), list));
            });
        });
    }

    private static Uni<Part> guarded(Uni<JsonNode> call, String service) {
        return call.ifNoItem().after(PART_TIMEOUT).fail()
                .map(value -> new Part(value, null))
                .onFailure().recoverWithItem(failure -> Part.failed(service, failure));
    }

    private static MyCaseView view(List<JsonNode> summaries, Part detail, Part tasks, Part eligibility, Part list) {
        List<String> unavailable = new ArrayList<>();
        for (Part part : new Part[] {list, detail, tasks, eligibility}) {
            if (part != null && part.failedService() != null && !unavailable.contains(part.failedService())) {
                unavailable.add(part.failedService());
            }
        }
        List<JsonNode> openTasks = tasks == null || tasks.value() == null ? List.of()
                : items(tasks.value()).stream().filter(t -> !isFinished(t.path("status").asText())).toList();
        return new MyCaseView(summaries, detail == null ? null : detail.value(), openTasks,
                eligibility == null ? null : eligibility.value(), !unavailable.isEmpty(), unavailable);
    }

    /** The project as the simulator reads it; without a planned date, the aids in force today. */
    private static JsonNode projectOf(JsonNode c) {
        ObjectNode project = JsonNodeFactory.instance.objectNode();
        JsonNode professional = c.path("professional");
        JsonNode plan = c.path("project");
        project.set("profession", professional.path("profession"));
        project.set("careerStage", professional.path("careerStage"));
        for (String field : List.of("targetCommune", "practiceMode", "coordinatedPractice", "sector", "onCallDuty",
                "daysPerWeek")) {
            if (!plan.path(field).isMissingNode() && !plan.path(field).isNull()) {
                project.set(field, plan.path(field));
            }
        }
        JsonNode start = plan.path("plannedStartDate");
        project.put("plannedStartDate", start.isTextual() ? start.asText() : LocalDate.now().toString());
        return project;
    }

    private static boolean isOpen(JsonNode summary) {
        String status = summary.path("status").asText();
        return !status.equals("CLOSED") && !status.equals("ABANDONED");
    }

    private static boolean isFinished(String status) {
        return status.equals("DONE") || status.equals("NOT_APPLICABLE");
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
