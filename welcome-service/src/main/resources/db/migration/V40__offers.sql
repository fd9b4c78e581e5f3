-- Offers published by organisers: jobs, internship places and housing for students, interns and young doctors.
-- (Numbered after part C's V30 and V31: a database already at V31 takes it in order.)

-- Accent-insensitive French full text: "medecins" and "médecins" both find "médecin" (the french stemmer does the
-- plural, this the accents). IMMUTABLE so that it can feed the generated search column.
create function offer_unaccent(input text) returns text
    language sql immutable strict parallel safe as $$
    select translate(replace(replace(lower(input), 'œ', 'oe'), 'æ', 'ae'),
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
$$;

create table offer (
    id uuid primary key,
    version int not null,
    organisation text not null,
    status text not null,
    kind text not null,
    title text not null,
    description text not null,
    department text not null,
    commune_insee text not null,
    -- the commune's centre as aids-service gave it when the offer was written; null if aids-service knows none
    latitude double precision,
    longitude double precision,
    audiences text[] not null,
    published_from date not null,
    expires_on date not null,
    contact jsonb not null,
    -- exactly one, the kind's: its own typed details
    job jsonb,
    internship jsonb,
    housing jsonb,
    published_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    search_text tsvector generated always as (
        setweight(to_tsvector('french', offer_unaccent(title)), 'A')
        || setweight(to_tsvector('french', offer_unaccent(description)), 'B')) stored,
    constraint offer_status check (status in ('DRAFT', 'PUBLISHED', 'FILLED', 'WITHDRAWN')),
    constraint offer_kind check (kind in ('JOB', 'INTERNSHIP', 'HOUSING')),
    constraint offer_dates check (expires_on >= published_from),
    constraint offer_details check ((kind = 'JOB') = (job is not null)
        and (kind = 'INTERNSHIP') = (internship is not null) and (kind = 'HOUSING') = (housing is not null)),
    constraint offer_centre check ((latitude is null) = (longitude is null))
);

-- The public search reads only published offers; each index below serves one of its shapes, newest first.
create index offer_public_recent on offer (published_from desc, id) where status = 'PUBLISHED';
create index offer_public_department on offer (department, published_from desc, id) where status = 'PUBLISHED';
create index offer_public_commune on offer (commune_insee) where status = 'PUBLISHED';
-- around a commune: the bounding box of the radius, then the exact distance on what it holds
create index offer_public_position on offer using gist (point(longitude, latitude))
    where status = 'PUBLISHED' and latitude is not null;
create index offer_public_text on offer using gin (search_text) where status = 'PUBLISHED';
-- an organiser's own offers
create index offer_organisation on offer (organisation, updated_at desc);
