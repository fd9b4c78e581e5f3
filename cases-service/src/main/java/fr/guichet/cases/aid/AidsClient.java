package fr.guichet.cases.aid;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

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
    JsonNode simulate(EligibilityQuery query);
}
