package fr.guichet.desk.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.guichet.desk.api.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The exchange between the guichet and the professional on one case, over the API with the user's token: what a
 * page shows ({@link #of}) and what its forms send. A refusal the person can act on becomes {@link Refused} with
 * French words (the API explains in English); a case the person may not see stays the API's 404.
 */
@ApplicationScoped
public class Exchanges {

    private static final String ANONYMISED = "Ce dossier a été anonymisé : il n'accepte plus de nouvel élément.";
    private static final String CHANGED = "Cette demande a changé entre-temps : la page montre maintenant où elle en est.";

    @Inject
    @RestClient
    ExchangeApi api;

    @Inject
    UploadLimits limits;

    /** The exchange of a case for a page whose forms come back to {@code retour} (a local path). */
    public Exchange of(UUID caseId, String retour) {
        return withForm(caseId, retour, FormState.NONE);
    }

    Exchange withForm(UUID caseId, String retour, FormState form) {
        return new Exchange(caseId, retour, api.listMessages(caseId), api.listDocuments(caseId),
                api.listCorrections(caseId), form);
    }

    void postMessage(UUID caseId, String body, boolean internal) {
        Map<String, String> typed = values("message", body, "interne", internal ? "oui" : "");
        if (body == null || body.isBlank()) {
            throw refused(FormState.MESSAGE, null, Map.of("message", "Écrivez votre message avant de l'envoyer."), typed);
        }
        try {
            api.postMessage(caseId, new ExchangeApi.NewMessage(body, internal));
        } catch (ApiProblem problem) {
            throw refusal(FormState.MESSAGE, null, problem, typed, switch (problem.status()) {
                case 400 -> Map.of("message", "Le message doit contenir du texte, 5 000 caractères au plus.");
                case 403 -> Map.of("interne", "Seuls les correspondants de l'agence écrivent des notes internes.");
                case 409 -> Map.of("message", ANONYMISED);
                default -> Map.of();
            });
        }
    }

    /** Stores a file on the case (on a task when given); the document's id. */
    UUID upload(UUID caseId, FileUpload file, UUID taskId, String form, UUID target, Map<String, String> typed) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw refused(form, target, Map.of("fichier", "Choisissez le fichier à envoyer."), typed);
        }
        if (file.size() > limits.maxBytes()) {
            throw refused(form, target, Map.of("fichier", limits.tooLarge()), typed);
        }
        ClientMultipartForm multipart = ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                file.uploadedFile().toString(), contentType(file));
        if (taskId != null) {
            multipart.attribute("taskId", taskId.toString(), null);
        }
        try {
            return api.uploadDocument(caseId, multipart).id();
        } catch (ApiProblem problem) {
            throw refusal(form, target, problem, typed, switch (problem.status()) {
                case 413 -> Map.of("fichier", limits.tooLarge());
                case 415 -> Map.of("fichier", limits.wrongType());
                case 400 -> Map.of("fichier", "Ce fichier n'a pas pu être joint au dossier ; choisissez-le de nouveau.");
                case 409 -> Map.of("fichier", ANONYMISED);
                default -> Map.of();
            });
        }
    }

    void requestCorrection(UUID caseId, String documentId, String information, String code, String reason, String note) {
        Map<String, String> typed = values("document", documentId, "information", information, "code", code,
                "motif", reason, "note", note);
        Map<String, String> errors = new HashMap<>();
        UUID document = uuidOrNull(documentId);
        boolean hasInformation = information != null && !information.isBlank();
        if ((document == null) == !hasInformation) {
            errors.put("document", "Choisissez un document à renvoyer, ou bien nommez l'information à donner de nouveau (l'un ou l'autre).");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("motif", "Expliquez au professionnel ce qui ne va pas.");
        }
        if (!errors.isEmpty()) {
            throw refused(FormState.CORRECTION, null, errors, typed);
        }
        try {
            api.requestCorrection(caseId, new ExchangeApi.NewCorrection(document, hasInformation ? information.strip() : null,
                    CorrectionReason.fromForm(code), reason, note == null || note.isBlank() ? null : note));
        } catch (ApiProblem problem) {
            throw refusal(FormState.CORRECTION, null, problem, typed, switch (problem.status()) {
                case 400 -> Map.of("motif", "Vérifiez la demande : un document du dossier ou une information (200 caractères au plus), "
                        + "et un motif de 1 000 caractères au plus.");
                case 409 -> Map.of("motif", "Ce dossier est clos ou abandonné : il n'y a plus rien à demander.");
                default -> Map.of();
            });
        }
    }

    /** The professional's answer: the new file first (on the request's task, if any), then the answer naming it. */
    void answer(UUID caseId, UUID correctionId, FileUpload file, String message) {
        Map<String, String> typed = values("message", message);
        boolean hasFile = file != null && file.fileName() != null && !file.fileName().isBlank();
        boolean hasMessage = message != null && !message.isBlank();
        if (!hasFile && !hasMessage) {
            throw refused(FormState.ANSWER, correctionId, Map.of("fichier", "Joignez le document demandé, écrivez un message, ou les deux."), typed);
        }
        Versioned asked = read(caseId, correctionId);
        UUID document = hasFile ? upload(caseId, file, asked.correction().taskId(), FormState.ANSWER, correctionId, typed) : null;
        try {
            api.answerCorrection(caseId, correctionId, asked.etag(), new ExchangeApi.CorrectionAnswer(document, hasMessage ? message : null));
        } catch (ApiProblem problem) {
            throw refusal(FormState.ANSWER, correctionId, problem, typed, switch (problem.status()) {
                case 400 -> Map.of("message", "Le message doit faire 5 000 caractères au plus.");
                case 409 -> Map.of("message", "Cette demande n'attend plus de réponse.");
                default -> Map.of();
            });
        }
    }

    void accept(UUID caseId, UUID correctionId) {
        settle(caseId, correctionId, Map.of(), etag -> api.acceptCorrection(caseId, correctionId, etag));
    }

    void cancel(UUID caseId, UUID correctionId) {
        settle(caseId, correctionId, Map.of(), etag -> api.cancelCorrection(caseId, correctionId, etag));
    }

    void reopen(UUID caseId, UUID correctionId, String reason) {
        Map<String, String> typed = values("motif", reason);
        if (reason == null || reason.isBlank()) {
            throw refused(FormState.SETTLE, correctionId, Map.of("motif", "Dites au professionnel pourquoi sa réponse ne convient pas."), typed);
        }
        settle(caseId, correctionId, typed, etag -> api.reopenCorrection(caseId, correctionId, etag, new ExchangeApi.Reopening(reason)));
    }

    private void settle(UUID caseId, UUID correctionId, Map<String, String> typed, Consumer<String> step) {
        try {
            step.accept(read(caseId, correctionId).etag());
        } catch (ApiProblem problem) {
            throw refusal(FormState.SETTLE, correctionId, problem, typed, switch (problem.status()) {
                case 400 -> Map.of("motif", "Le motif doit faire 1 000 caractères au plus.");
                default -> Map.of();
            });
        }
    }

    private record Versioned(Correction correction, String etag) {
    }

    private Versioned read(UUID caseId, UUID correctionId) {
        try (Response response = api.getCorrection(caseId, correctionId)) {
            return new Versioned(response.readEntity(Correction.class), response.getHeaderString(HttpHeaders.ETAG));
        }
    }

    /**
     * The refusals a person can act on come back on the form; a case or request they cannot see is the French 404
     * page, and a failing API the 503 page (ErrorPages).
     */
    private static Refused refusal(String form, UUID target, ApiProblem problem, Map<String, String> typed,
            Map<String, String> fieldErrors) {
        if (problem.isNotFound() || problem.isUnavailable() || problem.status() == 401) {
            throw problem;
        }
        String summary = switch (problem.status()) {
            case 403 -> "Votre compte ne permet pas cette action sur ce dossier.";
            case 409 -> fieldErrors.isEmpty() ? "Cette demande n'en est plus là : elle a déjà été traitée." : "L'envoi n'a pas abouti.";
            case 412, 428 -> CHANGED;
            case 413, 415 -> "Le fichier n'a pas été envoyé.";
            default -> "L'envoi n'a pas abouti.";
        };
        return new Refused(FormState.failed(form, target, summary, fieldErrors, typed));
    }

    private static Refused refused(String form, UUID target, Map<String, String> fieldErrors, Map<String, String> typed) {
        return new Refused(FormState.failed(form, target, "L'envoi n'a pas abouti : corrigez ce qui est indiqué.", fieldErrors, typed));
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return values;
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The browser's word for the type; the API reads the content anyway. */
    private static String contentType(FileUpload file) {
        String type = file.contentType();
        return type == null || type.isBlank() ? "application/octet-stream" : type;
    }
}
