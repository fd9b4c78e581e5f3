package fr.guichet.aids.territory;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A commune's zone in one layer over a period; superseded rows are closed, never deleted. */
@Entity
@Table(name = "zone_assignment")
public class ZoneAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    public ZoningImport zoningImport;

    @Column(nullable = false)
    public String insee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZoningLayer layer;

    @Enumerated(EnumType.STRING)
    public ZoningProfession profession;

    @Column(name = "zone_code", nullable = false)
    public String zoneCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "zone_type", nullable = false)
    public ZoneType zoneType;

    @Column(nullable = false)
    public boolean partial;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
