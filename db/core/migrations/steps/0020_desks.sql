-- Desks: the site's register of counters (a code in canonical form, names in both languages,
-- active or retired, never deleted), started with the main desk and every desk a shift was
-- opened at; income hand-overs belong to a desk, one voucher per desk and business day (a
-- voucher issued before desks were kept covered the whole site: its desk is '').

CREATE TABLE desks (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_zh  TEXT NOT NULL DEFAULT '',
    name_en  TEXT NOT NULL DEFAULT '',
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO desks (code, name_zh, name_en) VALUES ('main', '总服务台', 'Main desk');
INSERT INTO desks (code) SELECT DISTINCT desk FROM shifts WHERE desk <> 'main';

CREATE TRIGGER desks_no_delete BEFORE DELETE ON desks
BEGIN SELECT RAISE(ABORT, 'desks are retired, never deleted'); END;
CREATE TRIGGER desks_code_fixed BEFORE UPDATE ON desks
WHEN NEW.code <> OLD.code
BEGIN SELECT RAISE(ABORT, 'a desk code never changes'); END;

CREATE TABLE handovers_by_desk (
    id            INTEGER PRIMARY KEY,
    handover_no   TEXT NOT NULL UNIQUE,
    desk          TEXT NOT NULL,
    business_date TEXT NOT NULL,
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    figures       TEXT NOT NULL,
    UNIQUE (desk, business_date)
);
INSERT INTO handovers_by_desk (id, handover_no, desk, business_date, at, user_id, figures)
SELECT id, handover_no, '', business_date, at, user_id, figures FROM handovers;
DROP TABLE handovers;
ALTER TABLE handovers_by_desk RENAME TO handovers;
CREATE INDEX handovers_day ON handovers (business_date);

CREATE TRIGGER handovers_no_update BEFORE UPDATE ON handovers
BEGIN SELECT RAISE(ABORT, 'handovers rows are append-only'); END;
CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'handovers' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'handovers rows are only removed by the retention purge'); END;
