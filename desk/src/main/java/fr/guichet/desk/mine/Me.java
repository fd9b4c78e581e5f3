package fr.guichet.desk.mine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.CaseStatus;

/** GET /api/me: the doctor's cases, the current one (the first open) and its tasks not finished yet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Me(List<Summary> cases, MyCase current, List<MyTask> openTasks, boolean degraded) {

    public Me {
        cases = cases == null ? List.of() : cases;
        openTasks = openTasks == null ? List.of() : openTasks;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, String reference, CaseStatus status, boolean open, Instant createdAt) {
    }
}
