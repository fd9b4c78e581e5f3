package fr.guichet.desk.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.guichet.desk.vocabulary.CareerStage;
import fr.guichet.desk.vocabulary.CoordinatedPractice;
import fr.guichet.desk.vocabulary.PracticeMode;
import fr.guichet.desk.vocabulary.PracticeSite;
import fr.guichet.desk.vocabulary.Profession;
import fr.guichet.desk.vocabulary.Sector;
import io.quarkus.qute.TemplateExtension;

/**
 * The French words for the API's codes about aids ({@code {label:profession(code)}} in templates): the API keeps
 * codes in English, a reader sees these. The category names are the catalogue's own (aids-service's V4 migration),
 * which the API does not serve. An unknown code shows as it is, so a new value never breaks a page.
 */
@TemplateExtension(namespace = "label")
public final class Labels {

    private static final Map<String, String> PROFESSIONS = ordered(Profession.values(), Profession::label);

    private static final Map<String, String> CAREER_STAGES = ordered(CareerStage.values(), CareerStage::label);

    private static final Map<String, String> FUNDERS = ordered(
            "STATE", "État",
            "ARS", "Agence régionale de santé",
            "ASSURANCE_MALADIE", "Assurance Maladie",
            "REGION", "Région",
            "DEPARTMENT", "Département",
            "COMMUNE_EPCI", "Commune ou intercommunalité");

    private static final Map<String, String> CATEGORIES = ordered(
            "CONVENTIONAL_INSTALLATION", "Aides conventionnelles à l'installation (Assurance Maladie)",
            "LOCAL_AUTHORITY_INSTALLATION", "Aides des collectivités territoriales",
            "TAX_EXEMPTION", "Exonérations fiscales à l'installation",
            "PRACTICE_TAX_RELIEF", "Exonérations fiscales liées à l'exercice",
            "REGIONAL_INSTALLATION", "Aides régionales à l'installation (ARS)",
            "CONVENTIONAL_PRACTICE", "Aides conventionnelles au maintien et à l'exercice",
            "INCOME_GUARANTEE", "Contrats d'exercice avec garantie de revenu (ARS)",
            "STUDY_CONTRACT", "Contrats d'engagement pendant les études",
            "STUDENT_ALLOWANCE", "Indemnités de stage des étudiants et internes",
            "TRAINING_SUPERVISION", "Encadrement et formation");

    private static final Map<String, String> PRACTICE_MODES = ordered(PracticeMode.values(), PracticeMode::label);

    private static final Map<String, String> COORDINATED_PRACTICES = ordered(CoordinatedPractice.values(),
            CoordinatedPractice::label);

    private static final Map<String, String> SECTORS = ordered(Sector.values(), Sector::label);

    private static final Map<String, String> PRACTICE_SITES = ordered(PracticeSite.values(), PracticeSite::label);

    private static final Map<String, String> ZONE_TYPES = ordered(
            "ZIP", "Zone d'intervention prioritaire (ZIP)",
            "ZAC", "Zone d'action complémentaire (ZAC)",
            "ZAR", "Zone d'accompagnement régional (ZAR)",
            "ZV", "Zone de vigilance",
            "HORS_ZONAGE", "Hors zonage",
            "TRES_SOUS_DOTEE", "Zone très sous-dotée",
            "SOUS_DOTEE", "Zone sous-dotée",
            "INTERMEDIAIRE", "Zone intermédiaire",
            "TRES_DOTEE", "Zone très dotée",
            "SUR_DOTEE", "Zone sur-dotée",
            "MONTAGNE", "Zone de montagne",
            "FRR", "France Ruralités Revitalisation (FRR)",
            "FRR_PLUS", "France Ruralités Revitalisation plus (FRR+)",
            "QPV", "Quartier prioritaire de la politique de la ville (QPV)");

    private static final Map<String, String> COMMITMENT_KINDS = ordered(
            "STAY", "Durée d'exercice",
            "SECTOR", "Secteur conventionnel",
            "COORDINATED_PRACTICE", "Exercice coordonné",
            "ON_CALL_DUTY", "Permanence des soins",
            "ACTIVITY", "Activité",
            "OTHER", "Autre engagement");

    private Labels() {
    }

    public static String profession(String code) {
        return word(PROFESSIONS, code);
    }

    public static String careerStage(String code) {
        return word(CAREER_STAGES, code);
    }

    public static String funder(String code) {
        return word(FUNDERS, code);
    }

    public static String category(String code) {
        return word(CATEGORIES, code);
    }

    public static String practiceMode(String code) {
        return word(PRACTICE_MODES, code);
    }

    public static String coordinatedPractice(String code) {
        return word(COORDINATED_PRACTICES, code);
    }

    public static String sector(String code) {
        return word(SECTORS, code);
    }

    public static String practiceSite(String code) {
        return word(PRACTICE_SITES, code);
    }

    public static String zoneType(String code) {
        return word(ZONE_TYPES, code);
    }

    public static String commitmentKind(String code) {
        return word(COMMITMENT_KINDS, code);
    }

    /** The choices of a select, in the order a reader expects. */
    public static List<Option> professions() {
        return options(PROFESSIONS);
    }

    public static List<Option> careerStages() {
        return options(CAREER_STAGES);
    }

    public static List<Option> funders() {
        return options(FUNDERS);
    }

    public static List<Option> categories() {
        return options(CATEGORIES);
    }

    public static List<Option> practiceModes() {
        return options(PRACTICE_MODES);
    }

    public static List<Option> coordinatedPractices() {
        return options(COORDINATED_PRACTICES);
    }

    public static List<Option> sectors() {
        return options(SECTORS);
    }

    public static List<Option> practiceSites() {
        return options(PRACTICE_SITES);
    }

    /** One choice of a select: the code sent, named as an enum's, so that one select tag takes both; the words shown. */
    public record Option(String name, String label) {
    }

    private static String word(Map<String, String> words, String code) {
        return code == null ? "" : words.getOrDefault(code, code);
    }

    private static List<Option> options(Map<String, String> words) {
        return words.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    private static <E extends Enum<E>> Map<String, String> ordered(E[] values, Function<E, String> label) {
        Map<String, String> words = new LinkedHashMap<>();
        for (E value : values) {
            words.put(value.name(), label.apply(value));
        }
        return Collections.unmodifiableMap(words);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(words);
    }
}
