-- The dated installation plan (issue #17): its steps and their lead times are data, edited through
-- /plan/steps; the plan of a case is computed from them on each read. Seeded from shared/domain.md §3.
--
-- anchor, how lead_time_days is read:
--   AFTER_PREDECESSORS  the step takes that many days once its predecessors are done (never from before today);
--                       it must be done by the planned start date;
--   BEFORE_START        the step (an act, done at once) must be done that many days before the start date;
--   AFTER_START         the step must be done within that many days after the start date.
-- lead_time_days NULL: domain.md gives no figure; the plan shows the step undated, and note says why.
-- professions NULL: every profession. practice_modes: MIXED has a liberal activity, so it takes the liberal steps.
-- task_code: the checklist task (partner_task.code) whose status, owner and done date the step shows.
-- each_chosen_aid: a template instantiated once per aid chosen on the case (as AID_<aid code>, the code of the aid's
-- task), unless a step of that aid's own exists (aid_code).
CREATE TABLE plan_step (
    code            varchar(40) PRIMARY KEY,
    label           text        NOT NULL,
    owner_kind      varchar(30) NOT NULL,
    professions     text[],
    practice_modes  text[]      NOT NULL,
    predecessors    text[]      NOT NULL DEFAULT '{}',
    lead_time_days  integer CHECK (lead_time_days BETWEEN 0 AND 730),
    anchor          varchar(20) NOT NULL CHECK (anchor IN ('AFTER_PREDECESSORS', 'BEFORE_START', 'AFTER_START')),
    note            text,
    source          text        NOT NULL,
    task_code       varchar(60),
    aid_code        varchar(40) UNIQUE,
    each_chosen_aid boolean     NOT NULL DEFAULT false,
    position        integer     NOT NULL,
    version         integer     NOT NULL DEFAULT 1,
    updated_at      timestamptz,
    updated_by      text,
    CHECK (lead_time_days IS NOT NULL OR note IS NOT NULL)
);

-- Salaried practice has fewer steps: the CPAM's entry, conventionnement and sector choice concern the liberal
-- activity (domain.md §3.5: one AM number per liberal activity); URSSAF declares the start of a liberal activity
-- (§3.6: it acts as CFE for individual practice); the CARMF and the other pension funds of §3.7 affiliate liberal
-- activity; the installation declared a month ahead is the opening of a practice (§3.2, the Nord council's page on
-- a practice site). RCP insurance, the Ordre's roll and the CPS card concern every professional who practises.
INSERT INTO plan_step (code, label, owner_kind, professions, practice_modes, predecessors, lead_time_days, anchor, note,
                       source, task_code, aid_code, each_chosen_aid, position) VALUES
    ('RCP_INSURANCE', 'Souscrire l''assurance responsabilité civile professionnelle (RCP)', 'PROFESSIONAL', NULL,
     '{LIBERAL,SALARIED,MIXED}', '{}', 0, 'BEFORE_START',
     'Obligatoire avant d''exercer ; l''attestation fait partie du dossier d''inscription à l''Ordre. domain.md ne donne pas de délai d''obtention : la souscription compte pour un acte immédiat.',
     'domain.md §3.1 ; CSP R.4112-1 (pièces du dossier)', 'RCP_INSURANCE', NULL, false, 1),
    ('ORDRE_REGISTRATION', 'Inscription au tableau de l''Ordre : décision dans les 3 mois d''un dossier complet', 'ORDRE',
     '{GENERAL_PRACTITIONER,SPECIALIST,DENTIST,MIDWIFE}', '{LIBERAL,SALARIED,MIXED}', '{RCP_INSURANCE}', 90,
     'AFTER_PREDECESSORS', '3 mois comptés 90 jours, à partir du dossier complet (au plus tôt aujourd''hui).',
     'CSP L.4112-3 (médecins, chirurgiens-dentistes, sages-femmes) ; domain.md §3.2', 'ORDRE_REGISTRATION', NULL, false, 2),
    ('ORDRE_REGISTRATION_OTHER', 'Inscription au tableau de l''Ordre de la profession', 'ORDRE',
     '{NURSE,PHYSIOTHERAPIST,PHARMACIST}', '{LIBERAL,SALARIED,MIXED}', '{RCP_INSURANCE}', NULL, 'AFTER_PREDECESSORS',
     'domain.md ne donne le délai de décision (3 mois, L.4112-3) que pour les professions médicales : étape non datée pour cet Ordre.',
     'domain.md §3.2', 'ORDRE_REGISTRATION', NULL, false, 3),
    ('CPS_CARD', 'Réception de la carte CPS, envoyée par l''ANS après l''inscription', 'ANS', NULL,
     '{LIBERAL,SALARIED,MIXED}', '{ORDRE_REGISTRATION,ORDRE_REGISTRATION_OTHER}', 15, 'AFTER_PREDECESSORS',
     'Environ 10 à 15 jours après l''inscription : la borne haute est retenue.',
     'domain.md §3.4 (page du conseil du Nord)', 'RPPS_CPS', NULL, false, 4),
    ('ORDRE_INSTALLATION_DECLARATION', 'Déclarer l''installation (lieu d''exercice) à l''Ordre au moins un mois avant', 'ORDRE',
     NULL, '{LIBERAL,MIXED}', '{ORDRE_REGISTRATION,ORDRE_REGISTRATION_OTHER}', 30, 'BEFORE_START',
     'Au moins 1 mois avant, compté 30 jours.',
     'domain.md §3.2 (conseil du Nord, « Mon espace médecin » ; pre-conseil59.ordre.medecin.fr/installation-site-distinct)',
     NULL, NULL, false, 5),
    ('CPAM_CONVENTIONNEMENT', 'Immatriculation à la CPAM, conventionnement et choix du secteur, avant le premier acte', 'CPAM',
     NULL, '{LIBERAL,MIXED}', '{ORDRE_REGISTRATION,ORDRE_REGISTRATION_OTHER}', 0, 'BEFORE_START',
     'Avant le premier acte, donc au plus tard à la date de début.',
     'domain.md §3.5', 'CPAM_CONVENTIONNEMENT', NULL, false, 6),
    ('URSSAF_DECLARATION', 'Déclaration de début d''activité libérale (URSSAF-CFE)', 'URSSAF', NULL, '{LIBERAL,MIXED}', '{}',
     NULL, 'AFTER_START', 'domain.md ne donne aucun délai pour la déclaration de début d''activité : étape non datée.',
     'domain.md §3.6', 'URSSAF_DECLARATION', NULL, false, 7),
    ('CARMF_AFFILIATION', 'Affiliation à la CARMF dans le mois qui suit le début de l''activité libérale', 'CARMF',
     '{GENERAL_PRACTITIONER,SPECIALIST}', '{LIBERAL,MIXED}', '{ORDRE_REGISTRATION}', 30, 'AFTER_START',
     'Dans le mois, compté 30 jours ; formulaire contresigné par l''Ordre ; affiliation effective au 1er jour du trimestre civil suivant.',
     'domain.md §3.7 (carmf.fr)', 'CARMF_AFFILIATION', NULL, false, 8),
    ('CARCDSF_AFFILIATION', 'Affiliation à la CARCDSF', 'CARCDSF', '{DENTIST,MIDWIFE}', '{LIBERAL,MIXED}',
     '{ORDRE_REGISTRATION}', NULL, 'AFTER_START',
     'domain.md ne donne le délai d''un mois que pour la CARMF : étape non datée.', 'domain.md §3.7', 'CARCDSF_AFFILIATION',
     NULL, false, 9),
    ('CARPIMKO_AFFILIATION', 'Affiliation à la CARPIMKO', 'CARPIMKO', '{NURSE,PHYSIOTHERAPIST}', '{LIBERAL,MIXED}',
     '{ORDRE_REGISTRATION_OTHER}', NULL, 'AFTER_START',
     'domain.md ne donne le délai d''un mois que pour la CARMF : étape non datée.', 'domain.md §3.7', 'CARPIMKO_AFFILIATION',
     NULL, false, 10),
    ('CAVP_AFFILIATION', 'Affiliation à la CAVP', 'CAVP', '{PHARMACIST}', '{LIBERAL,MIXED}', '{ORDRE_REGISTRATION_OTHER}',
     NULL, 'AFTER_START', 'domain.md ne donne le délai d''un mois que pour la CARMF : étape non datée.', 'domain.md §3.7',
     'CAVP_AFFILIATION', NULL, false, 11),
    -- Neither case_aid nor aids-service's simulator carries a filing window; aids-service knows only the dates an
    -- aid version is in force, which say nothing of when a file is due relative to the installation.
    ('AID_FILING', 'Dépôt du dossier de l''aide', 'FUNDER', NULL, '{LIBERAL,SALARIED,MIXED}', '{}', NULL, 'AFTER_START',
     'Ni la fiche de l''aide sur le dossier ni aids-service ne donnent de délai de dépôt (seulement les dates de validité de l''aide) : étape non datée.',
     'domain.md §3.10', NULL, NULL, true, 20),
    ('AID_HDF_CRAI', 'Dépôt du dossier du contrat régional (CRAI) dans les 6 mois de l''installation', 'ARS', NULL,
     '{LIBERAL,SALARIED,MIXED}', '{}', 180, 'AFTER_START', '6 mois comptés 180 jours.',
     'domain.md §1b (hauts-de-france.paps.sante.fr/les-aides-linstallation-80)', 'AID_HDF_CRAI', 'HDF_CRAI', false, 21);
