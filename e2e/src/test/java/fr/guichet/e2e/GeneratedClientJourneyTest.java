package fr.guichet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.guichet.client.ApiClient;
import fr.guichet.client.ApiException;
import fr.guichet.client.ApiResponse;
import fr.guichet.client.api.CasesApi;
import fr.guichet.client.api.MeApi;
import fr.guichet.client.api.PartnersApi;
import fr.guichet.client.api.TasksApi;
import fr.guichet.client.api.WorkflowApi;
import fr.guichet.client.model.CareerStage;
import fr.guichet.client.model.CaseStatus;
import fr.guichet.client.model.CaseView;
import fr.guichet.client.model.NewCase;
import fr.guichet.client.model.OrganisationInput;
import fr.guichet.client.model.OrganisationKind;
import fr.guichet.client.model.PracticeMode;
import fr.guichet.client.model.Profession;
import fr.guichet.client.model.ProfessionalInput;
import fr.guichet.client.model.ProjectInput;
import fr.guichet.client.model.TaskChange;
import fr.guichet.client.model.TaskStatus;
import fr.guichet.client.model.TaskView;
import fr.guichet.client.model.TransitionRequest;

/**
 * The partner journey with nothing but the Java client generated from the published document (e2e/pom.xml): the
 * CPAM of the Aisne files a case, follows it to the joint session, works on its own task, lists its cases, and a
 * doctor reads their home view. Where the client cannot say something, the document is wrong. docs/partners.md
 * quotes the regions marked for it.
 */
@ExtendWith(Stack.class)
class GeneratedClientJourneyTest {

    private static final String LAON = "02408";

    /** A client of the gateway for one token, as a partner's application builds it. */
    private static ApiClient clientWith(String token) {
        // partners.md: client
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        // partners.md: end
        return client;
    }

    /** The CPAM of the Aisne, registered as the demo does unless it already did: the test does not depend on the demo. */
    @BeforeAll
    static void registerTheCpam() throws ApiException {
        try {
            new PartnersApi(clientWith(Tokens.of("admin"))).createPartnerOrganisation(new OrganisationInput().code("CPAM-02")
                    .name("CPAM de l'Aisne").kind(OrganisationKind.CPAM).departments(List.of("02")));
        } catch (ApiException e) {
            assertEquals(409, e.getCode(), e.getResponseBody());
        }
    }

    @Test
    void a_partner_files_a_case_and_works_on_its_task_with_the_generated_client() throws ApiException {
        ApiClient partner = clientWith(Tokens.partnerDemo());
        CasesApi cases = new CasesApi(partner);

        // partners.md: create
        NewCase newCase = new NewCase()
                .professional(new ProfessionalInput().rpps("10012345673").firstName("Paul").lastName("Durand")
                        .email("paul.durand@example.org").profession(Profession.NURSE).careerStage(CareerStage.INSTALLING))
                .project(new ProjectInput().targetCommune(LAON).practiceMode(PracticeMode.LIBERAL)
                        .plannedStartDate(LocalDate.of(2027, 3, 1)));
        String key = UUID.randomUUID().toString(); // one per case you mean to file; the same again on a retry
        ApiResponse<CaseView> created = cases.createCaseWithHttpInfo(newCase, key);
        CaseView filed = created.getData();
        URI location = URI.create(created.getHeaders().get("location").get(0));
        // partners.md: end

        assertEquals(201, created.getStatusCode());
        assertEquals(CaseStatus.RECEIVED, filed.getStatus());
        assertEquals("Durand", filed.getProfessional().getLastName());
        assertEquals(LAON, filed.getProject().getTargetCommune());
        assertTrue(filed.getReference().startsWith("GU-02-"), filed.getReference());
        assertTrue(location.getPath().endsWith("/cases/" + filed.getId()), location.toString());
        assertEquals(filed.getId(), cases.createCase(newCase, key).getId(), "a retry with the same key files nothing new");

        ApiResponse<CaseView> read = cases.getCaseWithHttpInfo(filed.getId());
        assertEquals(filed.getReference(), read.getData().getReference());
        assertEquals(etagOf(created), etagOf(read));

        toTheJointSession(filed.getId());

        // partners.md: task
        TasksApi tasks = new TasksApi(partner);
        TaskView ours = tasks.listCaseTasks(filed.getId()).stream()
                .filter(task -> "CPAM-02".equals(task.getOwnerOrg())).findFirst().orElseThrow();
        String etag = etagOf(cases.getCaseWithHttpInfo(filed.getId()));
        ApiResponse<TaskView> changed = tasks.updateTaskWithHttpInfo(filed.getId(), ours.getId(), etag,
                new TaskChange().status(TaskStatus.IN_PROGRESS).note("Dossier reçu"));
        String next = etagOf(changed); // the case's new version, for the next change
        // partners.md: end

        assertEquals(TaskStatus.IN_PROGRESS, changed.getData().getStatus());
        assertEquals("Dossier reçu", changed.getData().getNote());
        assertNotEquals(etag, next, "the change moves the case's version");
        ApiException stale = assertThrows(ApiException.class, () -> tasks.updateTask(
                filed.getId(), ours.getId(), etag, new TaskChange().status(TaskStatus.DONE)));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("\"status\":412"), stale.getResponseBody());

        assertTrue(casesWithOurTasks(cases).contains(filed.getId()), "mine=tasks lists the case");
    }

    @Test
    void a_doctor_reads_their_home_view_with_the_generated_client() throws ApiException {
        ApiClient doctor = clientWith(Tokens.of("doctor"));
        CaseView own = new CasesApi(doctor).createCase(new NewCase()
                .professional(new ProfessionalInput().firstName("Camille").lastName("Moreau").email("camille.moreau@example.org")
                        .profession(Profession.GENERAL_PRACTITIONER).careerStage(CareerStage.INSTALLING))
                .project(new ProjectInput().targetCommune(LAON)), null);

        var me = new MeApi(doctor).getMe();

        assertEquals("10005173140", own.getProfessional().getRpps(), "the RPPS comes from the doctor's token");
        assertTrue(me.getCases().stream().anyMatch(summary -> own.getReference().equals(summary.getReference())),
                "the home view lists the case just filed");
        assertEquals(own.getReference(), me.getCurrent().getReference(), "the newest open case is the current one");
    }

    /** The CPAM's cases with a task to do, every page. */
    private static List<UUID> casesWithOurTasks(CasesApi cases) throws ApiException {
        // partners.md: pages
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            // assignee, channel, createdFrom, createdTo, cursor, department, limit, mine, profession, q, status
            var page = cases.listCases(null, null, null, null, cursor, null, 2, "tasks", null, null, null);
            page.getItems().forEach(summary -> ids.add(summary.getId()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        // partners.md: end
        return ids;
    }

    /** The guichet's correspondant takes the case to the joint session, which opens every partner's tasks. */
    private static void toTheJointSession(UUID id) throws ApiException {
        ApiClient desk = clientWith(Tokens.of("correspondant"));
        String etag = etagOf(new CasesApi(desk).getCaseWithHttpInfo(id));
        for (CaseStatus step : List.of(CaseStatus.QUALIFIED, CaseStatus.PROJECT_DEFINED, CaseStatus.PROCEDURES)) {
            ApiResponse<CaseView> moved = new WorkflowApi(desk).moveCaseWithHttpInfo(id, etag, new TransitionRequest().to(step));
            assertEquals(step, moved.getData().getStatus());
            etag = etagOf(moved);
        }
    }

    private static String etagOf(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }
}
