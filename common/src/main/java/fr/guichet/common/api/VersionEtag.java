package fr.guichet.common.api;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Answers that carry a version as ETag, for the client's next If-Match (see {@link IfMatch}): a case's (also for what
 * changes with it, such as its tasks), a quick request's, an event's.
 */
public final class VersionEtag {

    private VersionEtag() {
    }

    public static Response ok(Object body, int version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    public static Response created(URI location, Object body, int version) {
        return Response.created(location).entity(body).tag(tag(version)).build();
    }

    private static EntityTag tag(int version) {
        return new EntityTag(String.valueOf(version));
    }
}
