package fr.guichet.desk.indicators;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.page.SearchTerms;

/** The period and department the indicators count over, as the page's GET form and the API name them. */
public class Period {

    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String department;

    String from() {
        return given(from);
    }

    String to() {
        return given(to);
    }

    String department() {
        return given(department);
    }

    /** The CSV export of the same period and department. */
    public String csvLink() {
        return terms().link(IndicatorsResource.PAGE + "/activite.csv");
    }

    /** The file's name: what it counts, for which department and days ("activite-02-du-2026-01-01-au-2026-06-30.csv"). */
    String csvFileName() {
        StringBuilder name = new StringBuilder("activite");
        if (department() != null) {
            name.append('-').append(department().replaceAll("[^0-9AB]", ""));
        }
        if (from() != null) {
            name.append("-du-").append(from().replaceAll("[^0-9-]", ""));
        }
        if (to() != null) {
            name.append("-au-").append(to().replaceAll("[^0-9-]", ""));
        }
        return name.append(".csv").toString();
    }

    private SearchTerms terms() {
        return new SearchTerms().with("from", from).with("to", to).with("department", department);
    }
}
