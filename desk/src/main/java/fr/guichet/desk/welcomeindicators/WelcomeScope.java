package fr.guichet.desk.welcomeindicators;

import static fr.guichet.desk.page.FormText.given;

import org.jboss.resteasy.reactive.RestQuery;

import fr.guichet.desk.page.SearchTerms;

/**
 * The year, department and organisation the welcome indicators count over, as the page's GET form and the API name
 * them. Only a correspondant's page offers the organisation; an organiser's reads their own.
 */
public class WelcomeScope {

    @RestQuery
    public String year;
    @RestQuery
    public String department;
    @RestQuery
    public String organisation;

    String year() {
        return given(year);
    }

    String department() {
        return given(department);
    }

    String organisation() {
        return given(organisation);
    }

    /** The same scope without any organisation: an organiser reads their own, whatever the address says. */
    WelcomeScope ownOrganisation() {
        organisation = null;
        return this;
    }

    /** The CSV export of the same scope, below the page {@code page}. */
    public String csvLink(String page) {
        return new SearchTerms().with("year", year).with("department", department).with("organisation", organisation)
                .link(page + "/" + WelcomeIndicatorsPages.CSV_FILE);
    }

    /** The file's name: what it counts, for which organisation, department and year ("accueil-CD-41-41-2027.csv"). */
    String csvFileName() {
        StringBuilder name = new StringBuilder("accueil");
        for (String part : new String[] {organisation(), department(), year()}) {
            if (part != null) {
                String safe = part.replaceAll("[^0-9A-Za-z-]", "");
                if (!safe.isEmpty()) {
                    name.append('-').append(safe);
                }
            }
        }
        return name.append(".csv").toString();
    }
}
