package fr.guichet.welcome.testimonial;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.common.api.Page;
import fr.guichet.common.api.QueryParams;
import fr.guichet.common.api.VersionEtag;
import fr.guichet.welcome.policy.Roles;
import fr.guichet.welcome.testimonial.TestimonialInputs.ConsentInput;
import fr.guichet.welcome.testimonial.TestimonialInputs.TestimonialInput;
import fr.guichet.welcome.testimonial.TestimonialInputs.WithdrawalInput;
import fr.guichet.welcome.testimonial.TestimonialView.ConsentReceipt;
import jakarta.annotation.security.PermitAll;
import fr.guichet.store.idempotency.IdempotencyKeyHeader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/testimonials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Testimonials", description = "Professionals' stories of settling in a territory, with the aids that helped: "
        + "published with the person's consent after an organiser's moderation, withdrawable at any time")
public class TestimonialResource {

    private static final String ETAG_DESCRIPTION = "The testimonial's version, for the next If-Match";
    private static final String NOT_YOURS = "Another organisation's testimonial";
    private static final String NOT_SEEN = "No such testimonial among those you may see";

    @Inject
    TestimonialService testimonials;

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTestimonial", summary = "Write a testimonial, as a draft of your organisation",
            description = "In one of your territory's departments. The aid codes are checked in the aid catalogue "
                    + "(aids-service). It stays a draft, seen by you and the department's correspondants only, until the "
                    + "person's consent is recorded and you publish it.\n\nRoles: organiser.")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestimonialView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The testimonial's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid fields: a commune outside the department, a link not https, "
            + "a year to come")
    @APIResponse(responseCode = "403", description = "A department outside your territory, or an account bound to no organisation")
    @APIResponse(responseCode = "422", description = "An aid code the catalogue does not know")
    @APIResponse(responseCode = "503", description = "The aid catalogue cannot be reached; nothing was saved")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body")
    public Response create(@BeanParam IdempotencyKeyHeader idempotencyKey, @Valid @NotNull TestimonialInput input) {
        TestimonialView view = testimonials.create(input, idempotencyKey.checked());
        return VersionEtag.created(URI.create("/testimonials/" + view.id()), view, view.version());
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTestimonials", summary = "The published testimonials, newest first",
            description = "Filters combine; `q` searches the title, story and author in French. Withdrawn testimonials "
                    + "are never listed.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<TestimonialView> list(
            @Parameter(description = "A department code", example = "48",
                    schema = @Schema(type = SchemaType.STRING, pattern = TestimonialInputs.DEPARTMENT)) @QueryParam("department") String department,
            @Parameter(description = "An aid that helped", example = "CESP",
                    schema = @Schema(type = SchemaType.STRING, pattern = TestimonialInputs.AID_CODE)) @QueryParam("aid") String aid,
            @Parameter(description = "Words searched in French", example = "montagne",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200)) @QueryParam("q") String text,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        TestimonialFilter filter = new TestimonialFilter(
                QueryParams.matching("department", department, TestimonialInputs.DEPARTMENT, "a department code such as 48"),
                QueryParams.matching("aid", aid, TestimonialInputs.AID_CODE, "an aid code such as CESP"),
                QueryParams.text("q", text, 1, 200));
        return testimonials.listPublished(filter, cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/managed")
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listManagedTestimonials", summary = "The testimonials you hold or oversee, whatever their status",
            description = "An organiser sees its organisation's; a correspondant, those of the departments they cover; "
                    + "with the consent's record.\n\nRoles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<TestimonialView> listManaged(
            @Parameter(schema = @Schema(implementation = TestimonialStatus.class)) @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return testimonials.listManaged(QueryParams.enumValue("status", status, TestimonialStatus.class), cursor,
                QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getTestimonial", summary = "One testimonial, with the codes of the aids that helped",
            description = "Anyone reads a published testimonial; a draft or a withdrawn one only its organisers and the "
                    + "correspondants of its department, with their token.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "The testimonial",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestimonialView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "404", description = NOT_SEEN)
    public Response get(@PathParam("id") UUID id) {
        TestimonialView view = testimonials.get(id);
        return VersionEtag.ok(view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceTestimonial", summary = "Change a testimonial of your organisation",
            description = "The whole description is sent again. The person consented to what they read: once their "
                    + "consent is recorded, a change forgets it and the testimonial is a draft again (unpublished), until "
                    + "their consent is recorded again and it is published again.\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestimonialView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = NOT_YOURS + ", or a department outside your territory")
    @APIResponse(responseCode = "404", description = NOT_SEEN)
    @APIResponse(responseCode = "409", description = "A withdrawn testimonial")
    @APIResponse(responseCode = "422", description = "An aid code the catalogue does not know")
    @APIResponse(responseCode = "503", description = "The aid catalogue cannot be reached; nothing was saved")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TestimonialInput input) {
        TestimonialView view = testimonials.replace(id, ifMatch, input);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/{id}/consent")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "recordTestimonialConsent", summary = "Record the person's consent to this draft",
            description = "Who recorded it (you), when (now) and the version of the wording they agreed to, and whether "
                    + "their photo may be shown. The answer holds the person's withdrawal link, given only this once (and "
                    + "mailed to them when an e-mail is given, which is not kept).\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentReceipt.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = NOT_YOURS)
    @APIResponse(responseCode = "404", description = NOT_SEEN)
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response recordConsent(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentInput input) {
        ConsentReceipt receipt = testimonials.recordConsent(id, ifMatch, input);
        return VersionEtag.ok(receipt, receipt.testimonial().version());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishTestimonial", summary = "Moderation: publish a draft whose consent is recorded",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestimonialView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = NOT_YOURS)
    @APIResponse(responseCode = "404", description = NOT_SEEN)
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "422", description = "The person's consent is not recorded")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TestimonialView view = testimonials.publish(id, ifMatch);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawTestimonial", summary = "Withdraw a testimonial: it leaves every public answer, its story is erased",
            description = "Its title, story, author, video and photo are erased; where, when and which aids stay for the "
                    + "indicators.\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestimonialView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = NOT_YOURS)
    @APIResponse(responseCode = "404", description = NOT_SEEN)
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TestimonialView view = testimonials.withdraw(id, ifMatch);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/withdrawals")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawOwnTestimonial", summary = "The person withdraws their testimonial with the token of their link",
            description = "At any time, without a reason: it leaves every public answer and its story is erased. "
                    + "Withdrawing again changes nothing.\n\nPublic.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "No token")
    @APIResponse(responseCode = "404", description = "The token opens no testimonial")
    public Response withdrawByPerson(@Valid @NotNull WithdrawalInput input) {
        testimonials.withdrawByPerson(input.token());
        return Response.noContent().build();
    }
}
