-- Corrections of the V7 seed against shared/domain.md (issue #14), using the catalogue model of V8 and
-- docs/catalogue-definition.md. V7 may have run in deployments: its rows are corrected here, never edited
-- there. Each block names the domain.md row (section 1, line number in that file) it follows.
-- definition || '{...}' replaces the named top-level keys of the definition and keeps the others.

-- ---------------------------------------------------------------------------------------------------
-- Dates no source gives (domain.md names a year, a month, or nothing): indicative.
-- CESP (l.10): décret 2010-735 is dated 29 June 2010, a date domain.md does not give.
-- PTMG (l.20): décret 2013-736 is dated 14 August 2013, a date domain.md does not give.
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET valid_from = '2010-06-29', valid_from_indicative = true
 WHERE aid_code = 'CESP' AND version_number = 1;
UPDATE aid_version SET valid_from = '2013-08-14', valid_from_indicative = true
 WHERE aid_code = 'PTMG' AND version_number = 1;
-- "convention 2016" (l.25-28), "(2015)" (l.22), "2021" (l.24), "Oct 2019", "Jan 2021" (l.30), "Nov 2026"
-- (l.13), and the aids whose V7 description already said "date de début indicative".
UPDATE aid_version SET valid_from_indicative = true
 WHERE (aid_code, version_number) IN (('CAIM', 1), ('COSCOM', 1), ('CSTM', 1), ('COTRAM', 1), ('PIAS', 1),
        ('CDE', 1), ('OCCITANIE_MONTAGNE', 1), ('OCCITANIE_MONTAGNE', 2), ('DOCTEUR_JUNIOR_ZIP', 1),
        ('DOCTEUR_JUNIOR_ACTIVITY_BONUS', 1), ('DOCTEUR_JUNIOR_SUPERVISION', 1), ('STAGE_TRANSPORT_ALLOWANCE', 1),
        ('STAGE_HOUSING_ALLOWANCE_2ND_CYCLE', 1), ('STAGE_HOUSING_ALLOWANCE_3RD_CYCLE', 1),
        ('LOCAL_INTERN_HOUSING_ALLOWANCE', 1), ('LOCAL_INTERN_TRAVEL_ALLOWANCE', 1), ('LOCAL_STUDY_ALLOWANCE', 1),
        ('PDSA_TAX_EXEMPTION', 1), ('LOCAL_INSTALLATION_AID', 1), ('IDF_EQUIPMENT_AID', 1), ('CAPII', 1), ('CAII', 1));
-- "Replaced by CDE" in 2021 (l.20-23) and the Occitanie 2021 opening (l.30): the day before is a reading.
UPDATE aid_version SET valid_to_indicative = true
 WHERE (aid_code, version_number) IN (('PTMG', 1), ('PTMA', 1), ('PIAS', 1), ('PTMR', 1), ('OCCITANIE_MONTAGNE', 1));

-- ---------------------------------------------------------------------------------------------------
-- Funders (l.12, l.36): local aids are decided by communes, EPCI, departments or regions.
-- COSCOM, CSTM, COTRAM (l.26-28): "CPAM + ARS".
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{"otherFunders": ["DEPARTMENT", "REGION"]}'::jsonb
 WHERE aid_code IN ('LOCAL_INTERN_HOUSING_ALLOWANCE', 'LOCAL_INTERN_TRAVEL_ALLOWANCE', 'LOCAL_STUDY_ALLOWANCE',
                    'LOCAL_INSTALLATION_AID') AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- Sources (l.26-28): the pages domain.md cites for each contract (its path prefix is elided there).
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET source_url = 'https://auvergne-rhone-alpes.paps.sante.fr/les-aides-au-maintien-2'
 WHERE aid_code IN ('COSCOM', 'CSTM') AND version_number = 1;
UPDATE aid_version SET source_url = 'https://iledefrance.paps.sante.fr/une-aide-la-cessation-dactivite-9'
 WHERE aid_code = 'COTRAM' AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- Monthly allowances (l.10, l.13): paid until the end of studies, so counted over the months of study the
-- project states, never over the whole horizon.
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{"amount": {"kind": "MONTHLY", "amountCents": 120000,
  "until": "END_OF_STUDIES", "description": "1 200 € bruts par mois jusqu''à la fin des études"}}'::jsonb
 WHERE aid_code = 'CESP' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"amount": {"kind": "MONTHLY", "amountCents": 100000, "months": 12,
  "until": "END_OF_STUDIES", "description": "1 000 € par mois de stage en ZIP, au plus sur les 12 mois de la 4e année"}}'::jsonb
 WHERE aid_code = 'DOCTEUR_JUNIOR_ZIP' AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- CAIM (l.25): up to 50,000 € for 4 days a week, 31,250 € at 2.5 days, half at signature and half at the
