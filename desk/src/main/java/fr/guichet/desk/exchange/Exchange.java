package fr.guichet.desk.exchange;

import java.util.List;
import java.util.UUID;

/**
 * What the exchange fragments of a case page show: the thread, the documents, the correction requests, as the API
 * lets the person looking see them, and the form that failed if one did. Built by {@link Exchanges#of}.
 */
public record Exchange(UUID caseId, String retour, List<Message> messages, List<CaseDocument> documents,
        List<Correction> corrections, FormState form) {

    /** The desk address of this case's exchange, to which the forms post: {@code {exchange.path}/messages}. */
    public String path() {
        return "/dossiers/" + caseId;
    }

    public String downloadPath(UUID documentId) {
        return path() + "/documents/" + documentId;
    }

    /** The name of a document of the case, for a correction request about it. */
    public String documentName(UUID documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).map(CaseDocument::name).findFirst()
                .orElse("Document du dossier");
    }

    public List<Correction> openCorrections() {
        return corrections.stream().filter(Correction::isOpen).toList();
    }

    public CorrectionReason[] reasons() {
        return CorrectionReason.values();
    }
}
