package fr.guichet.testsupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** Every error answer is an RFC 9457 problem (design.md) with the given status, and never shows the internals. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(MEDIA_TYPE)
                .expectBody("type", notNullValue())
                .expectBody("title", notNullValue())
                .expectBody("status", equalTo(status))
                .expectBody(allOf(not(containsString("Exception")), not(containsString("\tat "))))
                .build();
    }
}
