package fr.guichet.aids.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class CatalogueRepository {

    private static final String IN_FORCE = "v.valid_from <= :date and (v.valid_to is null or v.valid_to >= :date)";

    @Inject
    EntityManager em;

    /** Versions in force on a date, by aid code. */
    public List<AidVersion> inForce(LocalDate date) {
        return em.createQuery("""
                select v from AidVersion v
                where v.validFrom <= :date and (v.validTo is null or v.validTo >= :date)
                order by v.aidCode""", AidVersion.class)
                .setParameter("date", date)
                .getResultList();
    }

    /** Versions in force on a date whose label, description or code match a French full-text query, accents ignored. */
    @SuppressWarnings("unchecked")
    public List<AidVersion> inForceMatching(LocalDate date, String text) {
        return em.createNativeQuery("select v.* from aid_version v where " + IN_FORCE + """
                 and v.search_vector @@ plainto_tsquery('french', guichet_unaccent(:text))
                order by v.aid_code""", AidVersion.class)
                .setParameter("date", date)
                .setParameter("text", text)
                .getResultList();
    }

    public Optional<AidVersion> inForce(String code, LocalDate date) {
        return em.createQuery("""
                select v from AidVersion v
                where v.aidCode = :code and v.validFrom <= :date and (v.validTo is null or v.validTo >= :date)""",
                AidVersion.class)
                .setParameter("code", code)
                .setParameter("date", date)
                .getResultStream().findFirst();
    }

    public List<AidVersion> versions(String code) {
        return em.createQuery("select v from AidVersion v where v.aidCode = :code order by v.versionNumber", AidVersion.class)
                .setParameter("code", code)
                .getResultList();
    }

    public List<AidVersion> allVersions() {
        return em.createQuery("select v from AidVersion v order by v.aidCode, v.versionNumber", AidVersion.class)
                .getResultList();
    }

    public List<Aid> aids(List<String> codes) {
        return em.createQuery("select a from Aid a where a.code in :codes", Aid.class).setParameter("codes", codes)
                .getResultList();
    }

    public List<AidCategory> categories() {
        return em.createQuery("select c from AidCategory c order by c.code", AidCategory.class).getResultList();
    }
}
