package fr.guichet.desk.exchange;

import java.util.UUID;

import fr.guichet.desk.page.Viewer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A case page for the tests, standing in for the correspondant's (another part of the desk): it includes the three
 * exchange fragments the way any case page does.
 */
@Path("/essai/dossiers/{id}")
public class CaseHostPage {

    @Inject
    Exchanges exchanges;

    @Inject
    Engine engine;

    /** Roles: correspondant, doctor. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Viewer.CORRESPONDANT, Viewer.DOCTOR})
    public TemplateInstance page(@PathParam("id") UUID caseId) {
        return engine.parse("""
                {#include layout}{#title}Dossier{/title}<h1>Dossier</h1>
                {#include exchange/corrections exchange=exchange /}
                {#include exchange/messages exchange=exchange /}
                {#include exchange/documents exchange=exchange /}
                {/include}""", Variant.forContentType(Variant.TEXT_HTML)).data("exchange", exchanges.of(caseId, "/essai/dossiers/" + caseId));
    }
}
