package fr.guichet.welcome.cases;

import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
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

/**
 * cases-service's referrals to the correspondants (operation referQuickRequest), called with the caller's own token;
 * its address is {@code quarkus.rest-client.cases-service.url}.
 */
@RegisterRestClient(configKey = "cases-service")
@RegisterClientHeaders(CallerToken.class)
@RegisterProvider(CasesErrors.class)
@Path("/requests/referrals")
public interface CasesClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    LoggedRequest refer(NewQuickRequest request);

    /** What this service reads of the receipt: the id of the request logged. */
    record LoggedRequest(UUID id) {
    }

    /** A tolerant reader: the other fields of cases-service's answer are not read. */
    @ClientObjectMapper
    static ObjectMapper tolerantReader(ObjectMapper defaults) {
        return defaults.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
