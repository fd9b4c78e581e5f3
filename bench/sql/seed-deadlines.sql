-- Seeds ten partner tasks on every case of bench/sql/seed-cases.sql, 300 partner organisations with a contact address
-- that own them (25 per department) and 100 correspondants known to the reminders (one or two departments each).
-- Due dates follow the case's creation (15, 30 ... 150 days after); most tasks due more than two months before
-- :today are done, the others open (to do, in progress or blocked); one case in a thousand still waits on pieces from
-- the professional. Run with: psql -v today=2026-11-30 -f seed-deadlines.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';

INSERT INTO partner_organisation (code, name, kind, departments, contact_email, created_at, updated_at)
SELECT 'ORG-' || lpad(o::text, 3, '0'), 'Organisation ' || o,
       (ARRAY['ORDRE','CPAM','URSSAF','ARS','COMMUNE_EPCI'])[1 + o % 5],
       ARRAY[(ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'])[1 + o / 25]],
       'org' || o || '@partenaires.example.org', now(), now()
FROM generate_series(0, 299) AS o;

INSERT INTO reminder_correspondant (subject, name, email, departments, seen_at)
SELECT 'correspondant-' || c, 'Correspondant ' || c, 'correspondant' || c || '@guichet.example.org',
       CASE WHEN c % 2 = 0
            THEN ARRAY[(ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'])[1 + c % 12]]
            ELSE ARRAY[(ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'])[1 + c % 12],
                       (ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'])[1 + (c + 1) % 12]] END,
       now()
FROM generate_series(0, 99) AS c;

-- The copy of the case's department is written here directly: the trigger would look every case up ten times.
ALTER TABLE partner_task DISABLE TRIGGER partner_task_copy_case;
INSERT INTO partner_task (id, case_id, code, partner, label, mandatory, status, due_date, required_documents, position,
                          owner_org, missing_pieces, last_actor, updated_at, case_department, case_open)
SELECT gen_random_uuid(), c.id, 'STEP_' || k, 'ORDRE', 'Étape ' || k || ' du parcours d''installation', k <= 7,
       CASE WHEN due < :'today'::date - 60 AND (c.n + k) % 10 <> 0 THEN 'DONE'
            ELSE (ARRAY['TODO','TODO','IN_PROGRESS','BLOCKED'])[1 + (c.n + k) % 4] END,
       due, '[]'::jsonb, k,
       'ORG-' || lpad((25 * (array_position(ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'], c.department) - 1)
                       + (c.n + 7 * k) % 25)::text, 3, '0'),
       CASE WHEN c.n % 1000 = 0 AND k = 2 THEN '["Diplômes", "Extrait de casier judiciaire de moins de 3 mois"]'::jsonb
            ELSE '[]'::jsonb END,
       'bench', c.created_at, c.department, c.status NOT IN ('CLOSED', 'ABANDONED')
FROM (SELECT id, department, status, created_at, row_number() OVER () AS n FROM case_file) c
CROSS JOIN generate_series(1, 10) AS k
CROSS JOIN LATERAL (SELECT (c.created_at::date + 15 * k) AS due) d;
ALTER TABLE partner_task ENABLE TRIGGER partner_task_copy_case;

VACUUM ANALYZE partner_task;
VACUUM ANALYZE partner_organisation;
VACUUM ANALYZE reminder_correspondant;
