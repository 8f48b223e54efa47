-- Blind close and claim attempts: every cash count of a shift is kept (the first and each
-- recount, with the expected figure it was compared to), and every check of a found item's
-- hidden detail is kept, so wrong answers count toward a limit that only a supervisor lifts.

CREATE TABLE shift_counts (
    id               INTEGER PRIMARY KEY,
    shift_id         INTEGER NOT NULL REFERENCES shifts (id),
    seq              INTEGER NOT NULL CHECK (seq >= 1),
    counted_at       TEXT NOT NULL,
    counted_by       INTEGER NOT NULL REFERENCES users (id),
    counted_fen      INTEGER NOT NULL CHECK (counted_fen >= 0),
    counted_counts   TEXT NOT NULL,
    expected_fen     INTEGER NOT NULL,
    last_movement_id INTEGER NOT NULL DEFAULT 0,
    UNIQUE (shift_id, seq)
);
CREATE TRIGGER shift_counts_no_update BEFORE UPDATE ON shift_counts
BEGIN SELECT RAISE(ABORT, 'shift_counts rows are append-only'); END;
CREATE TRIGGER shift_counts_no_delete BEFORE DELETE ON shift_counts
BEGIN SELECT RAISE(ABORT, 'shift_counts rows are append-only'); END;
CREATE TRIGGER shift_counts_open_shift BEFORE INSERT ON shift_counts
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift never changes'); END;

CREATE TABLE found_item_claim_attempts (
    id            INTEGER PRIMARY KEY,
    found_item_id INTEGER NOT NULL REFERENCES found_items (id),
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    via           TEXT NOT NULL CHECK (via IN ('check', 'claim')),
    agrees        INTEGER NOT NULL CHECK (agrees IN (0, 1))
);
CREATE INDEX found_item_claim_attempts_item ON found_item_claim_attempts (found_item_id);
CREATE TABLE found_item_claim_releases (
    id            INTEGER PRIMARY KEY,
    found_item_id INTEGER NOT NULL REFERENCES found_items (id),
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    released_by   INTEGER NOT NULL REFERENCES users (id),
    reason        TEXT NOT NULL CHECK (length(reason) > 0),
    CHECK (released_by <> user_id)
);
CREATE INDEX found_item_claim_releases_item ON found_item_claim_releases (found_item_id);
CREATE TRIGGER found_item_claim_attempts_no_update BEFORE UPDATE ON found_item_claim_attempts
BEGIN SELECT RAISE(ABORT, 'found_item_claim_attempts rows are append-only'); END;
CREATE TRIGGER found_item_claim_attempts_no_delete BEFORE DELETE ON found_item_claim_attempts
BEGIN SELECT RAISE(ABORT, 'found_item_claim_attempts rows are append-only'); END;
CREATE TRIGGER found_item_claim_releases_no_update BEFORE UPDATE ON found_item_claim_releases
BEGIN SELECT RAISE(ABORT, 'found_item_claim_releases rows are append-only'); END;
CREATE TRIGGER found_item_claim_releases_no_delete BEFORE DELETE ON found_item_claim_releases
BEGIN SELECT RAISE(ABORT, 'found_item_claim_releases rows are append-only'); END;
