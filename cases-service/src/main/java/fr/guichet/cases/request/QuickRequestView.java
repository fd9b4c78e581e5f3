package fr.guichet.cases.request;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.cases.request.RequestInputs.Requester;

/** A quick request as correspondants see it; {@code version} is also its ETag. */
@Schema(name = "QuickRequest")
public record QuickRequestView(UUID id, int version, RequestStatus status, RequestChannel channel, Requester requester,
        RequestSubject subject, String department, String commune, String question, String answer, String orientedTo,
        @Schema(description = "The case the request became (status CASE_OPENED)") UUID caseId,
        String assignee, String loggedBy, Instant receivedAt, Instant answeredAt,
        @Schema(description = "Seconds from receivedAt to answeredAt; null while the request is open")
        Long secondsToAnswer, Instant createdAt, Instant updatedAt, Instant anonymisedAt) {

    static QuickRequestView of(QuickRequest r) {
        return new QuickRequestView(r.id, r.version, r.status, r.channel,
                new Requester(r.firstName, r.lastName, r.email, r.phone, r.profession, r.careerStage), r.subject,
                r.department, r.commune, r.question, r.answer, r.orientedTo, r.caseId, r.assignee, r.loggedBy,
                r.receivedAt, r.answeredAt,
                r.answeredAt == null ? null : Duration.between(r.receivedAt, r.answeredAt).toSeconds(),
                r.createdAt, r.updatedAt, r.anonymisedAt);
    }
}
