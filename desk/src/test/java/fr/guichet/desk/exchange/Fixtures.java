package fr.guichet.desk.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.guichet.desk.support.FakeApi.api;

/** A case and its exchange as the API gives them, for the tests of the pages that show it. */
public final class Fixtures {

    public static final String CASE = "7d3f6f0e-0c1a-4a53-9d43-2b8f0f3b1a11";
    public static final String TASK = "0b7c1f64-3a58-4c2e-9d7a-5b1e2f3a4c5d";
    public static final String LEASE = "6f1d2c3b-4a5e-4f60-8172-93a4b5c6d7e8";
    public static final String CORRECTION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    public static final String DOCTOR_MESSAGE = """
            {"id":"11111111-1111-4111-8111-111111111111","author":"claire","authorRole":"DOCTOR","internal":false,
             "toPartners":false,"body":"Bonjour,\\nle bail est signé.","createdAt":"2027-03-02T13:05:00Z"}""";
    public static final String INTERNAL_NOTE = """
            {"id":"22222222-2222-4222-8222-222222222222","author":"marie","authorRole":"CORRESPONDANT","internal":true,
             "toPartners":false,"body":"Relancer l'Ordre vendredi.","createdAt":"2027-03-03T08:00:00Z"}""";
    public static final String LEASE_DOCUMENT = """
            {"id":"%s","taskId":"%s","filename":"bail-cabinet.pdf","mediaType":"application/pdf","sizeBytes":2516582,
             "sha256":"ab","uploadedBy":"doctor:claire","uploadedAt":"2027-03-02T13:06:00Z"}""".formatted(LEASE, TASK);
    public static final String OPEN_CORRECTION = """
            {"id":"%s","taskId":"%s","documentId":"%s","reasonCode":"EXPIRED","reason":"Le bail n'est pas signé en page 3.",
             "status":"OPEN","askedBy":"correspondant:marie","askedAt":"2027-03-04T09:00:00Z"}""".formatted(CORRECTION, TASK, LEASE);

    private Fixtures() {
    }

    /** The thread, documents and correction requests of {@link #CASE}. */
    public static void exchange(String messages, String documents, String corrections) {
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/messages")).willReturn(okJson("[" + messages + "]")));
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/documents")).willReturn(okJson("[" + documents + "]")));
        api.stubFor(get(urlPathEqualTo("/api/cases/" + CASE + "/corrections")).willReturn(okJson("[" + corrections + "]")));
    }
}
