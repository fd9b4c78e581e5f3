package fr.guichet.welcome.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.welcome.offer.OfferInputs.Contact;
import fr.guichet.welcome.offer.OfferInputs.Housing;
import fr.guichet.welcome.offer.OfferInputs.Internship;
import fr.guichet.welcome.offer.OfferInputs.Job;

/** An offer as anyone who may see it reads it; the details of its kind in job, internship or housing. */
@Schema(name = "Offer")
public record OfferView(
        UUID id,
        @Schema(description = "The version, also the ETag to send in If-Match") int version,
        OfferStatus status,
        OfferKind kind,
        String title,
        String description,
        @Schema(description = "The code of the organisation that publishes the offer", example = "CD-48") String organisation,
        String department,
        String communeInsee,
        @Schema(nullable = true, description = "Kilometres from the searched commune's centre, in a search around a commune")
        Double distanceKm,
        List<OfferAudience> audiences,
        LocalDate publishedFrom,
        LocalDate expiresOn,
        Contact contact,
        @Schema(nullable = true) Job job,
        @Schema(nullable = true) Internship internship,
        @Schema(nullable = true) Housing housing,
        @Schema(nullable = true) Instant publishedAt) {

    static OfferView of(Offer o, Double distanceKm) {
        return new OfferView(o.id, o.version, o.status, o.kind, o.title, o.description, o.organisation, o.department,
                o.communeInsee, distanceKm, Arrays.stream(o.audiences).map(OfferAudience::valueOf).toList(), o.publishedFrom,
                o.expiresOn, o.contact, o.job, o.internship, o.housing, o.publishedAt);
    }
}
