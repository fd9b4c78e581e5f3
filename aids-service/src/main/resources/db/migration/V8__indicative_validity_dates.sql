-- Some versions start (or end) on a date no source gives: the catalogue's best reading (a month, a year,
-- the date of a decree found elsewhere). Say so in the data, so that the API can say so too.
ALTER TABLE aid_version
    ADD COLUMN valid_from_indicative boolean NOT NULL DEFAULT false,
    ADD COLUMN valid_to_indicative   boolean NOT NULL DEFAULT false;
