package fr.guichet.desk.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An aid as one of its versions describes it (the API's AidView), with what its pages show. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Aid(String code, int versionNumber, LocalDate validFrom, LocalDate validTo, boolean validFromIndicative,
        boolean validToIndicative, String label, String description, String funder, String category, Scope scope,
        Definition definition, String sourceUrl, Instant publishedAt, Retirement retirement) {

    /** Search engines show about this many characters of a description. */
    private static final int SNIPPET = 160;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scope(String level, List<String> regions, List<String> departments) {

        public Scope {
            regions = regions == null ? List.of() : regions;
            departments = departments == null ? List.of() : departments;
        }

        public boolean isNational() {
            return "NATIONAL".equals(level);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(List<String> professions, List<String> careerStages, List<Criterion> criteria,
            List<String> conditionsToCheck, Amount amount, List<Commitment> commitments, List<String> incompatibleWith,
            List<String> requiredDocuments, List<String> otherFunders) {

        public Definition {
            professions = orEmpty(professions);
            careerStages = orEmpty(careerStages);
            criteria = orEmpty(criteria);
            conditionsToCheck = orEmpty(conditionsToCheck);
            commitments = orEmpty(commitments);
            incompatibleWith = orEmpty(incompatibleWith);
            requiredDocuments = orEmpty(requiredDocuments);
            otherFunders = orEmpty(otherFunders);
        }
    }

    /** What the professional commits to, shared with the simulator's answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commitment(String kind, Integer years, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Retirement(Instant at, String reason) {
    }

    /** The description cut at a word for {@code <meta name="description">}. */
    public String snippet() {
        String text = description == null ? label : description.strip();
        if (text.length() <= SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET - 1);
        return text.substring(0, cut > 0 ? cut : SNIPPET - 1) + "…";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
