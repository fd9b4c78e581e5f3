package fr.guichet.cases.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Every partner's checklist, opened at once at the joint session, and its progress. */
@ApplicationScoped
public class TaskService {

    private static final int AID_APPLICATION_DAYS = 60;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    CasePolicy policy;

    @Inject
    Clock clock;

    /** {@code finished}: done or not applicable, nothing left to do. */
    public record TaskView(UUID id, String code, String partner, String label, boolean mandatory, TaskStatus status,
            boolean finished, LocalDate dueDate, List<String> requiredDocuments, String aidCode, String lastActor,
            Instant updatedAt) {
        static TaskView of(PartnerTask t) {
            return new TaskView(t.id, t.code, t.partner, t.label, t.mandatory, t.status, t.status.isFinished(), t.dueDate,
                    t.requiredDocuments, t.aidCode, t.lastActor, t.updatedAt);
        }
    }

    /** Opens the profession's checklist, due from today; answers the codes of the tasks opened. */
    public List<String> openChecklist(CaseFile c, String actor) {
        LocalDate today = LocalDate.now(clock);
        List<String> opened = new ArrayList<>();
        for (TaskTemplate template : TaskTemplate.<TaskTemplate>list("professionGroup = ?1 order by position",
                c.profession.checklist())) {
            newTask(c.id, template.code, template.partner, template.label, template.mandatory,
                    today.plusDays(template.dueDays), template.requiredDocuments, null, template.position, actor).persist();
            opened.add(template.code);
        }
        return opened;
    }

    /**
     * The tasks of an aid selected for the case, after the others, for the organisation that handles it: the
     * application, then a follow-up for each payment due after the installation (not blocking it, due on the
     * payment's date). Answers their codes.
     */
    public List<String> openAidTasks(UUID caseId, AidToApply aid, String actor) {
        Integer last = PartnerTask.getEntityManager()
                .createQuery("select max(t.position) from PartnerTask t where t.caseId = :caseId", Integer.class)
                .setParameter("caseId", caseId).getSingleResult();
        int position = last == null ? 1 : last + 1;
        String partner = aid.partner();
        LocalDate applicationDue = aid.blocksInstallation() ? LocalDate.now(clock).plusDays(AID_APPLICATION_DAYS)
                : aid.paymentDates().stream().sorted().findFirst().orElseThrow();
        List<PartnerTask> opened = new ArrayList<>();
        opened.add(newTask(caseId, "AID_" + aid.code(), partner, "Demande d'aide : " + aid.label(), aid.blocksInstallation(),
                applicationDue, List.of(), aid.code(), position, actor));
        List<LocalDate> later = aid.laterPayments();
        for (int i = 0; i < later.size(); i++) {
            opened.add(newTask(caseId, "AID_" + aid.code() + "_PAYMENT_" + (i + 1), partner,
                    "Suivi du versement du " + FRENCH_DATE.format(later.get(i)) + " : " + aid.label(), false, later.get(i),
                    List.of(), aid.code(), position + i + 1, actor));
        }
        opened.forEach(task -> task.persist());
        return opened.stream().map(task -> task.code).toList();
    }

    public boolean isTaskOf(UUID caseId, UUID taskId) {
        return PartnerTask.count("id = ?1 and caseId = ?2", taskId, caseId) > 0;
    }

    public List<TaskView> tasks(UUID caseId) {
        policy.require(caseId, CaseAction.READ_TASKS);
        return tasksOf(caseId);
    }

    /** For callers that have decided themselves that the case may be read (the GDPR export). */
    public List<TaskView> tasksOf(UUID caseId) {
        return PartnerTask.<PartnerTask>list("caseId = ?1 order by position", caseId).stream().map(TaskView::of).toList();
    }

    public List<String> mandatoryNotFinished(UUID caseId) {
        return PartnerTask.<PartnerTask>list("caseId = ?1 and mandatory = true order by position", caseId).stream()
                .filter(t -> !t.status.isFinished())
                .map(t -> t.code)
                .toList();
    }

    /** The task as changed, and the case's new version for the next If-Match. */
    public record Updated(TaskView task, int caseVersion) {
    }

    @Transactional
    public Updated update(UUID caseId, UUID taskId, String ifMatch, TaskChange change) {
        CaseFile c = access.forChange(caseId, ifMatch, CaseAction.CHANGE_TASK);
        PartnerTask task = PartnerTask.findById(taskId);
        if (task == null || !task.caseId.equals(c.id)) {
            throw ProblemException.notFound("No task " + taskId + " on this case.");
        }
        c.requireOpen();
        if (change.status() == null && change.dueDate() == null) {
            throw ProblemException.invalid("status", "give a status or a dueDate to change (a comment goes with one of them)");
        }
        boolean changed = false;
        if (change.status() != null && change.status() != task.status) {
            history.record(c.id, caller.actor(), CaseEvent.Kind.TASK_CHANGED, task.code + ".status", task.status,
                    change.status(), change.comment());
            task.status = change.status();
            changed = true;
        }
        if (change.dueDate() != null && !change.dueDate().equals(task.dueDate)) {
            history.record(c.id, caller.actor(), CaseEvent.Kind.TASK_CHANGED, task.code + ".dueDate", task.dueDate,
                    change.dueDate(), change.comment());
            task.dueDate = change.dueDate();
            changed = true;
        }
        // values equal to the current ones are no change: no new version, the client's ETag stays good
        if (changed) {
            task.lastActor = caller.actor();
            task.updatedAt = Instant.now(clock);
            access.touch(c);
        }
        return new Updated(TaskView.of(task), c.version);
    }

    private PartnerTask newTask(UUID caseId, String code, String partner, String label, boolean mandatory,
            LocalDate due, List<String> documents, String aidCode, int position, String actor) {
        PartnerTask task = new PartnerTask();
        task.id = UUID.randomUUID();
        task.caseId = caseId;
        task.code = code;
        task.partner = partner;
        task.label = label;
        task.mandatory = mandatory;
        task.status = TaskStatus.TODO;
        task.dueDate = due;
        task.requiredDocuments = documents;
        task.aidCode = aidCode;
        task.position = position;
        task.lastActor = actor;
        task.updatedAt = Instant.now(clock);
        return task;
    }
}
