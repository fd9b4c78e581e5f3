package fr.guichet.welcome.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.guichet.common.api.IfMatch;
import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.store.idempotency.IdempotencyKeys;
import fr.guichet.welcome.commune.Commune;
import fr.guichet.welcome.commune.CommuneDirectory;
import fr.guichet.welcome.offer.OfferInputs.OfferInput;
import fr.guichet.welcome.policy.EventPolicy;
import fr.guichet.welcome.policy.OfferPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Offers: written as drafts by an organiser, placed at their commune's centre (from aids-service, asked before any
 * transaction starts so that a slow aids-service holds no database connection), changed with If-Match, published,
 * filled or withdrawn; searched by the public while published and current.
 */
@ApplicationScoped
public class OfferService {

    private static final String RESOURCE = "offer";

    @Inject
    OfferRepository offers;

    @Inject
    OfferPolicy policy;

    @Inject
    CommuneDirectory communes;

    @Inject
    EventPolicy callers;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Clock clock;

    /** A new draft, or the first answer when a retry presents the same Idempotency-Key and body. */
    public OfferView create(OfferInput input, String idempotencyKey) {
        String organisation = policy.requireOrganiserIn(input.department());
        OfferRules.check(input);
        OfferRules.checkNotExpired(input, LocalDate.now(clock));
        Commune commune = locate(input);
        return QuarkusTransaction.requiringNew().call(() -> keys.once(callers.actor(), idempotencyKey, input,
                OfferView.class, () -> newDraft(input, organisation, commune), OfferView::id));
    }

    private OfferView newDraft(OfferInput input, String organisation, Commune commune) {
        Instant now = Instant.now(clock);
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.organisation = organisation;
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = now;
        apply(offer, input, commune, now);
        offers.persist(offer);
        offers.flush();
        return OfferView.of(offer, null);
    }

    public OfferView get(UUID id) {
        return OfferView.of(policy.requireVisible(find(id)), null);
    }

    /** The public search: published offers between their first and last day, nearest or newest first. */
    public Page<OfferView> search(OfferSearch search, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        Page<Offer> page = OffsetCursor.pageOfFetched(offers.search(search, offset, limit + 1), offset, limit);
        Around around = search.around();
        return new Page<>(page.items().stream()
                .map(o -> OfferView.of(o, around == null ? null : round(around.distanceKm(o.latitude, o.longitude))))
                .toList(), page.nextCursor());
    }

    /** The circle of a search around a commune, from its centre as aids-service knows it. */
    public Around around(String communeInsee, int radiusKm) {
        Commune commune = communes.find(communeInsee)
                .orElseThrow(() -> ProblemException.invalid("commune", "is not a known commune's INSEE code"));
        if (commune.centre() == null) {
            throw ProblemException.unprocessable("The centre of commune " + communeInsee
                    + " is not known; search its offers without radiusKm, or around a neighbouring commune.");
        }
        return new Around(commune.centre().latitude(), commune.centre().longitude(), radiusKm);
    }

    public Page<OfferView> listManaged(OfferStatus status, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        Page<Offer> page = OffsetCursor.pageOfFetched(offers.managed(policy.managedScope(), status, offset, limit + 1), offset, limit);
        return new Page<>(page.items().stream().map(o -> OfferView.of(o, null)).toList(), page.nextCursor());
    }

    public OfferView replace(UUID id, String ifMatch, OfferInput input) {
        IfMatch.requirePresent(ifMatch, RESOURCE);
        policy.requireEditable(find(id));
        policy.requireOrganiserIn(input.department());
        OfferRules.check(input);
        OfferRules.checkNotExpired(input, LocalDate.now(clock));
        Commune commune = locate(input);
        return QuarkusTransaction.requiringNew().call(() -> {
            Offer offer = lockForChange(id, ifMatch);
            if (offer.status.isClosed()) {
                throw ProblemException.conflict("This offer is " + offer.status + "; it changes no more.");
            }
            apply(offer, input, commune, Instant.now(clock));
            offers.flush();
            return OfferView.of(offer, null);
        });
    }

    /** Moves the offer along its life (see {@link OfferStatus}); publishing needs a last day still to come. */
    @Transactional
    public OfferView move(UUID id, String ifMatch, OfferStatus next) {
        IfMatch.requirePresent(ifMatch, RESOURCE);
        Offer offer = lockForChange(id, ifMatch);
        if (!offer.status.canBecome(next)) {
            throw ProblemException.conflict("A " + offer.status + " offer cannot become " + next + ".");
        }
        Instant now = Instant.now(clock);
        if (next == OfferStatus.PUBLISHED) {
            if (offer.expiresOn.isBefore(LocalDate.now(clock))) {
                throw ProblemException.unprocessable("This offer expired on " + offer.expiresOn + "; change its dates first.");
            }
            offer.publishedAt = now;
        }
        offer.status = next;
        offer.updatedAt = now;
        offers.flush();
        return OfferView.of(offer, null);
    }

    private Offer find(UUID id) {
        return offers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such offer among those you may see."));
    }

    private Offer lockForChange(UUID id, String ifMatch) {
        Offer offer = policy.requireEditable(offers.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No such offer among those you may see.")));
        IfMatch.requireCurrent(ifMatch, offer.version, RESOURCE);
        return offer;
    }

    private Commune locate(OfferInput input) {
        Commune commune = communes.find(input.communeInsee())
                .orElseThrow(() -> ProblemException.invalid("communeInsee", "is not a known commune's INSEE code"));
        OfferRules.checkCommune(input, commune);
        return commune;
    }

    private static void apply(Offer offer, OfferInput input, Commune commune, Instant now) {
        offer.kind = input.kind();
        offer.title = input.title().strip();
        offer.description = input.description().strip();
        offer.department = input.department();
        offer.communeInsee = input.communeInsee();
        offer.latitude = commune.centre() == null ? null : commune.centre().latitude();
        offer.longitude = commune.centre() == null ? null : commune.centre().longitude();
        offer.audiences = input.audiences().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        offer.publishedFrom = input.publishedFrom();
        offer.expiresOn = input.expiresOn();
        offer.contact = input.contact();
        offer.job = input.job();
        offer.internship = input.internship();
        offer.housing = input.housing();
        offer.updatedAt = now;
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
