package fr.guichet.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers the gateway itself gives, whatever the operation: 429 when a client exceeds its rate (every
 * operation), and for a forwarded operation 503 when its service cannot be reached and 504 when it does not
 * answer in time. Each is an RFC 9457 problem; 429 and 503 say when to try again.
 */
final class GatewayAnswers {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private GatewayAnswers() {
    }

    static void addTo(Components components, ObjectMapper json) {
        components.put("gateway", "responses", "TooManyRequests",
                answer(json, "Too many requests from this client: try again after Retry-After seconds.", true));
        components.put("gateway", "responses", "ServiceUnavailable",
                answer(json, "The service behind this operation cannot be reached for now: try again after Retry-After seconds.", true));
        components.put("gateway", "responses", "GatewayTimeout",
                answer(json, "The service behind this operation did not answer in time: the request may or may not have been applied.", false));
    }

    static void declareOn(ObjectNode operation, boolean forwarded) {
        ObjectNode responses = operation.with("responses");
        refer(responses, "429", "TooManyRequests");
        if (forwarded) {
            refer(responses, "503", "ServiceUnavailable");
            refer(responses, "504", "GatewayTimeout");
        }
    }

    private static void refer(ObjectNode responses, String status, String answer) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", "#/components/responses/" + answer);
        }
    }

    private static ObjectNode answer(ObjectMapper json, String description, boolean retryAfter) {
        ObjectNode answer = json.createObjectNode().put("description", description);
        if (retryAfter) {
            answer.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before trying again")
                    .putObject("schema").put("type", "integer").put("minimum", 1);
        }
        answer.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM);
        return answer;
    }
}
