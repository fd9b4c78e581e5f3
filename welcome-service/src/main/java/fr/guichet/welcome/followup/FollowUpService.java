package fr.guichet.welcome.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import fr.guichet.common.problem.ProblemException;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.cases.NewQuickRequest;
import fr.guichet.welcome.cases.QuickRequests;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.policy.Caller;
import fr.guichet.welcome.policy.EventPolicy;
import fr.guichet.welcome.registration.RegistrantStatus;
import fr.guichet.welcome.registration.RegistrationService.Contact;
import fr.guichet.welcome.registration.RegistrationService;
import fr.guichet.welcome.survey.SettlingIntention;
import fr.guichet.welcome.survey.SurveyAnswer;
import fr.guichet.welcome.survey.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A registrant who answered the survey that they want to settle (YES or MAYBE) and agreed to be contacted becomes a
 * quick request of cases-service, for the correspondants to follow; the registration keeps the request's id. The
 * registration's row stays locked while cases-service is called (a few seconds at most), so that two clicks at once
 * log one request: the second waits, then finds the link and is refused.
 */
@ApplicationScoped
public class FollowUpService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(GuichetClock.ZONE);

    @Inject
    RegistrationService registrations;

    @Inject
    SurveyService survey;

    @Inject
    EventService events;

    @Inject
    EventPolicy policy;

    @Inject
    QuickRequests quickRequests;

    @Inject
    Clock clock;

    @Transactional
    public FollowUpView toQuickRequest(UUID eventId, UUID registrationId) {
        Contact contact = registrations.lockContact(eventId, registrationId);
        if (contact.quickRequestId() != null) {
            throw ProblemException.conflict("This registrant already became the quick request " + contact.quickRequestId() + ".");
        }
        if (contact.anonymisedAt() != null) {
            throw ProblemException.conflict("This registrant's personal data was erased; there is nobody to contact.");
        }
        SurveyAnswer answer = survey.of(contact.id()).orElseThrow(() -> ProblemException.unprocessable(
                "This registrant has not answered the survey: only those who say they want to settle become requests."));
        if (answer.settlingIntention == SettlingIntention.NO || !answer.contactConsent) {
            throw ProblemException.unprocessable("This registrant did not answer that they want to settle (YES or MAYBE) "
                    + "and agree to be contacted.");
        }
        WelcomeEvent event = events.find(contact.eventId());
        UUID requestId = quickRequests.log(NewQuickRequest.metAtAnEvent(
                new NewQuickRequest.Requester(contact.firstName(), contact.lastName(), contact.email(),
                        careerStage(contact.registrantStatus())),
                event.department, question(event, answer)));
        Instant now = Instant.now(clock);
        String by = policy.caller().map(Caller::name).orElseThrow();
        registrations.linkQuickRequest(contact.id(), requestId, by, now);
        return new FollowUpView(contact.id(), requestId, by, now);
    }

    /** The link a registrant's follow-up left, for the event's organisers and the department's correspondants. */
    public FollowUpView of(UUID eventId, UUID registrationId) {
        return registrations.followUp(eventId, registrationId)
                .map(f -> new FollowUpView(registrationId, f.quickRequestId(), f.by(), f.at()))
                .orElseThrow(() -> ProblemException.notFound("This registrant became no quick request."));
    }

    /** cases-service's career stages; a registrant of another status is left for the correspondant to ask. */
    private static String careerStage(RegistrantStatus status) {
        return switch (status) {
            case STUDENT -> "STUDENT";
            case INTERN -> "INTERN";
            case REPLACEMENT -> "LOCUM";
            case OTHER -> null;
        };
    }

    private static String question(WelcomeEvent event, SurveyAnswer answer) {
        String intention = answer.settlingIntention == SettlingIntention.YES ? "souhaite s'installer" : "envisage de s'installer";
        return "Rencontré(e) à la " + event.kind.label() + " « " + event.title + " » du " + DAY.format(event.startsAt)
                + " : " + intention + " sur le territoire et accepte d'être contacté(e)."
                + (answer.helped == null ? "" : "\nCe qui l'a aidé(e) : " + answer.helped);
    }
}
