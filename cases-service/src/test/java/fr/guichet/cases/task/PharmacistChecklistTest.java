package fr.guichet.cases.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;

/** Pharmacists, whom aids-service already knows, are accompanied too, with a checklist of their own. */
@QuarkusTest
class PharmacistChecklistTest {

    @Test
    void a_pharmacists_joint_session_opens_the_pharmacists_checklist() {
        Map<String, Object> request = Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE);
        @SuppressWarnings("unchecked")
        Map<String, Object> professional = (Map<String, Object>) request.get("professional");
        professional.put("profession", "PHARMACIST");
        String id = Cases.create(Actors.occitanie(), request);

        Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");

        Actors.occitanie().get("/cases/" + id + "/tasks").then().statusCode(200)
                .body("code", hasItems("ORDRE_REGISTRATION", "CPAM_CONVENTIONNEMENT", "CAVP_AFFILIATION", "RCP_INSURANCE"))
                .body("code", not(hasItem("CARMF_AFFILIATION")))
                .body("find { it.code == 'ORDRE_REGISTRATION' }.label", containsString("pharmaciens"));
    }
}
