package fr.guichet.cases.plan;

import java.time.Instant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A step of the installation plans and its lead time, as data (V11__installation_plan.sql says how to read it). */
@Entity
@Table(name = "plan_step")
public class PlanStep extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(name = "owner_kind", nullable = false, updatable = false)
    public String ownerKind;

    /** Null: every profession. */
    @Column(updatable = false, columnDefinition = "text[]")
    public String[] professions;

    @Column(name = "practice_modes", nullable = false, updatable = false, columnDefinition = "text[]")
    public String[] practiceModes = {};

    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    public String[] predecessors = {};

    /** Null: no lead time is known; {@link #note} says why. */
    @Column(name = "lead_time_days")
    public Integer leadTimeDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Anchor anchor;

    public String note;

    @Column(nullable = false)
    public String source;

    @Column(name = "task_code", updatable = false)
    public String taskCode;

    /** The aid whose filing step this is. */
    @Column(name = "aid_code", updatable = false)
    public String aidCode;

    /** The filing step of every chosen aid that has no step of its own. */
    @Column(name = "each_chosen_aid", nullable = false, updatable = false)
    public boolean eachChosenAid;

    @Column(nullable = false, updatable = false)
    public int position;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
