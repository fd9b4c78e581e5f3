package fr.guichet.desk.indicators;

import java.io.InputStream;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The API's indicators over a period and a department (each left out: the API's defaults, this year and all the
 * correspondant's departments), called with the correspondant's own token.
 */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api/cases/indicators")
public interface IndicatorsApi {

    /** getActivityIndicators. */
    @GET
    @Path("activity")
    @Produces(MediaType.APPLICATION_JSON)
    Activity getActivityIndicators(@RestQuery String from, @RestQuery String to, @RestQuery String department);

    /** getActivityIndicators as CSV, one line per breakdown. */
    @GET
    @Path("activity")
    @Produces(IndicatorsResource.CSV)
    InputStream getActivityCsv(@RestQuery String from, @RestQuery String to, @RestQuery String department);

    /** getIndicators: the cases' outcomes, of which the median time to installation. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Outcomes getIndicators(@RestQuery String from, @RestQuery String to, @RestQuery String department);

    /** getAidIndicators: contracts and amounts, aid by aid. */
    @GET
    @Path("aids")
    @Produces(MediaType.APPLICATION_JSON)
    AidFigures getAidIndicators(@RestQuery String from, @RestQuery String to, @RestQuery String department);
}
