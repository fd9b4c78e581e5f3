package fr.guichet.welcome.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quick request as cases-service's logQuickRequest takes it (its schema NewQuickRequest): met at an event (channel
 * EVENT), open (no answer yet), in the event's department.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewQuickRequest(String channel, Requester requester, String subject, String department, String question,
        String status) {

    /** Who asks: the registrant, as they registered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requester(String firstName, String lastName, String email, String careerStage) {
    }

    public static NewQuickRequest metAtAnEvent(Requester requester, String department, String question) {
        return new NewQuickRequest("EVENT", requester, "STEPS", department, question, "OPEN");
    }
}
