package fr.guichet.cases.casefile;

/** Examples shown in the OpenAPI document. */
final class CaseExamples {

    static final String NEW_CASE = """
            {
              "professional": {"rpps": "10005173140", "firstName": "Claire", "lastName": "Martin",
                "email": "claire.martin@example.org", "phone": "+33 6 12 34 56 78",
                "profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING"},
              "project": {"targetCommune": "48095", "practiceMode": "LIBERAL", "coordinatedPractice": "MSP",
                "sector": "SECTOR_1", "onCallDuty": true, "daysPerWeek": 4, "practiceSite": "MAIN",
                "alreadyInstalledElsewhere": false, "aidsAlreadyReceived": [{"code": "CESP", "date": "2021-09-01"}],
                "plannedStartDate": "2027-01-04",
                "notes": "Souhaite rejoindre la MSP de Mende"},
              "channel": "WEB"
            }""";

    static final String CASE_CHANGES = """
            {"practiceMode": "MIXED", "plannedStartDate": "2027-03-01"}""";

    private CaseExamples() {
    }
}
