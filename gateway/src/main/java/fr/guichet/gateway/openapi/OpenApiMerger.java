package fr.guichet.gateway.openapi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the one public API document from the services' own: their paths as the gateway exposes them
 * (under /api, only the routed prefixes), their schemas (renamed with the service's name where two
 * services use one name differently), and the realm's security scheme.
 */
final class OpenApiMerger {

    record Source(String service, List<String> prefixes, JsonNode document) {
    }

    private final ObjectMapper json;

    OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode merge(List<Source> sources, String tokenUrl, String authorizationUrl) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "Guichet API").put("version", "1.0.0")
                .put("description", "The one-stop shop for health professionals setting up practice, through its gateway.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        securitySchemes(components, tokenUrl, authorizationUrl);
        for (Source source : sources) {
            JsonNode document = renameCollidingSchemas(source, schemas);
            document.path("components").path("schemas").fields()
                    .forEachRemaining(schema -> schemas.set(schema.getKey(), schema.getValue()));
            document.path("paths").fields().forEachRemaining(path -> {
                if (source.prefixes().stream().anyMatch(prefix -> ("/api" + path.getKey()).startsWith(prefix))) {
                    paths.set("/api" + path.getKey(), path.getValue());
                }
            });
        }
        return merged;
    }

    private JsonNode renameCollidingSchemas(Source source, ObjectNode known) {
        String text = source.document().toString();
        Map<String, String> renamed = new LinkedHashMap<>();
        source.document().path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode existing = known.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                renamed.put(schema.getKey(), source.service() + "_" + schema.getKey());
            }
        });
        for (Map.Entry<String, String> name : renamed.entrySet()) {
            text = text.replace("\"#/components/schemas/" + name.getKey() + "\"",
                    "\"#/components/schemas/" + name.getValue() + "\"");
        }
        ObjectNode document = read(text);
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        renamed.forEach((from, to) -> schemas.set(to, schemas.remove(from)));
        return document;
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A document the gateway rewrote does not read back", e);
        }
    }

    /** Bearer tokens from the realm; Swagger UI gets them through guichet-web (authorization code + PKCE). */
    private static void securitySchemes(ObjectNode components, String tokenUrl, String authorizationUrl) {
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        ObjectNode flow = schemes.putObject("guichet").put("type", "oauth2").putObject("flows")
                .putObject("authorizationCode");
        flow.put("authorizationUrl", authorizationUrl).put("tokenUrl", tokenUrl);
        flow.putObject("scopes").put("openid", "Identity");
    }
}
