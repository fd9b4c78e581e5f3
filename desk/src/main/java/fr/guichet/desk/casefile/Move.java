package fr.guichet.desk.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.vocabulary.CaseStatus;

/** The body of moveCase (the API's TransitionRequest): the step to enter and, optionally, why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Move(CaseStatus to, String reason) {
}
