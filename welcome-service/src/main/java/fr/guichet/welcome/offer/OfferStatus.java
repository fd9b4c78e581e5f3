package fr.guichet.welcome.offer;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer's life: written as a draft, published, then filled or withdrawn. Only a published offer is public. */
@Schema(name = "OfferStatus")
public enum OfferStatus {
    DRAFT, PUBLISHED, FILLED, WITHDRAWN;

    private static final Map<OfferStatus, Set<OfferStatus>> NEXT = Map.of(
            DRAFT, Set.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, Set.of(FILLED, WITHDRAWN),
            FILLED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canBecome(OfferStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** A filled or withdrawn offer is closed: it changes no more. */
    public boolean isClosed() {
        return NEXT.get(this).isEmpty();
    }
}
