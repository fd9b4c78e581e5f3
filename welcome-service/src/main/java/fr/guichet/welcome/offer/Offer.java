package fr.guichet.welcome.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.guichet.welcome.offer.OfferInputs.Contact;
import fr.guichet.welcome.offer.OfferInputs.Housing;
import fr.guichet.welcome.offer.OfferInputs.Internship;
import fr.guichet.welcome.offer.OfferInputs.Job;
import fr.guichet.welcome.policy.GuardedOffer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An offer of an organiser; its version is the ETag every change presents. The kind's details are typed JSON. */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase implements GuardedOffer {

    @Id
    public UUID id;

    @Version
    public int version;

    @Column(nullable = false, updatable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String department;

    @Column(name = "commune_insee", nullable = false)
    public String communeInsee;

    public Double latitude;

    public Double longitude;

    @Column(nullable = false)
    public String[] audiences;

    @Column(name = "published_from", nullable = false)
    public LocalDate publishedFrom;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Contact contact;

    @JdbcTypeCode(SqlTypes.JSON)
    public Job job;

    @JdbcTypeCode(SqlTypes.JSON)
    public Internship internship;

    @JdbcTypeCode(SqlTypes.JSON)
    public Housing housing;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String organisation() {
        return organisation;
    }

    @Override
    public String department() {
        return department;
    }

    /** Public on this French day: published, and between its first and last day. */
    @Override
    public boolean publicOn(LocalDate today) {
        return status == OfferStatus.PUBLISHED && !publishedFrom.isAfter(today) && !expiresOn.isBefore(today);
    }
}
