package fr.guichet.cases.task;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import fr.guichet.cases.partner.OrganisationKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a partner's checklist for a profession group: data, seeded by migration. */
@Entity
@Table(name = "task_template")
public class TaskTemplate extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "profession_group", nullable = false)
    public String professionGroup;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String partner;

    /** The kind of organisation that owns the step; none when no partner organisation does it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OrganisationKind ownerKind;

    /** The step it waits on: its due days then count from the day that step is done. */
    @Column(name = "waits_on")
    public String waitsOn;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "due_days", nullable = false)
    public int dueDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents", nullable = false, columnDefinition = "jsonb")
    public List<String> requiredDocuments;

    @Column(nullable = false)
    public int position;
}
