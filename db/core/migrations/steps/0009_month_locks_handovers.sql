-- Month locks as lock/unlock events (append-only); income hand-overs to finance, one numbered
-- voucher per business day with its figures.

CREATE TABLE month_locks (
    id      INTEGER PRIMARY KEY,
    month   TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    action  TEXT NOT NULL CHECK (action IN ('lock','unlock')),
    at      TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    reason  TEXT NOT NULL DEFAULT '',
    CHECK (action = 'lock' OR length(trim(reason)) > 0)
);
CREATE INDEX month_locks_month ON month_locks (month, id);
CREATE TABLE handovers (
    id            INTEGER PRIMARY KEY,
    handover_no   TEXT NOT NULL UNIQUE,
    business_date TEXT NOT NULL UNIQUE,
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    figures       TEXT NOT NULL
);

CREATE TRIGGER month_locks_no_update BEFORE UPDATE ON month_locks
BEGIN SELECT RAISE(ABORT, 'month_locks rows are append-only'); END;
CREATE TRIGGER month_locks_no_delete BEFORE DELETE ON month_locks
BEGIN SELECT RAISE(ABORT, 'month_locks rows are append-only'); END;

CREATE TRIGGER handovers_no_update BEFORE UPDATE ON handovers
BEGIN SELECT RAISE(ABORT, 'handovers rows are append-only'); END;
CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
BEGIN SELECT RAISE(ABORT, 'handovers rows are append-only'); END;
