package fr.guichet.welcome.aid;

import java.util.List;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * aids-service's public catalogue (contracts/aids-service/read-an-aid-versions.json); its address is
 * {@code quarkus.rest-client.aids-service.url}. Every version of an aid is asked for, so that an aid retired since
 * (a PTMG that helped in 2019) is still a known code.
 */
@RegisterRestClient(configKey = "aids-service")
@RegisterProvider(AidsErrors.class)
@Path("/aids")
public interface AidsClient {

    @GET
    @Path("/{code}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    List<AidVersion> versions(@PathParam("code") String code);

    /** What this service reads of a version: its code. */
    record AidVersion(String code) {
    }

    /** A tolerant reader: fields aids-service adds must not break this service (which refuses unknown fields it is sent). */
    @ClientObjectMapper
    static ObjectMapper tolerantReader(ObjectMapper defaults) {
        return defaults.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
