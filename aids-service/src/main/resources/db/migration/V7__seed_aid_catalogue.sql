-- Seed of the real aid catalogue (aids-service), written 2026-11-25.
--
-- Every aid described in shared/domain.md section 1 (1a studies, 1b installation and practice,
-- 1c tax and local aids, 1d other professions), with the incompatibility rules of section 1e.
-- Facts and figures come from shared/domain.md; each version carries its own source in source_url.
-- Where the document marks a figure as unverified or not retrieved, the version says so (description
-- or conditionsToCheck) and uses a DESCRIBED or UNSCHEDULED_TOTAL amount instead of inventing one.
-- Start dates that no source gives are marked "date de début indicative" in the description.
-- The 10-year same-category rule (section 1e) is carried by aid_category.ten_year_rule (V4).
-- definition follows docs/catalogue-definition.md. search_vector is generated: never inserted.

INSERT INTO aid (code, created_at, created_by) VALUES
    ('CESP', '2026-11-25T00:00:00Z', 'seed'),
    ('STAGE_TRANSPORT_ALLOWANCE', '2026-11-25T00:00:00Z', 'seed'),
    ('STAGE_HOUSING_ALLOWANCE_2ND_CYCLE', '2026-11-25T00:00:00Z', 'seed'),
    ('STAGE_HOUSING_ALLOWANCE_3RD_CYCLE', '2026-11-25T00:00:00Z', 'seed'),
    ('LOCAL_INTERN_HOUSING_ALLOWANCE', '2026-11-25T00:00:00Z', 'seed'),
    ('LOCAL_INTERN_TRAVEL_ALLOWANCE', '2026-11-25T00:00:00Z', 'seed'),
    ('LOCAL_STUDY_ALLOWANCE', '2026-11-25T00:00:00Z', 'seed'),
    ('DOCTEUR_JUNIOR_ZIP', '2026-11-25T00:00:00Z', 'seed'),
    ('DOCTEUR_JUNIOR_ACTIVITY_BONUS', '2026-11-25T00:00:00Z', 'seed'),
    ('DOCTEUR_JUNIOR_SUPERVISION', '2026-11-25T00:00:00Z', 'seed'),
    ('PTMG', '2026-11-25T00:00:00Z', 'seed'),
    ('PTMA', '2026-11-25T00:00:00Z', 'seed'),
    ('PIAS', '2026-11-25T00:00:00Z', 'seed'),
    ('PTMR', '2026-11-25T00:00:00Z', 'seed'),
    ('CDE', '2026-11-25T00:00:00Z', 'seed'),
    ('CAIM', '2026-11-25T00:00:00Z', 'seed'),
    ('COSCOM', '2026-11-25T00:00:00Z', 'seed'),
    ('CSTM', '2026-11-25T00:00:00Z', 'seed'),
    ('COTRAM', '2026-11-25T00:00:00Z', 'seed'),
    ('CONV2024_INSTALLATION_ZIP', '2026-11-25T00:00:00Z', 'seed'),
    ('CONV2024_INSTALLATION_ZAC', '2026-11-25T00:00:00Z', 'seed'),
    ('CONV2024_SECONDARY_PRACTICE_ZIP', '2026-11-25T00:00:00Z', 'seed'),
    ('CONV2024_FMT_MAJORATION', '2026-11-25T00:00:00Z', 'seed'),
    ('OCCITANIE_MONTAGNE', '2026-11-25T00:00:00Z', 'seed'),
    ('HDF_CRAI', '2026-11-25T00:00:00Z', 'seed'),
    ('FRR_TAX_EXEMPTION', '2026-11-25T00:00:00Z', 'seed'),
    ('PDSA_TAX_EXEMPTION', '2026-11-25T00:00:00Z', 'seed'),
    ('LOCAL_INSTALLATION_AID', '2026-11-25T00:00:00Z', 'seed'),
    ('IDF_EQUIPMENT_AID', '2026-11-25T00:00:00Z', 'seed'),
    ('CAPII', '2026-11-25T00:00:00Z', 'seed'),
    ('CAII', '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1a. Études (étudiants, internes, docteurs juniors)
-- =====================================================================================

-- CESP v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CESP', 1, '2010-01-01', NULL,
    'Contrat d''engagement de service public (CESP)',
    'Allocation de 1 200 € bruts par mois versée jusqu''à la fin des études aux étudiants en médecine ou en odontologie (du 2e cycle à la dernière année d''internat) qui s''engagent à exercer ensuite en zone sous-dotée. Contrat signé avec le Centre national de gestion (CNG), aide gérée par l''ASP. Créé par la loi HPST de 2009 et le décret n° 2010-735.',
    'STATE', 'STUDY_CONTRACT',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["STUDENT", "INTERN", "JUNIOR_DOCTOR"],
  "criteria": [],
  "conditionsToCheck": [
    "Candidature retenue par la commission de l''UFR ; contrat proposé par le CNG, à signer dans les 30 jours",
    "Lieu d''exercice futur choisi sur une liste nationale de lieux en zone sous-dotée (ZIP ou ZAC pour les médecins)",
    "Aussi ouvert aux praticiens à diplôme hors Union européenne en parcours de consolidation des compétences",
    "Loi Valletoux : ouverture dès la 2e année du 1er cycle et aux étudiants en pharmacie et en maïeutique (date d''effet non vérifiée)"
  ],
  "amount": {"kind": "MONTHLY", "amountCents": 120000, "months": null, "description": "1 200 € bruts par mois jusqu''à la fin des études"},
  "commitments": [
    {"kind": "STAY", "years": 2, "description": "Exercer en zone sous-dotée aussi longtemps que l''allocation a été perçue, au moins 2 ans"},
    {"kind": "SECTOR", "description": "Exercer en secteur 1 en cas d''exercice libéral"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Certificat de scolarité de l''année en cours",
    "Pièce d''identité",
    "Relevé d''identité bancaire (RIB)"
  ]
}'::jsonb,
    'https://asp.gouv.fr/aides/contrat-dengagement-de-service-public-cesp',
    '2026-11-25T00:00:00Z', 'seed');

-- STAGE_TRANSPORT_ALLOWANCE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'STAGE_TRANSPORT_ALLOWANCE', 1, '2020-01-01', NULL,
    'Indemnité forfaitaire de transport des étudiants en stage',
    '130 € par mois versés par l''État, par l''intermédiaire du CHU, aux étudiants de 2e et 3e cycles dont le stage se situe à plus de 15 km de l''UFR et de leur domicile, quelle que soit la zone. Montant publié par l''ARS Occitanie, application nationale non vérifiée. Date de début indicative (non retrouvée).',
    'STATE', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["STUDENT", "INTERN"],
  "criteria": [],
  "conditionsToCheck": [
    "Lieu de stage situé à plus de 15 km de l''UFR et du domicile",
    "Montant publié par l''ARS Occitanie : à confirmer pour les autres régions"
  ],
  "amount": {"kind": "MONTHLY", "amountCents": 13000, "months": null, "description": "130 € par mois de stage éligible"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Convention ou affectation de stage", "Justificatif de domicile"]
}'::jsonb,
    'https://occitanie.paps.sante.fr/les-aides-linstallation-32',
    '2026-11-25T00:00:00Z', 'seed');

