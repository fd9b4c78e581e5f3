package fr.guichet.cases.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation as a client writes it. On a change the code is the path's: it may be left out, and may
 * not differ.
 */
@Schema(example = """
        {"code": "CPAM-02", "name": "CPAM de l'Aisne", "kind": "CPAM", "departments": ["02"]}""")
public record OrganisationInput(
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotEmpty @Size(max = 110) List<@NotNull @Pattern(regexp = DEPARTMENT,
                message = "must be a department code: 01 to 95, 2A, 2B or 971 to 976") String> departments,
        @Schema(description = "Where the organisation's daily digest of its open tasks goes; none: no digest")
        @Email @Size(max = 254) String contactEmail) {

    static final String CODE = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    static final String CODE_MESSAGE = "must be 2 to 40 upper-case letters, digits or dashes";
    static final String DEPARTMENT = "0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]";
}
