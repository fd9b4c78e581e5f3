package fr.guichet.welcome.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.mail.LinkTokens;
import fr.guichet.welcome.mail.MailQueue;
import fr.guichet.welcome.policy.EventPolicy;
import fr.guichet.welcome.registration.RegistrationInputs.RegistrationInput;
import fr.guichet.welcome.registration.RegistrationViews.RegistrantView;
import fr.guichet.welcome.registration.RegistrationViews.RegistrationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Public registration to a published event: a confirmed place while places remain, else the waiting list. Every
 * registration and cancellation of one event holds that event's row lock, so places are counted one registration at a
 * time: never more confirmed than the capacity, whatever the concurrency.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventService events;

    @Inject
    EventPolicy policy;

    @Inject
    WaitingList waitingList;

    @Inject
    MailQueue outbox;

    @Inject
    RegistrationMails mails;

    @Inject
    SurveyReplies surveyReplies;

    @Inject
    Clock clock;

    @Transactional
    public RegistrationView register(UUID eventId, RegistrationInput input) {
        WelcomeEvent event = policy.requireVisible(events.lock(eventId));
        Instant now = Instant.now(clock);
        requireOpen(event, now);
        String email = input.email().strip();
        if (registrations.liveWithEmail(event.id, email)) {
            throw ProblemException.conflict("This e-mail address is already registered to this event.");
        }
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.eventId = event.id;
        registration.firstName = input.firstName().strip();
        registration.lastName = input.lastName().strip();
        registration.email = email;
        registration.registrantStatus = input.status();
        registration.faculty = input.faculty() == null || input.faculty().isBlank() ? null : input.faculty().strip();
        registration.studyYear = input.year();
        registration.registeredAt = now;
        String token = LinkTokens.newToken();
        registration.tokenHash = LinkTokens.hash(token);
        boolean placeLeft = registrations.count(event.id, RegistrationStatus.CONFIRMED) < event.capacity;
        registration.status = placeLeft ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        registration.waitingRank = placeLeft ? null : registrations.nextWaitingRank();
        registrations.persist(registration);
        registrations.flush();
        RegistrationView view = view(registration);
        outbox.queue(placeLeft ? mails.confirmed(event, registration, token)
                : mails.waiting(event, registration, token, view.waitingPosition()), now);
        return view;
    }

    /** Cancels by the registrant's link; a confirmed place goes to the first person waiting. Cancelling twice changes nothing. */
    @Transactional
    public RegistrationView cancel(String token) {
        Registration registration = byToken(token);
        WelcomeEvent event = events.lock(registration.eventId);
        if (registration.status == RegistrationStatus.CANCELLED) {
            return view(registration);
        }
        Instant now = Instant.now(clock);
        if (!now.isBefore(event.startsAt)) {
            throw ProblemException.conflict("The event has started; registrations no longer change.");
        }
        boolean freesPlace = registration.status == RegistrationStatus.CONFIRMED;
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = now;
        registrations.flush();
        if (freesPlace && event.open()) {
            waitingList.promote(event, now);
        }
        return view(registration);
    }

    /** The registration a link's token opens, for the survey: 404 for an unknown (or anonymised) one. */
    public Registrant registrant(String token) {
        Registration registration = byToken(token);
        return new Registrant(registration.id, registration.eventId, registration.status);
    }

    /** What other features may know of a registration opened by its token. */
    public record Registrant(UUID id, UUID eventId, RegistrationStatus status) {
    }

    public Page<RegistrantView> list(UUID eventId, RegistrationStatus status, String cursor, int limit) {
        WelcomeEvent event = policy.requireRegistrantsReadable(events.find(eventId));
        int offset = OffsetCursor.decode(cursor);
        Page<Registration> page = OffsetCursor.pageOfFetched(registrations.ofEvent(event.id, status, offset, limit + 1), offset, limit);
        Map<UUID, SurveyReplies.Reply> replies = surveyReplies.of(page.items().stream().map(r -> r.id).toList());
        return new Page<>(page.items().stream().map(r -> registrantView(r, replies.get(r.id))).toList(), page.nextCursor());
    }

    public RegistrantView get(UUID eventId, UUID registrationId) {
        WelcomeEvent event = policy.requireRegistrantsReadable(events.find(eventId));
        return registrations.findByIdOptional(registrationId).filter(r -> r.eventId.equals(event.id))
                .map(r -> registrantView(r, surveyReplies.of(List.of(r.id)).get(r.id)))
                .orElseThrow(() -> ProblemException.notFound("No such registration to this event."));
    }

    /**
     * A registrant of an event whose registrants the caller may read, with their row locked until the transaction ends:
     * turning them into a quick request happens once, whatever the concurrency.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact lockContact(UUID eventId, UUID registrationId) {
        WelcomeEvent event = policy.requireRegistrantsReadable(events.find(eventId));
        Registration r = registrations.locked(registrationId).filter(found -> found.eventId.equals(event.id))
                .orElseThrow(() -> ProblemException.notFound("No such registration to this event."));
        return new Contact(r.id, event.id, r.firstName, r.lastName, r.email, r.registrantStatus, r.anonymisedAt,
                r.quickRequestId);
    }

    /** A registrant's contact, for a follow-up; all null once anonymised. */
    public record Contact(UUID id, UUID eventId, String firstName, String lastName, String email,
            RegistrantStatus registrantStatus, Instant anonymisedAt, UUID quickRequestId) {
    }

    /** The quick request a registrant of an event the caller manages became, if any. */
    public Optional<FollowUp> followUp(UUID eventId, UUID registrationId) {
        WelcomeEvent event = policy.requireRegistrantsReadable(events.find(eventId));
        Registration r = registrations.findByIdOptional(registrationId).filter(found -> found.eventId.equals(event.id))
                .orElseThrow(() -> ProblemException.notFound("No such registration to this event."));
        return r.quickRequestId == null ? Optional.empty() : Optional.of(new FollowUp(r.quickRequestId, r.quickRequestBy, r.quickRequestAt));
    }

    /** The quick request of cases-service a registrant became: which, who asked, when. */
    public record FollowUp(UUID quickRequestId, String by, Instant at) {
    }

    /** Keeps the link between the registration and the quick request of cases-service it became. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkQuickRequest(UUID registrationId, UUID quickRequestId, String by, Instant at) {
        Registration r = registrations.findById(registrationId);
        r.quickRequestId = quickRequestId;
        r.quickRequestBy = by;
        r.quickRequestAt = at;
    }

    private Registration byToken(String token) {
        return registrations.byToken(token)
                .orElseThrow(() -> ProblemException.notFound("This link opens no registration; it may have been replaced by a later mail."));
    }

    private static void requireOpen(WelcomeEvent event, Instant now) {
        if (!event.open()) {
            throw ProblemException.conflict("This event is " + event.status + "; it takes no registration.");
        }
        if (!now.isBefore(event.startsAt)) {
            throw ProblemException.conflict("This event has started; registrations are closed.");
        }
    }

    private Integer position(Registration registration) {
        return registration.status == RegistrationStatus.WAITING ? registrations.waitingPosition(registration) : null;
    }

    private RegistrationView view(Registration registration) {
        return new RegistrationView(registration.id, registration.eventId, registration.status, position(registration));
    }

    private RegistrantView registrantView(Registration r, SurveyReplies.Reply reply) {
        return new RegistrantView(r.id, r.status, position(r), r.firstName, r.lastName, r.email, r.registrantStatus, r.faculty,
                r.studyYear, r.present, r.registeredAt, r.anonymisedAt, r.quickRequestId, reply);
    }
}