-- STAGE_HOUSING_ALLOWANCE_2ND_CYCLE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'STAGE_HOUSING_ALLOWANCE_2ND_CYCLE', 1, '2020-01-01', NULL,
    'Indemnité forfaitaire d''hébergement des étudiants de 2e cycle en stage en ZIP ou ZAC',
    '150 € par mois versés par l''État, par l''intermédiaire du CHU, aux étudiants de 2e cycle en stage dans une commune classée ZIP ou ZAC et qui paient un loyer. Montant publié par l''ARS Occitanie, application nationale non vérifiée. Date de début indicative (non retrouvée).',
    'STATE', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["STUDENT"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]}
  ],
  "conditionsToCheck": [
    "Payer un loyer pendant le stage (attestation sur l''honneur)",
    "Montant publié par l''ARS Occitanie : à confirmer pour les autres régions"
  ],
  "amount": {"kind": "MONTHLY", "amountCents": 15000, "months": null, "description": "150 € par mois de stage en ZIP ou ZAC"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Attestation sur l''honneur de paiement d''un loyer", "Convention ou affectation de stage"]
}'::jsonb,
    'https://occitanie.paps.sante.fr/les-aides-linstallation-32',
    '2026-11-25T00:00:00Z', 'seed');

-- STAGE_HOUSING_ALLOWANCE_3RD_CYCLE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'STAGE_HOUSING_ALLOWANCE_3RD_CYCLE', 1, '2020-01-01', NULL,
    'Indemnité forfaitaire d''hébergement des internes en stage en ZIP ou ZAC',
    '300 € par mois versés par l''État, par l''intermédiaire du CHU, aux étudiants de 3e cycle en stage dans une commune classée ZIP ou ZAC et qui paient un loyer. Montant publié par l''ARS Occitanie, application nationale non vérifiée. Date de début indicative (non retrouvée).',
    'STATE', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INTERN"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]}
  ],
  "conditionsToCheck": [
    "Payer un loyer pendant le stage (attestation sur l''honneur)",
    "Montant publié par l''ARS Occitanie : à confirmer pour les autres régions"
  ],
  "amount": {"kind": "MONTHLY", "amountCents": 30000, "months": null, "description": "300 € par mois de stage en ZIP ou ZAC"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Attestation sur l''honneur de paiement d''un loyer", "Convention ou affectation de stage"]
}'::jsonb,
    'https://occitanie.paps.sante.fr/les-aides-linstallation-32',
    '2026-11-25T00:00:00Z', 'seed');

-- LOCAL_INTERN_HOUSING_ALLOWANCE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'LOCAL_INTERN_HOUSING_ALLOWANCE', 1, '2005-01-01', NULL,
    'Indemnité de logement des internes en stage en zone déficitaire (collectivités, CGCT L.1511-8)',
    'Indemnité de logement qu''une commune, un EPCI, un département ou une région peut accorder aux étudiants de 3e cycle (médecine générale, autres spécialités, chirurgie dentaire) en stage dans une zone déficitaire. Plafond : 20 % de la rémunération mensuelle d''un interne de 3e année ; montant fixé par chaque collectivité. Date de début indicative.',
    'COMMUNE_EPCI', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["INTERN"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC", "TRES_SOUS_DOTEE", "SOUS_DOTEE"]}
  ],
  "conditionsToCheck": [
    "Vérifier qu''une collectivité du lieu concerné a délibéré pour attribuer cette indemnité, et son montant",
    "Zone déficitaire au sens de l''article L.1434-4 1° du CSP, fixée par arrêté de l''ARS"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Montant fixé par la collectivité, au plus 20 % de la rémunération mensuelle d''un interne de 3e année"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Convention ou affectation de stage", "Contrat de bail ou justificatif de logement"]
}'::jsonb,
    'https://www.atd31.fr/fr/base-doc/sante/medecin/les-aides-communales-aux-etudiants-en-medecine.html',
    '2026-11-25T00:00:00Z', 'seed');

-- LOCAL_INTERN_TRAVEL_ALLOWANCE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'LOCAL_INTERN_TRAVEL_ALLOWANCE', 1, '2005-01-01', NULL,
    'Indemnité de déplacement des internes en stage en zone déficitaire (collectivités, CGCT L.1511-8)',
    'Indemnité de déplacement qu''une commune, un EPCI, un département ou une région peut accorder aux étudiants de 3e cycle (médecine générale, autres spécialités, chirurgie dentaire) en stage dans une zone déficitaire. Montant fixé par chaque collectivité (plafond non retrouvé). Date de début indicative.',
    'COMMUNE_EPCI', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["INTERN"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC", "TRES_SOUS_DOTEE", "SOUS_DOTEE"]}
  ],
  "conditionsToCheck": [
    "Vérifier qu''une collectivité du lieu concerné a délibéré pour attribuer cette indemnité, et son montant",
    "Zone déficitaire au sens de l''article L.1434-4 1° du CSP, fixée par arrêté de l''ARS"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Montant fixé par la collectivité"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Convention ou affectation de stage"]
}'::jsonb,
    'https://www.atd31.fr/fr/base-doc/sante/medecin/les-aides-communales-aux-etudiants-en-medecine.html',
    '2026-11-25T00:00:00Z', 'seed');

-- LOCAL_STUDY_ALLOWANCE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'LOCAL_STUDY_ALLOWANCE', 1, '2005-01-01', NULL,
    'Indemnité d''étude et de projet professionnel (collectivités, CGCT L.1511-8)',
    'Indemnité qu''une collectivité territoriale ou un groupement peut verser à un étudiant en médecine ou en chirurgie dentaire qui s''engage à exercer comme médecin généraliste, spécialiste ou chirurgien-dentiste au moins 5 ans dans une zone déficitaire. Plafond annuel : rémunération annuelle d''un interne de 3e année. Date de début indicative.',
    'COMMUNE_EPCI', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["STUDENT", "INTERN", "JUNIOR_DOCTOR"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC", "TRES_SOUS_DOTEE", "SOUS_DOTEE"]}
  ],
  "conditionsToCheck": [
    "Futur lieu d''exercice en zone déficitaire (CSP L.1434-4 1°) sur le territoire de la collectivité",
    "Montant et modalités fixés par convention avec la collectivité",
    "Vérifier si la règle des 10 ans (loi 2023-1268, décret 2025-231) s''applique à cette indemnité"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Montant fixé par la collectivité, au plus la rémunération annuelle d''un interne de 3e année par an"},
  "commitments": [
    {"kind": "STAY", "years": 5, "description": "Exercer au moins 5 ans dans une zone déficitaire"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Certificat de scolarité de l''année en cours",
    "Convention d''engagement signée avec la collectivité"
  ]
}'::jsonb,
    'https://www.atd31.fr/fr/base-doc/sante/medecin/les-aides-communales-aux-etudiants-en-medecine.html',
    '2026-11-25T00:00:00Z', 'seed');

