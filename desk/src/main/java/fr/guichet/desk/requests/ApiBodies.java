package fr.guichet.desk.requests;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.Profession;

/** What the pages send to the API, fields left empty left out. */
final class ApiBodies {

    private ApiBodies() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewQuickRequest(RequestChannel channel, Requester requester, RequestSubject subject,
            String department, String commune, String question, String answer, RequestStatus status, String orientedTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Requester(String firstName, String lastName, String email, String phone, Profession profession,
            CareerStage careerStage) {

        static final Requester ANONYMOUS = new Requester(null, null, null, null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestChanges(RequestSubject subject, String answer, RequestStatus status, String orientedTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseFromRequest(String rpps, String firstName, String lastName, String email, Profession profession,
            CareerStage careerStage, String targetCommune, LocalDate plannedStartDate) {
    }
}
