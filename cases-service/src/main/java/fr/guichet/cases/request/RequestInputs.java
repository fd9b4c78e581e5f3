package fr.guichet.cases.request;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.casefile.Profession;
import fr.guichet.cases.casefile.ProjectTerms.CareerStage;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What clients send to log, change, submit a quick request, and to open a case from one. */
public final class RequestInputs {

    static final String DEPARTMENT = "^(\\d{2,3}|2[AB])$";
    static final String INSEE = "^(\\d{5}|2[AB]\\d{3})$";
    static final String ORGANISATION = "^[A-Z0-9][A-Z0-9_-]{0,39}$";
    private static final String PHONE = "^\\+?[0-9 .()-]{6,20}$";
    private static final String DEPARTMENT_MESSAGE = "must be a department code such as 02";
    private static final String INSEE_MESSAGE = "must be an INSEE commune code such as 02408";

    private RequestInputs() {
    }

    /** Who asks; every field may stay empty (an anonymous caller). */
    @Schema(name = "Requester")
    public record Requester(
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            Profession profession,
            CareerStage careerStage) {

        static final Requester ANONYMOUS = new Requester(null, null, null, null, null, null);
    }

    /**
     * A request as a correspondant logs it: with its answer and outcome it is logged and closed at once. The status
     * defaults to ANSWERED when an answer is given, else OPEN.
     */
    @Schema(name = "NewQuickRequest", example = RequestExamples.NEW_REQUEST)
    public record NewQuickRequest(
            @NotNull RequestChannel channel,
            @Valid Requester requester,
            @NotNull RequestSubject subject,
            @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String department,
            @Pattern(regexp = INSEE, message = INSEE_MESSAGE) String commune,
            @NotBlank @Size(max = 4000) String question,
            @Size(max = 8000) String answer,
            RequestStatus status,
            @Pattern(regexp = ORGANISATION, message = "must be a partner organisation code") String orientedTo,
            @Schema(description = "When the request came in, if earlier than now (a call taken before logging it)")
            Instant receivedAt,
            @Schema(description = "When it was answered, if earlier than now")
            Instant answeredAt) {
    }

    /** Fields to change; those left out stay as they are. */
    @Schema(name = "QuickRequestChanges", example = RequestExamples.CHANGES)
    public record RequestChanges(
            @Size(min = 1, max = 100) String assignee,
            RequestSubject subject,
            @Size(max = 8000) String answer,
            RequestStatus status,
            @Pattern(regexp = ORGANISATION, message = "must be a partner organisation code") String orientedTo,
            Instant answeredAt) {

        static final RequestChanges NONE = new RequestChanges(null, null, null, null, null, null);
    }

    /**
     * A request sent by a professional through the public form. {@code website} is a honeypot: the form hides it
     * from people, so only robots fill it in.
     */
    @Schema(name = "QuickRequestSubmission", example = RequestExamples.SUBMISSION)
    public record Submission(
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 200) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            Profession profession,
            CareerStage careerStage,
            @NotNull RequestSubject subject,
            @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String department,
            @Pattern(regexp = INSEE, message = INSEE_MESSAGE) String commune,
            @NotBlank @Size(max = 4000) String question,
            @Schema(description = "Leave empty (hidden from people in the form)", maxLength = 500)
            @Size(max = 500) String website) {
    }

    /**
     * Someone a partner met (at a welcome event, most often) and refers to the correspondants, who will contact them:
     * so an e-mail or a phone number is required.
     */
    @Schema(name = "Referral", example = RequestExamples.REFERRAL)
    public record Referral(
            @NotNull RequestChannel channel,
            @NotNull @Valid Requester requester,
            @NotNull RequestSubject subject,
            @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE) String department,
            @Pattern(regexp = INSEE, message = INSEE_MESSAGE) String commune,
            @NotBlank @Size(max = 4000) String question) {
    }

    /**
     * What a case needs that the request may lack; anything given here replaces the request's fact. A correspondant
     * gives at least the RPPS, and the e-mail, names and target commune when the request has none.
     */
    @Schema(name = "CaseFromRequest", example = RequestExamples.CASE_FROM_REQUEST)
    public record CaseFromRequest(
            @Size(max = 11) String rpps,
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Size(max = 200) String email,
            @Size(max = 30) String phone,
            Profession profession,
            @Size(max = 100) String specialty,
            CareerStage careerStage,
            @Size(max = 5) String targetCommune,
            PracticeMode practiceMode,
            LocalDate plannedStartDate,
            @Size(max = 4000) String notes) {
    }
}
