package fr.guichet.cases.message;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message between the professional, the guichet and the partners at the table, or a staff-only note. */
@Entity
@Table(name = "case_message")
public class CaseMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(name = "author_role", nullable = false, updatable = false)
    public String authorRole;

    @Column(nullable = false, updatable = false)
    public boolean internal;

    /** Addressed to the partners at the case's table, who read nothing else of the thread. */
    @Column(name = "to_partners", nullable = false, updatable = false)
    public boolean toPartners;

    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
