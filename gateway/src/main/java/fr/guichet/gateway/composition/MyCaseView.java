package fr.guichet.gateway.composition;

import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a professional sees first: their cases, the current one with its open tasks, and what their
 * project can get. {@code degraded} says that a service did not answer and {@code unavailable} names it:
 * the rest is still shown.
 */
@Schema(name = "MyCaseView")
public record MyCaseView(List<CasesViews.Summary> cases, CasesViews.Case current, List<CasesViews.Task> openTasks,
        Eligibility eligibility, boolean degraded, List<String> unavailable) {

    static MyCaseView of(List<CasesViews.Summary> cases, CasesViews.Case current, List<CasesViews.Task> openTasks,
            Eligibility eligibility, List<Part<?>> parts) {
        List<String> unavailable = parts.stream().map(Part::failedService).filter(Objects::nonNull).distinct().toList();
        return new MyCaseView(cases, current, openTasks, eligibility, !unavailable.isEmpty(), unavailable);
    }
}
