package fr.guichet.desk.requests;

import java.util.List;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.Profession;

/** What the request forms' selects offer: the API's codes in its order, and the partner organisations. */
public record Choices(List<RequestChannel> channels, List<RequestSubject> subjects, List<RequestStatus> outcomes,
        List<RequestStatus> statuses, List<Profession> professions, List<CareerStage> careerStages,
        List<Organisation> organisations) {

    static Choices with(List<Organisation> organisations) {
        return new Choices(List.of(RequestChannel.values()), List.of(RequestSubject.values()), RequestStatus.CHOSEN,
                List.of(RequestStatus.values()), List.of(Profession.values()), List.of(CareerStage.values()), organisations);
    }

    /** The name of an organisation from its code, or the code when unknown. */
    public String organisationName(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).map(Organisation::name).findFirst().orElse(code);
    }
}
