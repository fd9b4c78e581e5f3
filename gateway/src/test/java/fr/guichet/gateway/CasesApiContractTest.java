package fr.guichet.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.gateway.composition.CasesViews;
import fr.guichet.gateway.composition.Eligibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The gateway's typed view of cases-service reads exactly the fields of the examples in
 * contracts/cases-service, which cases-service's tests hold its real answers to: a field renamed on either
 * side fails a build.
 */
@QuarkusTest
class CasesApiContractTest {

    @Inject
    ObjectMapper json;

    @Test
    void the_case_list_reads_the_list_example() {
        ComposedViewTest.CASES.assertReadExactlyBy(json.constructType(CasesViews.Page.class), json);
    }

    @Test
    void the_case_reads_the_case_example() {
        ComposedViewTest.CASE.assertReadExactlyBy(json.constructType(CasesViews.Case.class), json);
    }

    @Test
    void the_tasks_read_the_tasks_example() {
        ComposedViewTest.TASKS.assertReadExactlyBy(
                json.getTypeFactory().constructCollectionType(List.class, CasesViews.Task.class), json);
    }

    @Test
    void the_eligibility_reads_the_eligibility_example() {
        ComposedViewTest.ELIGIBILITY.assertReadExactlyBy(json.constructType(Eligibility.class), json);
    }
}
