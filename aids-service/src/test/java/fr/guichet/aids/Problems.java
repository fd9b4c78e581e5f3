package fr.guichet.aids;

import io.restassured.specification.ResponseSpecification;

/** Every error answer is an RFC 9457 problem (design.md) and never shows the internals: test-support's check. */
public final class Problems {

    public static final String MEDIA_TYPE = fr.guichet.testsupport.Problems.MEDIA_TYPE;

    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return fr.guichet.testsupport.Problems.problem(status);
    }
}
