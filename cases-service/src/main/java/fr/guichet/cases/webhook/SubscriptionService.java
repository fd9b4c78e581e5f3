package fr.guichet.cases.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.policy.Caller;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A partner organisation's webhook subscriptions: its own only (another organisation's is 404), endpoints checked by
 * {@link EndpointGuard}, secrets generated here and shown once.
 */
@ApplicationScoped
public class SubscriptionService {

    /** How far back a replay may reach in one request. */
    static final Duration LONGEST_REPLAY = Duration.ofDays(31);

    @Inject
    Caller caller;

    @Inject
    EndpointGuard guard;

    @Inject
    DeliveryLog deliveryLog;

    @Inject
    SecretSeal seal;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.webhooks.secret-overlap", defaultValue = "PT24H")
    Duration secretOverlap;

    @Transactional
    public SubscriptionView create(SubscriptionRequests.NewSubscription request) {
        String organisation = organisation();
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.organisation = organisation;
        s.url = acceptedUrl(request.url());
        s.eventTypes = knownTypes(request.eventTypes());
        s.status = Subscription.Status.ACTIVE;
        String secret = WebhookSecrets.generate();
        s.secret = seal.seal(secret, s.id);
        s.createdAt = Instant.now(clock);
        s.updatedAt = s.createdAt;
        s.persist();
        return SubscriptionView.withSecret(s, secret);
    }

    public List<SubscriptionView> list() {
        return Subscription.<Subscription>list("organisation = ?1 order by createdAt, id", organisation()).stream()
                .map(SubscriptionView::of).toList();
    }

    public SubscriptionView get(UUID id) {
        return SubscriptionView.of(owned(id));
    }

    @Transactional
    public SubscriptionView change(UUID id, SubscriptionRequests.SubscriptionChange change) {
        Subscription s = owned(id);
        if (change.paused() == null && change.eventTypes() == null) {
            throw new ProblemException(Problem.invalid("Rien à changer : indiquez paused ou eventTypes. / "
                    + "Nothing to change: give paused or eventTypes.", List.of()));
        }
        if (change.eventTypes() != null) {
            s.eventTypes = knownTypes(change.eventTypes());
        }
        if (change.paused() != null) {
            s.status = change.paused() ? Subscription.Status.PAUSED : Subscription.Status.ACTIVE;
        }
        s.updatedAt = Instant.now(clock);
        return SubscriptionView.of(s);
    }

    @Transactional
    public void delete(UUID id) {
        owned(id).delete();
    }

    /** A new secret, shown once; the one it replaces goes on signing beside it for the overlap, so receivers can switch. */
    @Transactional
    public SubscriptionView rotateSecret(UUID id) {
        Subscription s = owned(id);
        Instant now = Instant.now(clock);
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(secretOverlap);
        String secret = WebhookSecrets.generate();
        s.secret = seal.seal(secret, s.id);
        s.updatedAt = now;
        return SubscriptionView.withSecret(s, secret);
    }

    public Page<DeliveryView> deliveries(UUID id, String cursor, int limit) {
        Subscription s = owned(id);
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.valueOf(cursor);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this list gave");
            }
        }
        List<DeliveryView> page = deliveryLog.log(s.id, before, limit + 1);
        List<DeliveryView> items = page.subList(0, Math.min(limit, page.size()));
        return new Page<>(items, page.size() > limit ? Long.toString(items.get(items.size() - 1).id()) : null);
    }

    /** Queues again the events of the range its organisation may see; answers how many. */
    public int replay(UUID id, SubscriptionRequests.Replay replay) {
        Subscription s = owned(id);
        if (!replay.from().isBefore(replay.to()) || Duration.between(replay.from(), replay.to()).compareTo(LONGEST_REPLAY) > 0) {
            throw ProblemException.invalid("to", "doit suivre from, de " + LONGEST_REPLAY.toDays() + " jours au plus / must come after "
                    + "from, by " + LONGEST_REPLAY.toDays() + " days at most");
        }
        return deliveryLog.replay(s.id, replay.from(), replay.to(), Instant.now(clock));
    }

    private Subscription owned(UUID id) {
        Subscription s = Subscription.findById(id);
        if (s == null || !s.organisation.equals(organisation())) {
            throw ProblemException.notFound("No webhook subscription " + id + ".");
        }
        return s;
    }

    private String organisation() {
        if (!caller.is(Caller.Role.PARTNER)) {
            throw ProblemException.forbidden("Webhook subscriptions belong to partner organisations.");
        }
        return caller.organisation();
    }

    private String acceptedUrl(String url) {
        guard.refusal(url).ifPresent(refusal -> {
            throw ProblemException.invalid("url", refusal);
        });
        return url;
    }

    private static Set<String> knownTypes(List<String> requested) {
        List<String> unknown = requested.stream().filter(type -> !EventType.ALL.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("eventTypes", "types inconnus / unknown types " + unknown + "; known: "
                    + new TreeSet<>(EventType.ALL));
        }
        return new TreeSet<>(requested);
    }
}
