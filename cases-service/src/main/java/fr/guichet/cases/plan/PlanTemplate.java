package fr.guichet.cases.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.guichet.cases.casefile.Profession;
import fr.guichet.cases.casefile.ProjectTerms.PracticeMode;

/**
 * The steps of one case's plan, chosen from the plan steps by the case's profession and practice mode, with a filing
 * step for each chosen aid. A case whose practice mode is not known yet gets the liberal steps, the fuller plan.
 */
public final class PlanTemplate {

    /** An aid chosen on the case, as its filing step needs it. */
    public record ChosenAid(String code, String label, String funder) {
    }

    private PlanTemplate() {
    }

    public static List<StepRule> stepsFor(List<PlanStep> definitions, Profession profession, PracticeMode mode,
            List<ChosenAid> aids) {
        String practice = (mode == null ? PracticeMode.LIBERAL : mode).name();
        List<PlanStep> sorted = definitions.stream().sorted(Comparator.comparingInt((PlanStep d) -> d.position)).toList();
        List<PlanStep> chosen = new ArrayList<>(sorted.stream()
                .filter(d -> d.aidCode == null && !d.eachChosenAid)
                .filter(d -> d.professions == null || List.of(d.professions).contains(profession.name()))
                .filter(d -> List.of(d.practiceModes).contains(practice))
                .toList());
        Set<String> codes = chosen.stream().map(d -> d.code).collect(Collectors.toSet());
        List<StepRule> rules = new ArrayList<>(chosen.stream().map(d -> rule(d, codes)).toList());
        Optional<PlanStep> eachAid = sorted.stream().filter(d -> d.eachChosenAid).findFirst();
        for (ChosenAid aid : aids) {
            sorted.stream().filter(d -> aid.code().equals(d.aidCode)).findFirst()
                    .map(own -> rule(own, codes))
                    .or(() -> eachAid.map(template -> filing(template, aid, codes)))
                    .ifPresent(rules::add);
        }
        return rules;
    }

    private static StepRule rule(PlanStep d, Set<String> codes) {
        return new StepRule(d.code, d.label, d.ownerKind, present(d.predecessors, codes), d.leadTimeDays, d.anchor,
                d.note, d.source, d.taskCode);
    }

    /** The filing step of an aid without a step of its own: named as its tasks are (AID_ and the aid's code). */
    private static StepRule filing(PlanStep template, ChosenAid aid, Set<String> codes) {
        String code = "AID_" + aid.code();
        return new StepRule(code, template.label + " : " + aid.label(), aid.funder() == null ? template.ownerKind : aid.funder(),
                present(template.predecessors, codes), template.leadTimeDays, template.anchor, template.note,
                template.source, code);
    }

    private static List<String> present(String[] predecessors, Set<String> codes) {
        return Arrays.stream(predecessors).filter(codes::contains).toList();
    }
}
