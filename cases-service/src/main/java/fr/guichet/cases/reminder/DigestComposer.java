package fr.guichet.cases.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.cases.deadline.DeadlineRepository;
import fr.guichet.cases.deadline.DeadlineScope;
import fr.guichet.cases.deadline.DueWindow;
import fr.guichet.cases.partner.PartnerOrganisationService;
import fr.guichet.cases.reminder.ExpectedFromProfessionals.Expected;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The day's digests, in French: one per correspondant (their departments' late tasks and those due this week), one per
 * partner organisation with a contact address (its own tasks), one per professional still expected to send something.
 * Nothing to say, no digest; an address that unsubscribed gets none.
 */
@ApplicationScoped
public class DigestComposer {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    DeadlineRepository deadlines;

    @Inject
    CorrespondantDirectory correspondants;

    @Inject
    PartnerOrganisationService organisations;

    @Inject
    ExpectedFromProfessionals expected;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    Template digest;

    @Inject
    Template expectedOfYou;

    @ConfigProperty(name = "guichet.deadlines.due-soon-days", defaultValue = "7")
    int weekDays;

    @ConfigProperty(name = "guichet.reminders.lines-per-section", defaultValue = "20")
    int linesPerSection;

    public List<DigestMail> compose(LocalDate day) {
        Set<String> unsubscribed = unsubscriptions.all();
        List<DigestMail> mails = new ArrayList<>();
        for (CorrespondantDirectory.Correspondant c : correspondants.all()) {
            dueDigest(day, c.email(), c.name(), "des dossiers de vos départements (" + String.join(", ", c.departments()) + ")",
                    new DeadlineScope.Departments(Set.copyOf(c.departments()), null), unsubscribed).ifPresent(mails::add);
        }
        for (PartnerOrganisationService.Contact o : organisations.contacts()) {
            dueDigest(day, o.email(), o.name(), "des tâches de " + o.name() + " (" + o.code() + ")",
                    new DeadlineScope.Organisation(o.code()), unsubscribed).ifPresent(mails::add);
        }
        for (Map.Entry<String, List<Expected>> professional : byAddress(expected.all()).entrySet()) {
            if (!unsubscribed.contains(professional.getKey())) {
                mails.add(expectedDigest(professional.getKey(), professional.getValue()));
            }
        }
        return mails;
    }

    private Optional<DigestMail> dueDigest(LocalDate day, String email, String name, String scopeLabel,
            DeadlineScope scope, Set<String> unsubscribed) {
        if (unsubscribed.contains(email)) {
            return Optional.empty();
        }
        DueSection late = section(scope, DueWindow.overdue(day), day);
        DueSection week = section(scope, DueWindow.dueSoon(day, weekDays), day);
        if (late.isEmpty() && week.isEmpty()) {
            return Optional.empty();
        }
        String link = unsubscriptions.linkFor(email);
        String body = digest.data("name", name).data("scope", scopeLabel).data("day", FRENCH_DAY.format(day))
                .data("late", late).data("week", week).data("unsubscribeUrl", link).render();
        return Optional.of(new DigestMail(email, subject(late, week), body, link));
    }

    private DueSection section(DeadlineScope scope, DueWindow window, LocalDate day) {
        long total = deadlines.count(scope, window);
        return DueSection.of(total, total == 0 ? List.of() : deadlines.page(scope, window, null, linesPerSection), day);
    }

    private static String subject(DueSection late, DueSection week) {
        List<String> parts = new ArrayList<>();
        if (!late.isEmpty()) {
            parts.add(late.total() + (late.total() > 1 ? " tâches en retard" : " tâche en retard"));
        }
        if (!week.isEmpty()) {
            parts.add(week.total() + (week.total() > 1 ? " tâches" : " tâche") + " à échéance cette semaine");
        }
        return "Guichet : " + String.join(", ", parts);
    }

    private DigestMail expectedDigest(String email, List<Expected> items) {
        String link = unsubscriptions.linkFor(email);
        String body = expectedOfYou.data("name", items.get(0).name()).data("items", items).data("unsubscribeUrl", link).render();
        return new DigestMail(email, "Guichet : ce qui est encore attendu de vous", body, link);
    }

    private static Map<String, List<Expected>> byAddress(List<Expected> all) {
        Map<String, List<Expected>> grouped = new LinkedHashMap<>();
        all.forEach(e -> grouped.computeIfAbsent(e.email(), k -> new ArrayList<>()).add(e));
        return grouped;
    }
}
