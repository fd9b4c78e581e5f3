package fr.guichet.welcome.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Someone met at an event (channel EVENT), referred to the correspondants of the event's department, as cases-service's
 * referQuickRequest takes it (its schema Referral); cases-service logs it open and unassigned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewQuickRequest(String channel, Requester requester, String subject, String department, String question) {

    /** Who asks: the registrant, as they registered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requester(String firstName, String lastName, String email, String careerStage) {
    }

    public static NewQuickRequest metAtAnEvent(Requester requester, String department, String question) {
        return new NewQuickRequest("EVENT", requester, "STEPS", department, question);
    }
}
