package fr.guichet.aids.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "commune")
public class Commune extends PanacheEntityBase {

    @Id
    public String insee;

    @Column(nullable = false)
    public String name;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    public Integer population;

    /** The centre, WGS 84 degrees; both null when the source has none (migration V10). */
    public Double latitude;

    public Double longitude;

    /** Accent- and case-insensitive search key, computed by the database. */
    @Column(name = "name_key", insertable = false, updatable = false)
    public String nameKey;
}
