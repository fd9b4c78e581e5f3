package fr.guichet.cases.request;

import java.time.Instant;
import java.util.UUID;

import fr.guichet.cases.casefile.Profession;
import fr.guichet.cases.casefile.ProjectTerms.CareerStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question asked of the guichet, its answer and its outcome. Its version is the ETag every change presents. */
@Entity
@Table(name = "quick_request")
public class QuickRequest extends PanacheEntityBase {

    /** Who logged a request sent through the public form. */
    static final String PUBLIC = "public";

    @Id
    public UUID id;

    @Version
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RequestChannel channel;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    public Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_stage")
    public CareerStage careerStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestSubject subject;

    @Column(nullable = false)
    public String department;

    public String commune;

    public String question;

    public String answer;

    @Column(name = "oriented_to")
    public String orientedTo;

    @Column(name = "case_id")
    public UUID caseId;

    public String assignee;

    @Column(name = "logged_by", nullable = false, updatable = false)
    public String loggedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;
}
