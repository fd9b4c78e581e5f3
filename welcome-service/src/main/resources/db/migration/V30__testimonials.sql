-- Testimonials: a professional's story of settling in a territory, written with an organiser of that territory,
-- published only once the person's consent is recorded, withdrawable at any time (then its story is erased).
create table testimonial (
    id uuid primary key,
    version int not null,
    organisation text not null,
    status text not null,
    department text not null,
    commune_insee text not null,
    -- how the person agreed to be named, e.g. "Claire, médecin généraliste"
    author text,
    title text,
    story text,
    video_url text,
    photo_ref text,
    practice_mode text not null,
    settled_year int not null,
    -- codes of aids-service's catalogue, checked there when written
    aid_codes text[] not null,
    consent_recorded_by text,
    consent_recorded_at timestamptz,
    consent_wording_version text,
    photo_consent boolean not null default false,
    -- SHA-256 of the person's withdrawal link token; the token itself is only in the consent's answer and mail
    withdrawal_token_hash text unique,
    published_at timestamptz,
    published_by text,
    withdrawn_at timestamptz,
    withdrawn_by text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    search tsvector generated always as (
        to_tsvector('french', coalesce(title, '') || ' ' || coalesce(story, '') || ' ' || coalesce(author, ''))) stored
);
-- the public list: published testimonials of a department, newest first
create index testimonial_public on testimonial (status, department, published_at desc, id);
create index testimonial_aids on testimonial using gin (aid_codes) where status = 'PUBLISHED';
create index testimonial_search on testimonial using gin (search) where status = 'PUBLISHED';
create index testimonial_organisation on testimonial (organisation, created_at desc);