-- DOCTEUR_JUNIOR_ZIP v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'DOCTEUR_JUNIOR_ZIP', 1, '2026-11-01', NULL,
    'Indemnité de stage en ZIP du docteur junior de médecine générale',
    '1 000 € par mois de stage effectué en zone d''intervention prioritaire (ZIP) pendant la 4e année du DES de médecine générale (docteur junior), à partir de novembre 2026. Décret n° 2025-850 et arrêtés du 27 août 2025.',
    'STATE', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["JUNIOR_DOCTOR"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]}
  ],
  "conditionsToCheck": ["C''est le lieu de stage, et non un lieu d''installation, qui doit être en ZIP"],
  "amount": {"kind": "MONTHLY", "amountCents": 100000, "months": 12, "description": "1 000 € par mois de stage en ZIP, au plus sur les 12 mois de la 4e année"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Affectation de stage de docteur junior"]
}'::jsonb,
    'https://urml-paysdelaloire.org/2026/02/les-zonages-quelles-aides',
    '2026-11-25T00:00:00Z', 'seed');

-- DOCTEUR_JUNIOR_ACTIVITY_BONUS v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'DOCTEUR_JUNIOR_ACTIVITY_BONUS', 1, '2026-11-01', NULL,
    'Prime semestrielle d''activité du docteur junior de médecine générale',
    '500 € par semestre pour le docteur junior de médecine générale qui réalise au moins 200 actes par mois, à partir de novembre 2026. Décret n° 2025-850 et arrêtés du 27 août 2025.',
    'STATE', 'STUDENT_ALLOWANCE',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["JUNIOR_DOCTOR"],
  "criteria": [],
  "conditionsToCheck": ["Au moins 200 actes par mois sur le semestre"],
  "amount": {"kind": "DESCRIBED", "maxAmountCents": 100000, "description": "500 € par semestre si au moins 200 actes par mois, soit au plus 1 000 € sur la 4e année"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Affectation de stage de docteur junior"]
}'::jsonb,
    'https://urml-paysdelaloire.org/2026/02/les-zonages-quelles-aides',
    '2026-11-25T00:00:00Z', 'seed');

-- DOCTEUR_JUNIOR_SUPERVISION v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'DOCTEUR_JUNIOR_SUPERVISION', 1, '2026-11-01', NULL,
    'Rémunération des maîtres de stage accueillant un docteur junior de médecine générale',
    'Rémunération du médecin généraliste maître de stage qui encadre un docteur junior à partir de novembre 2026 : 600 € et 1 200 € par mois, avec 800 € de plus si le lieu de stage est en ZIP, ZAC ou QPV. La périodicité des montants de 600 € et de 800 € n''a pas été vérifiée. Décret n° 2025-850 et arrêtés du 27 août 2025.',
    'STATE', 'TRAINING_SUPERVISION',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [],
  "conditionsToCheck": [
    "Être maître de stage universitaire agréé et accueillir un docteur junior",
    "Majoration de 800 € si le lieu de stage est en ZIP, ZAC ou QPV",
    "Périodicité des montants de 600 € et de 800 € à vérifier"
  ],
  "amount": {"kind": "DESCRIBED", "description": "600 € et 1 200 € par mois d''encadrement, plus 800 € en ZIP, ZAC ou QPV (périodicité non vérifiée)"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Agrément de maître de stage universitaire"]
}'::jsonb,
    'https://urml-paysdelaloire.org/2026/02/les-zonages-quelles-aides',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1b. Contrats de l'ARS (garantie ou complément de revenu)
-- =====================================================================================

-- PTMG v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'PTMG', 1, '2013-08-01', '2020-12-31',
    'Contrat de praticien territorial de médecine générale (PTMG)',
    'Contrat avec l''ARS garantissant au jeune médecin généraliste un revenu brut de 6 900 € par mois : l''ARS verse la différence entre ses honoraires et ce montant. Contrat d''un an renouvelable une fois (2 ans au plus), avec couverture maternité et maladie. Créé par la LFSS 2013 (décret n° 2013-736) ; remplacé par le contrat de début d''exercice en 2021.',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1"]},
    {"type": "ON_CALL_DUTY"}
  ],
  "conditionsToCheck": [
    "Avant le zonage ZIP/ZAC de 2017-2018, la zone de référence était la zone fragile définie par l''ARS",
    "Activité minimale de 165 consultations par mois (3 795 € bruts d''honoraires)"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Complément versé par l''ARS jusqu''à un revenu brut de 6 900 € par mois ; dépend des honoraires perçus"},
  "commitments": [
    {"kind": "ACTIVITY", "description": "Au moins 165 consultations par mois au tarif opposable"},
    {"kind": "SECTOR", "description": "Pratiquer les tarifs opposables (secteur 1)"},
    {"kind": "ON_CALL_DUTY", "description": "Participer à la permanence des soins"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou contrat de collaboration libérale"
  ]
}'::jsonb,
    'https://www.lequotidiendumedecin.fr/actualites/article/2013/08/20/deserts-medicaux-cest-officiel-200-postes-de-praticiens-territoriaux-sont-pourvoir-_670556',
    '2026-11-25T00:00:00Z', 'seed');

-- PTMA v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'PTMA', 1, '2015-10-26', '2020-12-31',
    'Contrat de praticien territorial de médecine ambulatoire (PTMA)',
    'Contrat de 3 ans avec l''ARS (financé par le FIR), reconductible tacitement, ouvert aux médecins conventionnés, généralistes ou spécialistes, exerçant en libéral. Sans garantie de revenu : un forfait est versé pendant un congé maternité ou paternité, et aussi en cas de maladie depuis 2017. Décret du 26 octobre 2015 ; remplacé par le contrat de début d''exercice en 2021.',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ],
  "conditionsToCheck": [
    "Exercer dans une zone désignée par l''ARS comme manquant de médecins (zonage non précisé par les sources retenues)",
    "Tarifs opposables ou contrat d''accès aux soins (CAS, devenu OPTAM en 2017)",
    "Montant du forfait non retrouvé"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Forfait versé pendant un congé maternité ou paternité (et maladie depuis 2017) ; montant non retrouvé"},
  "commitments": [
    {"kind": "SECTOR", "description": "Pratiquer les tarifs opposables ou respecter le contrat d''accès aux soins pendant le contrat"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)"
  ]
}'::jsonb,
    'https://www.banquedesterritoires.fr/deux-nouveaux-dispositifs-pour-lutter-contre-les-deserts-medicaux',
    '2026-11-25T00:00:00Z', 'seed');

-- PIAS v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'PIAS', 1, '2015-10-26', '2020-12-31',
    'Contrat de praticien isolé à activité saisonnière (PIAS)',
    'Contrat avec l''ARS pour les médecins exerçant dans un territoire isolé à forte activité saisonnière, créé par les textes du 26 octobre 2015 (date de début indicative, alignée sur ces textes) ; remplacé par le contrat de début d''exercice en 2021. Montants et conditions détaillées non retrouvés.',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [],
  "conditionsToCheck": [
    "Exercer dans un territoire isolé à activité saisonnière reconnu par l''ARS",
    "Conditions et montants non retrouvés : se renseigner auprès de l''ARS"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Montant non retrouvé"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)"
  ]
}'::jsonb,
    'https://www.banquedesterritoires.fr/deux-nouveaux-dispositifs-pour-lutter-contre-les-deserts-medicaux',
    '2026-11-25T00:00:00Z', 'seed');

