package fr.guichet.cases.document;

import static fr.guichet.cases.Actors.claire;
import static fr.guichet.cases.Actors.occitanie;
import static fr.guichet.cases.Actors.paul;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.cases.Actors;
import fr.guichet.cases.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Documents of a case: typed from their content, 10 MB at most, stored with their SHA-256. */
@QuarkusTest
class DocumentTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    static Stream<Arguments> acceptedDocuments() {
        return Stream.of(
                Arguments.of("bail.pdf", pdf(), "application/pdf"),
                Arguments.of("diplome.png", png(), "image/png"),
                Arguments.of("carte-identite.jpg", jpeg(), "image/jpeg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedDocuments")
    void a_document_is_stored_with_its_sha256_and_downloaded_byte_for_byte(String name, byte[] content, String mediaType) {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        String documentId = upload(claire(), id, name, content).then().statusCode(201)
                .body("mediaType", equalTo(mediaType))
                .body("sizeBytes", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .body("filename", equalTo(name))
                .extract().path("id");

        claire().get("/cases/" + id + "/documents").then().statusCode(200)
                .body("id", contains(documentId))
                .body("sha256", contains(sha256(content)));
        byte[] downloaded = claire().get("/cases/" + id + "/documents/" + documentId).then().statusCode(200)
                .contentType(mediaType)
                .extract().asByteArray();
        assertArrayEquals(content, downloaded);
    }

    @Test
    void the_correspondant_reads_the_documents_the_doctor_uploaded() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String documentId = upload(claire(), id, "bail.pdf", pdf()).then().statusCode(201).extract().path("id");

        byte[] downloaded = occitanie().get("/cases/" + id + "/documents/" + documentId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf(), downloaded);
    }

    static Stream<Arguments> disguisedDocuments() {
        return Stream.of(
                Arguments.of("text", "Ceci n'est pas un PDF.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("executable", withHeader("MZ", 512)),
                Arguments.of("truncated PDF signature", "%PD".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedDocuments")
    void a_pdf_name_on_other_content_answers_415_and_stores_nothing(String what, byte[] content) {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        upload(claire(), id, "bail.pdf", content).then().spec(Cases.problem(415));

        claire().get("/cases/" + id + "/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void a_document_over_10_mb_answers_413_and_stores_nothing() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        upload(claire(), id, "scan.pdf", withHeader("%PDF-1.4", TEN_MB + 1)).then().spec(Cases.problem(413));

        claire().get("/cases/" + id + "/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void a_document_of_exactly_10_mb_is_accepted() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        byte[] content = withHeader("%PDF-1.4", TEN_MB);

        upload(claire(), id, "scan.pdf", content).then().statusCode(201)
                .body("sizeBytes", equalTo(TEN_MB))
                .body("sha256", equalTo(sha256(content)));
    }

    @Test
    void a_document_attached_to_a_task_of_the_case_keeps_its_task() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String taskId = procedures(id);

        multipart(occitanie(), "bail.pdf", pdf()).multiPart("taskId", taskId).post(documents(id)).then()
                .statusCode(201)
                .body("taskId", equalTo(taskId));

        occitanie().get(documents(id)).then().statusCode(200).body("taskId", contains(taskId));
    }

    @Test
    void a_task_of_another_case_answers_400() {
        String id = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String otherCase = Cases.create(occitanie(), Cases.newCase(Actors.RPPS_CLAIRE, Cases.MENDE));
        String taskOfOtherCase = procedures(otherCase);

        multipart(occitanie(), "bail.pdf", pdf()).multiPart("taskId", taskOfOtherCase).post(documents(id)).then()
                .spec(Cases.problem(400))
                .body("errors.field", hasItem("taskId"));

        occitanie().get(documents(id)).then().statusCode(200).body("$", empty());
    }

    @Test
    void an_upload_without_a_file_answers_400() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));

        claire().contentType("multipart/form-data").multiPart("note", "pas de fichier").post(documents(id)).then()
                .spec(Cases.problem(400))
                .body("errors.field", hasItem("file"));
    }

    @Test
    void another_doctor_can_neither_upload_list_nor_download_the_documents_of_a_case() {
        String id = Cases.create(claire(), Cases.newCase(null, Cases.MENDE));
        String documentId = upload(claire(), id, "bail.pdf", pdf()).then().statusCode(201)
                .body("id", notNullValue()).extract().path("id");

        upload(paul(), id, "intrus.pdf", pdf()).then().spec(Cases.problem(404));
        paul().get(documents(id)).then().spec(Cases.problem(404));
        paul().get(documents(id) + "/" + documentId).then().statusCode(404);

        claire().get(documents(id)).then().body("id", contains(documentId));
    }

    /** Takes the correspondant's case to PROCEDURES and answers one of its task ids. */
    private static String procedures(String id) {
        Cases.moveThrough(Actors::occitanie, id, "QUALIFIED", "PROJECT_DEFINED", "PROCEDURES");
        return occitanie().get("/cases/" + id + "/tasks").then().statusCode(200).extract().path("[0].id");
    }

    private static Response upload(RequestSpecification as, String id, String name, byte[] content) {
        return multipart(as, name, content).post(documents(id));
    }

    /** The client says application/pdf whatever the content: the service must read the bytes, not trust the label. */
    private static RequestSpecification multipart(RequestSpecification as, String name, byte[] content) {
        return as.contentType("multipart/form-data").multiPart("file", name, content, "application/pdf");
    }

    private static String documents(String id) {
        return "/cases/" + id + "/documents";
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** The PNG signature and the start of an IHDR chunk for a 1×1 image. */
    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }

    /** A JFIF header (SOI, APP0) and the end-of-image marker. */
    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    private static byte[] withHeader(String header, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        byte[] start = header.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
