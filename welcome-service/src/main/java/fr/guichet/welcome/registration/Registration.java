package fr.guichet.welcome.registration;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's registration to an event. Names, e-mail and faculty are personal data, erased after the retention
 * period (then {@code anonymisedAt} is set); the registrant's link token is kept only as its hash.
 */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "waiting_rank")
    public Long waitingRank;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "registrant_status", nullable = false)
    public RegistrantStatus registrantStatus;

    public String faculty;

    @Column(name = "study_year")
    public Integer studyYear;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(nullable = false)
    public boolean present;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** The quick request of cases-service this registrant became, who asked for it and when. */
    @Column(name = "quick_request_id")
    public UUID quickRequestId;

    @Column(name = "quick_request_by")
    public String quickRequestBy;

    @Column(name = "quick_request_at")
    public Instant quickRequestAt;
}
