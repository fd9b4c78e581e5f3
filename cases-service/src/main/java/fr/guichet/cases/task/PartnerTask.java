package fr.guichet.cases.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's task on one case, opened at the joint session. */
@Entity
@Table(name = "partner_task")
public class PartnerTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public String partner;

    @Column(nullable = false, updatable = false)
    public String label;

    @Column(nullable = false, updatable = false)
    public boolean mandatory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents", nullable = false, columnDefinition = "jsonb")
    public List<String> requiredDocuments;

    @Column(name = "aid_code", updatable = false)
    public String aidCode;

    @Column(nullable = false, updatable = false)
    public int position;

    /** The partner organisation that owns it; none when the guichet follows it itself. */
    @Column(name = "owner_org", updatable = false)
    public String ownerOrg;

    /** The code of the task it waits on, whose day of completion its due date counts from. */
    @Column(name = "waits_on", updatable = false)
    public String waitsOn;

    /** Days from the completion of the task it waits on to its own due date. */
    @Column(name = "wait_days", updatable = false)
    public Integer waitDays;

    public String note;

    @Column(name = "blocked_reason")
    public String blockedReason;

    /** The pieces its owner still asks for. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_pieces", nullable = false, columnDefinition = "jsonb")
    public List<String> missingPieces = new ArrayList<>();

    /** The day it was finished (done or not applicable). */
    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "last_actor")
    public String lastActor;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
