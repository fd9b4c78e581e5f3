package fr.guichet.gateway.openapi;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.gateway.plumbing.ClockTicks;
import fr.guichet.gateway.routing.GatewayConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The public API document, merged from every routed service's own and kept for
 * {@code guichet.gateway.openapi.max-age}: readers (Swagger UI, client generators) ask for it far more
 * often than a service is redeployed, and each build reads every service. A failed build is not kept:
 * the next reader tries again.
 */
@ApplicationScoped
public class MergedDocument {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final String THE_DOCUMENT = "merged";
    private static final String AS_3_0 = "merged, OpenAPI 3.0.3";

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Inject
    OpenApiConfig openApi;

    @Inject
    Retirements retirements;

    private record Service(String name, List<String> prefixes, ServiceDocument document) {
    }

    private List<Service> services;
    private OpenApiMerger.Source gateway;
    private Cache<String, JsonNode> merged;

    @PostConstruct
    void connect() {
        services = config.routes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(route -> new Service(route.getKey().replaceFirst("-service$", ""), route.getValue().prefixes(),
                        documentAt(route.getValue().target())))
                .toList();
        gateway = new OpenApiMerger.Source("gateway", "", List.of("/api/"), false,
                SmallRyeDocuments.ownDocument(ConfigProvider.getConfig(), json));
        merged = Caffeine.newBuilder().expireAfterWrite(openApi.maxAge()).ticker(ClockTicks.of(clock)).build();
    }

    public Uni<JsonNode> get() {
        JsonNode kept = merged.getIfPresent(THE_DOCUMENT);
        return kept != null ? Uni.createFrom().item(kept) : build().invoke(built -> merged.put(THE_DOCUMENT, built));
    }

    /** The same document in OpenAPI 3.0.3's forms, kept as long. */
    public Uni<JsonNode> getAsOpenApi30() {
        JsonNode kept = merged.getIfPresent(AS_3_0);
        return kept != null ? Uni.createFrom().item(kept)
                : get().map(document -> SmallRyeDocuments.asOpenApi30(document, json)).invoke(written -> merged.put(AS_3_0, written));
    }

    private Uni<JsonNode> build() {
        List<Uni<OpenApiMerger.Source>> sources = services.stream()
                .map(service -> fetch(service.document()).map(
                        document -> new OpenApiMerger.Source(service.name(), "/api", service.prefixes(), true, document)))
                .toList();
        return Uni.join().all(sources).andFailFast().map(all -> new OpenApiMerger(json, openApi, retirements.all())
                .merge(Stream.concat(Stream.of(gateway), all.stream()).toList(),
                        realm + "/protocol/openid-connect/token", realm + "/protocol/openid-connect/auth"));
    }

    private static ServiceDocument documentAt(URI service) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(service).build(ServiceDocument.class);
    }

    private static Uni<JsonNode> fetch(ServiceDocument document) {
        return document.fetch().ifNoItem().after(FETCH_TIMEOUT).fail().onFailure().transform(failure -> new ProblemException(
                Problem.of(503, "Service Unavailable", "A service's API description cannot be read for now.")));
    }
}
