-- Invoices match the money and the audit trail is keyed: a purchase receipt on an invoice keeps
-- the amount entered with it (a desk receipt's is its paid total, read from the sale); each
-- audit row gets a MAC under a key kept outside the database file, chained row to row, and the
-- money rows written in its transaction are sealed with it (a digest per table and id range).

ALTER TABLE invoice_sources ADD COLUMN amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen > 0);
CREATE TRIGGER invoice_sources_amount_fixed BEFORE UPDATE OF amount_fen ON invoice_sources
WHEN NEW.amount_fen IS NOT OLD.amount_fen
BEGIN SELECT RAISE(ABORT, 'the amount of a source receipt never changes'); END;

CREATE TABLE audit_macs (
    audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
    mac      TEXT NOT NULL CHECK (length(mac) = 64)
);
CREATE TABLE audit_seals (
    id       INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit_log (id),
    tbl      TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL CHECK (last_id >= first_id),
    digest   TEXT NOT NULL CHECK (length(digest) = 64)
);
CREATE INDEX audit_seals_table ON audit_seals (tbl, last_id);
CREATE INDEX audit_seals_audit ON audit_seals (audit_id);
CREATE TRIGGER audit_macs_no_update BEFORE UPDATE ON audit_macs
BEGIN SELECT RAISE(ABORT, 'audit_macs rows are append-only'); END;
CREATE TRIGGER audit_macs_no_delete BEFORE DELETE ON audit_macs
BEGIN SELECT RAISE(ABORT, 'audit_macs rows are append-only'); END;
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
BEGIN SELECT RAISE(ABORT, 'audit_seals rows are append-only'); END;
CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
BEGIN SELECT RAISE(ABORT, 'audit_seals rows are append-only'); END;
