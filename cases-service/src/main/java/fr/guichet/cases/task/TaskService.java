package fr.guichet.cases.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import fr.guichet.cases.casefile.CaseAccess;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.partner.OrganisationKind;
import fr.guichet.cases.partner.PartnerOrganisationService;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Every partner's checklist, opened at once at the joint session, each task owned by the organisation of its kind
 * that serves the case's department; and who reads what of it.
 */
@ApplicationScoped
public class TaskService {

    private static final int AID_APPLICATION_DAYS = 60;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CaseAccess access;

    @Inject
    CasePolicy policy;

    @Inject
    PartnerOrganisationService organisations;

    @Inject
    TaskProgress progress;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    WaitsOnProfessional awaited;

    /** Opens the profession's checklist, due from today (or from the task waited on); answers the codes opened. */
    public List<String> openChecklist(CaseFile c, String actor) {
        LocalDate today = LocalDate.now(clock);
        Map<String, PartnerTask> opened = new LinkedHashMap<>();
        for (TaskTemplate template : TaskTemplate.<TaskTemplate>list("professionGroup = ?1 order by position",
                c.profession.checklist())) {
            PartnerTask task = newTask(c.id, template.code, template.partner, template.label, template.mandatory,
                    today.plusDays(template.dueDays), template.requiredDocuments, null, template.position, actor);
            task.ownerOrg = ownerOf(template.ownerKind, c.department);
            PartnerTask waitedOn = opened.get(template.waitsOn);
            if (waitedOn != null) {
                task.waitsOn = waitedOn.code;
                task.waitDays = template.dueDays;
                task.dueDate = TaskSchedule.dueAfter(waitedOn, template.dueDays);
            }
            opened.put(task.code, task);
        }
        return persistAndAssign(c, List.copyOf(opened.values()));
    }

    /**
     * The tasks of an aid selected for the case, after the others, for the funder's organisation in the department:
     * the application, then a follow-up for each payment due after the installation (not blocking it, due on the
     * payment's date). Answers their codes.
     */
    public List<String> openAidTasks(CaseFile c, AidToApply aid, String actor) {
        Integer last = PartnerTask.getEntityManager()
                .createQuery("select max(t.position) from PartnerTask t where t.caseId = :caseId", Integer.class)
                .setParameter("caseId", c.id).getSingleResult();
        int position = last == null ? 1 : last + 1;
        String partner = aid.partner();
        LocalDate applicationDue = aid.blocksInstallation() ? LocalDate.now(clock).plusDays(AID_APPLICATION_DAYS)
                : aid.paymentDates().stream().sorted().findFirst().orElseThrow();
        List<PartnerTask> opened = new ArrayList<>();
        opened.add(newTask(c.id, "AID_" + aid.code(), partner, "Demande d'aide : " + aid.label(), aid.blocksInstallation(),
                applicationDue, List.of(), aid.code(), position, actor));
        List<LocalDate> later = aid.laterPayments();
        for (int i = 0; i < later.size(); i++) {
            opened.add(newTask(c.id, "AID_" + aid.code() + "_PAYMENT_" + (i + 1), partner,
                    "Suivi du versement du " + FRENCH_DATE.format(later.get(i)) + " : " + aid.label(), false, later.get(i),
                    List.of(), aid.code(), position + i + 1, actor));
        }
        String owner = ownerOf(aid.ownerKind(), aid.department());
        opened.forEach(task -> task.ownerOrg = owner);
        return persistAndAssign(c, opened);
    }

    /** The organisation owning each task of the case (absent: the guichet follows it). */
    public Map<UUID, String> ownersOf(UUID caseId) {
        Map<UUID, String> owners = new HashMap<>();
        PartnerTask.<PartnerTask>list("caseId = ?1", caseId).forEach(t -> owners.put(t.id, t.ownerOrg));
        return owners;
    }

    /** The case's tasks in checklist order: whole for those the caller reads whole, a glance at the others. */
    public List<TaskView> tasks(UUID caseId) {
        policy.require(caseId, CaseAction.READ_TASKS);
        return views(caseId, task -> policy.readsWholeTask(task.ownerOrg));
    }

    /** For callers that have decided themselves that the case may be read whole (the GDPR export). */
    public List<TaskView> tasksOf(UUID caseId) {
        return views(caseId, task -> true);
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
        policy.requireOwnTask(task.ownerOrg);
        c.requireOpen();
        List<PartnerTask> all = PartnerTask.list("caseId = ?1 order by position", c.id);
        if (progress.apply(c.id, task, change, all)) {
            access.touch(c);
        }
        PartnerTask waitedOn = all.stream().filter(t -> t.code.equals(task.waitsOn)).findFirst().orElse(null);
        return new Updated(TaskView.whole(task, waitedOn, awaited.openPerTask(c.id).getOrDefault(task.id, 0)), c.version);
    }

    /** Erases what owners wrote on these cases' tasks: it may speak of the professional. */
    public void erasePersonalData(List<UUID> caseIds) {
        EntityManager em = PartnerTask.getEntityManager();
        em.createNativeQuery("update partner_task set note = null, blocked_reason = null, missing_pieces = '[]' where case_id in (:ids)")
                .setParameter("ids", caseIds).executeUpdate();
    }

    private List<TaskView> views(UUID caseId, Function<PartnerTask, Boolean> whole) {
        List<PartnerTask> all = PartnerTask.list("caseId = ?1 order by position", caseId);
        Map<String, PartnerTask> byCode = new HashMap<>();
        all.forEach(t -> byCode.put(t.code, t));
        Map<UUID, Integer> open = all.isEmpty() ? Map.of() : awaited.openPerTask(caseId);
        return all.stream().map(t -> whole.apply(t) ? TaskView.whole(t, byCode.get(t.waitsOn), open.getOrDefault(t.id, 0))
                : TaskView.glance(t, byCode.get(t.waitsOn), open.getOrDefault(t.id, 0))).toList();
    }

    private String ownerOf(OrganisationKind kind, String department) {
        return kind == null ? null : organisations.serving(kind, department).orElse(null);
    }

    /** Persists the tasks opened, tells each owner its task (task.assigned), and seats the owners at the case's table. */
    private List<String> persistAndAssign(CaseFile c, List<PartnerTask> opened) {
        opened.forEach(task -> task.persist());
        opened.stream().filter(task -> task.ownerOrg != null).forEach(task -> outbox.append(c.id, EventType.TASK_ASSIGNED,
                TaskProgress.payload(task)));
        access.seatAtTheTable(c, opened.stream().map(task -> task.ownerOrg).filter(Objects::nonNull).toList());
        return opened.stream().map(task -> task.code).toList();
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
