package fr.guichet.welcome.offer;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.offer.OfferInputs.OfferInput;
import fr.guichet.welcome.policy.Roles;
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

@Path("/offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "Jobs, internship places and housing that organisers offer to students, interns and "
        + "young doctors, searched by the public")
public class OfferResource {

    private static final String ETAG_DESCRIPTION = "The offer's version, for the next If-Match";
    private static final String RADIUS = "^([1-9][0-9]?|1[0-9]{2}|200)$";

    @Inject
    OfferService offers;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createOffer", summary = "Write an offer, as a draft of your organisation",
            description = "The offer belongs to your organisation (your token's organiser_org) and its department must be in "
                    + "your territory; its commune is placed at its centre as aids-service knows it. It stays a draft, seen "
                    + "by you and the department's correspondants only, until you publish it.\n\nRoles: organiser.")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The offer's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid fields: dates, commune, details of another kind")
    @APIResponse(responseCode = "403", description = "A department outside your territory, or an account bound to no organisation")
    @APIResponse(responseCode = "503", description = "aids-service, which places the commune, is unavailable; retry after Retry-After")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body")
    public Response create(@BeanParam IdempotencyKeyHeader idempotencyKey, @Valid @NotNull OfferInput input) {
        OfferView view = offers.create(input, idempotencyKey.checked());
        return VersionEtag.created(URI.create("/offers/" + view.id()), view, view.version());
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchOffers", summary = "Search the offers open today",
            description = "Published offers between their first and last day. Filters combine. Around a commune (commune and "
                    + "radiusKm), nearest first with their distance; otherwise newest first. q is French full text, accents "
                    + "and plurals aside (\"medecins\" finds \"médecin\"), with quotes for a phrase and - to exclude a word."
                    + "\n\nPublic.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor, a radius without a commune, an unknown commune")
    @APIResponse(responseCode = "422", description = "A radius around a commune whose centre is not known")
    @APIResponse(responseCode = "503", description = "aids-service, which knows the communes' centres, is unavailable")
    public Page<OfferView> search(
            @Parameter(description = "A department code", example = "48",
                    schema = @Schema(type = SchemaType.STRING, pattern = OfferInputs.DEPARTMENT)) @QueryParam("department") String department,
            @Parameter(description = "A commune's INSEE code: its offers, or with radiusKm those around its centre", example = "48095",
                    schema = @Schema(type = SchemaType.STRING, pattern = OfferInputs.COMMUNE)) @QueryParam("commune") String commune,
            @Parameter(description = "Kilometres around the commune's centre, 1 to 200", example = "30",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("radiusKm") String radiusKm,
            @Parameter(schema = @Schema(implementation = OfferKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = OfferAudience.class)) @QueryParam("audience") String audience,
            @Parameter(description = "Words to find, in French", example = "médecin généraliste",
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 200)) @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        String communeInsee = QueryParams.matching("commune", commune, OfferInputs.COMMUNE, "a commune's INSEE code such as 48095");
        String radius = QueryParams.matching("radiusKm", radiusKm, RADIUS, "a whole number of kilometres from 1 to 200");
        if (radius != null && communeInsee == null) {
            throw ProblemException.invalid("radiusKm", "needs a commune to be around");
        }
        String departmentCode = QueryParams.matching("department", department, OfferInputs.DEPARTMENT, "a department code such as 48");
        OfferKind offerKind = QueryParams.enumValue("kind", kind, OfferKind.class);
        OfferAudience offerAudience = QueryParams.enumValue("audience", audience, OfferAudience.class);
        String text = QueryParams.text("q", q, 2, 200);
        int pageSize = QueryParams.limit(limit);
        Around around = radius == null ? null : offers.around(communeInsee, Integer.parseInt(radius));
        OfferSearch search = new OfferSearch(LocalDate.now(clock), departmentCode, communeInsee, around, offerKind,
                offerAudience, text);
        return offers.search(search, cursor, pageSize);
    }

    @GET
    @Path("/managed")
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listManagedOffers", summary = "The offers you publish or oversee, drafts included, latest change first",
            description = "An organiser sees its organisation's offers; a correspondant, every offer of the departments they "
                    + "cover.\n\nRoles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "One page; follow nextCursor for the next")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Page<OfferView> listManaged(
            @Parameter(schema = @Schema(implementation = OfferStatus.class)) @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return offers.listManaged(QueryParams.enumValue("status", status, OfferStatus.class), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOffer", summary = "One offer; its ETag is the version for If-Match",
            description = "Anyone reads an offer open today; any other (draft, expired, filled, withdrawn) only its "
                    + "organisers and the correspondants of its department, with their token.\n\nPublic.")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "404", description = "No such offer among those you may see")
    public Response get(@PathParam("id") UUID id) {
        OfferView view = offers.get(id);
        return VersionEtag.ok(view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceOffer", summary = "Change an offer of your organisation",
            description = "The whole description is sent again, with If-Match. A filled or withdrawn offer changes no more."
                    + "\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Another organisation's offer, or a department outside your territory")
    @APIResponse(responseCode = "404", description = "No such offer among those you may see")
    @APIResponse(responseCode = "409", description = "A filled or withdrawn offer")
    @APIResponse(responseCode = "412", description = "If-Match is not the offer's current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "aids-service, which places the commune, is unavailable")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfferInput input) {
        OfferView view = offers.replace(id, ifMatch, input);
        return VersionEtag.ok(view, view.version());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishOffer", summary = "Publish a draft: the public finds it from its first day to its last",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's offer")
    @APIResponse(responseCode = "404", description = "No such offer among those you may see")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "If-Match is not the offer's current version")
    @APIResponse(responseCode = "422", description = "Its last day has passed")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return moved(offers.move(id, ifMatch, OfferStatus.PUBLISHED));
    }

    @POST
    @Path("/{id}/filling")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "fillOffer", summary = "Mark a published offer filled: it leaves the public answers",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Filled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's offer")
    @APIResponse(responseCode = "404", description = "No such offer among those you may see")
    @APIResponse(responseCode = "409", description = "Not published")
    @APIResponse(responseCode = "412", description = "If-Match is not the offer's current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response fill(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return moved(offers.move(id, ifMatch, OfferStatus.FILLED));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ORGANISER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawOffer", summary = "Withdraw a draft or published offer: it leaves the public answers",
            description = "Roles: organiser.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's offer")
    @APIResponse(responseCode = "404", description = "No such offer among those you may see")
    @APIResponse(responseCode = "409", description = "Already filled or withdrawn")
    @APIResponse(responseCode = "412", description = "If-Match is not the offer's current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return moved(offers.move(id, ifMatch, OfferStatus.WITHDRAWN));
    }

    private static Response moved(OfferView view) {
        return VersionEtag.ok(view, view.version());
    }
}
