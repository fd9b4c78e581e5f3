package fr.guichet.aids.eligibility;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/** The French words the professional reads in the reasons; codes stay English in the API. */
final class FrenchLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            entry("GENERAL_PRACTITIONER", "médecin généraliste"), entry("SPECIALIST", "médecin spécialiste"),
            entry("DENTIST", "chirurgien-dentiste"), entry("NURSE", "infirmier ou infirmière"),
            entry("MIDWIFE", "sage-femme"), entry("PHYSIOTHERAPIST", "masseur-kinésithérapeute"),
            entry("PHARMACIST", "pharmacien"),
            entry("STUDENT", "étudiant"), entry("INTERN", "interne"), entry("JUNIOR_DOCTOR", "docteur junior"),
            entry("LOCUM", "remplaçant"), entry("INSTALLING", "en cours de première installation"),
            entry("RECENTLY_INSTALLED", "installé depuis moins d'un an"), entry("ESTABLISHED", "installé depuis plus d'un an"),
            entry("LIBERAL", "libéral"), entry("SALARIED", "salarié"), entry("MIXED", "mixte"),
            entry("NONE", "aucun"), entry("GROUP", "cabinet de groupe"), entry("MSP", "MSP"), entry("ESP", "ESP"),
            entry("CPTS", "CPTS"), entry("MAIN", "cabinet principal"), entry("SECONDARY", "cabinet secondaire"),
            entry("SECTOR_1", "secteur 1"), entry("SECTOR_2", "secteur 2"), entry("SECTOR_2_OPTAM", "secteur 2 avec OPTAM"),
            entry("NON_CONVENTIONED", "non conventionné"),
            entry("ZIP", "zone d'intervention prioritaire (ZIP)"), entry("ZAC", "zone d'action complémentaire (ZAC)"),
            entry("ZAR", "zone d'accompagnement régional (ZAR)"), entry("ZV", "zone de vigilance"),
            entry("HORS_ZONAGE", "hors zonage"), entry("TRES_SOUS_DOTEE", "zone très sous-dotée"),
            entry("SOUS_DOTEE", "zone sous-dotée"), entry("INTERMEDIAIRE", "zone intermédiaire"),
            entry("TRES_DOTEE", "zone très dotée"), entry("SUR_DOTEE", "zone sur-dotée"),
            entry("MONTAGNE", "zone de montagne"), entry("FRR", "France Ruralités Revitalisation (FRR)"),
            entry("FRR_PLUS", "FRR+"), entry("QPV", "quartier prioritaire de la politique de la ville (QPV)"));

    private FrenchLabels() {
    }

    static String of(Enum<?> value) {
        return LABELS.getOrDefault(value.name(), value.name());
    }

    static String anyOf(Collection<? extends Enum<?>> values) {
        return values.stream().map(FrenchLabels::of).collect(Collectors.joining(", "));
    }
}