-- PTMR v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'PTMR', 1, '2017-05-02', '2020-12-31',
    'Contrat de praticien territorial médical de remplacement (PTMR)',
    'Contrat avec l''ARS pour les internes autorisés à remplacer et les médecins thésés depuis moins de 3 ans qui font des remplacements de médecine générale dans des territoires manquant de médecins : rémunération forfaitaire complémentaire entre deux remplacements (4 600 € à temps plein, 2 300 € à temps partiel), couverture maladie et maternité, appui de l''ARS pour trouver des remplacements. Contrat de 12 mois reconductible jusqu''à six fois. Décret du 2 mai 2017 ; remplacé par le contrat de début d''exercice en 2021.',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["INTERN", "LOCUM"],
  "criteria": [],
  "conditionsToCheck": [
    "Remplacements effectués dans des territoires désignés par l''ARS comme manquant de médecins",
    "Interne autorisé à remplacer, ou thèse soutenue depuis moins de 3 ans"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Rémunération complémentaire pendant les périodes sans remplacement : 4 600 € à temps plein, 2 300 € à temps partiel (périodicité à vérifier)"},
  "commitments": [
    {"kind": "ACTIVITY", "description": "Effectuer des remplacements dans les territoires désignés pendant la durée du contrat"}
  ],
  "incompatibleWith": ["PTMG", "CESP"],
  "requiredDocuments": [
    "Licence de remplacement ou attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrats de remplacement"
  ]
}'::jsonb,
    'https://banquedesterritoires.fr/apres-le-praticien-territorial-de-medecine-ambulatoire-le-praticien-territorial-de-remplacement',
    '2026-11-25T00:00:00Z', 'seed');

-- CDE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CDE', 1, '2021-01-01', '2023-12-31',
    'Contrat de début d''exercice (CDE)',
    'Contrat de 3 ans avec l''ARS (décret n° 2020-1666) qui regroupe PTMG, PTMA, PTMR et PIAS : complément de revenu trimestriel la première année, couverture maladie et congé parental, accompagnement. Jusqu''à fin 2023, ouvert aux remplaçants (licence de remplacement ou inscription à l''Ordre depuis moins d''un an) et aux médecins installés depuis moins d''un an en ZIP ou ZAC (ou à moins de 10 km). Cumulable avec les aides conventionnelles et possible après un CESP.',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INTERN", "LOCUM", "INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]}
  ],
  "conditionsToCheck": [
    "Une installation à moins de 10 km d''une ZIP ou d''une ZAC est aussi admise (non évalué automatiquement)",
    "Remplaçant : licence de remplacement ou inscription à l''Ordre depuis moins d''un an",
    "Au moins 29 jours d''activité par trimestre, dont au moins 80 % en ZIP ou ZAC",
    "Compléments trimestriels fixés par l''ARS (exemple Guadeloupe : bornes de 15 500 € et 18 500 € par trimestre pour 53 jours d''activité)"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Complément de revenu trimestriel pendant la première année, selon l''activité et les montants fixés par l''ARS"},
  "commitments": [
    {"kind": "ACTIVITY", "years": 3, "description": "Au moins 29 jours d''activité par trimestre, dont 80 % en ZIP ou ZAC, pendant les 3 ans du contrat"},
    {"kind": "SECTOR", "description": "Pratiquer les tarifs opposables"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre ou licence de remplacement",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrats de remplacement ou contrat de bail du cabinet"
  ]
}'::jsonb,
    'https://centre-val-de-loire.paps.sante.fr/au-remplacement-5',
    '2026-11-25T00:00:00Z', 'seed');

-- CDE v2
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CDE', 2, '2024-01-01', NULL,
    'Contrat de début d''exercice (CDE)',
    'Depuis le 1er janvier 2024 (LFSS 2023, art. 38), le contrat de début d''exercice n''est plus ouvert qu''aux médecins remplaçants qui ne bénéficient d''aucune aide conventionnelle de l''Assurance Maladie : complément de revenu trimestriel la première année, couverture maladie et congé parental, accompagnement. Contrat de 3 ans (décret n° 2020-1666).',
    'ARS', 'INCOME_GUARANTEE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["LOCUM"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]}
  ],
  "conditionsToCheck": [
    "Remplaçant : licence de remplacement ou inscription à l''Ordre depuis moins d''un an",
    "Ne percevoir aucune aide conventionnelle de l''Assurance Maladie",
    "Au moins 29 jours d''activité par trimestre, dont au moins 80 % en ZIP ou ZAC",
    "Compléments trimestriels fixés par l''ARS (exemple Guadeloupe : bornes de 15 500 € et 18 500 € par trimestre pour 53 jours d''activité)"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Complément de revenu trimestriel pendant la première année, selon l''activité et les montants fixés par l''ARS"},
  "commitments": [
    {"kind": "ACTIVITY", "years": 3, "description": "Au moins 29 jours d''activité par trimestre, dont 80 % en ZIP ou ZAC, pendant les 3 ans du contrat"},
    {"kind": "SECTOR", "description": "Pratiquer les tarifs opposables"}
  ],
  "incompatibleWith": [
    "CAIM",
    "COSCOM",
    "CSTM",
    "COTRAM",
    "CONV2024_INSTALLATION_ZIP",
    "CONV2024_INSTALLATION_ZAC",
    "CONV2024_SECONDARY_PRACTICE_ZIP",
    "CONV2024_FMT_MAJORATION"
  ],
  "requiredDocuments": [
    "Licence de remplacement ou attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrats de remplacement"
  ]
}'::jsonb,
    'https://centre-val-de-loire.paps.sante.fr/au-remplacement-5',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1b. Aides conventionnelles de la convention médicale 2016 (fin au 31 décembre 2025)
-- =====================================================================================

