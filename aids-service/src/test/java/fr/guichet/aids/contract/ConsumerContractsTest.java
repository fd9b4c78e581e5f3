package fr.guichet.aids.contract;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.testsupport.contract.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What the other services expect of aids-service (contracts/aids-service), replayed against the real
 * service and its seeded catalogue: renaming a field they read fails this build, not their calls.
 */
@QuarkusTest
class ConsumerContractsTest {

    static List<Contract> contracts() {
        return Contract.allOf("aids-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void aids_service_answers_what_its_consumers_read(Contract contract) {
        RequestSpecification request = given().accept(ContentType.JSON);
        if (contract.requestBody() != null) {
            request.contentType(ContentType.JSON).body(contract.requestBody());
        }

        Response answer = request.when().request(contract.request().method(), contract.examplePath());

        contract.assertAnsweredBy(answer.statusCode(), answer.asString());
    }
}
