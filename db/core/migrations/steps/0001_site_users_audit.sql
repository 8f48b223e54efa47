-- Site settings, users, audit trail, document numbers and prints, shops.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('clerk','shift_lead','supervisor','admin')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   INTEGER,
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TABLE document_counters (
    series      TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (series, year)
);
CREATE TABLE document_prints (
    id            INTEGER PRIMARY KEY,
    document_kind TEXT NOT NULL,
    document_no   TEXT NOT NULL,
    copy_no       INTEGER NOT NULL CHECK (copy_no >= 0),
    output        TEXT NOT NULL,
    user_id       INTEGER REFERENCES users (id),
    printed_at    TEXT NOT NULL
);
CREATE INDEX document_prints_doc ON document_prints (document_kind, document_no);
CREATE TABLE shops (
    id         INTEGER PRIMARY KEY,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    floor      TEXT NOT NULL DEFAULT '',
    category   TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    tax_id     TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX shops_name_zh ON shops (name_zh);
CREATE INDEX shops_name_en ON shops (name_en COLLATE NOCASE);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log rows are append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log rows are append-only'); END;

CREATE TRIGGER document_prints_no_update BEFORE UPDATE ON document_prints
BEGIN SELECT RAISE(ABORT, 'document_prints rows are append-only'); END;
CREATE TRIGGER document_prints_no_delete BEFORE DELETE ON document_prints
BEGIN SELECT RAISE(ABORT, 'document_prints rows are append-only'); END;

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users rows are never deleted'); END;

CREATE TRIGGER shops_no_delete BEFORE DELETE ON shops
BEGIN SELECT RAISE(ABORT, 'shops rows are never deleted'); END;

CREATE TRIGGER document_counters_no_delete BEFORE DELETE ON document_counters
BEGIN SELECT RAISE(ABORT, 'document numbers are never given back'); END;
CREATE TRIGGER document_counters_only_up BEFORE UPDATE ON document_counters
WHEN NEW.last_number <> OLD.last_number + 1
BEGIN SELECT RAISE(ABORT, 'document numbers move up by one'); END;
