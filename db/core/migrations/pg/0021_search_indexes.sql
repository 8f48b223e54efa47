-- Search with PostgreSQL's own tools, and the lost reports' status index of SQLite's step 21.
-- A search term of 3+ characters is a case-insensitive substring (ILIKE '%term%'), which
-- pg_trgm's GIN trigram indexes serve (the server rechecks each row, so a term the index
-- cannot cut into trigrams still finds exactly what SQLite's search finds); terms of 1-2
-- characters go on to the gram tables (found_grams, lost_grams) or a plain condition, as on
-- SQLite. pg_trgm is a trusted extension: the schema's owner may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS lost_reports_status_id ON lost_reports (status, id);

-- found items and lost reports: the bodies searched for each long term
CREATE INDEX IF NOT EXISTS found_fts_body_trgm ON found_fts USING gin (body gin_trgm_ops);
CREATE INDEX IF NOT EXISTS lost_fts_body_trgm ON lost_fts USING gin (body gin_trgm_ops);

-- the floor guide's index text (shops and facilities, every term a substring)
CREATE INDEX IF NOT EXISTS directory_index_haystack_trgm
    ON directory_index USING gin (haystack gin_trgm_ops);

-- a visitor by the last digits of a phone: each module's phone column, a substring at its end
CREATE INDEX IF NOT EXISTS members_phone_trgm ON members USING gin (phone gin_trgm_ops);
CREATE INDEX IF NOT EXISTS loans_borrower_phone_trgm ON loans USING gin (borrower_phone gin_trgm_ops);
CREATE INDEX IF NOT EXISTS lost_reports_contact_phone_trgm
    ON lost_reports USING gin (contact_phone gin_trgm_ops);
CREATE INDEX IF NOT EXISTS complaint_cases_phone_trgm
    ON complaint_cases USING gin (phone gin_trgm_ops);
