package fr.guichet.desk.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Turns every answer of the API over 399 into an {@link ApiProblem}, reading its problem document when it has one. */
@Provider
public class ApiProblems implements ResponseExceptionMapper<ApiProblem> {

    @Override
    public ApiProblem toThrowable(Response response) {
        Body body = readBody(response);
        String title = body == null || body.title() == null ? response.getStatusInfo().getReasonPhrase() : body.title();
        String detail = body == null ? null : body.detail();
        return new ApiProblem(response.getStatus(), title, detail, body == null ? List.of() : body.errors(),
                body == null ? Map.of() : body.members());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static Body readBody(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
            return null;
        }
        try {
            return response.readEntity(Body.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(String title, String detail, List<ApiProblem.FieldError> errors,
            @JsonAnySetter Map<String, Object> members) {
    }
}
