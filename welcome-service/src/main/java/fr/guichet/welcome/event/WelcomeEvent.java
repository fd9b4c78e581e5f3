package fr.guichet.welcome.event;

import java.time.Instant;
import java.util.UUID;

import fr.guichet.welcome.policy.GuardedEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event held by an organiser; its version is the ETag every change presents. */
@Entity
@Table(name = "welcome_event")
public class WelcomeEvent extends PanacheEntityBase implements GuardedEvent {

    @Id
    public UUID id;

    @Version
    public int version;

    @Column(nullable = false, updatable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public String department;

    @Column(name = "commune_insee")
    public String communeInsee;

    public String address;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(name = "student_years", nullable = false)
    public Integer[] studentYears;

    @Column(name = "intern_specialties", nullable = false)
    public String[] internSpecialties;

    @Column(nullable = false)
    public boolean replacements;

    @Column(nullable = false)
    public int capacity;

    public String programme;

    @Column(nullable = false)
    public String[] partners;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "personal_data_erased_at")
    public Instant personalDataErasedAt;

    @Column(name = "survey_mailed_at")
    public Instant surveyMailedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public UUID eventId() {
        return id;
    }

    @Override
    public String organisation() {
        return organisation;
    }

    @Override
    public String department() {
        return department;
    }

    @Override
    public boolean publiclyVisible() {
        return status == EventStatus.PUBLISHED || (status == EventStatus.CANCELLED && publishedAt != null);
    }

    public boolean open() {
        return status == EventStatus.PUBLISHED;
    }
}
