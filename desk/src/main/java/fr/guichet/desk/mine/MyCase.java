package fr.guichet.desk.mine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CaseStatus;

/** A case of mine, as /api/me (current) and GET /api/cases/{id} both give it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyCase(UUID id, String reference, CaseStatus status, Project project, String abandonReason, Instant createdAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String targetCommune, LocalDate plannedStartDate) {
    }

    public LocalDate plannedStartDate() {
        return project == null ? null : project.plannedStartDate();
    }
}
