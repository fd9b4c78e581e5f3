package fr.guichet.desk.testimonials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.PracticeMode;

/**
 * A testimonial as the welcome API shows it (the API's Testimonial): to the public a published one, with the photo
 * only when the person agreed; to its organisers any, with the record of the person's consent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Testimonial(UUID id, int version, TestimonialStatus status, String title, String story, String author,
        String videoUrl, String photoRef, String department, String communeInsee, PracticeMode practiceMode, int settledYear,
        List<String> aidCodes, String organisation, Instant publishedAt, Consent consent, Instant withdrawnAt) {

    private static final String SECURE = "https://";

    public Testimonial {
        aidCodes = aidCodes == null ? List.of() : aidCodes;
    }

    /** The title, or what replaces it once withdrawal erased it. */
    public String heading() {
        return title == null ? "Témoignage retiré" : title;
    }

    public boolean published() {
        return status == TestimonialStatus.PUBLISHED;
    }

    public boolean draft() {
        return status == TestimonialStatus.DRAFT;
    }

    public boolean withdrawn() {
        return status == TestimonialStatus.WITHDRAWN;
    }

    public boolean consentRecorded() {
        return consent != null;
    }

    /** The video's address, given as a link only when it is https. */
    public String video() {
        return secure(videoUrl);
    }

    /**
     * The photo to show: the API gives it to the public only with the person's consent, and to the organisers always
     * (with the consent beside it), so a page shows it only when no consent record says no.
     */
    public String photo() {
        boolean allowed = consent == null || consent.photoConsent();
        return allowed ? secure(photoRef) : null;
    }

    private static String secure(String address) {
        return address != null && address.startsWith(SECURE) ? address : null;
    }

    /** Who recorded the person's consent, when, to which wording, and whether their photo may be shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(String recordedBy, Instant recordedAt, String wordingVersion, boolean photoConsent) {
    }
}
