package fr.guichet.desk.exchange;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.guichet.desk.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The exchange's forms, posted from any case page (the doctor's "Mon installation", the correspondant's case page):
 * each goes to the API with the user's token, then back (303) to the page it came from, {@code retour}. A refusal
 * the person can act on shows the form again, filled in, with the French explanation; the API decides who may do
 * what on which case, and a case the person may not see is the French 404 page.
 */
@Path("/dossiers")
public class ExchangeResource {

    @Inject
    Exchanges exchanges;

    @Inject
    @RestClient
    ExchangeApi api;

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance retry(Exchange exchange);
    }

    /** Roles: correspondant, doctor. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response postMessage(@PathParam("id") UUID caseId, @RestForm String message, @RestForm String interne,
            @RestForm String retour) {
        return send(caseId, retour, "#echange-messages", () -> exchanges.postMessage(caseId, message, "oui".equals(interne)));
    }

    /** Roles: correspondant, doctor. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response upload(@PathParam("id") UUID caseId, @RestForm FileUpload fichier, @RestForm String retour) {
        return send(caseId, retour, "#echange-documents",
                () -> exchanges.upload(caseId, fichier, null, FormState.DOCUMENT, null, Map.of()));
    }

    /** Roles: correspondant, doctor. The file passes through the desk: the browser never holds the API token. */
    @GET
    @Path("{id}/documents/{documentId}")
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response download(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId) {
        Response file = api.downloadDocument(caseId, documentId);
        Response.ResponseBuilder passed = Response.ok(file.readEntity(InputStream.class), file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (file.getLength() >= 0) {
            passed.header(HttpHeaders.CONTENT_LENGTH, file.getLength());
        }
        return passed.build();
    }

    /** Roles: correspondant, doctor (the API refuses the professional). */
    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response requestCorrection(@PathParam("id") UUID caseId, @RestForm String document, @RestForm String information,
            @RestForm String code, @RestForm String motif, @RestForm String note, @RestForm String retour) {
        return send(caseId, retour, "#echange-corrections",
                () -> exchanges.requestCorrection(caseId, document, information, code, motif, note));
    }

    /** Roles: correspondant, doctor (only the professional answers: the API decides). */
    @POST
    @Path("{id}/corrections/{correctionId}/reponse")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response answer(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @RestForm FileUpload fichier, @RestForm String message, @RestForm String retour) {
        return send(caseId, retour, "#echange-corrections", () -> exchanges.answer(caseId, correctionId, fichier, message));
    }

    /** Roles: correspondant, doctor (only the side that asked settles: the API decides). */
    @POST
    @Path("{id}/corrections/{correctionId}/acceptation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response accept(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId, @RestForm String retour) {
        return send(caseId, retour, "#echange-corrections", () -> exchanges.accept(caseId, correctionId));
    }

    /** Roles: correspondant, doctor (only the side that asked settles: the API decides). */
    @POST
    @Path("{id}/corrections/{correctionId}/reouverture")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response reopen(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @RestForm String motif, @RestForm String retour) {
        return send(caseId, retour, "#echange-corrections", () -> exchanges.reopen(caseId, correctionId, motif));
    }

    /** Roles: correspondant, doctor (only the side that asked settles: the API decides). */
    @POST
    @Path("{id}/corrections/{correctionId}/annulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public Response cancel(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId, @RestForm String retour) {
        return send(caseId, retour, "#echange-corrections", () -> exchanges.cancel(caseId, correctionId));
    }

    private Response send(UUID caseId, String retour, String anchor, Runnable action) {
        String back = ReturnPath.of(retour, viewer.homePath());
        try {
            action.run();
        } catch (Refused refused) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.retry(exchanges.withForm(caseId, back, refused.form()))).build();
        }
        return Response.seeOther(URI.create(back + anchor)).build();
    }
}
