package fr.guichet.welcome.survey;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registrant's answer to the survey after the event: one per registration. What helped is erased with their data. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false)
    public int score;

    public String helped;

    @Enumerated(EnumType.STRING)
    @Column(name = "settling_intention", nullable = false)
    public SettlingIntention settlingIntention;

    @Column(name = "contact_consent", nullable = false)
    public boolean contactConsent;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
