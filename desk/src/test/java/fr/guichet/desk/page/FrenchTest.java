package fr.guichet.desk.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FrenchTest {

    @Test
    void dates_are_written_the_french_way_with_the_first_of_the_month_as_1er() {
        assertEquals("2 mars 2027", French.date(LocalDate.of(2027, 3, 2)));
        assertEquals("1er septembre 2027", French.date(LocalDate.of(2027, 9, 1)));
        assertEquals("02/03/2027", French.shortDate(LocalDate.of(2027, 3, 2)));
    }

    @Test
    void an_instant_is_read_on_the_paris_clock() {
        // 23:30 UTC on the last day of February is already 1 March in Paris
        assertEquals("1er mars 2027 à 00h30", French.dateTime(Instant.parse("2027-02-28T23:30:00Z")));
        assertEquals("1er mars 2027", French.date(Instant.parse("2027-02-28T23:30:00Z")));
    }

    @Test
    void amounts_are_in_euros_with_french_spacing_and_cents_only_when_there_are_some() {
        assertEquals("12\u202f500\u00a0€", French.euros(1_250_000L));
        assertEquals("12\u202f500,50\u00a0€", French.euros(1_250_050L));
        assertEquals("", French.euros(null));
    }
}
