package fr.guichet.desk.indicators;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/** Contracts signed and amounts agreed, paid and repaid, in total and aid by aid. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AidFigures(Amounts total, List<Line> byAid) {

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amounts(long contractsSigned, long agreedCents, long paidCents, long repaidCents) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String value, Amounts figures) {
    }

    public List<Line> byAid() {
        return byAid == null ? List.of() : byAid;
    }
}
