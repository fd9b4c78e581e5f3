package fr.guichet.desk.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.desk.page.French;

/**
 * A typed eligibility condition of an aid version, as the API stores it, and the sentence an aid page shows for it.
 * {@code anyOf} holds codes (zones, practice modes...) or, for ANY_OF, other criteria.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Criterion(String type, List<String> regions, List<String> departments, List<JsonNode> anyOf,
        BigDecimal min, Boolean first, LocalDate from, LocalDate to, String question) {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public Criterion {
        regions = regions == null ? List.of() : regions;
        departments = departments == null ? List.of() : departments;
        anyOf = anyOf == null ? List.of() : anyOf;
    }

    /** The condition in French, naming the regions and departments. */
    public String describe(Territories territories) {
        return switch (type == null ? "" : type) {
            case "TERRITORY" -> territory(territories);
            case "ZONE" -> "Zonage de la commune d'exercice : " + codes(Labels::zoneType, " ou ") + ".";
            case "NOT_ZONE" -> "Zonage de la commune d'exercice autre que : " + codes(Labels::zoneType, ", ") + ".";
            case "PRACTICE_MODE" -> "Mode d'exercice : " + codes(Labels::practiceMode, " ou ") + ".";
            case "COORDINATED_PRACTICE" -> "Exercice coordonné : " + codes(Labels::coordinatedPractice, " ou ") + ".";
            case "SECTOR" -> "Secteur conventionnel : " + codes(Labels::sector, " ou ") + ".";
            case "PRACTICE_SITE" -> "Lieu d'exercice : " + codes(Labels::practiceSite, " ou ") + ".";
            case "ON_CALL_DUTY" -> "Participer à la permanence des soins (PDSA).";
            case "MIN_DAYS_PER_WEEK" -> "Exercer au moins " + min.stripTrailingZeros().toPlainString().replace('.', ',')
                    + " jours par semaine dans la commune.";
            case "FIRST_INSTALLATION" -> Boolean.FALSE.equals(first)
                    ? "Être déjà installé en exercice libéral ailleurs."
                    : "S'installer pour la première fois en exercice libéral.";
            case "INSTALLATION_WINDOW" -> window();
            case "ANY_OF" -> "Au moins une de ces conditions : " + anyOf.stream()
                    .map(node -> JSON.convertValue(node, Criterion.class).describe(territories))
                    .map(sentence -> sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence)
                    .collect(Collectors.joining(" ; ")) + ".";
            case "QUESTION" -> question;
            default -> "Condition " + type + ".";
        };
    }

    private String territory(Territories territories) {
        String places = Stream.concat(
                regions.stream().map(code -> "région " + territories.regionName(code)),
                departments.stream().map(code -> "département " + territories.departmentName(code)))
                .collect(Collectors.joining(", "));
        return "Exercer dans le territoire couvert : " + places + ".";
    }

    private String window() {
        if (from != null && to != null) {
            return "S'installer entre le " + French.date(from) + " et le " + French.date(to) + ".";
        }
        return from != null ? "S'installer à partir du " + French.date(from) + "."
                : "S'installer au plus tard le " + French.date(to) + ".";
    }

    private String codes(UnaryOperator<String> label, String separator) {
        return anyOf.stream().map(JsonNode::asText).map(label).collect(Collectors.joining(separator));
    }
}
