-- Correction requests (issue #17): the guichet's staff, or the partner organisation that owns a task, send a document
-- or a piece of information back to the professional with a reason; the professional answers with a new document or
-- a message. Life cycle (CorrectionStatus): OPEN -> ANSWERED -> ACCEPTED, or back to OPEN (reopened);
-- OPEN -> CANCELLED. Only OPEN requests make a task wait on the professional.
CREATE TABLE correction_request (
    id                 uuid PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES case_file (id),
    task_id            uuid         REFERENCES partner_task (id),
    document_id        uuid         REFERENCES case_document (id),   -- the document to send again, or
    information        text,                                          -- the piece of information to give again
    reason_code        varchar(20)  NOT NULL,
    reason             text,                                          -- French, read by the professional; null once anonymised
    internal_note      text,                                          -- staff only
    status             varchar(20)  NOT NULL
        CHECK (status IN ('OPEN', 'ANSWERED', 'ACCEPTED', 'CANCELLED')),
    asked_by           text         NOT NULL,                         -- the history's actor
    asking_org         varchar(60),                                   -- the partner organisation that asked; null: the guichet
    asked_at           timestamptz  NOT NULL,
    reopen_reason      text,
    answer_document_id uuid         REFERENCES case_document (id),
    answer_message_id  uuid         REFERENCES case_message (id),
    answered_by        text,
    answered_at        timestamptz,
    settled_by         text,
    settled_at         timestamptz,
    version            integer      NOT NULL,
    CHECK ((document_id IS NULL) <> (information IS NULL))
);
CREATE INDEX correction_request_case ON correction_request (case_id, asked_at);
-- what is still expected from professionals: the tasks' counts and the reminders' digests read only these
CREATE INDEX correction_request_open ON correction_request (case_id, task_id) WHERE status = 'OPEN';
