package fr.guichet.cases.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.guichet.cases.casefile.Profession;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;
import fr.guichet.cases.plan.PlanTemplate.ChosenAid;

/** Which steps a case's plan has, from its profession, practice mode and chosen aids. */
class PlanTemplateTest {

    private static final List<String> EVERY_MODE = List.of("LIBERAL", "SALARIED", "MIXED");
    private static final List<String> LIBERAL = List.of("LIBERAL", "MIXED");

    private static final List<PlanStep> DEFINITIONS = List.of(
            definition("RCP_INSURANCE", 1, null, EVERY_MODE, 0),
            definition("ORDRE_REGISTRATION", 2, List.of("GENERAL_PRACTITIONER", "DENTIST"), EVERY_MODE, 90, "RCP_INSURANCE"),
            definition("ORDRE_REGISTRATION_OTHER", 3, List.of("NURSE"), EVERY_MODE, null, "RCP_INSURANCE"),
            definition("CPS_CARD", 4, null, EVERY_MODE, 15, "ORDRE_REGISTRATION", "ORDRE_REGISTRATION_OTHER"),
            definition("CPAM_CONVENTIONNEMENT", 6, null, LIBERAL, 0, "ORDRE_REGISTRATION", "ORDRE_REGISTRATION_OTHER"),
            definition("URSSAF_DECLARATION", 7, null, LIBERAL, null),
            definition("CARMF_AFFILIATION", 8, List.of("GENERAL_PRACTITIONER"), LIBERAL, 30, "ORDRE_REGISTRATION"),
            aidTemplate(),
            ownAidStep());

    private static PlanStep definition(String code, int position, List<String> professions, List<String> modes,
            Integer days, String... predecessors) {
        PlanStep d = new PlanStep();
        d.code = code;
        d.label = "Étape " + code;
        d.ownerKind = "ORDRE";
        d.professions = professions == null ? null : professions.toArray(String[]::new);
        d.practiceModes = modes.toArray(String[]::new);
        d.predecessors = predecessors;
        d.leadTimeDays = days;
        d.anchor = Anchor.AFTER_PREDECESSORS;
        d.note = days == null ? "non daté" : null;
        d.source = "domain.md";
        d.taskCode = code;
        d.position = position;
        return d;
    }

    private static PlanStep aidTemplate() {
        PlanStep d = definition("AID_FILING", 20, null, EVERY_MODE, null);
        d.label = "Dépôt du dossier de l'aide";
        d.ownerKind = "FUNDER";
        d.taskCode = null;
        d.eachChosenAid = true;
        return d;
    }

    private static PlanStep ownAidStep() {
        PlanStep d = definition("AID_HDF_CRAI", 21, null, EVERY_MODE, 180);
        d.aidCode = "HDF_CRAI";
        return d;
    }

    private static List<String> codes(Profession profession, PracticeMode mode, ChosenAid... aids) {
        return PlanTemplate.stepsFor(DEFINITIONS, profession, mode, List.of(aids)).stream().map(StepRule::code).toList();
    }

    @Test
    void a_salaried_installation_has_fewer_steps_than_a_liberal_one() {
        List<String> liberal = codes(Profession.GENERAL_PRACTITIONER, PracticeMode.LIBERAL);
        List<String> salaried = codes(Profession.GENERAL_PRACTITIONER, PracticeMode.SALARIED);

        assertEquals(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION", "CPS_CARD", "CPAM_CONVENTIONNEMENT",
                "URSSAF_DECLARATION", "CARMF_AFFILIATION"), liberal);
        assertEquals(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION", "CPS_CARD"), salaried);
        assertEquals(liberal, codes(Profession.GENERAL_PRACTITIONER, PracticeMode.MIXED));
    }

    @Test
    void a_case_without_practice_mode_gets_the_liberal_steps() {
        assertEquals(codes(Profession.GENERAL_PRACTITIONER, PracticeMode.LIBERAL), codes(Profession.GENERAL_PRACTITIONER, null));
    }

    @Test
    void each_profession_gets_its_own_steps_and_waits_only_on_steps_it_has() {
        List<StepRule> nurse = PlanTemplate.stepsFor(DEFINITIONS, Profession.NURSE, PracticeMode.LIBERAL, List.of());

        assertEquals(List.of("RCP_INSURANCE", "ORDRE_REGISTRATION_OTHER", "CPS_CARD", "CPAM_CONVENTIONNEMENT",
                "URSSAF_DECLARATION"), nurse.stream().map(StepRule::code).toList());
        assertEquals(List.of("ORDRE_REGISTRATION_OTHER"), nurse.get(2).predecessors());
    }

    @Test
    void each_chosen_aid_has_a_filing_step_its_own_or_an_undated_one_named_after_its_task() {
        List<StepRule> steps = new ArrayList<>(PlanTemplate.stepsFor(DEFINITIONS, Profession.GENERAL_PRACTITIONER,
                PracticeMode.SALARIED, List.of(new ChosenAid("CAIM", "Contrat d'aide à l'installation des médecins",
                        "ASSURANCE_MALADIE"), new ChosenAid("HDF_CRAI", "Contrat régional", "ARS"))));

        StepRule caim = steps.get(3);
        assertEquals("AID_CAIM", caim.code());
        assertEquals("AID_CAIM", caim.taskCode());
        assertEquals("Dépôt du dossier de l'aide : Contrat d'aide à l'installation des médecins", caim.label());
        assertEquals("ASSURANCE_MALADIE", caim.ownerKind());
        assertNull(caim.leadTimeDays());
        assertEquals("AID_HDF_CRAI", steps.get(4).code());
        assertEquals(180, steps.get(4).leadTimeDays());
    }
}
