-- Pharmacists join the professions the guichet accompanies (issue #16: aids-service already knows them).
-- Their checklist follows the doctors' steps, with their own Ordre (Ordre national des pharmaciens), their own
-- pension fund (CAVP, Caisse d'assurance vieillesse des pharmaciens) and their own convention with the CPAM; the
-- on-call duty of pharmacies (service de garde) is not the doctors' PDSA, so it is left out.
INSERT INTO task_template (profession_group, code, partner, owner_kind, label, mandatory, due_days, required_documents,
                           position, waits_on)
SELECT 'PHARMACIST',
       CASE code WHEN 'CARMF_AFFILIATION' THEN 'CAVP_AFFILIATION' ELSE code END,
       partner, owner_kind,
       CASE code
           WHEN 'ORDRE_REGISTRATION' THEN 'Inscription au tableau de l''Ordre national des pharmaciens'
           WHEN 'CARMF_AFFILIATION' THEN 'Affiliation à la CAVP (Caisse d''assurance vieillesse des pharmaciens) dans le mois du début d''activité'
           WHEN 'CPAM_CONVENTIONNEMENT' THEN 'Immatriculation à la CPAM et adhésion à la convention nationale des pharmaciens'
           ELSE label END,
       mandatory, due_days, required_documents, position, waits_on
FROM task_template
WHERE profession_group = 'DOCTOR' AND code <> 'ON_CALL_DUTY';
