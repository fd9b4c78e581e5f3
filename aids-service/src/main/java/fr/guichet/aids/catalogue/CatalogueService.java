package fr.guichet.aids.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.guichet.aids.territory.TerritoryService;
import fr.guichet.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Reads the catalogue as of a date, and writes it: create, publish a version, retire. */
@ApplicationScoped
public class CatalogueService {

    @Inject
    CatalogueRepository repository;

    @Inject
    TerritoryService territories;

    @Inject
    AidDraftValidator draftValidator;

    @Inject
    Event<CatalogueSnapshot.CatalogueChanged> catalogueChanged;

    @Inject
    Clock clock;

    public List<AidView> search(AidSearch search) {
        List<AidVersion> versions = search.text() == null
                ? repository.inForce(search.asOf())
                : repository.inForceMatching(search.asOf(), search.text());
        String regionOfDepartment = search.department() == null ? null : territories.regionOf(search.department());
        AidFilter filter = new AidFilter(search, regionOfDepartment);
        List<AidVersion> matching = versions.stream().filter(filter::accepts).toList();
        Map<String, Aid> aids = aidsByCode(matching.stream().map(v -> v.aidCode).toList());
        return matching.stream().map(v -> AidView.of(aids.get(v.aidCode), v)).toList();
    }

    public AidView inForce(String code, LocalDate asOf) {
        Aid aid = find(code);
        AidVersion version = repository.inForce(code, asOf).orElseThrow(() -> ProblemException.notFound(
                "Aid " + code + " has no version in force on " + asOf + "; see /aids/" + code + "/versions."));
        return AidView.of(aid, version);
    }

    public List<AidView> versions(String code) {
        Aid aid = find(code);
        return repository.versions(code).stream().map(v -> AidView.of(aid, v)).toList();
    }

    @Transactional
    public AidView create(AidDraft draft, String actor) {
        if (draft.code() == null) {
            throw ProblemException.invalid("code", "is required to create an aid");
        }
        draftValidator.check(draft.code(), draft);
        if (Aid.findById(draft.code()) != null) {
            throw ProblemException.conflict("An aid with code " + draft.code() + " already exists; publish a new version instead.");
        }
        Aid aid = new Aid();
        aid.code = draft.code();
        aid.createdAt = Instant.now(clock);
        aid.createdBy = actor;
        aid.persist();
        catalogueChanged.fire(new CatalogueSnapshot.CatalogueChanged(aid.code));
        return AidView.of(aid, persistVersion(aid, draft, 1, actor));
    }

    /** Publishes the next version; the version in force until then ends the day before. */
    @Transactional
    public AidView publish(String code, AidDraft draft, String actor) {
        if (draft.code() != null && !draft.code().equals(code)) {
            throw ProblemException.invalid("code", "must be omitted or equal to the aid code in the path");
        }
        draftValidator.check(code, draft);
        Aid aid = lockForWrite(code);
        AidVersion latest = latestVersion(code);
        if (!draft.validFrom().isAfter(latest.validFrom)) {
            throw ProblemException.conflict("A new version must start after the latest one, which starts on "
                    + latest.validFrom + ".");
        }
        endBefore(latest, draft.validFrom());
        catalogueChanged.fire(new CatalogueSnapshot.CatalogueChanged(code));
        return AidView.of(aid, persistVersion(aid, draft, latest.versionNumber + 1, actor));
    }

    /** Ends the aid from a date: it is no longer in force from then on, and its history stays readable. */
    @Transactional
    public AidView retire(String code, RetireAidRequest request, String actor) {
        Aid aid = lockForWrite(code);
        AidVersion latest = latestVersion(code);
        if (!request.effectiveFrom().isAfter(latest.validFrom)) {
            throw ProblemException.conflict("The retirement date must be after the start of the latest version ("
                    + latest.validFrom + ").");
        }
        endBefore(latest, request.effectiveFrom());
        aid.retiredAt = Instant.now(clock);
        aid.retiredBy = actor;
        aid.retiredReason = request.reason();
        catalogueChanged.fire(new CatalogueSnapshot.CatalogueChanged(code));
        return AidView.of(aid, latest);
    }

    private static void endBefore(AidVersion version, LocalDate start) {
        if (version.validTo == null || !version.validTo.isBefore(start)) {
            version.validTo = start.minusDays(1);
        }
    }

    private AidVersion persistVersion(Aid aid, AidDraft draft, int number, String actor) {
        AidVersion version = new AidVersion();
        version.aidCode = aid.code;
        version.versionNumber = number;
        version.validFrom = draft.validFrom();
        version.validTo = draft.validTo();
        version.validFromIndicative = Boolean.TRUE.equals(draft.validFromIndicative());
        version.validToIndicative = Boolean.TRUE.equals(draft.validToIndicative());
        version.label = draft.label();
        version.description = draft.description();
        version.funder = draft.funder();
        version.category = draft.category();
        version.definition = draft.definition();
        version.sourceUrl = draft.sourceUrl();
        version.publishedAt = Instant.now(clock);
        version.publishedBy = actor;
        version.persist();
        return version;
    }

    private Aid find(String code) {
        Aid aid = Aid.findById(code);
        if (aid == null) {
            throw ProblemException.notFound("No aid has the code " + code + ".");
        }
        return aid;
    }

    /** Writes to one aid are serialised, so that two publications cannot both take the same version number. */
    private Aid lockForWrite(String code) {
        Aid aid = Aid.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (aid == null) {
            throw ProblemException.notFound("No aid has the code " + code + ".");
        }
        if (aid.isRetired()) {
            throw ProblemException.conflict("Aid " + code + " was retired on " + aid.retiredAt + "; it cannot change.");
        }
        return aid;
    }

    private AidVersion latestVersion(String code) {
        List<AidVersion> versions = repository.versions(code);
        return versions.get(versions.size() - 1);
    }

    private Map<String, Aid> aidsByCode(List<String> codes) {
        return codes.isEmpty() ? Map.of()
                : repository.aids(codes).stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
    }
}
