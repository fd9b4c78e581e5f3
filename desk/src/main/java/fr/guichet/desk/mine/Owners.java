package fr.guichet.desk.mine;

import java.util.Map;

/** Who does a step, in the professional's words, from the codes of the tasks (partner) and of the plan (owner kind). */
final class Owners {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ORDRE", "Ordre professionnel"),
            Map.entry("ASSURANCE_MALADIE", "Assurance Maladie"),
            Map.entry("CPAM", "Assurance Maladie (CPAM)"),
            Map.entry("URSSAF", "URSSAF"),
            Map.entry("PENSION_FUND", "Caisse de retraite"),
            Map.entry("CARMF", "Caisse de retraite (CARMF)"),
            Map.entry("ARS", "Agence régionale de santé"),
            Map.entry("ANS", "Agence du numérique en santé"),
            Map.entry("LOCAL_AUTHORITY", "Collectivité"),
            Map.entry("INSURANCE", "Vous, avec votre assureur"),
            Map.entry("PREMISES", "Vous (local professionnel)"),
            Map.entry("PROFESSIONAL", "Vous"));

    private Owners() {
    }

    static String label(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }
}
