package fr.guichet.cases.task;

import static fr.guichet.cases.Cases.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.AidsServiceStub;
import fr.guichet.cases.Cases;
import fr.guichet.cases.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * At the joint session each task goes to the organisation of its kind that serves the case's department, and that
 * organisation sits at the case's table from then on. The organisations here serve the Somme (80); none serves the
 * Pas-de-Calais (62).
 */
@QuarkusTest
class TaskOwnershipTest {

    private static final String AMIENS = "80021";
    private static final String ARRAS = "62041";
    private static final Supplier<RequestSpecification> STAFF = () -> Actors.correspondant("correspondant-hdf", "80", "62");

    @Inject
    EntityManager em;

    @BeforeEach
    void organisations() {
        Partners.register("CPAM-80", "CPAM", "80");
        Partners.register("ORDRE-80", "ORDRE", "80");
        Partners.register("URSSAF-HDF", "URSSAF", "62", "80");
        Partners.register("ARS-HDF", "ARS", "80");
    }

    private static String aCaseAtTheJointSession(String commune) {
        return Partners.aCaseAtTheJointSession(STAFF, commune);
    }

    @Test
    void each_task_goes_to_the_organisation_serving_the_department() {
        String id = aCaseAtTheJointSession(AMIENS);

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.ownerOrg", equalTo("CPAM-80"))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.ownerOrg", equalTo("ORDRE-80"))
                .body("find { it.code == 'URSSAF_DECLARATION' }.ownerOrg", equalTo("URSSAF-HDF"))
                .body("find { it.code == 'COORDINATED_PRACTICE' }.ownerOrg", equalTo("ARS-HDF"))
                .body("find { it.code == 'RCP_INSURANCE' }.ownerOrg", nullValue());
    }

    @Test
    void the_on_call_duty_is_the_ordres_and_the_cps_card_comes_from_the_ans() {
        String id = aCaseAtTheJointSession(AMIENS);

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'ON_CALL_DUTY' }.ownerOrg", equalTo("ORDRE-80"))
                .body("find { it.code == 'ON_CALL_DUTY' }.label", org.hamcrest.Matchers.containsString("PDSA"))
                .body("find { it.code == 'COORDINATED_PRACTICE' }.label", not(org.hamcrest.Matchers.containsString("permanence")))
                .body("find { it.code == 'RPPS_CPS' }.label", org.hamcrest.Matchers.containsString("ANS"));
    }

    @Test
    void where_no_organisation_serves_the_department_the_guichet_follows_the_task() {
        String id = aCaseAtTheJointSession(ARRAS);

        STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("find { it.code == 'CPAM_CONVENTIONNEMENT' }.ownerOrg", nullValue())
                .body("find { it.code == 'URSSAF_DECLARATION' }.ownerOrg", equalTo("URSSAF-HDF"));
        Actors.partner("cpam-80", "CPAM-80").get("/cases/" + id).then().spec(problem(404));
    }

    @Test
    void the_owners_see_the_case_from_the_joint_session_on_and_not_before() {
        String id = Cases.create(STAFF.get(), Cases.newCase(Actors.RPPS_CLAIRE, AMIENS));
        Cases.moveThrough(STAFF, id, "QUALIFIED", "PROJECT_DEFINED");
        Actors.partner("ordre-80", "ORDRE-80").get("/cases/" + id).then().spec(problem(404));

        Cases.moveThrough(STAFF, id, "PROCEDURES");

        Actors.partner("ordre-80", "ORDRE-80").get("/cases/" + id).then().statusCode(200);
        Actors.partner("ordre-80", "ORDRE-80").get("/cases").then().statusCode(200).body("items.id", hasItem(id));
        STAFF.get().get("/cases/" + id).then().statusCode(200);
        Actors.partner("someone-else", "ORDRE-62").get("/cases/" + id).then().spec(problem(404));
    }

    @Test
    void an_aid_task_goes_to_the_funders_organisation_in_the_department() {
        AidsServiceStub.answerWithAids(
                AidsServiceStub.aid("CAIM", "ASSURANCE_MALADIE", "INSTALLATION_GRANT", List.of(), "ONE_OFF", "2027-01-04"),
                AidsServiceStub.aid("SOMME_AID", "REGION", "INSTALLATION_GRANT", List.of(), "ONE_OFF", "2027-01-04"));
        try {
            String id = aCaseAtTheJointSession(AMIENS);
            String etag = Cases.etag(STAFF.get(), id);
            etag = STAFF.get().header("If-Match", etag).body(Map.of("code", "CAIM")).post("/cases/" + id + "/aids")
                    .then().statusCode(201).extract().header("ETag");
            STAFF.get().header("If-Match", etag).body(Map.of("code", "SOMME_AID")).post("/cases/" + id + "/aids")
                    .then().statusCode(201);

            STAFF.get().get("/cases/" + id + "/tasks").then().statusCode(200)
                    .body("find { it.code == 'AID_CAIM' }.ownerOrg", equalTo("CPAM-80"))
                    .body("find { it.code == 'AID_SOMME_AID' }.ownerOrg", equalTo("ARS-HDF"));
        } finally {
            AidsServiceStub.answerNormally();
        }
    }

    @Test
    void each_owner_is_told_of_its_task() {
        String id = aCaseAtTheJointSession(AMIENS);

        @SuppressWarnings("unchecked")
        List<String> assigned = em.createNativeQuery(
                "select payload ->> 'ownerOrg' from outbox_event where case_id = :id and type = 'task.assigned'")
                .setParameter("id", UUID.fromString(id)).getResultList();
        assertThat(assigned, hasItems("CPAM-80", "ORDRE-80", "URSSAF-HDF", "ARS-HDF"));
        assertThat(assigned, not(hasItem(nullValue())));
    }
}
