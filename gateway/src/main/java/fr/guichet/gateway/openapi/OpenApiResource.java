package fr.guichet.gateway.openapi;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.gateway.composition.AidsApi;
import fr.guichet.gateway.composition.CasesApi;
import fr.guichet.gateway.routing.GatewayConfig;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The merged OpenAPI document of the public API, as the gateway exposes it (public). */
@Path("/api/openapi")
public class OpenApiResource {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @RestClient
    AidsApi aids;

    @Inject
    @RestClient
    CasesApi cases;

    @Inject
    GatewayConfig routes;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonNode> document() {
        return Uni.combine().all().unis(fetch(aids.openapi("json")), fetch(cases.openapi("json"))).asTuple()
                .map(both -> new OpenApiMerger(json).merge(List.of(
                        new OpenApiMerger.Source("aids", routes.routes().get("aids-service").prefixes(), both.getItem1()),
                        new OpenApiMerger.Source("cases", routes.routes().get("cases-service").prefixes(), both.getItem2())),
                        realm + "/protocol/openid-connect/token", realm + "/protocol/openid-connect/auth"));
    }

    private static Uni<JsonNode> fetch(Uni<JsonNode> document) {
        return document.ifNoItem().after(TIMEOUT).fail().onFailure().transform(failure -> new ProblemException(
                Problem.of(503, "Service Unavailable", "A service's API description cannot be read for now.")));
    }
}
