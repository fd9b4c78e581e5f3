package fr.guichet.desk.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The desk's settings as the templates read them: {@code {inject:site.serviceName}}. */
@ApplicationScoped
@Named("site")
public class Site {

    /** Where the DSFR files are served from; the version in the path lets browsers keep them for a year. */
    public static final String DSFR = "/dsfr/1.15.3";
    public static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    @Inject
    DeskConfig config;

    public boolean isState() {
        return config.brand() == DeskConfig.Brand.STATE;
    }

    public String serviceName() {
        return config.serviceName();
    }

    public String serviceTagline() {
        return config.serviceTagline();
    }

    public String operator() {
        return config.operator();
    }

    /** The retention period in whole years or, below a year, in days, as the privacy page states it. */
    public String retention() {
        long days = config.retention().toDays();
        if (days >= 365 && days % 365 == 0) {
            long years = days / 365;
            return years + (years > 1 ? " ans" : " an");
        }
        return days + (days > 1 ? " jours" : " jour");
    }

    public String dsfr() {
        return DSFR;
    }

    public String htmx() {
        return HTMX;
    }
}
