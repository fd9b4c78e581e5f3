package fr.guichet.common.api;

import java.net.URI;
import java.net.URISyntaxException;

/** Links that the pages will show to anyone (an online session, a video): https to a named host, no credentials in them. */
public final class HttpsUrls {

    private HttpsUrls() {
    }

    public static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
