package fr.guichet.cases.reminder;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Which days a scheduled job has handled, one row per job and day. Claiming a day inserts its row: a replica that
 * tries the same day at the same time waits for the first one's transaction and finds the row, so the day's work is
 * done once across replicas; if the work fails, the claim is rolled back with it and a later tick tries again.
 */
@ApplicationScoped
public class JobRuns {

    public enum Outcome {
        DONE,
        /** The day passed while the service was down: a later day's run covers it. */
        SKIPPED
    }

    @Inject
    EntityManager em;

    /** Claims the day for this job; false when another run (on this replica or another) has it. */
    @Transactional(TxType.MANDATORY)
    public boolean claim(String job, LocalDate day, Outcome outcome, Instant now) {
        return em.createNativeQuery("insert into job_run (job, day, outcome, finished_at) values (:job, :day, :outcome, :now) "
                + "on conflict (job, day) do nothing")
                .setParameter("job", job).setParameter("day", day).setParameter("outcome", outcome.name())
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** The latest day before this one that the job handled. */
    public Optional<LocalDate> lastBefore(String job, LocalDate day) {
        Object last = em.createNativeQuery("select max(day) from job_run where job = :job and day < :day")
                .setParameter("job", job).setParameter("day", day).getSingleResult();
        return Optional.ofNullable(last instanceof Date sql ? sql.toLocalDate() : (LocalDate) last);
    }

    public boolean handled(String job, LocalDate day) {
        return !em.createNativeQuery("select 1 from job_run where job = :job and day = :day")
                .setParameter("job", job).setParameter("day", day).getResultList().isEmpty();
    }
}
