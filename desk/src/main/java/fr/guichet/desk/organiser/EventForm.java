package fr.guichet.desk.organiser;

import static fr.guichet.desk.page.FormText.given;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.desk.events.InternSpecialty;
import fr.guichet.desk.page.French;
import fr.guichet.desk.page.FormErrors;

/** A new event as the organiser fills in its form, kept to show it again when something is refused. */
public class EventForm {

    @RestForm
    public String kind;
    @RestForm
    public String title;
    /** The start, as a datetime-local field sends it (2027-03-12T09:30), in French time. */
    @RestForm
    public String start;
    @RestForm
    public String end;
    @RestForm
    public String department;
    @RestForm
    public String commune;
    @RestForm
    public String address;
    @RestForm
    public String onlineUrl;
    @RestForm
    public List<String> studentYears = List.of();
    @RestForm
    public List<String> internSpecialties = List.of();
    @RestForm
    public String replacements;
    @RestForm
    public String capacity;
    @RestForm
    public String programme;
    /** One partner a line. */
    @RestForm
    public String partners;

    public boolean forYear(int year) {
        return studentYears.contains(String.valueOf(year));
    }

    public boolean forSpecialty(InternSpecialty specialty) {
        return internSpecialties.contains(specialty.name());
    }

    /** The event for the API; null, with the reasons in {@code errors}, when a date or the capacity cannot be read. */
    OrganiserApi.NewEvent toEvent(FormErrors.Builder errors) {
        LocalDateTime from = moment(start, "start", errors);
        LocalDateTime to = moment(end, "end", errors);
        Integer places = null;
        try {
            places = given(capacity) == null ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException notANumber) {
            errors.field("capacity", EventWording.CAPACITY);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        OrganiserApi.NewEvent.Place place = given(commune) == null && given(address) == null ? null
                : new OrganiserApi.NewEvent.Place(given(commune), given(address));
        List<String> named = given(partners) == null ? List.of()
                : Arrays.stream(partners.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new OrganiserApi.NewEvent(given(kind), given(title),
                from == null ? null : from.atZone(French.ZONE).toInstant(), to == null ? null : to.atZone(French.ZONE).toInstant(),
                given(department), place, given(onlineUrl),
                new OrganiserApi.NewEvent.Audience(studentYears.stream().map(Integer::valueOf).toList(), internSpecialties,
                        "oui".equals(replacements)),
                places, given(programme), named);
    }

    private static LocalDateTime moment(String value, String field, FormErrors.Builder errors) {
        try {
            return given(value) == null ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.field(field, EventWording.MOMENT);
            return null;
        }
    }
}
