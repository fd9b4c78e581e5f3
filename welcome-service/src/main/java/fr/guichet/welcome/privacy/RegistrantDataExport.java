package fr.guichet.welcome.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.welcome.event.EventKind;
import fr.guichet.welcome.event.EventService;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.invitation.InvitationService;
import fr.guichet.welcome.registration.RegistrantStatus;
import fr.guichet.welcome.registration.Registration;
import fr.guichet.welcome.registration.RegistrationPersonalData;
import fr.guichet.welcome.registration.RegistrationStatus;
import fr.guichet.welcome.survey.SettlingIntention;
import fr.guichet.welcome.survey.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A registrant's personal data, by their e-mail address (GDPR rights of access and erasure), within the events the
 * caller manages: an organiser its organisation's, a correspondant those of their departments.
 */
@ApplicationScoped
public class RegistrantDataExport {

    @Inject
    RegistrationPersonalData registrations;

    @Inject
    SurveyService survey;

    @Inject
    InvitationService invitations;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    @Schema(name = "RegistrantDataExport", description = "Everything held on one e-mail address in the events you manage")
    public record Export(String email, Instant exportedAt, List<RegistrationExport> registrations,
            List<InvitationExport> invitations) {
    }

    @Schema(name = "RegistrantRegistrationExport")
    public record RegistrationExport(UUID registrationId, EventSummary event, RegistrationStatus status, String firstName,
            String lastName, String email, RegistrantStatus registrantStatus, @Schema(nullable = true) String faculty,
            @Schema(nullable = true) Integer year, boolean present, Instant registeredAt,
            @Schema(nullable = true) Instant cancelledAt, @Schema(nullable = true) SurveyExport survey,
            @Schema(nullable = true, description = "The quick request of cases-service they became") UUID quickRequestId) {
    }

    @Schema(name = "RegistrantEventSummary")
    public record EventSummary(UUID id, String title, EventKind kind, Instant startsAt, String department, String organisation) {
    }

    @Schema(name = "RegistrantSurveyExport")
    public record SurveyExport(int score, @Schema(nullable = true) String helped, SettlingIntention settlingIntention,
            boolean contactConsent, Instant answeredAt) {
    }

    @Schema(name = "RegistrantInvitationExport")
    public record InvitationExport(EventSummary event, Instant invitedAt) {
    }

    @Schema(name = "RegistrantErasure", description = "How many registrations and invitations lost their personal data")
    public record Erasure(int registrationsAnonymised, int invitationsErased) {
    }

    public Export of(String email) {
        List<Registration> held = registrations.heldFor(email);
        List<InvitationService.Invited> invited = invitations.invitationsOf(email);
        Map<UUID, EventSummary> managed = managedEvents(held, invited);
        List<RegistrationExport> registrationExports = held.stream().filter(r -> managed.containsKey(r.eventId))
                .map(r -> export(r, managed.get(r.eventId))).toList();
        List<InvitationExport> invitationExports = invited.stream().filter(i -> managed.containsKey(i.eventId()))
                .map(i -> new InvitationExport(managed.get(i.eventId()), i.invitedAt())).toList();
        return new Export(email.strip(), Instant.now(clock), registrationExports, invitationExports);
    }

    /** Erases now what the events the caller manages hold on this address; what the indicators count stays. */
    @Transactional
    public Erasure erase(String email) {
        List<Registration> held = registrations.heldFor(email);
        List<InvitationService.Invited> invited = invitations.invitationsOf(email);
        Set<UUID> managed = managedEvents(held, invited).keySet();
        List<UUID> ids = held.stream().filter(r -> managed.contains(r.eventId)).map(r -> r.id).toList();
        survey.eraseFreeTextOf(ids);
        int anonymised = registrations.eraseRegistrations(ids, Instant.now(clock));
        List<UUID> invitedTo = invited.stream().map(InvitationService.Invited::eventId).filter(managed::contains).toList();
        invitations.eraseAddress(email, invitedTo);
        return new Erasure(anonymised, invitedTo.size());
    }

    private Map<UUID, EventSummary> managedEvents(List<Registration> held, List<InvitationService.Invited> invited) {
        Collection<UUID> ids = new HashSet<>(held.stream().map(r -> r.eventId).toList());
        invited.forEach(i -> ids.add(i.eventId()));
        return events.managedAmong(ids).stream().collect(Collectors.toMap(e -> e.id, RegistrantDataExport::summary,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static EventSummary summary(WelcomeEvent e) {
        return new EventSummary(e.id, e.title, e.kind, e.startsAt, e.department, e.organisation);
    }

    private RegistrationExport export(Registration r, EventSummary event) {
        SurveyExport answer = survey.of(r.id).map(a -> new SurveyExport(a.score, a.helped, a.settlingIntention,
                a.contactConsent, a.answeredAt)).orElse(null);
        return new RegistrationExport(r.id, event, r.status, r.firstName, r.lastName, r.email, r.registrantStatus, r.faculty,
                r.studyYear, r.present, r.registeredAt, r.cancelledAt, answer, r.quickRequestId);
    }
}
