package fr.guichet.cases.request;

/** Examples for the API document, valid against their schemas. */
final class RequestExamples {

    static final String NEW_REQUEST = """
            {"channel": "PHONE",
             "requester": {"firstName": "Léa", "lastName": "Durand", "profession": "GENERAL_PRACTITIONER", "careerStage": "INTERN"},
             "subject": "AIDS", "department": "02",
             "question": "Quelles aides pour m'installer dans l'Aisne après mon internat ?",
             "answer": "CESP pendant les études, puis CAIM en zone d'intervention prioritaire ; rendez-vous proposé.",
             "status": "ANSWERED"}""";

    static final String REFERRAL = """
            {"channel": "EVENT",
             "requester": {"firstName": "Inès", "lastName": "Moreau", "email": "ines.moreau@example.org", "careerStage": "INTERN"},
             "subject": "STEPS", "department": "41",
             "question": "Rencontrée à la journée d'accueil de Blois : souhaite s'installer en Loir-et-Cher après son internat."}""";

    static final String CHANGES = """
            {"status": "ORIENTED", "orientedTo": "CPAM-02", "answer": "Orientée vers la CPAM de l'Aisne pour le contrat."}""";

    static final String SUBMISSION = """
            {"firstName": "Hugo", "lastName": "Petit", "email": "hugo.petit@example.org", "profession": "NURSE",
             "careerStage": "STUDENT", "subject": "TRAINING", "commune": "02408",
             "question": "Où faire un stage en zone rurale près de Laon ?", "website": ""}""";

    static final String CASE_FROM_REQUEST = """
            {"rpps": "10005173140", "email": "lea.durand@example.org", "targetCommune": "02408"}""";

    private RequestExamples() {
    }
}