-- first anniversary; coordinated practice with a possible 2-year grace; conventioned liberal doctors.
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]},
    {"type": "ANY_OF", "anyOf": [
      {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
      {"type": "QUESTION", "question": "Sans exercice coordonné dès l''installation, un délai de 2 ans peut être accordé pour rejoindre un cabinet de groupe, une MSP, une ESP ou une CPTS : la CPAM et l''ARS l''accordent-elles, et vous engagez-vous à le faire dans ce délai ?"}
    ]},
    {"type": "ON_CALL_DUTY"},
    {"type": "MIN_DAYS_PER_WEEK", "min": 2.5}
  ],
  "conditionsToCheck": [
    "Ne pas avoir déjà bénéficié d''un CAIM (une fois par carrière)",
    "Entre 2,5 et 4 jours par semaine, le montant est interpolé entre les deux montants publiés (indicatif)",
    "Majoration de 2 500 € en cas d''activité partielle dans un hôpital de proximité (non comptée)",
    "Complément « ZIP+ » de l''ARS possible, jusqu''à 10 000 € selon la région (non compté)"
  ],
  "amount": {"kind": "SCALED", "by": "DAYS_PER_WEEK",
    "points": [{"at": 2.5, "amountCents": 3125000}, {"at": 4, "amountCents": 5000000}],
    "payments": [{"yearOffset": 0, "percent": 50}, {"yearOffset": 1, "percent": 50}],
    "description": "Jusqu''à 50 000 € pour 4 jours par semaine (31 250 € pour 2,5 jours), moitié à la signature, moitié au premier anniversaire"}
}'::jsonb
 WHERE aid_code = 'CAIM' AND version_number = 1;

-- COSCOM, CSTM, COTRAM (l.26-28): conventional contracts, for conventioned liberal doctors.
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2", "SECTOR_2_OPTAM"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ], "otherFunders": ["ARS"]}'::jsonb
 WHERE aid_code = 'COSCOM' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2", "SECTOR_2_OPTAM"]}
  ], "otherFunders": ["ARS"]}'::jsonb
 WHERE aid_code = 'CSTM' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2", "SECTOR_2_OPTAM"]}
  ], "otherFunders": ["ARS"]}'::jsonb
 WHERE aid_code = 'COTRAM' AND version_number = 1;

-- CAPII and CAII (l.39): conventioned liberal nurses; CAPII for a first installation, CAII otherwise.
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["TRES_SOUS_DOTEE"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "FIRST_INSTALLATION", "first": true},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ], "conditionsToCheck": [
    "Être conventionné avec l''Assurance Maladie",
    "Seuils d''honoraires à atteindre : 10 000 € puis 30 000 € (modalités à vérifier auprès de la CPAM)",
    "Majoration non comptée : 150 € par mois par stagiaire accueilli"
  ]}'::jsonb
 WHERE aid_code = 'CAPII' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["TRES_SOUS_DOTEE"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "FIRST_INSTALLATION", "first": false},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]}
  ], "conditionsToCheck": [
    "Être conventionné avec l''Assurance Maladie",
    "Seuils d''honoraires à atteindre : 10 000 € puis 30 000 € (modalités à vérifier auprès de la CPAM)",
    "Majoration non comptée : 150 € par mois par stagiaire accueilli"
  ]}'::jsonb
 WHERE aid_code = 'CAII' AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- Convention 2024 (l.29): 10,000 € in ZIP and 5,000 € in ZAC for a first liberal installation, main
