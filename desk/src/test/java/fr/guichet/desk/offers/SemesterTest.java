package fr.guichet.desk.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SemesterTest {

    @Test
    void the_semesters_proposed_are_those_that_start_after_today() {
        assertEquals(List.of("2027-05", "2027-11", "2028-05", "2028-11"), Semester.after(LocalDate.of(2026, 12, 1), 4));
        assertEquals(List.of("2027-05", "2027-11"), Semester.after(LocalDate.of(2027, 4, 30), 2));
        assertEquals(List.of("2027-11"), Semester.after(LocalDate.of(2027, 5, 1), 1));
    }

    @Test
    void a_semester_is_said_by_its_first_month() {
        assertEquals("semestre de mai 2027", Semester.french("2027-05"));
        assertEquals("semestre de novembre 2027", Semester.french("2027-11"));
        assertEquals("bientôt", Semester.french("bientôt"));
    }
}
