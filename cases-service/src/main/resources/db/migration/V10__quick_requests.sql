-- Quick requests (sollicitations, issue #17): the questions a correspondant answers on the phone, by e-mail, at an
-- event or at the desk, and those professionals send through the public form. Most never become a case; the
-- agency's headline figure ("requests answered") is counted from here.
CREATE TABLE quick_request (
    id            uuid PRIMARY KEY,
    version       integer      NOT NULL,
    status        varchar(20)  NOT NULL,             -- OPEN, ANSWERED, ORIENTED, CASE_OPENED, CLOSED
    channel       varchar(20)  NOT NULL,
    -- who asks: all optional, a caller may stay anonymous; personal data is erased after the retention period
    first_name    text,
    last_name     text,
    email         text,
    phone         text,
    profession    varchar(30),
    career_stage  varchar(30),
    -- what about, and where
    subject       varchar(20)  NOT NULL,
    department    varchar(3)   NOT NULL,
    commune       varchar(5),
    question      text,                              -- null once anonymised
    answer        text,
    oriented_to   varchar(40)  REFERENCES partner_organisation (code),
    case_id       uuid         REFERENCES case_file (id),
    assignee      text,
    logged_by     text         NOT NULL,             -- the correspondant who logged it, or "public" for the web form
    received_at   timestamptz  NOT NULL,
    answered_at   timestamptz,                       -- when it left OPEN: time to answer = answered_at - received_at
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    anonymised_at timestamptz,
    -- French full-text search over the question and the answer: 'french' stems "installer" and "installation" alike
    search        tsvector GENERATED ALWAYS AS
                      (to_tsvector('french', coalesce(question, '') || ' ' || coalesce(answer, ''))) STORED,
    CONSTRAINT quick_request_question CHECK (question IS NOT NULL OR anonymised_at IS NOT NULL),
    CONSTRAINT quick_request_orientation CHECK (status <> 'ORIENTED' OR oriented_to IS NOT NULL),
    CONSTRAINT quick_request_case CHECK (status <> 'CASE_OPENED' OR case_id IS NOT NULL)
);

-- Lists are keyset-paginated on (received_at, id), newest first, always within the caller's departments.
CREATE INDEX quick_request_department_received ON quick_request (department, received_at DESC, id DESC);
CREATE INDEX quick_request_department_status_received ON quick_request (department, status, received_at DESC, id DESC);
CREATE INDEX quick_request_assignee ON quick_request (assignee, received_at DESC, id DESC) WHERE assignee IS NOT NULL;
CREATE INDEX quick_request_search ON quick_request USING gin (search);
CREATE INDEX quick_request_received ON quick_request (received_at);
CREATE INDEX quick_request_answered ON quick_request (answered_at) WHERE anonymised_at IS NULL AND answered_at IS NOT NULL;

-- The case a request became: the case names its request too, so that its view says where it came from.
ALTER TABLE case_file ADD COLUMN from_request uuid;

-- The activity indicators count accompanied cases and installations on the day they happened.
CREATE INDEX case_file_qualified ON case_file (qualified_at) WHERE qualified_at IS NOT NULL;
CREATE INDEX case_file_installed ON case_file (installed_at) WHERE installed_at IS NOT NULL;
