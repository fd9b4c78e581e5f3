package fr.guichet.common.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy that keeps null elements, so that a request's {@code [null]} reaches bean
     * validation, which names the field, instead of failing inside {@code List.copyOf}.
     */
    public static <T> List<T> copyAllowingNulls(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
