package fr.guichet.cases.document;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of the case file, kept in PostgreSQL with its SHA-256. */
@Entity
@Table(name = "case_document")
public class CaseDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "task_id", updatable = false)
    public UUID taskId;

    public String filename;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    /** Loaded only to download: listing documents must not read their bytes. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;
}
