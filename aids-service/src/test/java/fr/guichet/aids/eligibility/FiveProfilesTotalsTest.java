package fr.guichet.aids.eligibility;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FiveProfilesTotalsTest {

    private static void print(String name, Map<String, Object> project) {
        io.restassured.path.json.JsonPath json = given().contentType(ContentType.JSON).body(project)
                .when().post("/eligibility").then().statusCode(200).extract().jsonPath();
        System.out.println("TOTALS " + name + " total=" + json.getLong("totalCents") + " combination=" + json.getList("combination")
                + " statuses=" + json.getList("aids.findAll { it.status != 'INELIGIBLE' }.collect { it.code + ':' + it.status + ':' + it.schedule.totalCents }"));
    }

    /** The request as it was before issue #14: without the fields added since. */
    private static Map<String, Object> old(Map<String, Object> project) {
        project.remove("practiceSite");
        project.remove("alreadyInstalledElsewhere");
        return project;
    }

    @Test
    void print_totals_of_the_old_requests() {
        print("OLD GP ZIP Laon 2025-03-01", old(Projects.project("02408", "INSTALLING", "2025-03-01")));
        print("OLD GP ZIP Laon 2026-03-01", old(Projects.project("02408", "INSTALLING", "2026-03-01")));
        print("OLD GP Mende 2022-06-01", old(Projects.project("48095", "INSTALLING", "2022-06-01")));
        print("OLD GP Mende 2026-01-01", old(Projects.project("48095", "INSTALLING", "2026-01-01")));
        print("OLD Student 4th year Laon 2026-09-01", old(Projects.project("02408", "STUDENT", "2026-09-01")));
        Map<String, Object> nurse = old(Projects.project("02007", "INSTALLING", "2026-03-01"));
        nurse.put("profession", "NURSE");
        print("OLD Nurse Aizelles 2026-03-01", nurse);
    }

    @Test
    void print_totals() {
        print("GP ZIP Laon 2025-03-01", Projects.project("02408", "INSTALLING", "2025-03-01"));
        print("GP ZIP Laon 2026-03-01", Projects.project("02408", "INSTALLING", "2026-03-01"));
        print("GP Mende 2022-06-01", Projects.project("48095", "INSTALLING", "2022-06-01"));
        print("GP Mende 2026-01-01", Projects.project("48095", "INSTALLING", "2026-01-01"));
        Map<String, Object> student = Projects.project("02408", "STUDENT", "2026-09-01");
        student.put("remainingStudyMonths", 36);
        print("Student 4th year Laon 2026-09-01", student);
        Map<String, Object> nurse = Projects.project("02007", "INSTALLING", "2026-03-01");
        nurse.put("profession", "NURSE");
        print("Nurse Aizelles 2026-03-01", nurse);
    }
}
