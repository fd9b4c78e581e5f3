package fr.guichet.welcome.testimonial;

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

/**
 * A professional's story of settling, held by the organisation that wrote it with them; its version is the ETag every
 * change presents. The author, title, story, video and photo are the person's: a withdrawal erases them.
 */
@Entity
@Table(name = "testimonial")
public class Testimonial extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public int version;

    @Column(nullable = false, updatable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TestimonialStatus status;

    @Column(nullable = false)
    public String department;

    @Column(name = "commune_insee", nullable = false)
    public String communeInsee;

    public String author;

    public String title;

    public String story;

    @Column(name = "video_url")
    public String videoUrl;

    @Column(name = "photo_ref")
    public String photoRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_mode", nullable = false)
    public PracticeMode practiceMode;

    @Column(name = "settled_year", nullable = false)
    public int settledYear;

    @Column(name = "aid_codes", nullable = false)
    public String[] aidCodes;

    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    @Column(name = "consent_wording_version")
    public String consentWordingVersion;

    @Column(name = "photo_consent", nullable = false)
    public boolean photoConsent;

    @Column(name = "withdrawal_token_hash")
    public String withdrawalTokenHash;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean publiclyVisible() {
        return status == TestimonialStatus.PUBLISHED;
    }

    boolean consentRecorded() {
        return consentRecordedAt != null;
    }

    /** The person's consent covers what they read: a story changed after it needs their consent again. */
    void forgetConsent() {
        consentRecordedBy = null;
        consentRecordedAt = null;
        consentWordingVersion = null;
        photoConsent = false;
        withdrawalTokenHash = null;
    }

    /** Withdrawn: the person's words, name and images go; what the indicators count (where, when, which aids) stays. */
    void withdraw(String by, Instant now) {
        status = TestimonialStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawnBy = by;
        author = null;
        title = null;
        story = null;
        videoUrl = null;
        photoRef = null;
        photoConsent = false;
        updatedAt = now;
    }
}
