-- Partners at the table (issue #15): each step names the kind of organisation that owns it, and may wait on
-- another step of the same checklist; a task carries what its owner says of it.

-- owner_kind: a partner_organisation.kind; null when no partner organisation does the step (the professional
-- with their insurer, landlord or pension fund, followed by the guichet).
-- waits_on: the code of the step it waits on; its due_days then count from the day that step is done.
ALTER TABLE task_template
    ADD COLUMN owner_kind varchar(30),
    ADD COLUMN waits_on   varchar(40);

UPDATE task_template SET owner_kind = CASE partner
    WHEN 'ORDRE' THEN 'ORDRE'
    WHEN 'ASSURANCE_MALADIE' THEN 'CPAM'
    WHEN 'URSSAF' THEN 'URSSAF'
    WHEN 'ARS' THEN 'ARS'
    WHEN 'LOCAL_AUTHORITY' THEN 'COMMUNE_EPCI'
    END;

-- The RPPS number is the Ordre's once it has registered the professional; the CPS card that goes with it is
-- made and sent by the ANS (Agence du numérique en santé). The CPAM registers and agrees only a professional
-- on the Ordre's roll, and the pension fund's form is countersigned by the Ordre: all three wait on it.
UPDATE task_template
    SET label = 'Attribution du numéro RPPS par l''Ordre ; la carte CPS est ensuite envoyée par l''ANS',
        waits_on = 'ORDRE_REGISTRATION', due_days = 15
    WHERE code = 'RPPS_CPS';
UPDATE task_template SET waits_on = 'ORDRE_REGISTRATION', due_days = 30 WHERE code = 'CPAM_CONVENTIONNEMENT';
UPDATE task_template SET waits_on = 'ORDRE_REGISTRATION', due_days = 30
    WHERE code IN ('CARMF_AFFILIATION', 'CARPIMKO_AFFILIATION', 'CARCDSF_AFFILIATION');

-- The on-call duty (permanence des soins ambulatoires, PDSA) is organised by the departmental Ordre, not the
-- ARS: it leaves the coordinated-practice step for a step of its own, once the professional is on the roll.
UPDATE task_template SET label = 'Exercice coordonné (MSP, ESP, CPTS)' WHERE code = 'COORDINATED_PRACTICE';
UPDATE task_template SET position = 11 WHERE code = 'LOCAL_AIDS_HOUSING';
INSERT INTO task_template (profession_group, code, partner, owner_kind, label, mandatory, due_days, required_documents,
                           position, waits_on)
SELECT profession_group, 'ON_CALL_DUTY', 'ORDRE', 'ORDRE',
       'Participation à la permanence des soins ambulatoires (PDSA) : inscription au tableau de garde de l''Ordre',
       false, 30, '[]'::jsonb, 10, 'ORDRE_REGISTRATION'
FROM (SELECT DISTINCT profession_group FROM task_template) groups;

-- What the owner says of its task: a note, why it is blocked, the pieces it still asks for, the day it was done.
ALTER TABLE partner_task
    ADD COLUMN waits_on       varchar(60),
    ADD COLUMN wait_days      integer,
    ADD COLUMN note           text,
    ADD COLUMN blocked_reason text,
    ADD COLUMN missing_pieces jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN done_on        date;

-- Messages the guichet addresses to the partners at the table; partners read only those (and their own).
ALTER TABLE case_message ADD COLUMN to_partners boolean NOT NULL DEFAULT false;
CREATE INDEX partner_task_open_owner ON partner_task (owner_org, case_id, due_date)
    WHERE owner_org IS NOT NULL AND status NOT IN ('DONE', 'NOT_APPLICABLE');
