-- Partner organisations (issue #15): who sits at the guichet's table. Data, read and edited through the API.
CREATE TABLE partner_organisation (
    code        varchar(40) PRIMARY KEY,
    name        text        NOT NULL,
    kind        varchar(30) NOT NULL,
    departments text[]      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- A case filed by a partner application belongs to its organisation; the organisations that own a task on a
-- case sit at its table and see it. One array on the case answers "may this organisation see it" in the single
-- read, the list and the webhooks alike, without joining the tasks.
ALTER TABLE case_file
    ADD COLUMN created_by_org        varchar(40),
    ADD COLUMN partner_organisations text[] NOT NULL DEFAULT '{}';
CREATE INDEX case_file_created_by_org ON case_file (created_by_org, created_at DESC, id DESC) WHERE created_by_org IS NOT NULL;
CREATE INDEX case_file_partner_organisations ON case_file USING gin (partner_organisations);

-- The organisation that owns a task; none when no registered organisation serves the case's department for
-- that kind of step (the guichet follows it then).
ALTER TABLE partner_task ADD COLUMN owner_org varchar(40);
CREATE INDEX partner_task_owner ON partner_task (owner_org, due_date) WHERE owner_org IS NOT NULL;
