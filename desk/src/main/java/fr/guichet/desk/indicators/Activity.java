package fr.guichet.desk.indicators;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/** What the guichet did over a period: four counts, in total and by department, subject and month. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Activity(LocalDate from, LocalDate to, Figures total, List<Line> byDepartment, List<Line> bySubject,
        List<Line> byMonth) {

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long requests, long accompaniedCases, long installations, long contracts) {
    }

    /** One value of a breakdown (null: not stated) and its figures. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String value, Figures figures) {
    }

    public List<Line> byDepartment() {
        return byDepartment == null ? List.of() : byDepartment;
    }

    public List<Line> bySubject() {
        return bySubject == null ? List.of() : bySubject;
    }

    public List<Line> byMonth() {
        return byMonth == null ? List.of() : byMonth;
    }
}
