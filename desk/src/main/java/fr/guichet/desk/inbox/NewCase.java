package fr.guichet.desk.inbox;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.guichet.desk.vocabulary.Profession;

/** A case as the inbox lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCase(UUID id, String reference, String firstName, String lastName, Profession profession,
        String department, String channel, Instant createdAt) {

    /** Cases sent to the guichet by a partner organisation. */
    public static final String FROM_PARTNER = "PARTNER";

    public String name() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public boolean fromPartner() {
        return FROM_PARTNER.equals(channel);
    }

    public String path() {
        return "/dossiers/" + id;
    }
}
