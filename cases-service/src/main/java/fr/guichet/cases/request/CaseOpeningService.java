package fr.guichet.cases.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.guichet.cases.casefile.CaseRequests.NewCase;
import fr.guichet.cases.casefile.CaseRequests.ProfessionalInput;
import fr.guichet.cases.casefile.CaseRequests.ProjectInput;
import fr.guichet.cases.casefile.CaseService;
import fr.guichet.cases.casefile.CaseView;
import fr.guichet.cases.request.RequestInputs.CaseFromRequest;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Turns a request into a case without retyping: the request's facts (who asks, their contact, profession, career
 * stage, commune, channel, question) prefill the case, the correspondant adds what a case needs and the request
 * lacks, and each names the other.
 */
@ApplicationScoped
public class CaseOpeningService {

    private static final int NOTES_MAX = 4000;

    @Inject
    QuickRequestService requests;

    @Inject
    CaseService cases;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Transactional
    public CaseView open(UUID requestId, String ifMatch, CaseFromRequest given) {
        QuickRequest r = requests.forChange(requestId, ifMatch);
        if (r.status == RequestStatus.CASE_OPENED) {
            throw ProblemException.conflict("This request already became case " + r.caseId + ".");
        }
        NewCase newCase = prefilled(r, given);
        requireValid(newCase);
        CaseView created = cases.create(newCase, null, r.id);
        Instant now = Instant.now(clock);
        r.status = RequestStatus.CASE_OPENED;
        r.orientedTo = null;
        r.caseId = created.id();
        if (r.answeredAt == null) {
            r.answeredAt = now;
        }
        requests.touch(r, now);
        return created;
    }

    private static NewCase prefilled(QuickRequest r, CaseFromRequest given) {
        if (given.rpps() == null) {
            throw ProblemException.invalid("rpps", "is required to open a case");
        }
        ProfessionalInput professional = new ProfessionalInput(given.rpps(),
                or(given.firstName(), r.firstName), or(given.lastName(), r.lastName), or(given.email(), r.email),
                or(given.phone(), r.phone), or(given.profession(), r.profession), given.specialty(),
                or(given.careerStage(), r.careerStage));
        ProjectInput project = new ProjectInput(or(given.targetCommune(), r.commune), given.practiceMode(), null, null, null,
                null, null, null, null, null, given.plannedStartDate(), or(given.notes(), notesOf(r)));
        return new NewCase(professional, project, r.channel.caseChannel());
    }

    /** The case's notes start with the question asked and the answer given. */
    private static String notesOf(QuickRequest r) {
        String notes = "Question : " + r.question + (r.answer == null ? "" : "\nRéponse : " + r.answer);
        return notes.length() <= NOTES_MAX ? notes : notes.substring(0, NOTES_MAX);
    }

    /**
     * The case's own rules, reported under this operation's field names: a fact the request lacks and the caller did
     * not give is "required" here.
     */
    private void requireValid(NewCase newCase) {
        Set<ConstraintViolation<NewCase>> violations = validator.validate(newCase);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            throw new ProblemException(Problem.invalid("The case lacks facts the request did not give.", errors));
        }
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static <T> T or(T given, T fromRequest) {
        return given != null ? given : fromRequest;
    }
}
