package fr.guichet.aids.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.guichet.aids.territory.TerritoryService;
import fr.guichet.common.problem.Problem;
import fr.guichet.common.problem.Problem.FieldError;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The checks of a draft that need the catalogue or the territories: codes it refers to must exist. */
@ApplicationScoped
public class AidDraftValidator {

    @Inject
    TerritoryService territories;

    public void check(String code, AidDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            errors.add(new FieldError("validTo", "must not be before validFrom"));
        }
        if (AidCategory.findById(draft.category()) == null) {
            errors.add(new FieldError("category", "unknown category " + draft.category()));
        }
        checkIncompatibilities(code, draft.definition(), errors);
        flatten(draft.definition().criteria()).forEach(criterion -> checkCriterion(criterion, errors));
        if (draft.definition().amount() instanceof AmountSchedule.Scaled scaled) {
            checkScale(scaled, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The aid refers to unknown or inconsistent values.", errors));
        }
    }

    private static void checkIncompatibilities(String code, AidDefinition definition, List<FieldError> errors) {
        List<String> others = definition.incompatibleWith();
        if (others.contains(code)) {
            errors.add(new FieldError("definition.incompatibleWith", "an aid cannot be incompatible with itself"));
        }
        if (others.isEmpty()) {
            return;
        }
        Set<String> known = Aid.<Aid>list("code in ?1", others).stream().map(a -> a.code).collect(Collectors.toSet());
        others.stream().filter(other -> !other.equals(code) && !known.contains(other))
                .forEach(other -> errors.add(new FieldError("definition.incompatibleWith", "unknown aid " + other)));
    }

    /** Every criterion, those nested in ANY_OF included. */
    private static List<Criterion> flatten(List<Criterion> criteria) {
        List<Criterion> all = new ArrayList<>();
        for (Criterion criterion : criteria) {
            all.add(criterion);
            if (criterion instanceof Criterion.AnyOf anyOf) {
                all.addAll(flatten(anyOf.anyOf()));
            }
        }
        return all;
    }

    private void checkCriterion(Criterion criterion, List<FieldError> errors) {
        if (criterion instanceof Criterion.Territory territory) {
            checkTerritory(territory, errors);
        } else if (criterion instanceof Criterion.InstallationWindow window) {
            if (window.from() == null && window.to() == null) {
                errors.add(new FieldError("definition.criteria", "an INSTALLATION_WINDOW needs from or to"));
            } else if (window.from() != null && window.to() != null && window.to().isBefore(window.from())) {
                errors.add(new FieldError("definition.criteria", "an INSTALLATION_WINDOW must not end before it starts"));
            }
        }
    }

    private static void checkScale(AmountSchedule.Scaled scaled, List<FieldError> errors) {
        for (int i = 1; i < scaled.points().size(); i++) {
            if (scaled.points().get(i).at().compareTo(scaled.points().get(i - 1).at()) <= 0) {
                errors.add(new FieldError("definition.amount.points", "points must be sorted by strictly increasing at"));
                break;
            }
        }
        if (scaled.payments().stream().mapToInt(AmountSchedule.Share::percent).sum() != 100) {
            errors.add(new FieldError("definition.amount.payments", "the payment shares must add up to 100 percent"));
        }
    }

    private void checkTerritory(Criterion.Territory territory, List<FieldError> errors) {
        if (territory.regions().isEmpty() && territory.departments().isEmpty()) {
            errors.add(new FieldError("definition.criteria", "a TERRITORY criterion needs regions or departments"));
        }
        territory.regions().stream().filter(r -> !territories.isRegion(r))
                .forEach(r -> errors.add(new FieldError("definition.criteria", "unknown region " + r)));
        territory.departments().stream().filter(d -> !territories.isDepartment(d))
                .forEach(d -> errors.add(new FieldError("definition.criteria", "unknown department " + d)));
    }
}
