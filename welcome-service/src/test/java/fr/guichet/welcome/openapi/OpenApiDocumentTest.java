package fr.guichet.welcome.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.guichet.testsupport.openapi.ServedDocumentContract;
import fr.guichet.welcome.event.EventResource;
import fr.guichet.welcome.followup.FollowUpResource;
import fr.guichet.welcome.invitation.InvitationResource;
import fr.guichet.welcome.offer.OfferResource;
import fr.guichet.welcome.privacy.PrivacyResource;
import fr.guichet.welcome.registration.AttendanceResource;
import fr.guichet.welcome.registration.RegistrantLinkResource;
import fr.guichet.welcome.registration.RegistrationResource;
import fr.guichet.welcome.survey.SurveyResource;
import fr.guichet.welcome.testimonial.TestimonialResource;
import io.quarkus.test.junit.QuarkusTest;

/** The document welcome-service serves keeps the contract's rules. */
@QuarkusTest
class OpenApiDocumentTest extends ServedDocumentContract {

    @Override
    protected Class<?>[] resources() {
        return new Class<?>[] {EventResource.class, RegistrationResource.class, RegistrantLinkResource.class,
                AttendanceResource.class, SurveyResource.class, InvitationResource.class, TestimonialResource.class,
                FollowUpResource.class, PrivacyResource.class, OfferResource.class};
    }

    @Override
    protected boolean publishesProfessions() {
        return false;
    }

    @Test
    void the_public_testimonial_schema_holds_no_withdrawal_token() throws IOException {
        JsonNode testimonial = served().document().path("components").path("schemas").path("Testimonial").path("properties");
        assertTrue(testimonial.has("aidCodes") && !testimonial.has("withdrawalToken") && !testimonial.has("withdrawalTokenHash"),
                testimonial.toString());
    }

    @Test
    void the_public_registrations_schema_holds_no_personal_data() throws IOException {
        JsonNode registration = served().document().path("components").path("schemas").path("Registration").path("properties");
        assertTrue(registration.has("status") && !registration.has("email") && !registration.has("firstName"),
                registration.toString());
    }
}
