package fr.guichet.welcome.testimonial;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.welcome.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;

/** The person's withdrawal link, on the desk's page (the gateway's public address), and the mail that gives it to them. */
@ApplicationScoped
class TestimonialLinks {

    @ConfigProperty(name = "guichet.public-url")
    String publicUrl;

    String withdrawal(String token) {
        return publicUrl + "/temoignages/retrait?jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    OutgoingMail consentRecorded(String email, Testimonial testimonial, String token) {
        return new OutgoingMail(email, "Votre témoignage : " + testimonial.title, "Bonjour,\n\n"
                + "Merci d'avoir accepté de témoigner de votre installation. Votre accord est enregistré : votre témoignage « "
                + testimonial.title + " » pourra être publié sur le guichet unique d'installation.\n\n"
                + "Vous pouvez retirer votre témoignage à tout moment, sans avoir à vous justifier : il disparaîtra alors "
                + "du site et son texte sera effacé. Il suffit d'ouvrir ce lien : " + withdrawal(token) + "\n\n"
                + "Gardez ce courriel : ce lien n'est envoyé qu'une fois.\n\n"
                + "Le guichet unique d'installation des professionnels de santé\n");
    }
}
