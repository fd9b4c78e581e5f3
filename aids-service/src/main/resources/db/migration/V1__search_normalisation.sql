-- Accent- and case-insensitive search keys, computed by the database so that every writer
-- (migrations, importers, the service) produces the same key. Declared IMMUTABLE so that they can
-- feed generated columns and expression indexes.
CREATE FUNCTION guichet_unaccent(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT translate(
        replace(replace(lower(input), 'œ', 'oe'), 'æ', 'ae'),
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ',
        'aaaaaaceeeeiiiinooooouuuuyy')
$$;

-- Name key for prefix search: "Saint-Étienne-du-Rouvray" -> "saint etienne du rouvray".
CREATE FUNCTION guichet_name_key(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT btrim(regexp_replace(guichet_unaccent(input), '[^a-z0-9]+', ' ', 'g'))
$$;
