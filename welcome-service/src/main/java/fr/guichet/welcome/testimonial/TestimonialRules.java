package fr.guichet.welcome.testimonial;

import java.time.Instant;
import java.time.Year;

import fr.guichet.common.api.HttpsUrls;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.testimonial.TestimonialInputs.TestimonialInput;

/** The rules a testimonial keeps beyond each field's own: a commune of its department, links the pages may show. */
final class TestimonialRules {

    private TestimonialRules() {
    }

    static void check(TestimonialInput input, Instant now) {
        if (!input.communeInsee().startsWith(input.department())) {
            throw ProblemException.invalid("communeInsee", "must be a commune of department " + input.department());
        }
        if (input.settledYear() > Year.from(now.atZone(GuichetClock.ZONE)).getValue()) {
            throw ProblemException.invalid("settledYear", "must not be in the future");
        }
        if (input.videoUrl() != null && !input.videoUrl().isBlank() && !HttpsUrls.isHttps(input.videoUrl().strip())) {
            throw ProblemException.invalid("videoUrl", "must be an https address");
        }
        if (input.photoRef() != null && !input.photoRef().isBlank() && !HttpsUrls.isHttps(input.photoRef().strip())) {
            throw ProblemException.invalid("photoRef", "must be an https address");
        }
    }
}
