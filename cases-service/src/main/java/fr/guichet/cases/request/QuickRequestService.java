package fr.guichet.cases.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseCursor;
import fr.guichet.cases.casefile.CaseFile;
import fr.guichet.cases.partner.PartnerOrganisationService;
import fr.guichet.cases.policy.CasePolicy;
import fr.guichet.cases.policy.Caller;
import fr.guichet.cases.request.RequestInputs.NewQuickRequest;
import fr.guichet.cases.request.RequestInputs.Referral;
import fr.guichet.cases.request.RequestInputs.RequestChanges;
import fr.guichet.cases.request.RequestInputs.Requester;
import fr.guichet.cases.request.RequestInputs.Submission;
import fr.guichet.common.api.IfMatch;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Logging, reading and settling quick requests, within the correspondant's departments. */
@ApplicationScoped
public class QuickRequestService {

    @Inject
    Caller caller;

    @Inject
    CasePolicy policy;

    @Inject
    PartnerOrganisationService organisations;

    @Inject
    QuickRequestRepository repository;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A request a correspondant logs, settled at once when it comes with its outcome. */
    @Transactional
    public QuickRequestView log(NewQuickRequest input) {
        Instant now = Instant.now(clock);
        QuickRequest r = newRequest(input.channel(), input.requester() == null ? Requester.ANONYMOUS : input.requester(),
                input.subject(), input.department(), input.commune(), input.question(), now);
        policy.requireCovers(r.department);
        r.receivedAt = notAfterNow("receivedAt", input.receivedAt() == null ? now : input.receivedAt(), now);
        r.loggedBy = caller.name();
        r.assignee = caller.name();
        r.answer = blankToNull(input.answer());
        RequestStatus status = input.status() != null ? input.status()
                : r.answer != null ? RequestStatus.ANSWERED : RequestStatus.OPEN;
        settle(r, status, input.orientedTo(), input.answeredAt(), now);
        r.persist();
        em.flush();
        return QuickRequestView.of(r);
    }

    /**
     * Someone a partner refers to the correspondants: open and assigned to no one, in the department's queue, logged
     * by the partner. The partner reads it no further: what becomes of it is the correspondants' business.
     */
    @Transactional
    public ReferralReceipt refer(Referral input) {
        if (blankToNull(input.requester().email()) == null && blankToNull(input.requester().phone()) == null) {
            throw ProblemException.invalid("requester", "needs an e-mail or a phone number: the correspondant will contact them");
        }
        Instant now = Instant.now(clock);
        QuickRequest r = newRequest(input.channel(), input.requester(), input.subject(), input.department(), input.commune(),
                input.question(), now);
        policy.requireCovers(r.department);
        r.receivedAt = now;
        r.loggedBy = caller.name();
        r.status = RequestStatus.OPEN;
        r.persist();
        return new ReferralReceipt(r.id, r.department, r.status, r.receivedAt);
    }

    /** A request sent through the public form: open, assigned to no one, seen by its department's correspondants. */
    @Transactional
    public void submit(Submission input) {
        Instant now = Instant.now(clock);
        QuickRequest r = newRequest(RequestChannel.WEB_FORM,
                new Requester(input.firstName(), input.lastName(), input.email(), input.phone(), input.profession(),
                        input.careerStage()),
                input.subject(), input.department(), input.commune(), input.question(), now);
        r.receivedAt = now;
        r.loggedBy = QuickRequest.PUBLIC;
        r.status = RequestStatus.OPEN;
        r.persist();
    }

    public QuickRequestView get(UUID id) {
        return QuickRequestView.of(visible(id));
    }

    public Page<QuickRequestView> list(RequestFilter filter, String cursor, int limit) {
        List<QuickRequest> found = repository.list(policy.departmentsInCharge(), filter, CaseCursor.decode(cursor), limit + 1);
        List<QuickRequest> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new CaseCursor(page.get(page.size() - 1).receivedAt, page.get(page.size() - 1).id).encode() : null;
        return new Page<>(page.stream().map(QuickRequestView::of).toList(), next);
    }

