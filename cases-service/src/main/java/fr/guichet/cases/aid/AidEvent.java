package fr.guichet.cases.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a selected aid's life: when it happened, and the amount or reason it states. Never updated. */
@Entity
@Table(name = "case_aid_event")
public class AidEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "aid_code", nullable = false, updatable = false)
    public String aidCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AidStatus status;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    public LocalDate occurredOn;

    @Column(name = "amount_cents", updatable = false)
    public Long amountCents;

    @Column(updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
