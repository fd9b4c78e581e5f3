package fr.guichet.cases.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.guichet.cases.policy.CorrespondantSeen;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The correspondants to send digests to. There is no user table and Keycloak's admin API is not ours to call: the
 * service keeps what each correspondant's token says (address, name, departments) whenever they call the API, so
 * a change made in the realm reaches the digests at their next call. A correspondant who never called has no digest.
 */
@ApplicationScoped
public class CorrespondantDirectory {

    /** Bounds the memory of what was last written; a correspondant forgotten is merely written again. */
    private static final int REMEMBERED = 10_000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<String, CorrespondantSeen> written = new ConcurrentHashMap<>();

    public record Correspondant(String subject, String name, String email, List<String> departments) {
    }

    /** Writes what changed only: most calls find the token as it was, and write nothing. */
    void remember(@Observes CorrespondantSeen seen) {
        CorrespondantSeen normalised = new CorrespondantSeen(seen.subject(), seen.name(), seen.email().strip().toLowerCase(Locale.ROOT),
                Set.copyOf(seen.departments()));
        if (normalised.equals(written.get(seen.subject()))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into reminder_correspondant (subject, name, email, departments, seen_at)
                values (:subject, :name, :email, cast(:departments as text[]), :seenAt)
                on conflict (subject) do update set name = excluded.name, email = excluded.email,
                    departments = excluded.departments, seen_at = excluded.seen_at""")
                .setParameter("subject", normalised.subject()).setParameter("name", normalised.name())
                .setParameter("email", normalised.email())
                .setParameter("departments", "{" + String.join(",", normalised.departments().stream().sorted().toList()) + "}")
                .setParameter("seenAt", Instant.now(clock)).executeUpdate());
        if (written.size() >= REMEMBERED) {
            written.clear();
        }
        written.put(seen.subject(), normalised);
    }

    /** Every correspondant known, with at least one department. */
    @SuppressWarnings("unchecked")
    public List<Correspondant> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select subject, name, email, array_to_string(departments, ',') from reminder_correspondant
                where cardinality(departments) > 0 order by subject""").getResultList();
        return rows.stream().map(row -> new Correspondant((String) row[0], (String) row[1], (String) row[2],
                List.of(((String) row[3]).split(",")))).toList();
    }
}
