-- Seeds :count synthetic case files into an empty guichet_cases schema, in one INSERT ... SELECT:
-- 12 departments, every status, professions, channels and assignees in realistic proportions, creation
-- instants spread over three years. Run with: psql -v count=1000000 -f seed-cases.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO case_file (id, reference, status, version, rpps, first_name, last_name, email, phone, profession,
                       career_stage, target_commune, department, practice_mode, coordinated_practice,
                       planned_start_date, channel, owner_subject, created_by_client, assignee, created_at, updated_at,
                       qualified_at, installed_at, ended_at)
SELECT gen_random_uuid(),
       'GU-' || d.code || '-' || extract(year FROM created)::int || '-' || lpad(n::text, 7, '0'),
       s.status, 0,
       lpad((10000000000 + n)::text, 11, '0'),
       (ARRAY['Claire','Paul','Inès','Hugo','Léa','Karim','Sophie','Jean','Emma','Lucas'])[1 + n % 10],
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
              'Simon','Laurent','Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier'])[1 + (n / 10) % 20]
           || (n % 97)::text,
       'pro' || n || '@example.org', '+33 6 00 00 00 00',
       (ARRAY['GENERAL_PRACTITIONER','GENERAL_PRACTITIONER','GENERAL_PRACTITIONER','SPECIALIST','NURSE','NURSE',
              'DENTIST','MIDWIFE','PHYSIOTHERAPIST'])[1 + n % 9],
       'INSTALLING', CASE WHEN length(d.code) = 3 THEN d.code || '11' ELSE d.code || '001' END, d.code, 'LIBERAL', 'MSP', DATE '2027-01-04',
       (ARRAY['WEB','WEB','WEB','PHONE','PHONE','EMAIL','EVENT','PARTNER'])[1 + n % 8],
       CASE WHEN n % 8 < 3 THEN 'doctor-' || (n % 50000) END,
       CASE WHEN n % 8 = 7 THEN 'partner-' || (n % 5) END,
       'correspondant-' || (n % 7),
       created, created,
       CASE WHEN s.status <> 'RECEIVED' THEN created + interval '7 days' END,
       CASE WHEN s.status IN ('INSTALLED', 'FOLLOW_UP', 'CLOSED') THEN created + (30 + n % 200) * interval '1 day' END,
       CASE WHEN s.status IN ('CLOSED', 'ABANDONED') THEN created + interval '400 days' END
FROM generate_series(1, :count) AS n
CROSS JOIN LATERAL (SELECT timestamptz '2023-11-25' + (n::double precision / :count) * interval '1095 days'
                           + (n % 3600) * interval '1 second' AS created) t
CROSS JOIN LATERAL (SELECT (ARRAY['02','41','48','34','46','33','59','62','80','60','2A','974'])[1 + (n * 7) % 12] AS code) d
CROSS JOIN LATERAL (SELECT (ARRAY['RECEIVED','RECEIVED','QUALIFIED','PROJECT_DEFINED','PROCEDURES','PROCEDURES',
                                   'INSTALLED','FOLLOW_UP','CLOSED','ABANDONED'])[1 + (n / 3) % 10] AS status) s;

SELECT setval('case_reference_seq', (SELECT count(*) FROM case_file));
ANALYZE case_file;
