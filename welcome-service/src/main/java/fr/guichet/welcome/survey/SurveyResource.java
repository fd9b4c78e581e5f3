package fr.guichet.welcome.survey;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/registrations/survey-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey", description = "The short survey after an event: satisfaction, what helped, intention to settle")
public class SurveyResource {

    @Inject
    SurveyService survey;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerSurvey", summary = "Answer the survey after an event, with the token of the registrant's link",
            description = "Once per registration, by a registrant who held a place, after the event's end.\n\nPublic.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "The token opens no registration")
    @APIResponse(responseCode = "409", description = "Already answered, the event has not ended, or the registration held no place")
    public Response answer(@Valid @NotNull SurveyInput input) {
        survey.answer(input);
        return Response.noContent().build();
    }
}
