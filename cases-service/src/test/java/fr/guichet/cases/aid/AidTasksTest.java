package fr.guichet.cases.aid;

import static fr.guichet.cases.Actors.occitanie;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;

/** An aid's tasks go to the organisation that funds it, and payments after the installation do not hold it up. */
@QuarkusTest
class AidTasksTest {

    @AfterEach
    void simulatorAsUsual() {
        AidsServiceStub.answerNormally();
    }

    @Test
    void each_aid_task_goes_to_the_organisation_that_handles_it() {
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("CAIM", "ASSURANCE_MALADIE", "CONVENTIONAL_INSTALLATION", List.of(), "INSTALMENTS", "2027-01-04"),
                AidsServiceStub.aid("OCCITANIE_MONTAGNE", "ARS", "REGIONAL_INSTALLATION", List.of(), "UNSCHEDULED_TOTAL"),
                AidsServiceStub.aid("FRR_TAX_EXEMPTION", "STATE", "TAX_EXEMPTION", List.of(), "DESCRIBED"),
                AidsServiceStub.aid("LOZERE_STUDENT_AID", "DEPARTMENT", "LOCAL_INSTALLATION", List.of(), "ONE_OFF", "2027-01-04"),
                AidsServiceStub.aid("MENDE_PREMISES_AID", "COMMUNE_EPCI", "LOCAL_INSTALLATION", List.of(), "ONE_OFF", "2027-01-04"),
                AidsServiceStub.aid("OCCITANIE_REGION_AID", "REGION", "LOCAL_INSTALLATION", List.of(), "ONE_OFF", "2027-01-04"));
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");

        for (String code : List.of("CAIM", "OCCITANIE_MONTAGNE", "FRR_TAX_EXEMPTION", "LOZERE_STUDENT_AID", "MENDE_PREMISES_AID",
                "OCCITANIE_REGION_AID")) {
            etag = CaseAidFactsTest.select(id, etag, code).then().statusCode(201).extract().header("ETag");
        }

        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'AID_CAIM' }.partner", equalTo("CPAM_48"))
                .body("find { it.code == 'AID_OCCITANIE_MONTAGNE' }.partner", equalTo("ARS"))
                .body("find { it.code == 'AID_FRR_TAX_EXEMPTION' }.partner", equalTo("TAX_OFFICE"))
                .body("find { it.code == 'AID_LOZERE_STUDENT_AID' }.partner", equalTo("DEPARTMENT_48"))
                .body("find { it.code == 'AID_MENDE_PREMISES_AID' }.partner", equalTo("COMMUNE_48095"))
                .body("find { it.code == 'AID_OCCITANIE_REGION_AID' }.partner", equalTo("REGION"));
    }

    @Test
    void payments_after_the_installation_are_follow_ups_that_do_not_block_it() {
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("CAIM", "ASSURANCE_MALADIE", "CONVENTIONAL_INSTALLATION", List.of(), "INSTALMENTS",
                        "2027-01-04", "2028-01-04"),
                AidsServiceStub.aid("CONV2024_INSTALLATION_ZIP", "ASSURANCE_MALADIE", "CONVENTIONAL_INSTALLATION", List.of(),
                        "ONE_OFF", "2027-04-04"));
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String etag = Cases.moveThrough(Actors::occitanie, id, "QUALIFIED");
        etag = CaseAidFactsTest.select(id, etag, "CAIM").then().statusCode(201).extract().header("ETag");
        CaseAidFactsTest.select(id, etag, "CONV2024_INSTALLATION_ZIP").then().statusCode(201);
        Cases.moveThrough(Actors::occitanie, id, "PROJECT_DEFINED", "PROCEDURES");

        occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'AID_CAIM' }.mandatory", equalTo(true))
                .body("find { it.code == 'AID_CAIM_PAYMENT_1' }.mandatory", equalTo(false))
                .body("find { it.code == 'AID_CAIM_PAYMENT_1' }.dueDate", equalTo("2028-01-04"))
                .body("find { it.code == 'AID_CAIM_PAYMENT_1' }.partner", equalTo("CPAM_48"))
                .body("find { it.code == 'AID_CONV2024_INSTALLATION_ZIP' }.mandatory", equalTo(false))
                .body("find { it.code == 'AID_CONV2024_INSTALLATION_ZIP' }.dueDate", equalTo("2027-04-04"));

        String done = Cases.finishMandatoryTasks(Actors::occitanie, id, "DONE");
        Cases.move(occitanie(), id, done, "INSTALLED").then().statusCode(200);
        occitanie().get("/cases/" + id + "/tasks").then()
                .body("findAll { !it.mandatory }.code", hasItems("AID_CAIM_PAYMENT_1", "AID_CONV2024_INSTALLATION_ZIP"))
                .body("find { it.code == 'AID_CAIM_PAYMENT_1' }.status", equalTo("TODO"));
    }
}
