-- Seeds :count synthetic offers into welcome-service's offer table, in one INSERT ... SELECT, placed at the centres
-- of real communes that offers.sh copies from aids-service into bench_commune (insee, department, latitude, longitude).
-- Mix: 80 % published, 10 % drafts, 10 % filled; 40 % jobs, 30 % internships, 30 % housing; first days over the last
-- 60 days and last days up to 80 days ahead (about 1 in 9 already past); descriptions drawn from French phrases so that
-- full-text queries match realistic fractions. Run with: psql -v count=100000 -f seed-offers.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE numbered_commune AS
    SELECT row_number() OVER (ORDER BY insee) AS rn, * FROM bench_commune;

INSERT INTO offer (id, version, organisation, status, kind, title, description, department, commune_insee, latitude,
                   longitude, audiences, published_from, expires_on, contact, job, internship, housing, published_at,
                   created_at, updated_at)
SELECT gen_random_uuid(), 0, 'BENCH-' || c.department,
       (ARRAY['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
              'DRAFT','FILLED'])[1 + n % 10],
       k.kind,
       (ARRAY['Médecin généraliste','Pédiatre','Psychiatre','Infirmier','Masseur-kinésithérapeute','Sage-femme',
              'Chirurgien-dentiste','Médecin remplaçant'])[1 + (n / 10) % 8]
           || CASE k.kind WHEN 'JOB' THEN ' recherché' WHEN 'INTERNSHIP' THEN ' : terrain de stage' ELSE ' : logement' END
           || ' à ' || c.insee,
       (ARRAY['Maison de santé pluriprofessionnelle au cœur du bourg.','Centre de santé municipal récemment rénové.',
              'Cabinet de groupe avec secrétariat.','Hôpital de proximité et EHPAD voisins.',
              'Territoire rural, montagne et rivières.','À trente minutes de la préfecture.'])[1 + (n / 7) % 6]
           || ' ' ||
       (ARRAY['Patientèle nombreuse, départ en retraite du titulaire.','Équipe jeune et accueillante.',
              'Permanence des soins partagée.','Logement fourni pendant le stage.','Colocation avec d''autres internes.',
              'Aide à l''installation de la commune.','Participation à la CPTS.'])[1 + (n / 3) % 7]
           || ' ' ||
       (ARRAY['Contactez-nous.','Visite possible toute l''année.','Journée d''accueil chaque semestre.',
              'Transport pris en charge.','Écoles et commerces à proximité.'])[1 + (n / 11) % 5],
       c.department, c.insee, c.latitude, c.longitude,
       CASE (n / 13) % 5 WHEN 0 THEN ARRAY['DOCTORS'] WHEN 1 THEN ARRAY['REPLACEMENTS','DOCTORS'] WHEN 2 THEN ARRAY['INTERNS']
                         WHEN 3 THEN ARRAY['STUDENTS','INTERNS'] ELSE ARRAY['REPLACEMENTS'] END,
       current_date - (n % 60), current_date - (n % 60) + 10 + (n % 131) % 130,
       jsonb_build_object('name', 'Service santé', 'email', 'contact' || n % 100 || '@example.org'),
       CASE WHEN k.kind = 'JOB' THEN jsonb_build_object('position',
            (ARRAY['SALARIED','ASSOCIATE','SUCCESSOR','REPLACEMENT'])[1 + (n / 5) % 4], 'workplace', 'Cabinet ' || c.insee) END,
       CASE WHEN k.kind = 'INTERNSHIP' THEN jsonb_build_object('practice', 'MSP ' || c.insee, 'supervisor', 'Dr Martin',
            'placesBySemester', jsonb_build_array(jsonb_build_object('semester', '2027-05', 'places', 1 + n % 3))) END,
       CASE WHEN k.kind = 'HOUSING' THEN jsonb_build_object('type', (ARRAY['CO_LIVING','MUNICIPAL','HOST_FAMILY'])[1 + n % 3],
            'address', '1 place de la Mairie', 'rentCents', (n % 4) * 10000, 'allowanceCovers', 'Le loyer',
            'availability', jsonb_build_array(jsonb_build_object('semester', '2027-05', 'places', 2))) END,
       now() - (n % 60) * interval '1 day', now() - (n % 60) * interval '1 day', now()
FROM generate_series(1, :count) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['JOB','JOB','JOB','JOB','INTERNSHIP','INTERNSHIP','INTERNSHIP','HOUSING','HOUSING',
                                  'HOUSING'])[1 + (n / 17) % 10] AS kind) k
JOIN numbered_commune c ON c.rn = 1 + (n::bigint * 7919) % (SELECT count(*) FROM numbered_commune);

ANALYZE offer;
