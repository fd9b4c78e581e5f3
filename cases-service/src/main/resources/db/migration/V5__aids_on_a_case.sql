-- The facts the simulator needs of a project (issue #14): main or secondary practice, a first installation
-- or not, the months of study left, and the aids the professional already received (code and date), so that
-- the 10-year rule and the incompatibilities apply on cases too.
ALTER TABLE case_file
    ADD COLUMN practice_site               varchar(20),
    ADD COLUMN already_installed_elsewhere boolean,
    ADD COLUMN remaining_study_months      integer,
    ADD COLUMN aids_already_received       jsonb NOT NULL DEFAULT '[]'::jsonb;

-- A selected aid follows its own life; who funds it and when the simulator said it is paid decide its tasks.
ALTER TABLE case_aid
    ADD COLUMN status   varchar(20) NOT NULL DEFAULT 'SELECTED',
    ADD COLUMN funder   varchar(30),
    ADD COLUMN category varchar(40),
    ADD COLUMN payments jsonb NOT NULL DEFAULT '[]'::jsonb;

-- Every step of an aid's life: the file sent, the contract signed (amount agreed), each instalment paid, the
-- end, an early exit's repayment, or a refusal. The indicators count signatures and sum payments from here.
CREATE TABLE case_aid_event (
    id           bigserial PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES case_file (id),
    aid_code     varchar(40) NOT NULL,
    status       varchar(20) NOT NULL,
    occurred_on  date        NOT NULL,
    amount_cents bigint,
    reason       text,
    actor        text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    FOREIGN KEY (case_id, aid_code) REFERENCES case_aid (case_id, aid_code)
);
CREATE INDEX case_aid_event_case ON case_aid_event (case_id, aid_code, id);
CREATE INDEX case_aid_event_indicators ON case_aid_event (status, occurred_on);
