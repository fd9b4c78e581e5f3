package fr.guichet.welcome.commune;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.welcome.aid.AidsErrors;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** aids-service's communes; its address is {@code quarkus.rest-client.aids-service.url}. */
@RegisterRestClient(configKey = "aids-service")
@RegisterProvider(AidsErrors.class)
@Path("/territories/communes")
public interface AidsTerritoriesClient {

    @GET
    @Path("/{insee}")
    @Produces(MediaType.APPLICATION_JSON)
    Commune commune(@PathParam("insee") String insee);

    /** A tolerant reader: the commune answers much more than this service reads (zones, region...). */
    @ClientObjectMapper
    static ObjectMapper tolerantReader(ObjectMapper defaults) {
        return defaults.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
