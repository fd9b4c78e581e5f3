package fr.guichet.aids.catalogue;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The identity of an aid across its versions, with who created and who retired it. */
@Entity
@Table(name = "aid")
public class Aid extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_reason")
    public String retiredReason;

    public boolean isRetired() {
        return retiredAt != null;
    }
}