-- CAIM v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CAIM', 1, '2016-10-01', '2025-12-31',
    'Contrat d''aide à l''installation des médecins (CAIM)',
    'Aide conventionnelle de l''Assurance Maladie (contrat tripartite CPAM-ARS, convention médicale 2016) pour les médecins qui s''installent, ou sont installés depuis moins d''un an, en ZIP : jusqu''à 50 000 € pour 4 jours d''activité par semaine (31 250 € pour 2,5 jours), versés pour moitié à la signature et pour moitié au premier anniversaire. Signature possible jusqu''au 31 décembre 2025 ; supprimé au 1er janvier 2026 (convention 2024, art. 27-1).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
    {"type": "ON_CALL_DUTY"},
    {"type": "MIN_DAYS_PER_WEEK", "min": 2.5}
  ],
  "conditionsToCheck": [
    "Ne pas avoir déjà bénéficié d''un CAIM (une fois par carrière)",
    "Montant proratisé selon l''activité : 50 000 € pour 4 jours par semaine, 31 250 € pour 2,5 jours",
    "Un délai de 2 ans peut être accordé pour rejoindre un exercice coordonné",
    "Majoration de 2 500 € en cas d''activité partielle dans un hôpital de proximité (non comptée)",
    "Complément « ZIP+ » de l''ARS possible, jusqu''à 10 000 € selon la région (non compté)"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 2500000},
    {"yearOffset": 1, "amountCents": 2500000}
  ]},
  "commitments": [
    {"kind": "STAY", "years": 5, "description": "Exercer 5 ans dans la zone ; remboursement au prorata en cas de départ anticipé"},
    {"kind": "COORDINATED_PRACTICE", "description": "Exercer en groupe, en MSP, en ESP ou au sein d''une CPTS"},
    {"kind": "ON_CALL_DUTY", "description": "Participer à la permanence des soins ambulatoires"},
    {"kind": "SECTOR", "description": "Rester en secteur 1 ou adhérer à l''OPTAM ou à l''OPTAM-CO"}
  ],
  "incompatibleWith": ["COSCOM", "CSTM", "COTRAM"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet",
    "Contrat d''exercice en groupe ou statuts de la société (SCM, SCP, SELARL)",
    "Projet de santé de la MSP ou attestation d''adhésion à l''ESP ou à la CPTS",
    "Attestation de participation à la permanence des soins (tableau de garde)"
  ]
}'::jsonb,
    'https://paysdelaloire.paps.sante.fr/linstallation-61',
    '2026-11-25T00:00:00Z', 'seed');

-- COSCOM v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'COSCOM', 1, '2016-10-01', '2025-12-31',
    'Contrat de stabilisation et de coordination des médecins (COSCOM)',
    'Aide conventionnelle (CPAM et ARS) pour les médecins déjà installés en ZIP et engagés dans un exercice coordonné : 5 000 € par an, plus 1 250 € par an en cas d''activité dans un hôpital de proximité et 300 € par mois par stagiaire accueilli à temps plein. Contrat de 3 ans reconductible tacitement ; fin au 31 décembre 2025. Date de début alignée sur celle du CAIM (convention médicale 2016).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_PRACTICE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2", "SECTOR_2_OPTAM"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ],
  "conditionsToCheck": [
    "Majorations non comptées : 1 250 € par an en hôpital de proximité, 300 € par mois par stagiaire à temps plein",
    "Contrat reconductible tacitement au-delà des 3 premières années"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 500000},
    {"yearOffset": 1, "amountCents": 500000},
    {"yearOffset": 2, "amountCents": 500000}
  ]},
  "commitments": [
    {"kind": "COORDINATED_PRACTICE", "years": 3, "description": "Maintenir l''exercice en groupe, en ESP ou en CPTS pendant le contrat"}
  ],
  "incompatibleWith": ["CAIM", "CSTM", "COTRAM"],
  "requiredDocuments": [
    "Contrat d''exercice en groupe ou statuts de la société (SCM, SCP, SELARL)",
    "Projet de santé de la MSP ou attestation d''adhésion à l''ESP ou à la CPTS"
  ]
}'::jsonb,
    'https://iledefrance.paps.sante.fr/Aides-conventionnelles.21218.0.html',
    '2026-11-25T00:00:00Z', 'seed');

-- CSTM v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CSTM', 1, '2016-10-01', '2025-12-31',
    'Contrat de solidarité territoriale médecin (CSTM)',
    'Aide conventionnelle (CPAM et ARS) pour les médecins installés hors ZIP qui exercent une partie de leur activité en ZIP : 25 % des honoraires réalisés en ZIP, dans la limite de 50 000 € par an, et prise en charge des frais de déplacement. Au moins 10 jours par an en ZIP ; contrat de 3 ans reconductible tacitement ; fin au 31 décembre 2025. Date de début alignée sur celle du CAIM (convention médicale 2016).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_PRACTICE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]}
  ],
  "conditionsToCheck": [
    "Exercer au moins 10 jours par an dans une ZIP, en plus du cabinet principal situé hors ZIP"
  ],
  "amount": {"kind": "DESCRIBED", "maxAmountCents": 5000000, "description": "25 % des honoraires réalisés en ZIP, au plus 50 000 € par an, plus les frais de déplacement"},
  "commitments": [
    {"kind": "ACTIVITY", "years": 3, "description": "Exercer au moins 10 jours par an en ZIP pendant les 3 ans du contrat"}
  ],
  "incompatibleWith": ["CAIM", "COSCOM", "COTRAM"],
  "requiredDocuments": ["Attestation d''inscription au tableau de l''Ordre"]
}'::jsonb,
    'https://iledefrance.paps.sante.fr/Aides-conventionnelles.21218.0.html',
    '2026-11-25T00:00:00Z', 'seed');

-- COTRAM v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'COTRAM', 1, '2016-10-01', '2025-12-31',
    'Contrat de transition pour les médecins (COTRAM)',
    'Aide conventionnelle (CPAM et ARS) pour les médecins de 60 ans ou plus installés en ZIP qui accueillent dans leur cabinet un médecin de moins de 50 ans qui s''installe : 10 % des honoraires conventionnels, dans la limite de 20 000 € par an, versés au 2e trimestre de l''année suivante. Contrat de 3 ans renouvelable une fois ; fin au 31 décembre 2025. Date de début alignée sur celle du CAIM (convention médicale 2016).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_PRACTICE',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]}
  ],
  "conditionsToCheck": [
    "Être âgé de 60 ans ou plus",
    "Accueillir dans le cabinet un médecin de moins de 50 ans qui s''installe"
  ],
  "amount": {"kind": "DESCRIBED", "maxAmountCents": 2000000, "description": "10 % des honoraires conventionnels, au plus 20 000 € par an"},
  "commitments": [
    {"kind": "OTHER", "years": 3, "description": "Accompagner le médecin accueilli pendant le contrat (3 ans, renouvelable une fois)"}
  ],
  "incompatibleWith": ["CAIM", "COSCOM", "CSTM"],
  "requiredDocuments": ["Contrat d''exercice ou de collaboration avec le médecin accueilli"]
}'::jsonb,
    'https://iledefrance.paps.sante.fr/Aides-conventionnelles.21218.0.html',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1b. Aides de la convention médicale 2024 (depuis le 1er janvier 2026)
-- =====================================================================================

-- CONV2024_INSTALLATION_ZIP v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CONV2024_INSTALLATION_ZIP', 1, '2026-01-01', NULL,
    'Aide conventionnelle à la première installation en ZIP (convention médicale 2024)',
    'Depuis le 1er janvier 2026, l''Assurance Maladie verse 10 000 € en une fois, dans les 3 mois, au médecin qui s''installe pour la première fois en libéral (cabinet principal) dans une ZIP, en secteur 1 ou avec l''OPTAM ou l''OPTAM-ACO. Remplace le CAIM.',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ],
  "conditionsToCheck": ["Première installation en exercice libéral, au titre du cabinet principal"],
  "amount": {"kind": "ONE_OFF", "amountCents": 1000000, "monthsAfterStart": 3},
  "commitments": [],
  "incompatibleWith": ["CONV2024_INSTALLATION_ZAC"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet principal"
  ]
}'::jsonb,
    'https://normandie.paps.sante.fr/les-aides-linstallation-77',
    '2026-11-25T00:00:00Z', 'seed');

