package fr.guichet.cases.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.guichet.cases.aid.AidProgressService;
import fr.guichet.cases.casefile.CasePersonalData;
import fr.guichet.cases.correction.CorrectionService;
import fr.guichet.cases.document.DocumentService;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.message.MessageService;
import fr.guichet.cases.request.RequestPersonalData;
import fr.guichet.cases.task.TaskService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Erases personal data from cases closed or abandoned longer ago than the retention period. What the
 * indicators count (department, profession, channel, dates, status) stays, so the figures do not move. Quick
 * requests follow the same retention (RequestPersonalData says from when).
 */
@ApplicationScoped
public class Anonymiser {

    private static final Logger LOG = Logger.getLogger(Anonymiser.class);
    private static final int BATCH = 500;

    @Inject
    CasePersonalData caseFiles;

    @Inject
    CaseHistory history;

    @Inject
    MessageService messages;

    @Inject
    DocumentService documents;

    @Inject
    AidProgressService aidSteps;

    @Inject
    TaskService tasks;

    @Inject
    CorrectionService corrections;

    @Inject
    RequestPersonalData requests;

    @Inject
    Clock clock;

    @ConfigProperty(name = "guichet.privacy.retention", defaultValue = "P1095D")
    Duration retention;

    @Scheduled(cron = "{guichet.privacy.anonymisation-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int count = anonymiseExpired(null);
        if (count > 0) {
            LOG.infof("Anonymised %d case(s) ended more than %s ago", count, retention);
        }
        int requestCount = anonymiseExpiredRequests(null);
        if (requestCount > 0) {
            LOG.infof("Anonymised %d quick request(s) settled more than %s ago", requestCount, retention);
        }
    }

    /** Anonymises the quick requests settled (or received, if never settled) before the retention period. */
    @Transactional
    public int anonymiseExpiredRequests(Set<String> departments) {
        Instant now = Instant.now(clock);
        return requests.erase(now.minus(retention), departments, now, BATCH);
    }

    /** Anonymises the expired cases, of the given departments only when some are given; answers how many. */
    @Transactional
    public int anonymiseExpired(Set<String> departments) {
        Instant now = Instant.now(clock);
        List<UUID> ids = caseFiles.endedBefore(now.minus(retention), departments, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        caseFiles.erasePersonalData(ids, now);
        history.erasePersonalData(ids);
        messages.erasePersonalData(ids);
        documents.erasePersonalData(ids);
        tasks.erasePersonalData(ids);
        aidSteps.erasePersonalData(ids);
        corrections.erasePersonalData(ids);
        return ids.size();
    }
}
