package fr.guichet.cases.aid;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** aids-service's simulator; its address is {@code quarkus.rest-client.aids-service.url}. */
@RegisterRestClient(configKey = "aids-service")
@RegisterProvider(AidsErrors.class)
@Path("/eligibility")
public interface AidsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Eligibility simulate(EligibilityQuery query);

    /**
     * A tolerant reader: a field aids-service adds to its answer must not break this service (which
     * refuses unknown fields in what its own clients send); the contract tests hold the fields read here.
     */
    @ClientObjectMapper
    static ObjectMapper tolerantReader(ObjectMapper defaults) {
        return defaults.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