    /** Takes, answers, orients or closes a request; fields left out stay as they are. */
    @Transactional
    public QuickRequestView change(UUID id, String ifMatch, RequestChanges changes) {
        if (changes.equals(RequestChanges.NONE)) {
            throw new ProblemException(Problem.invalid("The request names no field to change.", List.of()));
        }
        QuickRequest r = forChange(id, ifMatch);
        if (r.status == RequestStatus.CASE_OPENED) {
            throw ProblemException.conflict("This request became a case; follow it there.");
        }
        Instant now = Instant.now(clock);
        if (changes.assignee() != null) {
            r.assignee = changes.assignee();
        }
        if (changes.subject() != null) {
            r.subject = changes.subject();
        }
        if (changes.answer() != null) {
            r.answer = blankToNull(changes.answer());
        }
        if (changes.status() != null || changes.orientedTo() != null || changes.answeredAt() != null || changes.answer() != null) {
            settle(r, changes.status() == null ? r.status : changes.status(),
                    changes.orientedTo() != null ? changes.orientedTo() : r.orientedTo, changes.answeredAt(), now);
        }
        touch(r, now);
        return QuickRequestView.of(r);
    }

    /** The request, if the caller sees it: a correspondant of its department. Others' are 404. */
    QuickRequest visible(UUID id) {
        QuickRequest r = QuickRequest.findById(id);
        if (r == null || !policy.seesRequestsOf(r.department)) {
            throw ProblemException.notFound("No request " + id + " among those you can see.");
        }
        return r;
    }

    /**
     * The request, locked for this transaction, after checking that the client changes the version it read (an
     * If-Match is required: 428 without, 412 when stale). Concurrent changes queue on the row lock, each seeing what
     * the previous one left. An anonymised request takes no change.
     */
    QuickRequest forChange(UUID id, String ifMatch) {
        IfMatch.requirePresent(ifMatch, "request");
        QuickRequest r = visible(id);
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.anonymisedAt != null) {
            throw ProblemException.conflict("This request was anonymised; it takes no change.");
        }
        IfMatch.requireCurrent(ifMatch, r.version, "request");
        return r;
    }

    /** Moves the version now, so that the answer carries the new ETag. */
    void touch(QuickRequest r, Instant now) {
        r.updatedAt = now;
        em.flush();
    }

    /** The outcome and what it needs: an answer to be ANSWERED, a partner organisation to be ORIENTED. */
    private void settle(QuickRequest r, RequestStatus status, String orientedTo, Instant answeredAt, Instant now) {
        if (status == RequestStatus.CASE_OPENED) {
            throw ProblemException.invalid("status", "CASE_OPENED comes from opening a case from the request (POST /requests/{id}/case)");
        }
        if (status == RequestStatus.ANSWERED && r.answer == null) {
            throw ProblemException.invalid("answer", "is required for an ANSWERED request");
        }
        if (status == RequestStatus.ORIENTED) {
            if (orientedTo == null) {
                throw ProblemException.invalid("orientedTo", "is required for an ORIENTED request");
            }
            if (!organisations.exists(orientedTo)) {
                throw ProblemException.invalid("orientedTo", "is not a partner organisation at the guichet's table");
            }
        } else if (orientedTo != null && !orientedTo.equals(r.orientedTo)) {
            throw ProblemException.invalid("orientedTo", "goes with the status ORIENTED");
        }
        r.status = status;
        r.orientedTo = status == RequestStatus.ORIENTED ? orientedTo : null;
        if (status.isOpen()) {
            if (answeredAt != null) {
                throw ProblemException.invalid("answeredAt", "goes with an outcome, not with an OPEN request");
            }
            r.answeredAt = null;
        } else if (answeredAt != null || r.answeredAt == null) {
            r.answeredAt = notAfterNow("answeredAt", answeredAt == null ? now : answeredAt, now);
            if (r.answeredAt.isBefore(r.receivedAt)) {
                throw ProblemException.invalid("answeredAt", "must not be before receivedAt");
            }
        }
    }

    private QuickRequest newRequest(RequestChannel channel, Requester requester, RequestSubject subject, String department,
            String commune, String question, Instant now) {
        QuickRequest r = new QuickRequest();
        r.id = UUID.randomUUID();
        r.channel = channel;
        r.firstName = blankToNull(requester.firstName());
        r.lastName = blankToNull(requester.lastName());
        r.email = blankToNull(requester.email());
        r.phone = blankToNull(requester.phone());
        r.profession = requester.profession();
        r.careerStage = requester.careerStage();
        r.subject = subject;
        r.commune = commune;
        r.department = departmentOf(department, commune);
        r.question = question.strip();
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** The department given, or the commune's; both given, they must agree. */
    private static String departmentOf(String department, String commune) {
        if (commune == null) {
            if (department == null) {
                throw ProblemException.invalid("department", "is required when no commune is given");
            }
            return department;
        }
        String communes = CaseFile.departmentOf(commune);
        if (department != null && !department.equals(communes)) {
            throw ProblemException.invalid("department", "is not the department of commune " + commune);
        }
        return communes;
    }

    private static Instant notAfterNow(String field, Instant instant, Instant now) {
        if (instant.isAfter(now)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return instant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