-- CONV2024_INSTALLATION_ZAC v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CONV2024_INSTALLATION_ZAC', 1, '2026-01-01', NULL,
    'Aide conventionnelle à la première installation en ZAC (convention médicale 2024)',
    'Depuis le 1er janvier 2026, l''Assurance Maladie verse 5 000 € en une fois au médecin qui s''installe pour la première fois en libéral (cabinet principal) dans une ZAC, en secteur 1 ou avec l''OPTAM ou l''OPTAM-ACO.',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZAC"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ],
  "conditionsToCheck": [
    "Première installation en exercice libéral, au titre du cabinet principal",
    "Délai de versement de 3 mois supposé identique à celui de l''aide en ZIP (à confirmer)"
  ],
  "amount": {"kind": "ONE_OFF", "amountCents": 500000, "monthsAfterStart": 3},
  "commitments": [],
  "incompatibleWith": ["CONV2024_INSTALLATION_ZIP"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet principal"
  ]
}'::jsonb,
    'https://normandie.paps.sante.fr/les-aides-linstallation-77',
    '2026-11-25T00:00:00Z', 'seed');

-- CONV2024_SECONDARY_PRACTICE_ZIP v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CONV2024_SECONDARY_PRACTICE_ZIP', 1, '2026-01-01', NULL,
    'Aide conventionnelle à l''ouverture d''un cabinet secondaire en ZIP (convention médicale 2024)',
    'Depuis le 1er janvier 2026, l''Assurance Maladie verse 3 000 € en une fois au médecin qui ouvre un cabinet secondaire dans une ZIP, en secteur 1 ou avec l''OPTAM ou l''OPTAM-ACO.',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ],
  "conditionsToCheck": [
    "La ZIP concerne le cabinet secondaire",
    "Délai de versement de 3 mois supposé identique à celui de l''aide à l''installation en ZIP (à confirmer)"
  ],
  "amount": {"kind": "ONE_OFF", "amountCents": 300000, "monthsAfterStart": 3},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Autorisation d''exercice sur un site distinct délivrée par l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://normandie.paps.sante.fr/les-aides-linstallation-77',
    '2026-11-25T00:00:00Z', 'seed');

-- CONV2024_FMT_MAJORATION v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CONV2024_FMT_MAJORATION', 1, '2026-01-01', NULL,
    'Majoration du forfait médecin traitant des primo-installés en ZIP ou QPV (convention médicale 2024)',
    'Depuis le 1er janvier 2026, le socle du forfait médecin traitant (FMT) d''un médecin primo-installé en ZIP ou en QPV est majoré de 50 % la première année, de 30 % la deuxième et de 10 % la troisième, puis de 10 % par an. Le montant dépend de la patientèle.',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_PRACTICE',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "QPV"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ],
  "conditionsToCheck": [
    "Être déclaré médecin traitant par des patients : le montant dépend de la patientèle",
    "QPV : seule une partie de la commune peut être concernée, vérifier l''adresse du cabinet"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Socle du FMT majoré de 50 %, 30 % puis 10 % les trois premières années, puis de 10 % par an ; montant selon la patientèle"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://normandie.paps.sante.fr/les-aides-linstallation-77',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1b. Aides régionales des ARS
-- =====================================================================================

-- OCCITANIE_MONTAGNE v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'OCCITANIE_MONTAGNE', 1, '2019-10-01', '2020-12-31',
    'Aide de l''ARS Occitanie à l''installation en zone de montagne',
    'Aide de l''ARS Occitanie (FIR), avec le concours de collectivités locales, pour les médecins généralistes libéraux qui s''installent dans une commune de montagne non éligible aux aides conventionnelles : 40 000 €, soit 20 000 € la première année puis 10 000 € la deuxième et la troisième. Exercice coordonné et participation à la permanence des soins exigés.',
    'ARS', 'REGIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "TERRITORY", "regions": ["76"], "departments": []},
    {"type": "ZONE", "anyOf": ["MONTAGNE"]},
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
    {"type": "ON_CALL_DUTY"}
  ],
  "conditionsToCheck": [
    "Ne bénéficier ni d''un CAIM ni d''un contrat d''aide à l''installation des chirurgiens-dentistes (CAICD)",
    "Commune classée en zone de montagne (1 577 communes en Occitanie) ; le classement peut ne porter que sur une partie de la commune"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 2000000},
    {"yearOffset": 1, "amountCents": 1000000},
    {"yearOffset": 2, "amountCents": 1000000}
  ]},
  "commitments": [],
  "incompatibleWith": ["CAIM"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet",
    "Projet de santé de la MSP ou attestation d''adhésion à l''ESP ou à la CPTS",
    "Attestation de participation à la permanence des soins (tableau de garde)"
  ]
}'::jsonb,
    'https://weka.fr/actualite/?p=12252',
    '2026-11-25T00:00:00Z', 'seed');

-- OCCITANIE_MONTAGNE v2
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'OCCITANIE_MONTAGNE', 2, '2021-01-01', '2022-05-06',
    'Aide de l''ARS Occitanie à l''installation en zone de montagne',
    'Depuis janvier 2021, l''aide de l''ARS Occitanie (FIR) en zone de montagne est ouverte à toutes les spécialités médicales et aux chirurgiens-dentistes libéraux qui s''installent dans une commune de montagne non éligible aux aides conventionnelles : 40 000 €, soit 20 000 € la première année puis 10 000 € la deuxième et la troisième. Exercice coordonné et participation à la permanence des soins exigés.',
    'ARS', 'REGIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "TERRITORY", "regions": ["76"], "departments": []},
    {"type": "ZONE", "anyOf": ["MONTAGNE"]},
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
    {"type": "ON_CALL_DUTY"}
  ],
  "conditionsToCheck": [
    "Ne bénéficier ni d''un CAIM ni d''un contrat d''aide à l''installation des chirurgiens-dentistes (CAICD)",
    "Commune classée en zone de montagne (1 577 communes en Occitanie) ; le classement peut ne porter que sur une partie de la commune",
    "Chirurgiens-dentistes : commune non éligible aux aides conventionnelles de leur profession (à vérifier auprès de l''ARS)",
    "Des sources mentionnent aussi les médecins salariés : à vérifier auprès de l''ARS"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 2000000},
    {"yearOffset": 1, "amountCents": 1000000},
    {"yearOffset": 2, "amountCents": 1000000}
  ]},
  "commitments": [],
  "incompatibleWith": ["CAIM"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet",
    "Projet de santé de la MSP ou attestation d''adhésion à l''ESP ou à la CPTS",
    "Attestation de participation à la permanence des soins (tableau de garde)"
  ]
}'::jsonb,
    'https://occitanie.paps.sante.fr/une-aide-pour-les-medecins-et-chirurgiens-dentistes-qui-sinstallent-en-zone-montagne',
    '2026-11-25T00:00:00Z', 'seed');

