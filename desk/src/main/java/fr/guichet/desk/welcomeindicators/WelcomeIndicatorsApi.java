package fr.guichet.desk.welcomeindicators;

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
 * welcome-service's indicators of a year (each parameter left out: the API's default, this year, every department of
 * the caller, every organisation they may read), called with the organiser's or correspondant's own token: the API
 * decides whose figures they read.
 */
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
@Path("/api/welcome/indicators")
public interface WelcomeIndicatorsApi {

    /** getWelcomeIndicators. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    WelcomeIndicators getWelcomeIndicators(@RestQuery String year, @RestQuery String department,
            @RestQuery String organisation);

    /** getWelcomeIndicators as CSV: the total, then one line per organisation and department. */
    @GET
    @Produces(WelcomeIndicatorsPages.CSV)
    InputStream getWelcomeIndicatorsCsv(@RestQuery String year, @RestQuery String department,
            @RestQuery String organisation);
}
