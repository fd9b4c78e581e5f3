package fr.guichet.welcome.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.guichet.common.time.GuichetClock;
import fr.guichet.welcome.event.WelcomeEvent;
import fr.guichet.welcome.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The registrants' mails, in French. Their links lead to the desk's pages (the gateway's public address), which carry
 * the token to this service's cancellation and survey operations.
 */
@ApplicationScoped
class RegistrationMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH)
            .withZone(GuichetClock.ZONE);

    @ConfigProperty(name = "guichet.public-url")
    String publicUrl;

    OutgoingMail confirmed(WelcomeEvent event, Registration registration, String token) {
        return new OutgoingMail(registration.email, "Inscription confirmée : " + event.title, greeting(registration)
                + "Votre place est confirmée pour la " + event.kind.label() + " « " + event.title + " », le "
                + when(event.startsAt) + where(event) + ".\n\n" + links(token) + signature());
    }

    OutgoingMail waiting(WelcomeEvent event, Registration registration, String token, int position) {
        return new OutgoingMail(registration.email, "Liste d'attente : " + event.title, greeting(registration)
                + "La " + event.kind.label() + " « " + event.title + " » du " + when(event.startsAt) + " est complète. "
                + "Vous êtes inscrit(e) sur la liste d'attente, en position " + position + ". Si une place se libère, "
                + "elle vous sera attribuée dans l'ordre de la liste et vous recevrez un courriel.\n\n"
                + "Pour quitter la liste d'attente : " + link("annulation", token) + "\n" + signature());
    }

    OutgoingMail promoted(WelcomeEvent event, Registration registration, String token) {
        return new OutgoingMail(registration.email, "Une place s'est libérée : " + event.title, greeting(registration)
                + "Une place s'est libérée : votre inscription à la " + event.kind.label() + " « " + event.title
                + " », le " + when(event.startsAt) + where(event) + ", est maintenant confirmée.\n\n"
                + "Ce courriel remplace le précédent : le lien qu'il contenait ne fonctionne plus.\n" + links(token) + signature());
    }

    OutgoingMail eventCancelled(WelcomeEvent event, Registration registration) {
        return new OutgoingMail(registration.email, "Événement annulé : " + event.title, greeting(registration)
                + "Nous sommes désolés : la " + event.kind.label() + " « " + event.title + " » prévue le "
                + when(event.startsAt) + " est annulée par ses organisateurs.\n" + signature());
    }

    OutgoingMail survey(WelcomeEvent event, Registration registration, String token) {
        return new OutgoingMail(registration.email, "Votre avis : " + event.title, greeting(registration)
                + "Merci d'être venu(e) à la " + event.kind.label() + " « " + event.title + " ». En une minute, dites-nous "
                + "ce qu'elle vous a apporté et si vous envisagez de vous installer sur le territoire : " + link("avis", token)
                + "\n\nCe lien remplace ceux des courriels précédents." + "\n" + signature());
    }

    private String links(String token) {
        return "Si vous ne pouvez plus venir, libérez votre place pour une personne en liste d'attente : "
                + link("annulation", token) + "\n"
                + "Après l'événement, dites-nous en une minute ce qu'il vous a apporté : " + link("avis", token) + "\n";
    }

    private String link(String page, String token) {
        return publicUrl + "/evenements/inscription/" + page + "?jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String greeting(Registration registration) {
        return "Bonjour " + registration.firstName + ",\n\n";
    }

    private static String where(WelcomeEvent event) {
        return event.address != null ? ", " + event.address : ", en ligne (" + event.onlineUrl + ")";
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }

    private static String signature() {
        return "\nÀ bientôt,\nLe guichet unique d'installation des professionnels de santé\n";
    }
}
