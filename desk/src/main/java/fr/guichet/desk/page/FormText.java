package fr.guichet.desk.page;

/** What a person typed in a field: stripped, or null when they left it blank ("not given"). */
public final class FormText {

    private FormText() {
    }

    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
