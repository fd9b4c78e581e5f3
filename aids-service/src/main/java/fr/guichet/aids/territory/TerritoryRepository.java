package fr.guichet.aids.territory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class TerritoryRepository {

    @Inject
    EntityManager em;

    /** The commune for a current code, or for a former code that was merged into exactly one commune. */
    public Optional<Commune> findCurrentCommune(String insee) {
        Commune commune = em.find(Commune.class, insee);
        if (commune != null) {
            return Optional.of(commune);
        }
        @SuppressWarnings("unchecked")
        List<Commune> successors = em.createNativeQuery("""
                select c.* from commune c join commune_former_code f on f.insee = c.insee
                where f.former_insee = :code""", Commune.class)
                .setParameter("code", insee)
                .getResultList();
        return successors.size() == 1 ? Optional.of(successors.get(0)) : Optional.empty();
    }

    /** Communes whose accent-insensitive name starts with the query, biggest first. */
    public List<Commune> searchCommunes(String query, String departmentCode, int limit) {
        return em.createQuery("""
                select c from Commune c
                where c.nameKey like concat(function('guichet_name_key', :query), '%')
                  and (:department is null or c.departmentCode = :department)
                order by c.population desc nulls last, c.name""", Commune.class)
                .setParameter("query", query)
                .setParameter("department", departmentCode)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<String> formerCodes(String insee) {
        return em.createNativeQuery("select former_insee from commune_former_code where insee = :insee order by former_insee",
                String.class).setParameter("insee", insee).getResultList();
    }

    /** Every zone period of a commune, past and present. */
    public List<ZoneAssignment> allZones(String insee) {
        return em.createQuery("""
                select z from ZoneAssignment z join fetch z.zoningImport
                where z.insee = :insee
                order by z.layer, z.profession, z.zoneType, z.validFrom""", ZoneAssignment.class)
                .setParameter("insee", insee)
                .getResultList();
    }

    public Department department(String code) {
        return em.find(Department.class, code);
    }

    public Region region(String code) {
        return em.find(Region.class, code);
    }

    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }
}
