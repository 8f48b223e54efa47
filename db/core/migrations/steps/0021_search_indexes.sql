-- Lost reports by status, newest first: the reports page opens on the open reports, newest
-- first; the index on (status, lost_to) made SQLite sort every open report for one page.
-- (On PostgreSQL the same step also adds pg_trgm indexes for substring search.)

CREATE INDEX IF NOT EXISTS lost_reports_status_id ON lost_reports (status, id);
