package fr.guichet.cases.correction;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A document or a piece of information sent back to the professional, with the reason, and what became of it. */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "task_id", updatable = false)
    public UUID taskId;

    /** The document to send again; or else the {@link #information} to give again. */
    @Column(name = "document_id", updatable = false)
    public UUID documentId;

    @Column(updatable = false)
    public String information;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, updatable = false)
    public CorrectionReason reasonCode;

    public String reason;

    /** For the guichet's staff only, never shown to the professional nor to partners. */
    @Column(name = "internal_note")
    public String internalNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CorrectionStatus status;

    @Column(name = "asked_by", nullable = false, updatable = false)
    public String askedBy;

    /** The partner organisation that asked; null when the guichet's staff did. */
    @Column(name = "asking_org", updatable = false)
    public String askingOrg;

    @Column(name = "asked_at", nullable = false, updatable = false)
    public Instant askedAt;

    /** Why the last answer did not do, when the request was reopened. */
    @Column(name = "reopen_reason")
    public String reopenReason;

    @Column(name = "answer_document_id")
    public UUID answerDocumentId;

    @Column(name = "answer_message_id")
    public UUID answerMessageId;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Who accepted or cancelled it, and when. */
    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Version
    public int version;
}
