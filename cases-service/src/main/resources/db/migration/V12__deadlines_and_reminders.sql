-- Deadlines and reminders (issue #17).

-- The overdue and due-soon lists read a correspondant's departments' open tasks by due date. At a million cases
-- with ten tasks each, a join to case_file cannot stay in one index range; the case's department and whether it
-- is still under way are copied onto its tasks, kept by the triggers below, so that each department is one range
-- of a partial index. The application never writes these columns.
ALTER TABLE partner_task
    ADD COLUMN case_department varchar(3),
    ADD COLUMN case_open       boolean;

UPDATE partner_task t SET case_department = c.department, case_open = c.status NOT IN ('CLOSED', 'ABANDONED')
    FROM case_file c WHERE c.id = t.case_id;

ALTER TABLE partner_task
    ALTER COLUMN case_department SET NOT NULL,
    ALTER COLUMN case_open SET NOT NULL;

CREATE FUNCTION partner_task_copy_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT department, status NOT IN ('CLOSED', 'ABANDONED') INTO NEW.case_department, NEW.case_open
        FROM case_file WHERE id = NEW.case_id;
    RETURN NEW;
END $$;
CREATE TRIGGER partner_task_copy_case BEFORE INSERT ON partner_task
    FOR EACH ROW EXECUTE FUNCTION partner_task_copy_case();

CREATE FUNCTION case_file_copy_to_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE partner_task SET case_department = NEW.department, case_open = NEW.status NOT IN ('CLOSED', 'ABANDONED')
        WHERE case_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER case_file_copy_to_tasks AFTER UPDATE OF department, status ON case_file
    FOR EACH ROW WHEN (OLD.department IS DISTINCT FROM NEW.department
        OR (OLD.status IN ('CLOSED', 'ABANDONED')) IS DISTINCT FROM (NEW.status IN ('CLOSED', 'ABANDONED')))
    EXECUTE FUNCTION case_file_copy_to_tasks();

-- Open tasks of cases under way, by due date: one range per department, one per owner organisation.
CREATE INDEX partner_task_due_by_department ON partner_task (case_department, due_date, id)
    WHERE case_open AND due_date IS NOT NULL AND status NOT IN ('DONE', 'NOT_APPLICABLE');
CREATE INDEX partner_task_due_by_owner ON partner_task (owner_org, due_date, id)
    WHERE case_open AND due_date IS NOT NULL AND owner_org IS NOT NULL AND status NOT IN ('DONE', 'NOT_APPLICABLE');

-- Partner organisations receive their digest at this address.
ALTER TABLE partner_organisation ADD COLUMN contact_email text;

-- Correspondants have no user table: the service keeps the address, name and departments their token carries,
-- refreshed whenever they call the API, to send them their digest.
CREATE TABLE reminder_correspondant (
    subject     text PRIMARY KEY,
    name        text        NOT NULL,
    email       text        NOT NULL,
    departments text[]      NOT NULL,
    seen_at     timestamptz NOT NULL
);

-- Addresses that asked for no more reminders (through the signed link of a digest).
CREATE TABLE reminder_unsubscription (
    email           text PRIMARY KEY,
    unsubscribed_at timestamptz NOT NULL
);

-- One row per scheduled job and day: claiming it (INSERT ... ON CONFLICT DO NOTHING) is the lock across
-- replicas, and its presence says the day was handled.
CREATE TABLE job_run (
    job         varchar(40) NOT NULL,
    day         date        NOT NULL,
    outcome     varchar(20) NOT NULL,   -- DONE, or SKIPPED when a later day's run superseded it
    finished_at timestamptz NOT NULL,
    PRIMARY KEY (job, day)
);

-- Mails written in the digest's transaction and sent afterwards: at most one per address and day.
CREATE TABLE mail_outbox (
    id              bigserial PRIMARY KEY,
    recipient       text        NOT NULL,
    day             date        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    unsubscribe_url text        NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    sent_at         timestamptz,
    UNIQUE (recipient, day)
);
CREATE INDEX mail_outbox_unsent ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;

-- The professionals' digest reads the pieces still asked of them on open tasks: few among millions.
CREATE INDEX partner_task_missing_pieces ON partner_task (case_id)
    WHERE case_open AND missing_pieces <> '[]'::jsonb AND status NOT IN ('DONE', 'NOT_APPLICABLE');
