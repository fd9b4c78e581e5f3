package fr.guichet.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import fr.guichet.common.api.QueryParams;
import fr.guichet.common.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The rules every service's OpenAPI document keeps, applied once here rather than annotated on each method
 * (registered with {@code mp.openapi.filter}):
 * <ul>
 * <li>every 4xx/5xx answer is an RFC 9457 {@code Problem} (with {@code FieldError} items), as
 * {@code ProblemExceptionMappers} makes it;</li>
 * <li>a secured operation documents its 401 and 403; a public one says so with an empty {@code security}; one
 * that takes parameters or a body documents its 400 (a malformed path parameter is one, see UuidParameters); one
 * with no input to refuse, the 406 it still answers to an Accept it cannot meet;</li>
 * <li>no Java type is published as a schema: SmallRye registers the JDK's scalars (Instant, LocalDate, UUID...)
 * as components named after their class, and describes Jackson's JsonNode by its
 * getters; here they become inline strings with a format, and any JSON value;</li>
 * <li>a schema example is {@code example}, not the {@code examples} array older 3.0 tools reject;</li>
 * <li>the API's conventions for lists and concurrency: {@code limit} is a page size of 1 to 100 (default 20), an
 * {@code If-Match} is required, such an operation documents its 412 (stale) and 428 (missing), and its success
 * answers carry the new {@code ETag}.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String LIMIT = "limit";
    private static final String SCHEMAS = "#/components/schemas/";

    private static final Map<String, Supplier<Schema>> JAVA_TYPES = Map.of(
            "Instant", () -> string("date-time"),
            "OffsetDateTime", () -> string("date-time"),
            "LocalDate", () -> string("date"),
            "UUID", () -> string("uuid"),
            "URI", () -> string("uri"),
            "JsonNode", () -> OASFactory.createSchema().description("Any JSON value"),
            "ObjectNode", () -> OASFactory.createSchema().addType(SchemaType.OBJECT));
    /** Reachable only from JsonNode's getters. */
    private static final Set<String> JACKSON_INTERNALS = Set.of("JsonNodeType");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && LIMIT.equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(QueryParams.MAX_LIMIT))
                    .defaultValue(QueryParams.DEFAULT_LIMIT));
            parameter.setDescription("Page size: 1 to " + QueryParams.MAX_LIMIT + ", default " + QueryParams.DEFAULT_LIMIT);
        }
        if (parameter.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
            parameter.setRequired(Boolean.TRUE);
            parameter.setDescription("The ETag of your last read: the change applies only to that version (412 when "
                    + "it moved on, 428 without If-Match)");
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).example("\"3\""));
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        inlineJavaType(schema);
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            if (schema.getExample() == null) {
                schema.setExample(schema.getExamples().get(0));
            }
            schema.setExamples(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() != null) {
            JAVA_TYPES.keySet().forEach(components::removeSchema);
            JACKSON_INTERNALS.forEach(components::removeSchema);
        }
        components.addSchema(PROBLEM, ProblemSchemas.problem(SCHEMAS + FIELD_ERROR));
        components.addSchema(FIELD_ERROR, ProblemSchemas.fieldError());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(this::documentAnswers);
    }

    private void documentAnswers(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of());
        } else {
            addIfAbsent(responses, "401", "No valid bearer token");
            addIfAbsent(responses, "403", "Your role does not allow this operation");
        }
        if (conditional) {
            addIfAbsent(responses, "412", "Stale If-Match");
            addIfAbsent(responses, "428", "If-Match missing");
        }
        if (operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            addIfAbsent(responses, "400", "A malformed or invalid parameter or body; errors names each one");
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(status -> status.startsWith("4"))) {
            addIfAbsent(responses, "406", "Accept names no type this operation answers in");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (conditional && status.startsWith("2") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(HttpHeaders.ETAG))) {
                response.addHeader(HttpHeaders.ETAG, etag());
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM))));
            }
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
    }

    private static void inlineJavaType(Schema schema) {
        String ref = schema.getRef();
        if (ref == null || !ref.startsWith(SCHEMAS)) {
            return;
        }
        Supplier<Schema> inline = JAVA_TYPES.get(ref.substring(SCHEMAS.length()));
        if (inline == null) {
            return;
        }
        Schema replacement = inline.get();
        schema.setRef(null);
        schema.setType(replacement.getType());
        schema.setFormat(replacement.getFormat());
        if (schema.getDescription() == null) {
            schema.setDescription(replacement.getDescription());
        }
    }

    /** The header that answers carry for the client's next If-Match. */
    private static Header etag() {
        return OASFactory.createHeader().description("The version after this change, to send in the next If-Match")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).example("\"4\""));
    }

    private static Schema string(String format) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format(format);
    }
}
