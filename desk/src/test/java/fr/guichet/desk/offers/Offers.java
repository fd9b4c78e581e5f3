package fr.guichet.desk.offers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Offers as the welcome API gives them, and its refusals, for the offers pages' tests. */
final class Offers {

    static final String ID = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    private Offers() {
    }

    static String job(String status) {
        return offer(status, "JOB", "Médecin généraliste <b>salarié</b> à Blois", """
                "job":{"position":"SALARIED","workplace":"Centre de santé départemental de Blois","startsOn":"2027-03-01"}""");
    }

    static String internship() {
        return offer("PUBLISHED", "INTERNSHIP", "Stage de médecine générale à Vendôme", """
                "internship":{"practice":"Maison de santé de Vendôme","supervisor":"Dr Claire Martin",
                 "placesBySemester":[{"semester":"2027-05","places":2},{"semester":"2027-11","places":1}]}""");
    }

    static String housing(long rentCents) {
        return offer("PUBLISHED", "HOUSING", "Colocation des internes de Romorantin", """
                "housing":{"type":"CO_LIVING","address":"12 rue de l'Ange, Romorantin","rentCents":%d,
                 "allowanceCovers":"Le loyer entier pour les stages en zone sous-dotée",
                 "availability":[{"semester":"2027-11","places":3}]}""".formatted(rentCents));
    }

    static String offer(String status, String kind, String title, String details) {
        return """
                {"id":"%s","version":1,"status":"%s","kind":"%s","title":"%s","description":"Un poste à temps plein.\\nLogement possible.",
                 "organisation":"CD-41","department":"41","communeInsee":"41018","distanceKm":12.4,
                 "audiences":["INTERNS","REPLACEMENTS"],"publishedFrom":"2027-01-04","expiresOn":"2027-06-30",
                 "contact":{"name":"Service santé du Département","email":"sante@loir-et-cher.example.fr","phone":"02 54 00 00 00"},
                 %s,"publishedAt":"2027-01-04T08:00:00Z"}""".formatted(ID, status, kind, title, details);
    }

    static ResponseDefinitionBuilder problem(int status) {
        return problem(status, "");
    }

    /** A problem document; {@code more} adds members, e.g. ,"errors":[...]. */
    static ResponseDefinitionBuilder problem(int status, String more) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"Refused\"" + more + "}");
    }
}
