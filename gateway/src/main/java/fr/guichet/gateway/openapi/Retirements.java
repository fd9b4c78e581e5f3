package fr.guichet.gateway.openapi;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Operations being retired, as configured under guichet.gateway.openapi.deprecations: every answer of such
 * an operation carries {@code Deprecation} (RFC 9745, a structured date {@code @<epoch seconds>}) and, once
 * decided, {@code Sunset} (RFC 8594, an HTTP-date); the merged document marks it {@code deprecated}.
 */
@ApplicationScoped
public class Retirements {

    /** Just after the access log (which gives the request its id), before any proxy or resource answers. */
    private static final int BEFORE_ANY_ANSWER = Integer.MIN_VALUE + 1;
    /** IMF-fixdate (RFC 9110): two-digit day, English names, always GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

    record Retirement(String method, String path, Pattern matches, OpenApiConfig.Retirement dates) {

        String deprecation() {
            return "@" + dates.deprecatedAt().getEpochSecond();
        }

        Optional<String> sunset() {
            return dates.sunsetAt().map(at -> HTTP_DATE.format(at.atOffset(ZoneOffset.UTC)));
        }
    }

    @Inject
    OpenApiConfig config;

    private List<Retirement> retirements = List.of();

    void register(@Observes Router router) {
        retirements = config.deprecations().values().stream().map(Retirements::parse).toList();
        if (!retirements.isEmpty()) {
            router.route("/api/*").order(BEFORE_ANY_ANSWER).handler(this::announce);
        }
    }

    List<Retirement> all() {
        return retirements;
    }

    private void announce(RoutingContext context) {
        String method = context.request().method().name();
        String path = context.normalizedPath();
        retirements.stream().filter(retirement -> retirement.method().equals(method) && retirement.matches().matcher(path).matches())
                .findFirst().ifPresent(retirement -> context.addHeadersEndHandler(v -> {
                    context.response().headers().set("Deprecation", retirement.deprecation());
                    retirement.sunset().ifPresent(sunset -> context.response().headers().set("Sunset", sunset));
                }));
        context.next();
    }

    private static Retirement parse(OpenApiConfig.Retirement configured) {
        String[] operation = configured.operation().trim().split("\\s+", 2);
        if (operation.length != 2 || !operation[1].startsWith("/api/")) {
            throw new IllegalArgumentException("A deprecation names its operation as \"METHOD /api/path\", not \""
                    + configured.operation() + "\"");
        }
        String template = operation[1];
        // each {parameter} is one path segment; the rest is literal
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, parameter.start()))).append("[^/]+");
            literalStart = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(literalStart)));
        return new Retirement(operation[0].toUpperCase(), template, Pattern.compile(regex.toString()), configured);
    }
}