-- OCCITANIE_MONTAGNE v3
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'OCCITANIE_MONTAGNE', 3, '2022-05-07', NULL,
    'Aide de l''ARS Occitanie à l''installation en zone de montagne',
    'Depuis le 7 mai 2022, l''aide de l''ARS Occitanie (FIR) atteint 50 000 € (échéancier de versement non retrouvé) pour les médecins de toutes spécialités et les chirurgiens-dentistes libéraux qui s''installent dans une commune de montagne non éligible aux aides conventionnelles ; le périmètre est étendu aux communes des massifs, à tous les QPV de la région et à l''Ariège, au Gers et aux Hautes-Pyrénées. Une révision est annoncée avec le zonage de fin 2025.',
    'ARS', 'REGIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST", "DENTIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "TERRITORY", "regions": ["76"], "departments": []},
    {"type": "ZONE", "anyOf": ["MONTAGNE", "QPV"]},
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
    {"type": "ON_CALL_DUTY"}
  ],
  "conditionsToCheck": [
    "Ne bénéficier ni d''un CAIM ni d''un contrat d''aide à l''installation des chirurgiens-dentistes (CAICD)",
    "Commune classée en zone de montagne (1 577 communes en Occitanie) ; le classement peut ne porter que sur une partie de la commune",
    "Extension de 2022 aux communes des massifs et aux territoires de l''Ariège, du Gers et des Hautes-Pyrénées : périmètre exact à vérifier auprès de l''ARS",
    "QPV : seule une partie de la commune peut être concernée, vérifier l''adresse du cabinet",
    "Révision annoncée avec le zonage de fin 2025 : vérifier auprès de l''ARS que l''aide est toujours ouverte et à quelles conditions",
    "Chirurgiens-dentistes : commune non éligible aux aides conventionnelles de leur profession (à vérifier auprès de l''ARS)",
    "Des sources mentionnent aussi les médecins salariés : à vérifier auprès de l''ARS"
  ],
  "amount": {"kind": "UNSCHEDULED_TOTAL", "amountCents": 5000000, "description": "50 000 € au total ; échéancier de versement non retrouvé"},
  "commitments": [],
  "incompatibleWith": ["CAIM"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet",
    "Projet de santé de la MSP ou attestation d''adhésion à l''ESP ou à la CPTS",
    "Attestation de participation à la permanence des soins (tableau de garde)"
  ]
}'::jsonb,
    'https://occitanie.paps.sante.fr/une-aide-pour-les-medecins-et-chirurgiens-dentistes-qui-sinstallent-en-zone-montagne',
    '2026-11-25T00:00:00Z', 'seed');

-- HDF_CRAI v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'HDF_CRAI', 1, '2025-07-01', '2026-10-30',
    'Contrat régional CRAI de l''ARS Hauts-de-France (dispositif transitoire)',
    'Contrat de l''ARS Hauts-de-France pour les médecins généralistes qui s''installent en ZAC ou en ZAR, dans un cadre transitoire : installation entre le 1er juillet et le 31 décembre 2025, dossier déposé dans les 6 mois suivant l''installation, contrat signé au plus tard le 30 octobre 2026. Montant non retrouvé.',
    'ARS', 'REGIONAL_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "TERRITORY", "regions": ["32"], "departments": []},
    {"type": "ZONE", "anyOf": ["ZAC", "ZAR"]}
  ],
  "conditionsToCheck": [
    "Installation effective entre le 1er juillet et le 31 décembre 2025",
    "Dossier déposé dans les 6 mois suivant l''installation ; contrat signé au plus tard le 30 octobre 2026",
    "Montant et engagements non retrouvés : se renseigner auprès de l''ARS Hauts-de-France"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Montant non retrouvé"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://hauts-de-france.paps.sante.fr/les-aides-linstallation-80',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1c. Exonérations fiscales et aides des collectivités
-- =====================================================================================

-- FRR_TAX_EXEMPTION v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'FRR_TAX_EXEMPTION', 1, '2024-07-01', '2029-12-31',
    'Exonération d''impôt sur les bénéfices en zone France Ruralités Revitalisation (FRR et FRR+)',
    'Depuis le 1er juillet 2024, France Ruralités Revitalisation (zones FRR et FRR+, environ 17 800 communes au départ) remplace les ZRR. Un cabinet créé ou repris dans ces communes est exonéré d''impôt sur le revenu à 100 % pendant 5 ans, puis à 75 %, 50 % et 25 % les trois années suivantes, s''il reste au moins 5 ans. Créations ou reprises jusqu''au 31 décembre 2029.',
    'STATE', 'TAX_EXEMPTION',
'{
  "professions": [
    "GENERAL_PRACTITIONER",
    "SPECIALIST",
    "DENTIST",
    "NURSE",
    "MIDWIFE",
    "PHYSIOTHERAPIST",
    "PHARMACIST"
  ],
  "careerStages": ["INSTALLING"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["FRR", "FRR_PLUS"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]}
  ],
  "conditionsToCheck": [
    "Création ou reprise d''un cabinet ; les remplacements sont exclus",
    "Moins de 11 salariés",
    "Les communes sorties des ZRR conservent les avantages ZRR pour la durée restant à courir"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Exonération d''impôt sur le bénéfice : 100 % pendant 5 ans, puis 75 %, 50 % et 25 % ; montant selon le bénéfice"},
  "commitments": [
    {"kind": "STAY", "years": 5, "description": "Maintenir l''activité dans la zone au moins 5 ans"}
  ],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Déclaration de début d''activité (URSSAF)",
    "Contrat de bail ou acte d''acquisition ou de reprise du cabinet",
    "Demande de rescrit fiscal (facultative)"
  ]
}'::jsonb,
    'https://centre-val-de-loire.paps.sante.fr/france-ruralites-revitalisation-frr',
    '2026-11-25T00:00:00Z', 'seed');

-- PDSA_TAX_EXEMPTION v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'PDSA_TAX_EXEMPTION', 1, '2005-01-01', NULL,
    'Exonération d''impôt sur le revenu des rémunérations de permanence des soins (CGI art. 151 ter)',
    'Les rémunérations de permanence des soins perçues par un médecin dans une zone définie au titre de l''article L.1434-4 du CSP sont exonérées d''impôt sur le revenu, dans la limite de 60 jours de permanence par an. Date de début indicative (non retrouvée).',
    'STATE', 'PRACTICE_TAX_RELIEF',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]},
    {"type": "ON_CALL_DUTY"}
  ],
  "conditionsToCheck": ["Exonération limitée aux rémunérations de 60 jours de permanence des soins par an"],
  "amount": {"kind": "DESCRIBED", "description": "Exonération des rémunérations de permanence des soins, au plus 60 jours par an ; montant selon les gardes effectuées"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Attestation de participation à la permanence des soins (tableau de garde)"]
}'::jsonb,
    'https://bncplus.fr/bnc-2035-deduction-medecins-permanence-des-soins-exoneration-zones',
    '2026-11-25T00:00:00Z', 'seed');

-- LOCAL_INSTALLATION_AID v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'LOCAL_INSTALLATION_AID', 1, '2005-01-01', NULL,
    'Aides des collectivités territoriales à l''installation et au maintien des professionnels de santé (CGCT L.1511-8)',
    'Les communes, EPCI, départements et régions peuvent aider les professionnels de santé à s''installer ou à rester en zone déficitaire : locaux ou logement, prise en charge de frais d''investissement ou de fonctionnement, prime d''installation ou d''exercice, dans le cadre d''une convention transmise à l''ARS et à la CPAM (CGCT L.1511-8 et R.1511-44). Montants fixés par chaque collectivité. Date de début indicative.',
    'COMMUNE_EPCI', 'LOCAL_AUTHORITY_INSTALLATION',
