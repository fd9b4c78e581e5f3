package fr.guichet.welcome.testimonial;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A testimonial as its reader may see it: the public reads published ones, with the photo only when the person agreed;
 * its organisers and the department's correspondants also read drafts and withdrawn ones, and the consent's record.
 */
@Schema(name = "Testimonial")
public record TestimonialView(
        UUID id,
        @Schema(description = "The version, also the ETag to send in If-Match") int version,
        TestimonialStatus status,
        @Schema(nullable = true, description = "Null once withdrawn") String title,
        @Schema(nullable = true, description = "Null once withdrawn") String story,
        @Schema(nullable = true, description = "Null once withdrawn") String author,
        @Schema(nullable = true) String videoUrl,
        @Schema(nullable = true, description = "Shown only with the person's photo consent") String photoRef,
        String department,
        String communeInsee,
        PracticeMode practiceMode,
        int settledYear,
        @Schema(description = "Codes of the aids that helped; each is at /aids/{code}") List<String> aidCodes,
        @Schema(description = "The code of the organisation that holds it", example = "CD-48") String organisation,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true, description = "For its organisers and correspondants only: the person's recorded consent")
        Consent consent,
        @Schema(nullable = true, description = "For its organisers and correspondants only") Instant withdrawnAt) {

    @Schema(name = "TestimonialConsent", description = "Who recorded the person's consent, when, to which wording")
    public record Consent(String recordedBy, Instant recordedAt, String wordingVersion, boolean photoConsent) {
    }

    static TestimonialView of(Testimonial t, boolean forManagers) {
        Consent consent = forManagers && t.consentRecorded()
                ? new Consent(t.consentRecordedBy, t.consentRecordedAt, t.consentWordingVersion, t.photoConsent) : null;
        return new TestimonialView(t.id, t.version, t.status, t.title, t.story, t.author, t.videoUrl,
                t.photoConsent || forManagers ? t.photoRef : null, t.department, t.communeInsee, t.practiceMode,
                t.settledYear, List.of(t.aidCodes), t.organisation, t.publishedAt, consent, forManagers ? t.withdrawnAt : null);
    }

    @Schema(name = "TestimonialConsentReceipt", description = "The consent recorded, with the person's withdrawal link: "
            + "given once, here and in the mail to the person, never again (only its hash is kept)")
    public record ConsentReceipt(TestimonialView testimonial,
            @Schema(description = "The token of the withdrawal link") String withdrawalToken,
            @Schema(description = "The page where the person withdraws their testimonial") String withdrawalUrl) {
    }
}
