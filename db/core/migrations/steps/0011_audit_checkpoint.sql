-- Audit checkpoint: the last audit row a full walk of the chain found sound, sealed with its own
-- hash, so start-up walks only the rows after it.

CREATE TABLE audit_checkpoint (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_id     INTEGER NOT NULL CHECK (last_id >= 0),
    last_hash   TEXT NOT NULL,
    verified_at TEXT NOT NULL,
    seal        TEXT NOT NULL
);
