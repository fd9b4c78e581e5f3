package fr.guichet.desk.page;

import java.util.function.Supplier;

import fr.guichet.desk.api.ApiProblem;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A page answered with a status of its own, e.g. a form shown again with its errors (400) or a refusal (409). */
public final class HtmlPages {

    private HtmlPages() {
    }

    public static Response withStatus(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /**
     * A form of a page the API refused: the page again, saying why, 403 when the thing is another's, else 409 (its
     * state moved on, or the version read is stale). The API's 404, 401 and failures go to the error pages instead.
     */
    public static Response refused(ApiProblem refused, Supplier<TemplateInstance> pageSayingWhy) {
        if (refused.isNotFound() || refused.isUnavailable() || refused.status() == 401) {
            throw refused;
        }
        return withStatus(refused.status() == 403 ? 403 : 409, pageSayingWhy.get());
    }
}
