package fr.guichet.desk.exchange;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operations of a case's exchange (thread, documents, correction requests), called as the person looking. */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api/cases/{id}")
public interface ExchangeApi {

    @GET
    @Path("/messages")
    List<Message> listMessages(@PathParam("id") UUID caseId);

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    Message postMessage(@PathParam("id") UUID caseId, NewMessage message);

    @GET
    @Path("/documents")
    List<CaseDocument> listDocuments(@PathParam("id") UUID caseId);

    @POST
    @Path("/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    CaseDocument uploadDocument(@PathParam("id") UUID caseId, ClientMultipartForm form);

    /** The file as the API sends it, with its type, length and name: the desk passes it on to the browser. */
    @GET
    @Path("/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    Response downloadDocument(@PathParam("id") UUID caseId, @PathParam("documentId") UUID documentId);

    @GET
    @Path("/corrections")
    List<Correction> listCorrections(@PathParam("id") UUID caseId);

    /** One request with its ETag, which every later step on it needs as If-Match. */
    @GET
    @Path("/corrections/{correctionId}")
    Response getCorrection(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId);

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    Correction requestCorrection(@PathParam("id") UUID caseId, NewCorrection correction);

    @POST
    @Path("/corrections/{correctionId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Correction answerCorrection(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CorrectionAnswer answer);

    @POST
    @Path("/corrections/{correctionId}/accept")
    Correction acceptCorrection(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("/corrections/{correctionId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    Correction reopenCorrection(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Reopening reopening);

    @POST
    @Path("/corrections/{correctionId}/cancel")
    Correction cancelCorrection(@PathParam("id") UUID caseId, @PathParam("correctionId") UUID correctionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    record NewMessage(String body, boolean internal) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record NewCorrection(UUID documentId, String information, CorrectionReason reasonCode, String reason,
            String internalNote) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record CorrectionAnswer(UUID documentId, String message) {
    }

    record Reopening(String reason) {
    }
}
