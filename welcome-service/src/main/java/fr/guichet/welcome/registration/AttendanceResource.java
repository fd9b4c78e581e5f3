package fr.guichet.welcome.registration;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.guichet.welcome.policy.Roles;
import fr.guichet.welcome.registration.RegistrationInputs.Attendance;
import fr.guichet.welcome.registration.RegistrationViews.AttendanceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/events/{eventId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Who came, ticked by the organiser on the day")
@SecurityRequirement(name = "bearer")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAttendance", summary = "Replace the list of registrations present",
            description = "The whole list each time: sending it again changes nothing, so a list ticked offline may be sent "
                    + "once back online, even twice. Taken from the event's day on.\n\nRoles: organiser.")
    @APIResponse(responseCode = "200", description = "The registrations now marked present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    @APIResponse(responseCode = "409", description = "The event is cancelled, or its day has not come")
    @APIResponse(responseCode = "422", description = "An id that is no live registration to this event")
    public AttendanceView record(@PathParam("eventId") UUID eventId, @Valid @NotNull Attendance list) {
        return attendance.record(eventId, list.present());
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.CORRESPONDANT})
    @Operation(operationId = "getAttendance", summary = "The registrations marked present",
            description = "Roles: correspondant, organiser.")
    @APIResponse(responseCode = "200", description = "The registrations marked present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "403", description = "Another organisation's event")
    @APIResponse(responseCode = "404", description = "No such event among those you may see")
    public AttendanceView get(@PathParam("eventId") UUID eventId) {
        return attendance.get(eventId);
    }
}
