-- Categories carry the 10-year rule (loi 2023-1268 art. 2, décret 2025-231): after an installation aid
-- of a category, no other aid of the same category for ten years.
CREATE TABLE aid_category (
    code          varchar(40) PRIMARY KEY,
    label         text        NOT NULL,
    ten_year_rule boolean     NOT NULL
);

CREATE TABLE aid (
    code           varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    retired_at     timestamptz,
    retired_by     text,
    retired_reason text
);

-- A version is what the aid is over a period. Versions of one aid never overlap; publishing a new
-- version closes the previous one the day before the new one starts.
CREATE TABLE aid_version (
    id             bigserial PRIMARY KEY,
    aid_code       varchar(40) NOT NULL REFERENCES aid (code),
    version_number integer     NOT NULL,
    valid_from     date        NOT NULL,
    valid_to       date,                     -- last day in force, inclusive; null while open
    label          text        NOT NULL,     -- official French name
    description    text        NOT NULL,
    funder         varchar(30) NOT NULL,
    category       varchar(40) NOT NULL REFERENCES aid_category (code),
    definition     jsonb       NOT NULL,     -- criteria, amount schedule, commitments, incompatibilities, documents
    source_url     text        NOT NULL,
    published_at   timestamptz NOT NULL DEFAULT now(),
    published_by   text        NOT NULL,
    search_vector  tsvector GENERATED ALWAYS AS (
        to_tsvector('french', guichet_unaccent(aid_code || ' ' || label || ' ' || description))) STORED,
    UNIQUE (aid_code, version_number),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX aid_version_validity ON aid_version (valid_from, valid_to);
CREATE INDEX aid_version_search ON aid_version USING gin (search_vector);

INSERT INTO aid_category (code, label, ten_year_rule) VALUES
    ('CONVENTIONAL_INSTALLATION', 'Aides conventionnelles à l''installation (Assurance Maladie)', true),
    ('LOCAL_AUTHORITY_INSTALLATION', 'Aides des collectivités territoriales (CGCT L.1511-8)', true),
    ('TAX_EXEMPTION', 'Exonérations fiscales à l''installation (CGI 44 sexies, 44 quindecies, FRR...)', true),
    ('PRACTICE_TAX_RELIEF', 'Exonérations fiscales liées à l''exercice (CGI 151 ter, permanence des soins)', false),
    ('REGIONAL_INSTALLATION', 'Aides régionales à l''installation (ARS, FIR)', false),
    ('CONVENTIONAL_PRACTICE', 'Aides conventionnelles au maintien et à l''exercice (Assurance Maladie)', false),
    ('INCOME_GUARANTEE', 'Contrats d''exercice avec garantie ou complément de revenu (ARS)', false),
    ('STUDY_CONTRACT', 'Contrats d''engagement pendant les études', false),
    ('STUDENT_ALLOWANCE', 'Indemnités de stage des étudiants et internes', false),
    ('TRAINING_SUPERVISION', 'Rémunérations liées à l''encadrement et à la formation', false);
