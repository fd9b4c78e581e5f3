package fr.guichet.cases.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import fr.guichet.common.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The organisations at the table, and which of them owns a kind of step in a department. */
@ApplicationScoped
public class PartnerOrganisationService {

    @Inject
    Clock clock;

    public record OrganisationView(String code, String name, OrganisationKind kind, List<String> departments,
            Instant createdAt, Instant updatedAt, String contactEmail) {
        static OrganisationView of(PartnerOrganisation o) {
            return new OrganisationView(o.code, o.name, o.kind, o.departments.stream().sorted().toList(), o.createdAt, o.updatedAt,
                    o.contactEmail);
        }
    }

    /** An organisation that receives a digest, at its contact address. */
    public record Contact(String code, String name, String email) {
    }

    /** The organisations that gave a contact address. */
    public List<Contact> contacts() {
        return PartnerOrganisation.<PartnerOrganisation>list("contactEmail is not null", Sort.by("code")).stream()
                .map(o -> new Contact(o.code, o.name, o.contactEmail)).toList();
    }

    public List<OrganisationView> list() {
        return PartnerOrganisation.<PartnerOrganisation>listAll(Sort.by("code")).stream()
                .map(OrganisationView::of).toList();
    }

    public OrganisationView get(String code) {
        return OrganisationView.of(find(code));
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        if (input.code() == null) {
            throw ProblemException.invalid("code", "is required");
        }
        if (PartnerOrganisation.findById(input.code()) != null) {
            throw ProblemException.conflict("An organisation with code " + input.code() + " already exists.");
        }
        PartnerOrganisation o = new PartnerOrganisation();
        o.code = input.code();
        o.createdAt = Instant.now(clock);
        apply(o, input);
        o.persist();
        return OrganisationView.of(o);
    }

    @Transactional
    public OrganisationView change(String code, OrganisationInput input) {
        if (input.code() != null && !input.code().equals(code)) {
            throw ProblemException.invalid("code", "cannot change; it must be " + code + " or be left out");
        }
        PartnerOrganisation o = find(code);
        apply(o, input);
        return OrganisationView.of(o);
    }

    @Transactional
    public void delete(String code) {
        find(code).delete();
    }

    /**
     * The organisation of that kind serving the department (the first by code if several do), if one is
     * registered: the owner of such a step on a case there.
     */
    public Optional<String> serving(OrganisationKind kind, String department) {
        return PartnerOrganisation.getEntityManager().createNativeQuery(
                "select code from partner_organisation where kind = :kind and :department = any(departments) order by code limit 1",
                String.class)
                .setParameter("kind", kind.name()).setParameter("department", department)
                .getResultStream().map(String.class::cast).findFirst();
    }

    /** Whether an organisation of that code sits at the table (a request may be oriented to it). */
    public boolean exists(String code) {
        return PartnerOrganisation.findById(code) != null;
    }

    private void apply(PartnerOrganisation o, OrganisationInput input) {
        o.name = input.name().strip();
        o.kind = input.kind();
        o.departments = new TreeSet<>(input.departments());
        o.contactEmail = input.contactEmail() == null || input.contactEmail().isBlank() ? null
                : input.contactEmail().strip().toLowerCase(Locale.ROOT);
        o.updatedAt = Instant.now(clock);
    }

    private static PartnerOrganisation find(String code) {
        PartnerOrganisation o = PartnerOrganisation.findById(code);
        if (o == null) {
            throw ProblemException.notFound("No partner organisation " + code + ".");
        }
        return o;
    }
}
