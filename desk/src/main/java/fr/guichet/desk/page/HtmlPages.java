package fr.guichet.desk.page;

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
}
