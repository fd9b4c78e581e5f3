package fr.guichet.aids.territory;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.common.api.QueryParams;
import fr.guichet.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/territories/zoning/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories")
public class ZoningResource {

    @Inject
    ZoningImportService importer;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(operationId = "listZoningImports", summary = "ARS zoning files applied, newest first", description = "Public.")
    public List<ZoningImportService.ImportView> imports() {
        return importer.history();
    }

    @POST
    @RolesAllowed("catalogue-admin")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importZoning", summary = "Import an ARS zoning file",
            description = "CSV with a header `insee;zone;profession;validFrom` (comma or semicolon; other columns "
                    + "are ignored; a cell between double quotes may hold the separator, a quote written twice). Zone codes: the Atlasanté "
                    + "codes 1_ZIP … 8_GQ_ZIP, or ZIP, ZAC, ZAR, ZV, HZ, TRES_SOUS_DOTEE … SUR_DOTEE; for the MOUNTAIN, FRR and QPV "
                    + "layers, MONTAGNE, FRR, FRR_PLUS, QPV and no profession column. All or nothing: one bad line imports "
                    + "nothing and the answer lists every bad line. Zones in force in the departments the file covers are "
                    + "closed the day before the new ones start and stay queryable by date.\n\nRoles: catalogue-admin.")
    @APIResponse(responseCode = "201", description = "Applied: how many rows, and the zonings they made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoningImportService.Report.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The history of the zoning files applied, where this one now is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid lines, listed in errors; nothing imported")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a catalogue-admin")
    @APIResponse(responseCode = "409", description = "A later zoning already exists for a department of the file")
    public Response importFile(
            @Parameter(description = "Zoning layer, default PROFESSION_ZONING",
                    schema = @Schema(implementation = ZoningLayer.class)) @QueryParam("layer") String layer,
            @Parameter(description = "The arrêté or file this zoning comes from (required)", required = true,
                    example = "Arrêté ARS Occitanie du 1er décembre 2025",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 500)) @QueryParam("source") String source,
            @RequestBody(description = "The zoning file", required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))}) String content) {
        if (source == null || source.isBlank() || source.length() > 500) {
            throw ProblemException.invalid("source", "must name the arrêté or file, up to 500 characters");
        }
        ZoningLayer zoningLayer = QueryParams.enumValue("layer", layer, ZoningLayer.class);
        ZoningImportService.Report report = importer.importFile(content,
                zoningLayer == null ? ZoningLayer.PROFESSION_ZONING : zoningLayer, source.strip(),
                identity.getPrincipal().getName());
        return Response.created(URI.create("/territories/zoning/imports")).entity(report).build();
    }
}
