-- Welcome events held by organisers (department councils, CPTS, ARS...) for students, interns and replacements.
create table welcome_event (
    id uuid primary key,
    version int not null,
    organisation text not null,
    status text not null,
    kind text not null,
    title text not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    department text not null,
    commune_insee text,
    address text,
    online_url text,
    student_years int[] not null,
    intern_specialties text[] not null,
    replacements boolean not null,
    capacity int not null,
    programme text,
    partners text[] not null,
    published_at timestamptz,
    -- when the nightly job erased its registrants' personal data, the retention period after its end
    personal_data_erased_at timestamptz,
    -- when its registrants were mailed the survey link, after its end
    survey_mailed_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint event_dates check (ends_at > starts_at),
    constraint event_capacity check (capacity > 0)
);
-- the public list: published events of a department, by start
create index welcome_event_public on welcome_event (status, department, starts_at, id);
create index welcome_event_organisation on welcome_event (organisation, starts_at);
create index welcome_event_awaiting_survey on welcome_event (ends_at) where survey_mailed_at is null and status = 'PUBLISHED';
create index welcome_event_awaiting_erasure on welcome_event (ends_at) where personal_data_erased_at is null;

-- One person's registration; personal data (names, e-mail, faculty, what helped) is erased after the retention period.
create table registration (
    id uuid primary key,
    event_id uuid not null references welcome_event (id),
    status text not null,
    -- the order on the waiting list; kept after promotion for the record
    waiting_rank bigint,
    first_name text,
    last_name text,
    email text,
    registrant_status text not null,
    faculty text,
    study_year int,
    -- SHA-256 of the registrant's link token (cancellation, survey); the token itself is only in the mail
    token_hash text unique,
    present boolean not null default false,
    registered_at timestamptz not null,
    cancelled_at timestamptz,
    promoted_at timestamptz,
    anonymised_at timestamptz
);
-- one live registration per address and event (checked under the event's lock; this is the safety net)
create unique index registration_one_per_email on registration (event_id, lower(email)) where status <> 'CANCELLED';
create index registration_event on registration (event_id, status, waiting_rank);
create sequence registration_waiting_rank;

create table survey_answer (
    registration_id uuid primary key references registration (id),
    -- the registration's event, so that the answers of an event are read (indicators) and erased without a join
    event_id uuid not null references welcome_event (id),
    score int not null check (score between 1 and 5),
    helped text,
    settling_intention text not null,
    contact_consent boolean not null,
    answered_at timestamptz not null
);
create index survey_answer_event on survey_answer (event_id);

-- The addresses an organiser invited to an event: one invitation per address and event.
create table invitation (
    id bigserial primary key,
    event_id uuid not null references welcome_event (id),
    email text,
    invited_at timestamptz not null
);
create unique index invitation_once on invitation (event_id, lower(email));

-- Mails decided by a transaction and sent after it by MailSender; kept until the SMTP server accepted them.
create table mail_outbox (
    id bigserial primary key,
    recipient text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null,
    next_attempt_at timestamptz not null,
    sent_at timestamptz,
    attempts int not null default 0,
    last_error text
);
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where sent_at is null;
