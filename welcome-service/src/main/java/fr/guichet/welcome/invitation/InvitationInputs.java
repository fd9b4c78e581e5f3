package fr.guichet.welcome.invitation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.guichet.common.api.Lists;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class InvitationInputs {

    private InvitationInputs() {
    }

    @Schema(name = "InvitationList", description = "The addresses to invite; an address already invited to the event is not "
            + "mailed again")
    public record InvitationList(
            @NotNull @Size(min = 1, max = 500) @Schema(example = "[\"interne.tours@example.fr\"]")
            List<@NotBlank @Email @Size(max = 254) String> emails) {

        public InvitationList {
            emails = emails == null ? null : Lists.copyAllowingNulls(emails);
        }
    }

    @Schema(name = "InvitationResult", description = "How many addresses were invited now, and how many had been before")
    public record InvitationResult(int invited, int alreadyInvited) {
    }
}
