-- One row per zoning file applied (ARS arrêté import, illustrative seed, mountain/FRR/QPV lists).
CREATE TABLE zoning_import (
    id           bigserial PRIMARY KEY,
    layer        varchar(30)  NOT NULL,          -- PROFESSION_ZONING, MOUNTAIN, FRR, QPV
    profession   varchar(30),                    -- DOCTOR, NURSE, DENTIST, MIDWIFE, PHYSIOTHERAPIST; null for non-professional layers
    valid_from   date         NOT NULL,
    source       text         NOT NULL,
    illustrative boolean      NOT NULL DEFAULT false,
    imported_at  timestamptz  NOT NULL DEFAULT now(),
    imported_by  text         NOT NULL,
    row_count    integer      NOT NULL
);

-- A commune's zone within one layer over a period. Superseded rows are closed (valid_to), never deleted.
CREATE TABLE zone_assignment (
    id         bigserial PRIMARY KEY,
    import_id  bigint      NOT NULL REFERENCES zoning_import (id),
    insee      varchar(5)  NOT NULL REFERENCES commune (insee),
    layer      varchar(30) NOT NULL,
    profession varchar(30),
    zone_code  varchar(30) NOT NULL,             -- as written in the source file, e.g. 1_ZIP
    zone_type  varchar(30) NOT NULL,             -- normalised: ZIP, ZAC, ZAR, ZV, HORS_ZONAGE, TRES_SOUS_DOTEE, ..., MONTAGNE, FRR, FRR_PLUS, QPV
    partial    boolean     NOT NULL DEFAULT false, -- true when only part of the commune is concerned (QPV, partial mountain)
    valid_from date        NOT NULL,
    valid_to   date,                              -- last day in force, inclusive; null while in force
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX zone_assignment_commune ON zone_assignment (insee, valid_from);
CREATE INDEX zone_assignment_open_layer ON zone_assignment (layer, profession) WHERE valid_to IS NULL;
