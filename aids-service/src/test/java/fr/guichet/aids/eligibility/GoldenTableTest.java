package fr.guichet.aids.eligibility;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The simulator against {@code eligibility/golden.json}: profiles and dates whose answer was worked out
 * from shared/domain.md, each row naming the line it follows. Every aid in force is checked: those the row
 * lists have the status it gives, all others must be INELIGIBLE.
 */
@QuarkusTest
class GoldenTableTest {

    private static final String ABSENT = "ABSENT";

    record Row(String id, String source, Map<String, Object> project, Map<String, String> aids, long totalCents) {
    }

    private record Table(String about, Map<String, Object> defaults, List<Row> rows) {
    }

    static Stream<Arguments> rows() throws IOException {
        try (InputStream json = GoldenTableTest.class.getResourceAsStream("/eligibility/golden.json")) {
            Table table = new ObjectMapper().readValue(json, new TypeReference<Table>() {
            });
            return table.rows().stream().map(row -> {
                Map<String, Object> project = new HashMap<>(table.defaults());
                project.putAll(row.project());
                return Arguments.of(row.id(), new Row(row.id(), row.source(), project, row.aids(), row.totalCents()));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_simulator_answers_what_domain_md_says(String id, Row row) {
        Map<String, Object> answer = given().contentType(ContentType.JSON).body(row.project())
                .when().post("/eligibility")
                .then().statusCode(200).extract().as(new io.restassured.common.mapper.TypeRef<Map<String, Object>>() {
                });
        Map<String, String> statuses = statuses(answer);
        String why = id + " (domain.md " + row.source() + ")";
        List<Executable> checks = new ArrayList<>();
        row.aids().forEach((code, expected) -> checks.add(ABSENT.equals(expected)
                ? () -> assertFalse(statuses.containsKey(code), code + " must not be in force: " + why)
                : () -> assertEquals(expected, statuses.get(code), code + ": " + why)));
        statuses.forEach((code, status) -> {
            if (!row.aids().containsKey(code)) {
                checks.add(() -> assertEquals("INELIGIBLE", status, code + " is not listed, so INELIGIBLE: " + why));
            }
        });
        checks.add(() -> assertEquals(row.totalCents(), ((Number) answer.get("totalCents")).longValue(),
                "totalCents: " + why + ", combination " + answer.get("combination")));
        assertAll(why, checks);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(Map<String, Object> answer) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> aid : (List<Map<String, Object>>) answer.get("aids")) {
            statuses.put((String) aid.get("code"), (String) aid.get("status"));
        }
        return statuses;
    }
}
