package fr.guichet.welcome.survey;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.guichet.welcome.registration.SurveyReplies;
import jakarta.enterprise.context.ApplicationScoped;

/** The registrants' answers for their organisers' list, one query a page. */
@ApplicationScoped
public class SurveyRepliesOfRegistrants implements SurveyReplies {

    @Override
    public Map<UUID, Reply> of(Collection<UUID> registrations) {
        if (registrations.isEmpty()) {
            return Map.of();
        }
        return SurveyAnswer.<SurveyAnswer>list("registrationId in ?1", registrations).stream()
                .collect(Collectors.toMap(a -> a.registrationId,
                        a -> new Reply(a.settlingIntention.name(), a.contactConsent)));
    }
}