'{
  "professions": [
    "GENERAL_PRACTITIONER",
    "SPECIALIST",
    "DENTIST",
    "NURSE",
    "MIDWIFE",
    "PHYSIOTHERAPIST",
    "PHARMACIST"
  ],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "ZAC", "TRES_SOUS_DOTEE", "SOUS_DOTEE"]}
  ],
  "conditionsToCheck": [
    "Se renseigner auprès de la commune, de l''EPCI, du département et de la région du lieu d''exercice",
    "Convention signée avec la collectivité et transmise à l''ARS et à la CPAM",
    "Zone déficitaire au sens de l''article L.1434-4 1° du CSP, fixée par arrêté de l''ARS"
  ],
  "amount": {"kind": "DESCRIBED", "description": "Locaux, logement, frais d''investissement ou de fonctionnement, prime d''installation ou d''exercice : montants fixés par chaque collectivité"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": [
    "Convention avec la collectivité",
    "Attestation d''inscription au tableau de l''Ordre",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://lagazettedescommunes.com/617002',
    '2026-11-25T00:00:00Z', 'seed');

-- IDF_EQUIPMENT_AID v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'IDF_EQUIPMENT_AID', 1, '2018-01-01', NULL,
    'Aide de la Région Île-de-France à l''équipement des professionnels de santé',
    'Exemple d''aide d''une collectivité : la Région Île-de-France finance 50 % des dépenses d''équipement, dans la limite de 15 000 €. Professions et zones éligibles, date de début et maintien actuel du dispositif non vérifiés (date de début indicative).',
    'REGION', 'LOCAL_AUTHORITY_INSTALLATION',
'{
  "professions": ["GENERAL_PRACTITIONER", "SPECIALIST"],
  "careerStages": ["INSTALLING", "RECENTLY_INSTALLED"],
  "criteria": [
    {"type": "TERRITORY", "regions": ["11"], "departments": []}
  ],
  "conditionsToCheck": [
    "Professions, zones et conditions d''éligibilité à vérifier auprès de la Région Île-de-France",
    "Vérifier que le dispositif est toujours ouvert"
  ],
  "amount": {"kind": "DESCRIBED", "maxAmountCents": 1500000, "description": "50 % des dépenses d''équipement, au plus 15 000 €"},
  "commitments": [],
  "incompatibleWith": [],
  "requiredDocuments": ["Devis ou factures des équipements", "Attestation d''inscription au tableau de l''Ordre"]
}'::jsonb,
    'https://egora.fr/node/37681',
    '2026-11-25T00:00:00Z', 'seed');

-- =====================================================================================
-- 1d. Autres professions (infirmiers)
-- =====================================================================================

-- CAPII v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CAPII', 1, '2019-01-01', NULL,
    'Contrat d''aide à la première installation des infirmiers (CAPII)',
    'Aide conventionnelle de l''Assurance Maladie pour les infirmiers libéraux qui s''installent pour la première fois en zone très sous-dotée : 37 500 € sur 5 ans (14 250 € les deux premières années, puis 3 000 € par an pendant 3 ans), plus 150 € par mois par stagiaire accueilli. Exercice coordonné et engagement de 5 ans. Date de début indicative (non retrouvée).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["NURSE"],
  "careerStages": ["INSTALLING"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["TRES_SOUS_DOTEE"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ],
  "conditionsToCheck": [
    "Seuils d''honoraires à atteindre : 10 000 € puis 30 000 € (modalités à vérifier auprès de la CPAM)",
    "Majoration non comptée : 150 € par mois par stagiaire accueilli"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 1425000},
    {"yearOffset": 1, "amountCents": 1425000},
    {"yearOffset": 2, "amountCents": 300000},
    {"yearOffset": 3, "amountCents": 300000},
    {"yearOffset": 4, "amountCents": 300000}
  ]},
  "commitments": [
    {"kind": "STAY", "years": 5, "description": "Exercer 5 ans dans la zone très sous-dotée"},
    {"kind": "COORDINATED_PRACTICE", "description": "Exercer en groupe, en ESP ou au sein d''une CPTS"},
    {"kind": "ACTIVITY", "description": "Atteindre les seuils d''honoraires fixés par le contrat (10 000 € puis 30 000 €)"}
  ],
  "incompatibleWith": ["CAII"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre des infirmiers",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://bretagne.paps.sante.fr/une-aide-linstallation-34',
    '2026-11-25T00:00:00Z', 'seed');

-- CAII v1
INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder,
                         category, definition, source_url, published_at, published_by) VALUES (
    'CAII', 1, '2019-01-01', NULL,
    'Contrat d''aide à l''installation des infirmiers (CAII)',
    'Aide conventionnelle de l''Assurance Maladie pour les infirmiers libéraux qui s''installent en zone très sous-dotée sans que ce soit leur première installation : 27 500 € sur 5 ans (9 250 € les deux premières années, puis 3 000 € par an pendant 3 ans), plus 150 € par mois par stagiaire accueilli. Exercice coordonné et engagement de 5 ans. Date de début indicative (non retrouvée).',
    'ASSURANCE_MALADIE', 'CONVENTIONAL_INSTALLATION',
'{
  "professions": ["NURSE"],
  "careerStages": ["RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["TRES_SOUS_DOTEE"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ],
  "conditionsToCheck": [
    "Installation dans la zone très sous-dotée qui n''est pas une première installation (sinon CAPII)",
    "Seuils d''honoraires à atteindre : 10 000 € puis 30 000 € (modalités à vérifier auprès de la CPAM)",
    "Majoration non comptée : 150 € par mois par stagiaire accueilli"
  ],
  "amount": {"kind": "INSTALMENTS", "instalments": [
    {"yearOffset": 0, "amountCents": 925000},
    {"yearOffset": 1, "amountCents": 925000},
    {"yearOffset": 2, "amountCents": 300000},
    {"yearOffset": 3, "amountCents": 300000},
    {"yearOffset": 4, "amountCents": 300000}
  ]},
  "commitments": [
    {"kind": "STAY", "years": 5, "description": "Exercer 5 ans dans la zone très sous-dotée"},
    {"kind": "COORDINATED_PRACTICE", "description": "Exercer en groupe, en ESP ou au sein d''une CPTS"},
    {"kind": "ACTIVITY", "description": "Atteindre les seuils d''honoraires fixés par le contrat (10 000 € puis 30 000 €)"}
  ],
  "incompatibleWith": ["CAPII"],
  "requiredDocuments": [
    "Attestation d''inscription au tableau de l''Ordre des infirmiers",
    "Attestation d''assurance responsabilité civile professionnelle (RCP)",
    "Contrat de bail ou acte d''acquisition du cabinet"
  ]
}'::jsonb,
    'https://bretagne.paps.sante.fr/une-aide-linstallation-34',
    '2026-11-25T00:00:00Z', 'seed');
