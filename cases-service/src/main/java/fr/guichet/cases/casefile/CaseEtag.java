package fr.guichet.cases.casefile;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Answers that carry the case's version as ETag, for the client's next If-Match. */
public final class CaseEtag {

    private CaseEtag() {
    }

    public static Response ok(Object body, int caseVersion) {
        return Response.ok(body).tag(tag(caseVersion)).build();
    }

    public static Response created(URI location, Object body, int caseVersion) {
        return Response.created(location).entity(body).tag(tag(caseVersion)).build();
    }

    private static EntityTag tag(int caseVersion) {
        return new EntityTag(String.valueOf(caseVersion));
    }
}
