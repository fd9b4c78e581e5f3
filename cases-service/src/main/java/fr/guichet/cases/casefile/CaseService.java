package fr.guichet.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import fr.guichet.cases.casefile.CaseRequests.NewCase;
import fr.guichet.cases.casefile.CaseRequests.ProfessionalInput;
import fr.guichet.cases.casefile.CaseRequests.ProjectInput;
import fr.guichet.cases.casefile.ProjectTerms.Channel;
import fr.guichet.cases.history.CaseEvent;
import fr.guichet.cases.history.CaseHistory;
import fr.guichet.cases.outbox.EventType;
import fr.guichet.cases.outbox.Outbox;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.policy.CaseAction;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.workflow.CaseStatus;
import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.store.idempotency.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

/** Creating, reading and changing case files, each change recorded in the history. */
@ApplicationScoped
public class CaseService {

    @Inject
    Caller caller;

    @Inject
    CasePolicy policy;

    @Inject
    CaseAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    CaseRepository repository;

    @Inject
    OverdueTaskCounts overdueTasks;

    @Inject
    CaseHistory history;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** A new case, or the first answer when a retry presents the same Idempotency-Key and body. */
    @Transactional
    public CaseView create(NewCase request, String idempotencyKey) {
        return create(request, idempotencyKey, null);
    }

    /** As {@link #create(NewCase, String)}, for a case opened from a quick request, which it names. */
    @Transactional
    public CaseView create(NewCase request, String idempotencyKey, UUID fromRequest) {
        String client = caller.is(Caller.Role.PARTNER) ? caller.clientId() : caller.subject();
        return idempotencyKeys.once(client, idempotencyKey, request, CaseView.class, () -> opened(request, fromRequest),
                CaseView::id);
    }

    private CaseView opened(NewCase request, UUID fromRequest) {
        CaseFile created = newCase(request);
        created.fromRequest = fromRequest;
        created.persist();
        em.flush();
        Map<String, Object> facts = new LinkedHashMap<>(
                Map.of("reference", created.reference, "channel", created.channel, "department", created.department));
        if (fromRequest != null) {
            facts.put("fromRequest", fromRequest);
        }
        history.record(created.id, caller.actor(), CaseEvent.Kind.CREATED, null, null, facts, null);
        outbox.append(created.id, EventType.CASE_CREATED, Map.of("reference", created.reference, "status", created.status.name()));
        return CaseView.of(created);
    }

    public CaseView get(UUID id) {
        return CaseView.of(access.visible(id));
    }

    /** The cases on which the calling partner's organisation has a task to do, the one due first first. */
    public Page<CaseView.Summary> withMyOpenTasks(CaseFilter filter, String cursor, int limit) {
        List<CaseView.Summary> cases = repository.withOpenTasksOf(policy.organisationForOwnTasks(), filter).stream()
                .map(CaseView.Summary::of).toList();
        return withOverdueCounts(OffsetCursor.page(cases, cursor, limit));
    }

    public Page<CaseView.Summary> list(CaseFilter filter, String cursor, int limit) {
        List<CaseFile> cases = repository.list(policy.visibility(), filter, CaseCursor.decode(cursor), limit + 1);
        List<CaseFile> page = cases.subList(0, Math.min(limit, cases.size()));
        String next = cases.size() > limit
                ? new CaseCursor(page.get(page.size() - 1).createdAt, page.get(page.size() - 1).id).encode() : null;
        return withOverdueCounts(new Page<>(page.stream().map(CaseView.Summary::of).toList(), next));
    }

    /** One query for the whole page, by case id. */
    private Page<CaseView.Summary> withOverdueCounts(Page<CaseView.Summary> page) {
        Map<UUID, Integer> counts = overdueTasks.of(page.items().stream().map(CaseView.Summary::id).toList());
        return new Page<>(page.items().stream().map(s -> s.withOverdueTasks(counts.getOrDefault(s.id(), 0))).toList(),
                page.nextCursor());
    }

