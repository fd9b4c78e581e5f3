package fr.guichet.welcome.indicator;

import java.time.Clock;
import java.time.Instant;

import fr.guichet.welcome.policy.IndicatorPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A year's figures over what the caller may read (see {@link IndicatorPolicy}). */
@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorPolicy policy;

    @Inject
    Clock clock;

    /** @param department, organisation null when not asked for */
    public WelcomeIndicators compute(int year, String department, String organisation) {
        return indicators.compute(year, policy.reach(department, organisation), Instant.now(clock));
    }
}
