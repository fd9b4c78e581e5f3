CREATE TABLE region (
    code varchar(3) PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE department (
    code        varchar(3) PRIMARY KEY,
    name        text       NOT NULL,
    region_code varchar(3) NOT NULL REFERENCES region (code)
);

CREATE TABLE commune (
    insee           varchar(5) PRIMARY KEY,
    name            text       NOT NULL,
    department_code varchar(3) NOT NULL REFERENCES department (code),
    population      integer,
    name_key        text GENERATED ALWAYS AS (guichet_name_key(name)) STORED
);
CREATE INDEX commune_name_key_prefix ON commune (name_key text_pattern_ops);
CREATE INDEX commune_department ON commune (department_code);

-- Communes merge every year; a former INSEE code still found in old files points to the current one.
CREATE TABLE commune_former_code (
    former_insee varchar(5) NOT NULL,
    insee        varchar(5) NOT NULL REFERENCES commune (insee),
    PRIMARY KEY (former_insee, insee)
);