    @Transactional
    public CaseView change(UUID id, String ifMatch, CasePatch patch) {
        CaseFile c = access.forChange(id, ifMatch, CaseAction.CHANGE_PROJECT);
        c.requireOpen();
        CaseChangeApplier applier = new CaseChangeApplier(c, caller, history);
        applier.apply(patch);
        if (applier.given() == 0) {
            throw new ProblemException(Problem.invalid("The request names no field to change.", List.of()));
        }
        policy.requireCovers(c.department);
        // values equal to the current ones are no change: no new version, the client's ETag stays good
        if (applier.changed() > 0) {
            access.touch(c);
        }
        return CaseView.of(c);
    }

    @Transactional
    public CaseView assign(UUID id, String ifMatch, String assignee) {
        CaseFile c = access.forChange(id, ifMatch, CaseAction.ASSIGN);
        if (!assignee.equals(c.assignee)) {
            history.record(c.id, caller.actor(), CaseEvent.Kind.ASSIGNED, "assignee", c.assignee, assignee, null);
            c.assignee = assignee;
            access.touch(c);
        }
        return CaseView.of(c);
    }

    private CaseFile newCase(NewCase request) {
        ProfessionalInput professional = request.professional();
        ProjectInput project = request.project();
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.status = CaseStatus.RECEIVED;
        c.rpps = rppsFor(professional);
        c.firstName = professional.firstName();
        c.lastName = professional.lastName();
        c.email = professional.email();
        c.phone = professional.phone();
        c.profession = professional.profession();
        c.specialty = professional.specialty();
        c.careerStage = professional.careerStage();
        c.targetCommune = project.targetCommune();
        c.department = CaseFile.departmentOf(project.targetCommune());
        c.practiceMode = project.practiceMode();
        c.coordinatedPractice = project.coordinatedPractice();
        c.sector = project.sector();
        c.onCallDuty = project.onCallDuty();
        c.daysPerWeek = project.daysPerWeek();
        c.practiceSite = project.practiceSite();
        c.alreadyInstalledElsewhere = project.alreadyInstalledElsewhere();
        c.remainingStudyMonths = project.remainingStudyMonths();
        c.aidsAlreadyReceived = project.aidsAlreadyReceived() == null ? new ArrayList<>()
                : new ArrayList<>(project.aidsAlreadyReceived());
        c.plannedStartDate = project.plannedStartDate();
        c.notes = project.notes();
        c.channel = channelFor(request.channel());
        c.ownerSubject = caller.is(Caller.Role.DOCTOR) ? caller.subject() : null;
        c.createdByClient = caller.is(Caller.Role.PARTNER) ? caller.clientId() : null;
        c.createdByOrganisation = caller.organisation();
        c.assignee = caller.is(Caller.Role.CORRESPONDANT) ? caller.name() : null;
        c.createdAt = Instant.now(clock);
        c.updatedAt = c.createdAt;
        policy.requireCovers(c.department);
        c.reference = nextReference(c.department);
        return c;
    }

    /** A doctor files their own case: the RPPS is the token's. Others must give a valid one. */
    private String rppsFor(ProfessionalInput professional) {
        if (caller.is(Caller.Role.DOCTOR)) {
            // the token's RPPS is held to the same @Rpps rule as one given in a body
            if (caller.rpps() == null
                    || !validator.validateValue(ProfessionalInput.class, "rpps", caller.rpps()).isEmpty()) {
                throw ProblemException.forbidden("Your token carries no valid RPPS number.");
            }
            if (professional.rpps() != null && !professional.rpps().equals(caller.rpps())) {
                throw ProblemException.invalid("professional.rpps", "must be your own RPPS number, or be left out");
            }
            return caller.rpps();
        }
        if (professional.rpps() == null) {
            throw ProblemException.invalid("professional.rpps", "is required");
        }
        return professional.rpps();
    }

    private Channel channelFor(Channel requested) {
        if (caller.is(Caller.Role.PARTNER)) {
            return Channel.PARTNER;
        }
        // a PARTNER case names the application that filed it; counting others there would skew the indicators
        if (requested == Channel.PARTNER) {
            throw ProblemException.invalid("channel", "PARTNER is the channel of partner applications");
        }
        return requested == null ? Channel.WEB : requested;
    }

    private String nextReference(String department) {
        long number = ((Number) em.createNativeQuery("select nextval('case_reference_seq')").getSingleResult()).longValue();
        return String.format("GU-%s-%d-%06d", department, Year.now(clock).getValue(), number);
    }
}