-- practice; 3,000 € for a secondary practice in ZIP (domain.md does not say it needs a first installation);
-- the médecin-traitant majoration for the primo-installed.
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_SITE", "anyOf": ["MAIN"]},
    {"type": "FIRST_INSTALLATION", "first": true},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ], "conditionsToCheck": []}'::jsonb
 WHERE aid_code = 'CONV2024_INSTALLATION_ZIP' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["ZAC"]},
    {"type": "PRACTICE_SITE", "anyOf": ["MAIN"]},
    {"type": "FIRST_INSTALLATION", "first": true},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ], "conditionsToCheck": ["Délai de versement de 3 mois supposé identique à celui de l''aide en ZIP (à confirmer)"]}'::jsonb
 WHERE aid_code = 'CONV2024_INSTALLATION_ZAC' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"careerStages": ["INSTALLING", "RECENTLY_INSTALLED", "ESTABLISHED"],
  "criteria": [
    {"type": "ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_SITE", "anyOf": ["SECONDARY"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ], "conditionsToCheck": [
    "La ZIP concerne le cabinet secondaire",
    "Les sources retenues ne disent pas si l''aide est réservée aux médecins en première installation : à vérifier auprès de la CPAM",
    "Délai de versement de 3 mois supposé identique à celui de l''aide à l''installation en ZIP (à confirmer)"
  ]}'::jsonb
 WHERE aid_code = 'CONV2024_SECONDARY_PRACTICE_ZIP' AND version_number = 1;
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ZONE", "anyOf": ["ZIP", "QPV"]},
    {"type": "FIRST_INSTALLATION", "first": true},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL", "MIXED"]},
    {"type": "SECTOR", "anyOf": ["SECTOR_1", "SECTOR_2_OPTAM"]}
  ]}'::jsonb
 WHERE aid_code = 'CONV2024_FMT_MAJORATION' AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- CRAI Hauts-de-France (l.31): installation between 1 July and 31 December 2025 (a criterion), contract
-- signed by 30 October 2026 (the version's validity, unchanged).
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "TERRITORY", "regions": ["32"], "departments": []},
    {"type": "ZONE", "anyOf": ["ZAC", "ZAR"]},
    {"type": "INSTALLATION_WINDOW", "from": "2025-07-01", "to": "2025-12-31"}
  ], "conditionsToCheck": [
    "Dossier déposé dans les 6 mois suivant l''installation ; contrat signé au plus tard le 30 octobre 2026",
    "Montant et engagements non retrouvés : se renseigner auprès de l''ARS Hauts-de-France"
  ]}'::jsonb
 WHERE aid_code = 'HDF_CRAI' AND version_number = 1;

-- CDE v1 (l.24): until 2023 also open within 10 km of a ZIP or a ZAC, which no zoning data can tell.
UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "ANY_OF", "anyOf": [
      {"type": "ZONE", "anyOf": ["ZIP", "ZAC"]},
      {"type": "QUESTION", "question": "Le lieu d''exercice est-il à moins de 10 km d''une commune classée ZIP ou ZAC ?"}
    ]}
  ], "conditionsToCheck": [
    "Remplaçant : licence de remplacement ou inscription à l''Ordre depuis moins d''un an",
    "Au moins 29 jours d''activité par trimestre, dont au moins 80 % en ZIP ou ZAC",
    "Compléments trimestriels fixés par l''ARS (exemple Guadeloupe : bornes de 15 500 € et 18 500 € par trimestre pour 53 jours d''activité)"
  ]}'::jsonb
 WHERE aid_code = 'CDE' AND version_number = 1;

-- ---------------------------------------------------------------------------------------------------
-- ARS Occitanie mountain aid (l.30): coordinated practice (group practice included) and PDSA are
-- commitments too; since 7 May 2022 also the Massif communes, all QPV, Ariège (09), Gers (32) and
-- Hautes-Pyrénées (65); always for communes not already eligible to conventional aids, not with CAIM.
-- ---------------------------------------------------------------------------------------------------
UPDATE aid_version SET definition = definition || '{"commitments": [
    {"kind": "COORDINATED_PRACTICE", "description": "Exercer en cabinet de groupe, en MSP, en ESP ou au sein d''une CPTS"},
    {"kind": "ON_CALL_DUTY", "description": "Participer à la permanence des soins ambulatoires (PDSA)"}
  ]}'::jsonb
 WHERE aid_code = 'OCCITANIE_MONTAGNE';

