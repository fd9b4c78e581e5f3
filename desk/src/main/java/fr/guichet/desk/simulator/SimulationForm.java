package fr.guichet.desk.simulator;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The simulator's form as the visitor filled it, carried in the URL so that a result can be bookmarked, shared and
 * printed. Kept as typed, so that a value the visitor mistyped is shown back to them as it was.
 */
public class SimulationForm {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @RestQuery
    String profession;
    @RestQuery("etape")
    String careerStage;
    /** The start of the commune's name the visitor searched for. */
    @RestQuery("nom")
    String communeName;
    @RestQuery("commune")
    String commune;
    @RestQuery("debut")
    String start;
    @RestQuery("exercice")
    String practiceMode;
    @RestQuery("coordination")
    String coordinatedPractice;
    @RestQuery("secteur")
    String sector;
    @RestQuery("garde")
    String onCallDuty;
    @RestQuery("jours")
    String daysPerWeek;
    @RestQuery("site")
    String practiceSite;
    @RestQuery("dejaInstalle")
    String installedElsewhere;
    @RestQuery("moisEtudes")
    String studyMonths;
    @RestQuery("installeLe")
    String installedOn;
    @RestQuery("horizon")
    String horizon;
    @RestQuery("aideRecue")
    String receivedAid;
    @RestQuery("aideRecueLe")
    String receivedOn;

    /** What the visitor typed or chose for an input, "" when nothing. */
    public String value(String parameter) {
        return values().get(Input.ofParameter(parameter));
    }

    public String communeName() {
        return text(communeName);
    }

    public String commune() {
        return text(commune);
    }

    /** Whether the visitor has searched for a commune by a name long enough for the API (two letters). */
    public boolean hasCommuneSearch() {
        return communeName().length() >= 2;
    }

    /**
     * The project as the API takes it. A value that is not even a date or a number is reported on its input, and
     * nothing is sent; every other rule (what is required, what range) is the API's.
     */
    Project toProject(InputErrors errors) {
        Project project = new Project(blankToNull(profession), blankToNull(careerStage), blankToNull(commune),
                blankToNull(practiceMode), blankToNull(coordinatedPractice), blankToNull(sector),
                yesNo(onCallDuty, Input.ON_CALL_DUTY, errors), decimal(daysPerWeek, Input.DAYS_PER_WEEK, errors),
                blankToNull(practiceSite), yesNo(installedElsewhere, Input.INSTALLED_ELSEWHERE, errors),
                integer(studyMonths, Input.STUDY_MONTHS, errors), date(start, Input.START, errors),
                date(installedOn, Input.INSTALLED_ON, errors), receivedAids(errors),
                integer(horizon, Input.HORIZON, errors));
        return errors.isEmpty() ? project : null;
    }

    /** This form's query string, to come back to it ("modify") or to its result. */
    public String query() {
        return values().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().parameter() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private List<Project.ReceivedAid> receivedAids(InputErrors errors) {
        LocalDate on = date(receivedOn, Input.RECEIVED_ON, errors);
        if (blankToNull(receivedAid) == null && on == null) {
            return null;
        }
        return List.of(new Project.ReceivedAid(blankToNull(receivedAid), on));
    }

    private Map<Input, String> values() {
        Map<Input, String> values = new EnumMap<>(Input.class);
        values.put(Input.PROFESSION, text(profession));
        values.put(Input.CAREER_STAGE, text(careerStage));
        values.put(Input.COMMUNE_NAME, text(communeName));
        values.put(Input.COMMUNE, text(commune));
        values.put(Input.START, text(start));
        values.put(Input.PRACTICE_MODE, text(practiceMode));
        values.put(Input.COORDINATED_PRACTICE, text(coordinatedPractice));
        values.put(Input.SECTOR, text(sector));
        values.put(Input.ON_CALL_DUTY, text(onCallDuty));
        values.put(Input.DAYS_PER_WEEK, text(daysPerWeek));
        values.put(Input.PRACTICE_SITE, text(practiceSite));
        values.put(Input.INSTALLED_ELSEWHERE, text(installedElsewhere));
        values.put(Input.STUDY_MONTHS, text(studyMonths));
        values.put(Input.INSTALLED_ON, text(installedOn));
        values.put(Input.HORIZON, text(horizon));
        values.put(Input.RECEIVED_AID, text(receivedAid));
        values.put(Input.RECEIVED_ON, text(receivedOn));
        return values;
    }

    private static Boolean yesNo(String value, Input input, InputErrors errors) {
        return switch (text(value)) {
            case "" -> null;
            case "oui" -> Boolean.TRUE;
            case "non" -> Boolean.FALSE;
            default -> errors.refuse(input);
        };
    }

    private static BigDecimal decimal(String value, Input input, InputErrors errors) {
        String text = text(value).replace(',', '.');
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return errors.refuse(input);
        }
    }

    private static Integer integer(String value, Input input, InputErrors errors) {
        String text = text(value);
        try {
            return text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return errors.refuse(input);
        }
    }

    /** A date as a date field sends it (2027-09-01), or as a person types it where the browser has no date field. */
    private static LocalDate date(String value, Input input, InputErrors errors) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return errors.refuse(input);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        String text = text(value);
        return text.isEmpty() ? null : text;
    }
}
