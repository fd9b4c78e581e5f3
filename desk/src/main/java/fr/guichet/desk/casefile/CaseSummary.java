package fr.guichet.desk.casefile;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CaseStatus;
import fr.guichet.desk.vocabulary.Profession;

/** A row of the case list (the API's CaseSummary). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSummary(UUID id, String reference, CaseStatus status, String firstName, String lastName,
        Profession profession, String department, Channel channel, String assignee, Instant createdAt,
        int overdueTasks) {

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
