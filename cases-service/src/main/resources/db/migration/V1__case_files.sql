-- One installation case file per professional project, with what the guichet needs to follow it.
CREATE SEQUENCE case_reference_seq;

CREATE TABLE case_file (
    id                   uuid PRIMARY KEY,
    reference            varchar(32)  NOT NULL UNIQUE,      -- GU-02-2026-000123, said on the phone
    status               varchar(20)  NOT NULL,
    version              integer      NOT NULL,
    -- the professional
    rpps                 varchar(11),                       -- null once anonymised
    first_name           text,
    last_name            text,
    email                text,
    phone                text,
    profession           varchar(30)  NOT NULL,
    specialty            text,
    career_stage         varchar(30)  NOT NULL,
    -- the project
    target_commune       varchar(5)   NOT NULL,
    department           varchar(3)   NOT NULL,             -- derived from the commune's INSEE code
    practice_mode        varchar(20),
    coordinated_practice varchar(20),
    sector               varchar(20),
    on_call_duty         boolean,
    days_per_week        numeric(3, 1),
    planned_start_date   date,
    notes                text,
    -- the file
    channel              varchar(20)  NOT NULL,
    owner_subject        text,                              -- the doctor's token subject
    created_by_client    text,                              -- the partner application, if any
    assignee             text,                              -- the correspondant in charge
    abandon_reason       text,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    qualified_at         timestamptz,
    installed_at         timestamptz,
    ended_at             timestamptz,                       -- CLOSED or ABANDONED
    anonymised_at        timestamptz,
    name_key             text GENERATED ALWAYS AS (lower(coalesce(last_name, '') || ' ' || coalesce(first_name, ''))) STORED
);

-- Lists are keyset-paginated on (created_at, id), newest first, always within the caller's scope.
CREATE INDEX case_file_department_created ON case_file (department, created_at DESC, id DESC);
CREATE INDEX case_file_department_status_created ON case_file (department, status, created_at DESC, id DESC);
CREATE INDEX case_file_owner ON case_file (owner_subject, created_at DESC, id DESC) WHERE owner_subject IS NOT NULL;
CREATE INDEX case_file_partner ON case_file (created_by_client, created_at DESC, id DESC) WHERE created_by_client IS NOT NULL;
CREATE INDEX case_file_assignee ON case_file (assignee, created_at DESC, id DESC) WHERE assignee IS NOT NULL;
CREATE INDEX case_file_name_key ON case_file (name_key text_pattern_ops);
CREATE INDEX case_file_rpps ON case_file (rpps) WHERE rpps IS NOT NULL;
CREATE INDEX case_file_created ON case_file (created_at);
CREATE INDEX case_file_ended ON case_file (ended_at) WHERE anonymised_at IS NULL AND ended_at IS NOT NULL;

-- Every change, append-only: no API alters it, and the database refuses updates and deletes except
-- for the anonymisation, which sets guichet.rewriting_history for its own transaction.
CREATE TABLE case_event (
    id          bigserial PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES case_file (id),
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    kind        varchar(30) NOT NULL,
    field       text,
    before      jsonb,
    after       jsonb,
    reason      text
);
CREATE INDEX case_event_case ON case_event (case_id, id);

CREATE FUNCTION case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('guichet.rewriting_history', true), '') <> 'anonymisation' THEN
        RAISE EXCEPTION 'case history is append-only';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_event_append_only();

-- Status changes, written in the same transaction, for webhooks to publish later.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    case_id      uuid        NOT NULL,
    type         varchar(60) NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;

-- A partner's retry with the same key gets the first answer; another body with the same key is a conflict.
CREATE TABLE idempotency_key (
    client_id       text        NOT NULL,
    key             varchar(200) NOT NULL,
    request_hash    varchar(64) NOT NULL,
    case_id         uuid,
    response_body   jsonb,                  -- the first answer, replayed to retries
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (client_id, key)
);
