package fr.guichet.aids.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A family of aids; the 10-year rule forbids a second aid of a flagged category within ten years. */
@Entity
@Table(name = "aid_category")
public class AidCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(name = "ten_year_rule", nullable = false)
    public boolean tenYearRule;
}
