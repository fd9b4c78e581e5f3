package fr.guichet.desk.requests;

import static fr.guichet.desk.page.FormText.given;

import fr.guichet.desk.page.FormErrors;

/** Reading a form's typed values: blanks are "not given", a code the lists do not offer an error on its field. */
final class FormValues {

    private FormValues() {
    }

    static String text(String value) {
        return given(value);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value, FormErrors.Builder errors) {
        String code = text(value);
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            errors.field(field, RequestWording.NOT_IN_LIST);
            return null;
        }
    }
}
