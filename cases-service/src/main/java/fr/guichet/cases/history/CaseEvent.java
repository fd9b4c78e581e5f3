package fr.guichet.cases.history;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a case: who, when, what, before and after. Never updated. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    @Schema(name = "CaseEventKind")
    public enum Kind {
        CREATED, FIELD_CHANGED, STATUS_CHANGED, ASSIGNED, TASK_CHANGED, AID_SELECTED, AID_STATUS_CHANGED, MESSAGE_POSTED, DOCUMENT_ADDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(updatable = false)
    public String field;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public JsonNode after;

    @Column(updatable = false)
    public String reason;
}
