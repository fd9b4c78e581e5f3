package fr.guichet.aids.eligibility;

import java.text.NumberFormat;
import java.util.Locale;

final class Money {

    private Money() {
    }

    /** 1234500 cents → "12 345,00 €", as the professional reads it. */
    static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(cents / 100.0);
    }
}
