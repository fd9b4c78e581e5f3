package fr.guichet.cases.plan;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan step as the API shows it. {@code leadTimeDays} null: undated, {@code note} says why. */
public record PlanStepView(String code, String label, String ownerKind,
        @Schema(description = "Profession codes it applies to; null: every profession") List<String> professions,
        @Schema(description = "LIBERAL, SALARIED, MIXED: the practice modes it applies to") List<String> practiceModes,
        @Schema(description = "Codes of the steps it waits on") List<String> predecessors,
        @Schema(description = "Null: undated, the note says why") Integer leadTimeDays, Anchor anchor, String note,
        String source, String taskCode, String aidCode, boolean eachChosenAid, int version, Instant updatedAt,
        String updatedBy) {

    static PlanStepView of(PlanStep s) {
        return new PlanStepView(s.code, s.label, s.ownerKind, s.professions == null ? null : List.of(s.professions),
                List.of(s.practiceModes), List.of(s.predecessors),
                s.leadTimeDays, s.anchor, s.note, s.source, s.taskCode, s.aidCode, s.eachChosenAid, s.version,
                s.updatedAt, s.updatedBy);
    }
}
