package fr.guichet.cases.contract;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the gateway expects of cases-service (contracts/cases-service), replayed against the real service
 * with the doctor's own token, on a case of theirs at the joint session: assigned, its checklist open and
 * an aid selected. Renaming a field the gateway reads fails this build, not /api/me.
 */
@QuarkusTest
class ConsumerContractsTest {

    static List<Contract> contracts() {
        return Contract.allOf("cases-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void cases_service_answers_what_the_gateway_reads(Contract contract) {
        String id = aCaseOfClaireAtTheJointSession();

        Response answer = claire().when().request(contract.request().method(), contract.pathWith(Map.of("id", id)));

        contract.assertAnsweredBy(answer.statusCode(), answer.asString());
    }

    private static String aCaseOfClaireAtTheJointSession() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        etag = occitanie().header("If-Match", etag).body(Map.of("assignee", "correspondant-occitanie"))
                .put("/cases/" + id + "/assignee").then().statusCode(200).extract().header("ETag");
        occitanie().header("If-Match", etag).body(Map.of("code", "OCCITANIE_MONTAGNE")).post("/cases/" + id + "/aids")
                .then().statusCode(201);
        return id;
    }
}
