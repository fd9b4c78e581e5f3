package fr.guichet.gateway.openapi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the one public API document from the services' own and the gateway's: their paths as the gateway
 * exposes them (under /api, only the routed prefixes), the answers the gateway itself may give (429, and 503
 * or 504 for a service that does not answer), one security requirement per operation naming the realm's
 * schemes, the tags and components they use (each name one definition), and the operations being retired.
 */
final class OpenApiMerger {

    /**
     * One document to merge: its paths are published under {@code mountedAt}, those under one of
     * {@code prefixes} only; {@code proxied}: the gateway forwards them to a service that may not answer.
     */
    record Source(String name, String mountedAt, List<String> prefixes, boolean proxied, JsonNode document) {
    }

    static final String BEARER = "bearer";
    static final String LOGIN = "guichet";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectMapper json;
    private final OpenApiConfig config;
    private final List<Retirements.Retirement> retirements;

    OpenApiMerger(ObjectMapper json, OpenApiConfig config, List<Retirements.Retirement> retirements) {
        this.json = json;
        this.config = config;
        this.retirements = retirements;
    }

    ObjectNode merge(List<Source> sources, String tokenUrl, String authorizationUrl) {
        Map<String, ObjectNode> paths = new TreeMap<>();
        Map<String, JsonNode> tags = new TreeMap<>();
        Components components = new Components();
        GatewayAnswers.addTo(components, json);
        for (Source source : sources) {
            components.add(source.name(), source.document().path("components"));
            source.document().path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
            source.document().path("paths").fields().forEachRemaining(path -> {
                String publicPath = source.mountedAt() + path.getKey();
                if (source.prefixes().stream().anyMatch(publicPath::startsWith)) {
                    if (paths.containsKey(publicPath)) {
                        throw new IllegalStateException(publicPath + " is described by two sources, " + source.name() + " among them");
                    }
                    paths.put(publicPath, publish(source, (ObjectNode) path.getValue().deepCopy()));
                }
            });
        }
        retire(paths);

        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        info(merged.putObject("info"));
        merged.putArray("servers").addObject().put("url", config.publicUrl().toString())
                .put("description", "The gateway: the API's one entry point");
        ArrayNode usedTags = merged.putArray("tags");
        operations(paths.values()).flatMap(operation -> StreamSupport.stream(operation.path("tags").spliterator(), false))
                .map(JsonNode::asText).distinct().sorted().map(tags::get).filter(Objects::nonNull).forEach(usedTags::add);
        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = merged.putObject("components");
        components.writeUsedBy(pathsNode, componentsNode);
        if (operations(paths.values()).anyMatch(operation -> !operation.path("security").isEmpty())) {
            securitySchemes(componentsNode, tokenUrl, authorizationUrl);
        }
        return merged;
    }

    private static Stream<ObjectNode> operations(Collection<ObjectNode> pathItems) {
        return pathItems.stream().flatMap(pathItem -> METHODS.stream().map(pathItem::get))
                .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    private void info(ObjectNode info) {
        info.put("title", "Guichet API").put("version", config.version())
                .put("description", "The one-stop shop for health professionals setting up practice, through its gateway.");
        info.putObject("contact").put("name", config.contact().name()).put("url", config.contact().url().toString())
                .put("email", config.contact().email());
        info.putObject("license").put("name", config.licence().name()).put("url", config.licence().url().toString());
    }

    private ObjectNode publish(Source source, ObjectNode pathItem) {
        JsonNode inherited = source.document().get("security");
        operations(List.of(pathItem)).forEach(operation -> {
            security(operation, inherited);
            GatewayAnswers.declareOn(operation, source.proxied());
        });
        return pathItem;
    }

    /**
     * A public operation keeps its explicit {@code []}; any other requirement of a service becomes the
     * gateway's: a bearer token, or a login through the realm (Swagger UI's), either one. An operation that
     * says nothing is left so: the lint names it.
     */
    private void security(ObjectNode operation, JsonNode inherited) {
        JsonNode declared = operation.has("security") ? operation.get("security") : inherited;
        if (declared == null) {
            return;
        }
        ArrayNode requirements = operation.putArray("security");
        if (!declared.isEmpty()) {
            requirements.addObject().putArray(BEARER);
            requirements.addObject().putArray(LOGIN);
        }
    }

    private void retire(Map<String, ObjectNode> paths) {
        for (Retirements.Retirement retirement : retirements) {
            JsonNode operation = paths.getOrDefault(retirement.path(), json.createObjectNode())
                    .get(retirement.method().toLowerCase());
            if (!(operation instanceof ObjectNode retired)) {
                throw new IllegalStateException("A deprecation names " + retirement.method() + " " + retirement.path()
                        + ", which the API does not have");
            }
            retired.put("deprecated", true);
            retired.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && response.getValue() instanceof ObjectNode answer) {
                    ObjectNode headers = answer.with("headers");
                    headers.putObject("Deprecation").put("description", "Deprecated since this date (RFC 9745)")
                            .put("example", retirement.deprecation()).putObject("schema").put("type", "string");
                    retirement.sunset().ifPresent(sunset -> headers.putObject("Sunset")
                            .put("description", "No longer answered after this date (RFC 8594)")
                            .put("example", sunset).putObject("schema").put("type", "string"));
                }
            });
        }
    }

    /** Bearer tokens from the realm; Swagger UI gets them through guichet-web (authorization code + PKCE). */
    private static void securitySchemes(ObjectNode components, String tokenUrl, String authorizationUrl) {
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token of the realm: client credentials for a partner application.");
        ObjectNode login = schemes.putObject(LOGIN).put("type", "oauth2")
                .put("description", "A person's login through the realm (authorization code with PKCE), as Swagger UI does.");
        ObjectNode flow = login.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", authorizationUrl).put("tokenUrl", tokenUrl);
        flow.putObject("scopes").put("openid", "Identity");
    }
}
