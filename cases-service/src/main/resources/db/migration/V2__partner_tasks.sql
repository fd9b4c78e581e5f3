-- What each partner must do for a professional to install, per profession. Templates are data.
CREATE TABLE task_template (
    id                 bigserial PRIMARY KEY,
    profession_group   varchar(20) NOT NULL,   -- DOCTOR, DENTIST, NURSE, MIDWIFE, PHYSIOTHERAPIST
    code               varchar(40) NOT NULL,
    partner            varchar(30) NOT NULL,
    label              text        NOT NULL,
    mandatory          boolean     NOT NULL,
    due_days           integer     NOT NULL,   -- after the joint session (entering PROCEDURES)
    required_documents jsonb       NOT NULL,
    position           integer     NOT NULL,
    UNIQUE (profession_group, code)
);

CREATE TABLE partner_task (
    id                 uuid PRIMARY KEY,
    case_id            uuid        NOT NULL REFERENCES case_file (id),
    code               varchar(60) NOT NULL,
    partner            varchar(30) NOT NULL,
    label              text        NOT NULL,
    mandatory          boolean     NOT NULL,
    status             varchar(20) NOT NULL,
    due_date           date,
    required_documents jsonb       NOT NULL,
    aid_code           varchar(40),            -- ARS tasks: one per aid applied for
    position           integer     NOT NULL,
    last_actor         text,
    updated_at         timestamptz NOT NULL,
    UNIQUE (case_id, code)
);
CREATE INDEX partner_task_case ON partner_task (case_id, position);

-- Aids the correspondant selected for the case, with what the simulator said when selected.
CREATE TABLE case_aid (
    case_id            uuid        NOT NULL REFERENCES case_file (id),
    aid_code           varchar(40) NOT NULL,
    label              text        NOT NULL,
    eligibility_status varchar(20) NOT NULL,
    selected_by        text        NOT NULL,
    selected_at        timestamptz NOT NULL,
    PRIMARY KEY (case_id, aid_code)
);

CREATE TABLE case_message (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES case_file (id),
    author      text        NOT NULL,
    author_role varchar(20) NOT NULL,
    internal    boolean     NOT NULL,
    body        text,                           -- null once anonymised
    created_at  timestamptz NOT NULL
);
CREATE INDEX case_message_case ON case_message (case_id, created_at);

CREATE TABLE case_document (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES case_file (id),
    task_id     uuid REFERENCES partner_task (id),
    filename    text,
    media_type  varchar(50)  NOT NULL,
    size_bytes  integer      NOT NULL,
    sha256      varchar(64)  NOT NULL,
    content     bytea,                          -- null once anonymised
    uploaded_by text         NOT NULL,
    uploaded_at timestamptz  NOT NULL
);
CREATE INDEX case_document_case ON case_document (case_id, uploaded_at);
