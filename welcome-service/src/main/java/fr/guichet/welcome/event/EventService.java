package fr.guichet.welcome.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.guichet.common.api.IfMatch;
import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.store.idempotency.IdempotencyKeys;
import fr.guichet.welcome.event.EventInputs.EventInput;
import fr.guichet.welcome.policy.EventPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Events: created as drafts by an organiser, changed with If-Match, published, cancelled; read by the public once published. */
@ApplicationScoped
public class EventService {

    private static final String RESOURCE = "event";

    @Inject
    EventRepository events;

    @Inject
    EventPolicy policy;

    @Inject
    Occupancy occupancy;

    @Inject
    Event<EventChange> changes;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Clock clock;

    /** A new draft, or the first answer when a retry presents the same Idempotency-Key and body. */
    @Transactional
    public EventView create(EventInput input, String idempotencyKey) {
        String organisation = policy.requireOrganiserIn(input.department());
        Instant now = Instant.now(clock);
        EventRules.checkNew(input, now);
        return keys.once(policy.actor(), idempotencyKey, input, EventView.class, () -> newDraft(input, organisation, now),
                EventView::id);
    }

    private EventView newDraft(EventInput input, String organisation, Instant now) {
        WelcomeEvent event = new WelcomeEvent();
        event.id = UUID.randomUUID();
        event.organisation = organisation;
        event.status = EventStatus.DRAFT;
        event.createdAt = now;
        apply(event, input, now);
        events.persist(event);
        events.flush();
        return view(event);
    }

    public EventView get(UUID id) {
        return view(policy.requireVisible(find(id)));
    }

    /** The published events that have not ended yet, by start. */
    public Page<EventView> listPublished(EventFilter filter, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        return views(OffsetCursor.pageOfFetched(events.published(filter, offset, limit + 1), offset, limit));
    }

    /** The caller's events, whatever their status, latest first: its organisation's, or those of its departments. */
    public Page<EventView> listManaged(EventStatus status, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        return views(OffsetCursor.pageOfFetched(events.managed(policy.managedScope(), status, offset, limit + 1), offset, limit));
    }

    @Transactional
    public EventView replace(UUID id, String ifMatch, EventInput input) {
        WelcomeEvent event = lockForChange(id, ifMatch);
        if (event.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("This event was cancelled; it changes no more.");
        }
        policy.requireOrganiserIn(input.department());
        EventRules.check(input);
        int confirmed = confirmed(event);
        if (input.capacity() < confirmed) {
            throw ProblemException.conflict(confirmed + " places are already confirmed; the capacity cannot go below.");
        }
        boolean placesAdded = input.capacity() > event.capacity;
        apply(event, input, Instant.now(clock));
        events.flush();
        if (placesAdded) {
            changes.fire(new EventChange(event.id, EventChange.Kind.PLACES_ADDED));
        }
        return view(event);
    }

    @Transactional
    public EventView publish(UUID id, String ifMatch) {
        WelcomeEvent event = lockForChange(id, ifMatch);
        if (event.status != EventStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft is published; this event is " + event.status + ".");
        }
        Instant now = Instant.now(clock);
        if (!event.startsAt.isAfter(now)) {
            throw ProblemException.unprocessable("This event has already started; it can no longer be published.");
        }
        event.status = EventStatus.PUBLISHED;
        event.publishedAt = now;
        event.updatedAt = now;
        events.flush();
        return view(event);
    }

    @Transactional
    public EventView cancel(UUID id, String ifMatch) {
        WelcomeEvent event = lockForChange(id, ifMatch);
        if (event.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("This event is already cancelled.");
        }
        event.status = EventStatus.CANCELLED;
        event.updatedAt = Instant.now(clock);
        events.flush();
        changes.fire(new EventChange(event.id, EventChange.Kind.CANCELLED));
        return view(event);
    }

    /**
     * Up to {@code batch} events ended before this instant, whatever their status, whose registrants' personal data is
     * still held: it has outlived its use. Only those of these departments, or every one when {@code departments} is null.
     */
    public List<UUID> awaitingErasure(Instant cutoff, Set<String> departments, int batch) {
        return events.awaitingErasure(cutoff, departments, batch);
    }

    /** Records that the personal data of these events' registrants is erased, so that later nights skip them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPersonalDataErased(List<UUID> ids, Instant now) {
        events.markErased(ids, now);
    }

    /**
     * Up to {@code batch} published events ended by now whose registrants were not yet mailed the survey; those ended
     * more than {@code lookBack} ago are left alone (a service down for long does not mail old events).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<WelcomeEvent> awaitingSurvey(Instant now, Duration lookBack, int batch) {
        return events.awaitingSurvey(now.minus(lookBack), now, batch);
    }

    /** Records that these events' registrants were mailed the survey; not a change of the events (their ETags stay). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSurveyMailed(List<UUID> ids, Instant now) {
        events.markSurveyMailed(ids, now);
    }

    /** Those of these events the caller manages (its organisation's, or of its departments), for the GDPR requests. */
    public List<WelcomeEvent> managedAmong(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : events.managedAmong(policy.managedScope(), ids);
    }

    /** The event, if there is one, whoever asks: the registrations ask the policy themselves. */
    public WelcomeEvent find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No such event among those you may see."));
    }

    /** The event with its row locked (see {@link EventRepository#locked}). */
    public WelcomeEvent lock(UUID id) {
        return events.locked(id).orElseThrow(() -> ProblemException.notFound("No such event among those you may see."));
    }

    private WelcomeEvent lockForChange(UUID id, String ifMatch) {
        IfMatch.requirePresent(ifMatch, RESOURCE);
        WelcomeEvent event = policy.requireEditable(lock(id));
        IfMatch.requireCurrent(ifMatch, event.version, RESOURCE);
        return event;
    }

    private static void apply(WelcomeEvent event, EventInput input, Instant now) {
        event.kind = input.kind();
        event.title = input.title().strip();
        event.startsAt = input.startsAt();
        event.endsAt = input.endsAt();
        event.department = input.department();
        event.communeInsee = input.place() == null ? null : input.place().communeInsee();
        event.address = input.place() == null ? null : input.place().address().strip();
        event.onlineUrl = input.onlineUrl();
        event.studentYears = input.audience().studentYears().stream().distinct().sorted().toArray(Integer[]::new);
        event.internSpecialties = input.audience().internSpecialties().stream().distinct().map(Enum::name).toArray(String[]::new);
        event.replacements = input.audience().replacements();
        event.capacity = input.capacity();
        event.programme = input.programme();
        event.partners = input.partners().stream().map(String::strip).toArray(String[]::new);
        event.updatedAt = now;
    }

    private int confirmed(WelcomeEvent event) {
        return occupancy.confirmed(List.of(event.id)).getOrDefault(event.id, 0);
    }

    private EventView view(WelcomeEvent event) {
        return EventView.of(event, confirmed(event));
    }

    private Page<EventView> views(Page<WelcomeEvent> page) {
        Map<UUID, Integer> confirmed = occupancy.confirmed(page.items().stream().map(e -> e.id).toList());
        return new Page<>(page.items().stream().map(e -> EventView.of(e, confirmed.getOrDefault(e.id, 0))).toList(),
                page.nextCursor());
    }
}
