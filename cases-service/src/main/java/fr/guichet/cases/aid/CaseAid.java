package fr.guichet.cases.aid;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An aid the correspondant selected for the case, with the simulator's verdict at that moment. */
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
