package fr.guichet.desk.exchange;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What cases-service accepts as a document, told before sending ({@code {inject:uploadLimits.hint}}): PDF, JPEG or
 * PNG, recognised from the content, and 10 MB at most (guichet.documents.max-bytes, the same setting as the API's).
 */
@ApplicationScoped
@Named("uploadLimits")
public class UploadLimits {

    /** For the file picker: it only narrows what the browser offers; the API reads the content itself. */
    public static final String ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

    @ConfigProperty(name = "guichet.documents.max-bytes")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public String maxSize() {
        return FileSizes.french(maxBytes);
    }

    public String accept() {
        return ACCEPT;
    }

    public String hint() {
        return "Formats acceptés : PDF, JPEG ou PNG. Taille maximale : " + maxSize() + ".";
    }

    public String tooLarge() {
        return "Ce fichier dépasse la taille maximale de " + maxSize() + " : réduisez-le (ou scannez-le en plus basse "
                + "résolution) puis envoyez-le de nouveau.";
    }

    public String wrongType() {
        return "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : son contenu a été vérifié, pas seulement son nom. "
                + "Enregistrez-le dans l'un de ces formats puis envoyez-le de nouveau.";
    }
}
