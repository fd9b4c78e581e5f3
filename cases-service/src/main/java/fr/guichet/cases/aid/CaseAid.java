package fr.guichet.cases.aid;

import java.io.Serializable;
import java.time.Instant;
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
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An aid the correspondant selected for the case, with the simulator's verdict at that moment, and where it stands. */
@Entity
@Table(name = "case_aid")
@IdClass(CaseAid.Key.class)
public class CaseAid extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "aid_code")
    public String aidCode;

    @Column(nullable = false)
    public String label;

    @Column(name = "eligibility_status", nullable = false)
    public String eligibilityStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AidStatus status;

    /** Who pays it, as the simulator named it (ASSURANCE_MALADIE, ARS, REGION...): its tasks go there. */
    public String funder;

    public String category;

    /**
     * The dated payments the simulator foresaw when the aid was selected (none for monthly allowances):
     * those due after the installation become follow-up tasks.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Eligibility.Payment> payments = new ArrayList<>();

    @Column(name = "selected_by", nullable = false)
    public String selectedBy;

    @Column(name = "selected_at", nullable = false)
    public Instant selectedAt;

    public static class Key implements Serializable {
        public UUID caseId;
        public String aidCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.caseId.equals(caseId) && key.aidCode.equals(aidCode);
        }

        @Override
        public int hashCode() {
            return caseId.hashCode() * 31 + aidCode.hashCode();
        }
    }
}