UPDATE aid_version SET definition = definition || '{"criteria": [
    {"type": "TERRITORY", "regions": ["76"], "departments": []},
    {"type": "ANY_OF", "anyOf": [
      {"type": "ZONE", "anyOf": ["MONTAGNE", "QPV"]},
      {"type": "TERRITORY", "regions": [], "departments": ["09", "32", "65"]},
      {"type": "QUESTION", "question": "La commune fait-elle partie d''un massif (extension de 2022 aux communes des massifs) ? Périmètre à vérifier auprès de l''ARS Occitanie."}
    ]},
    {"type": "NOT_ZONE", "anyOf": ["ZIP"]},
    {"type": "PRACTICE_MODE", "anyOf": ["LIBERAL"]},
    {"type": "COORDINATED_PRACTICE", "anyOf": ["GROUP", "MSP", "ESP", "CPTS"]},
    {"type": "ON_CALL_DUTY"}
  ], "conditionsToCheck": [
    "Ne bénéficier ni d''un CAIM ni d''un contrat d''aide à l''installation des chirurgiens-dentistes (CAICD)",
    "Commune classée en zone de montagne (1 577 communes en Occitanie) ; le classement peut ne porter que sur une partie de la commune",
    "QPV : seule une partie de la commune peut être concernée, vérifier l''adresse du cabinet",
    "Révision annoncée avec le zonage de fin 2025 : vérifier auprès de l''ARS que l''aide est toujours ouverte et à quelles conditions",
    "Chirurgiens-dentistes : commune non éligible aux aides conventionnelles de leur profession (à vérifier auprès de l''ARS)",
    "Des sources mentionnent aussi les médecins salariés : à vérifier auprès de l''ARS"
  ]}'::jsonb
 WHERE aid_code = 'OCCITANIE_MONTAGNE' AND version_number = 3;

-- From 1 January 2026 a ZAC commune is eligible to a conventional aid (l.29: 5,000 € at a first
-- installation), so whether it is still "not already eligible to conventional aids" (l.30) is for the ARS
-- to say: the simulator asks rather than adds both. This version is the catalogue's reading of that date,
-- not a decision of the ARS; the figures are those of 7 May 2022.
UPDATE aid_version SET valid_to = '2025-12-31'
 WHERE aid_code = 'OCCITANIE_MONTAGNE' AND version_number = 3 AND valid_to IS NULL
   AND NOT EXISTS (SELECT 1 FROM aid_version WHERE aid_code = 'OCCITANIE_MONTAGNE' AND version_number = 4);

INSERT INTO aid_version (aid_code, version_number, valid_from, valid_to, label, description, funder, category,
                         definition, source_url, published_at, published_by)
SELECT aid_code, 4, '2026-01-01', NULL, label,
       description || ' Depuis le 1er janvier 2026, une commune en ZAC ouvre droit à l''aide conventionnelle de 5 000 € à la première installation : l''ARS dit si elle reste éligible à cette aide.',
       funder, category,
       jsonb_set(definition, '{criteria}', (definition -> 'criteria') || '[{"type": "ANY_OF", "anyOf": [
         {"type": "NOT_ZONE", "anyOf": ["ZAC"]},
         {"type": "QUESTION", "question": "Depuis le 1er janvier 2026, une commune en ZAC ouvre droit à une aide conventionnelle (5 000 € à la première installation, convention médicale 2024). L''ARS Occitanie la considère-t-elle encore comme « non éligible aux aides conventionnelles », condition de cette aide ?"}
       ]}]'::jsonb),
       source_url, '2026-11-26T00:00:00Z', 'seed'
  FROM aid_version
 WHERE aid_code = 'OCCITANIE_MONTAGNE' AND version_number = 3 AND valid_to = '2025-12-31'
   AND NOT EXISTS (SELECT 1 FROM aid_version WHERE aid_code = 'OCCITANIE_MONTAGNE' AND version_number = 4);
