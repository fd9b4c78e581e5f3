package fr.guichet.desk.offers;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The welcome API's public offer operations, called without the viewer's token whoever looks: an organiser's token
 * would also read their drafts and closed offers, and the public pages show only what the public API gives.
 */
@Path("/api/offers")
@RegisterRestClient(configKey = "guichet-api")
public interface PublicOffersApi {

    /** searchOffers: department, commune, radiusKm, kind, audience, q, cursor as the API's query parameters. */
    @GET
    OfferPage searchOffers(@RestQuery Map<String, String> filters);

    /** getOffer: an offer open today; any other is the API's 404. */
    @GET
    @Path("{id}")
    Offer getOffer(@RestPath UUID id);
}
