package fr.guichet.aids.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an aid is over a period: validity is inclusive on both ends, an open end is null. */
@Entity
@Table(name = "aid_version")
public class AidVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aid_code", nullable = false)
    public String aidCode;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** True when no source gives the start date: the date is the catalogue's best reading, not a fact. */
    @Column(name = "valid_from_indicative", nullable = false)
    public boolean validFromIndicative;

    @Column(name = "valid_to_indicative", nullable = false)
    public boolean validToIndicative;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Funder funder;

    @Column(nullable = false)
    public String category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public AidDefinition definition;

    @Column(name = "source_url", nullable = false)
    public String sourceUrl;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public boolean isInForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
