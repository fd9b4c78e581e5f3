package fr.guichet.common.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** The schemas of {@link fr.guichet.common.problem.Problem} and its field errors, as the services answer them. */
final class ProblemSchemas {

    private ProblemSchemas() {
    }

    static Schema problem(String fieldErrorRef) {
        return object("An RFC 9457 problem. Members beyond these may follow, such as the steps a refusal allows.")
                .addProperty("type", string("A URI naming the kind of problem").format("uri")
                        .example("https://guichet.example/problems/400"))
                .addProperty("title", string("Short summary of the kind of problem").example("Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .example(400))
                .addProperty("detail", string("What went wrong with this request").example("Field 'id' must be a UUID."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("For an invalid request: each offending field and why")
                        .items(OASFactory.createSchema().ref(fieldErrorRef)))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    static Schema fieldError() {
        return object("A field, parameter or header of the request that is invalid, and why")
                .addProperty("field", string("Its name, or its JSON path in the body").example("id"))
                .addProperty("message", string("Why it is refused").example("must be a UUID"))
                .required(List.of("field", "message"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
