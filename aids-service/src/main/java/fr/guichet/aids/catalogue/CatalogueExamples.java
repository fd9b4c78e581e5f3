package fr.guichet.aids.catalogue;

/** Examples shown in the OpenAPI document, kept beside the resource they illustrate. */
final class CatalogueExamples {

    static final String AID_DRAFT = """
            {
              "code": "LOZERE_HOUSING_AID",
              "validFrom": "2027-01-01",
              "label": "Aide départementale au logement des médecins qui s'installent en Lozère",
              "description": "Prise en charge d'une partie du loyer pendant la première année d'installation.",
              "funder": "DEPARTMENT",
              "category": "LOCAL_AUTHORITY_INSTALLATION",
              "sourceUrl": "https://lozere.fr/aides-installation",
              "definition": {
                "professions": ["GENERAL_PRACTITIONER"],
                "careerStages": ["INSTALLING"],
                "criteria": [
                  {"type": "TERRITORY", "departments": ["48"]},
                  {"type": "FIRST_INSTALLATION", "first": true}
                ],
                "conditionsToCheck": ["Convention signée avec le département, transmise à l'ARS et à la CPAM"],
                "amount": {"kind": "MONTHLY", "amountCents": 40000, "months": 12, "description": "400 € par mois pendant un an"},
                "commitments": [{"kind": "STAY", "years": 3, "description": "Exercer 3 ans en Lozère"}],
                "incompatibleWith": [],
                "requiredDocuments": ["Contrat de bail"]
              }
            }""";

    static final String RETIREMENT = """
            {"effectiveFrom": "2027-01-01", "reason": "Dispositif remplacé par la convention médicale 2024"}""";

    private CatalogueExamples() {
    }
}
