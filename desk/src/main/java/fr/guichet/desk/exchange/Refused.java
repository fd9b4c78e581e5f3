package fr.guichet.desk.exchange;

/** A form of the exchange that could not go through: the page shows it again with its French explanation. */
class Refused extends RuntimeException {

    private final FormState form;

    Refused(FormState form) {
        super(form.form() + ": " + form.summary(), null, false, false);
        this.form = form;
    }

    FormState form() {
        return form;
    }
}
