package fr.guichet.desk.requests;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.Profession;

/** A quick request as the API shows it, with the fields the pages use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuickRequest(UUID id, RequestStatus status, RequestChannel channel, Requester requester,
        RequestSubject subject, String department, String commune, String question, String answer, String orientedTo,
        UUID caseId, String assignee, Instant receivedAt, Instant answeredAt) {

    /** Who asked; any field may be empty (an anonymous caller). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requester(String firstName, String lastName, String email, String phone, Profession profession,
            CareerStage careerStage) {

        static final Requester NOBODY = new Requester(null, null, null, null, null, null);
    }

    public Requester who() {
        return requester == null ? Requester.NOBODY : requester;
    }

    /** "Léa Durand", or a plain phrase for an anonymous caller. */
    public String requesterName() {
        String name = ((who().firstName() == null ? "" : who().firstName()) + " "
                + (who().lastName() == null ? "" : who().lastName())).strip();
        return name.isEmpty() ? "Demandeur anonyme" : name;
    }

    /** The request's page. */
    public String path() {
        return QuickRequestResource.LIST + "/" + id;
    }

    /** A request that became a case changes no more. */
    public boolean isSettledAsCase() {
        return status == RequestStatus.CASE_OPENED;
    }
}
