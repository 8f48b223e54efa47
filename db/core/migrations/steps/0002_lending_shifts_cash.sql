-- Lendable kinds and items, loans and their settlements, shifts, cash movements.

CREATE TABLE lending_kinds (
    id                    INTEGER PRIMARY KEY,
    code                  TEXT NOT NULL UNIQUE,
    prefix                TEXT NOT NULL UNIQUE,
    name_zh               TEXT NOT NULL,
    name_en               TEXT NOT NULL,
    deposit_fen           INTEGER NOT NULL CHECK (deposit_fen >= 0),
    loan_minutes          INTEGER NOT NULL CHECK (loan_minutes > 0),
    return_before_closing INTEGER NOT NULL DEFAULT 0 CHECK (return_before_closing IN (0, 1)),
    replacement_fen       INTEGER NOT NULL DEFAULT 0 CHECK (replacement_fen >= 0),
    active                INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE TABLE lending_items (
    id             INTEGER PRIMARY KEY,
    kind_id        INTEGER NOT NULL REFERENCES lending_kinds (id),
    code           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    retired_at     TEXT,
    retired_reason TEXT,
    retired_by     INTEGER REFERENCES users (id)
);
CREATE TABLE shifts (
    id             INTEGER PRIMARY KEY,
    desk           TEXT NOT NULL,
    opened_at      TEXT NOT NULL,
    opened_by      INTEGER NOT NULL REFERENCES users (id),
    float_fen      INTEGER NOT NULL CHECK (float_fen >= 0),
    float_counts   TEXT NOT NULL,
    closed_at      TEXT,
    closed_by      INTEGER REFERENCES users (id),
    counted_fen    INTEGER,
    counted_counts TEXT,
    expected_fen   INTEGER,
    difference_fen INTEGER,
    reason         TEXT,
    signed_off_by  INTEGER REFERENCES users (id),
    report_no      TEXT UNIQUE
);
CREATE UNIQUE INDEX shifts_one_open_per_desk ON shifts (desk) WHERE closed_at IS NULL;
CREATE TABLE cash_movements (
    id         INTEGER PRIMARY KEY,
    shift_id   INTEGER NOT NULL REFERENCES shifts (id),
    at         TEXT NOT NULL,
    user_id    INTEGER REFERENCES users (id),
    kind       TEXT NOT NULL,
    method     TEXT NOT NULL CHECK (method IN ('cash','wechat','alipay','card')),
    amount_fen INTEGER NOT NULL,
    ref        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);
CREATE INDEX cash_movements_ref ON cash_movements (ref);
CREATE TABLE loans (
    id             INTEGER PRIMARY KEY,
    slip_no        TEXT NOT NULL UNIQUE,
    item_id        INTEGER NOT NULL REFERENCES lending_items (id),
    borrower_phone TEXT NOT NULL,
    borrower_name  TEXT NOT NULL DEFAULT '',
    deposit_fen    INTEGER NOT NULL CHECK (deposit_fen >= 0),
    method         TEXT NOT NULL CHECK (method IN ('cash','wechat','alipay','card')),
    lent_at        TEXT NOT NULL,
    due_at         TEXT NOT NULL,
    lent_by        INTEGER NOT NULL REFERENCES users (id),
    shift_id       INTEGER REFERENCES shifts (id)
);
CREATE INDEX loans_item ON loans (item_id);
CREATE INDEX loans_due ON loans (due_at);
CREATE INDEX loans_phone ON loans (borrower_phone);
CREATE TABLE loan_settlements (
    id               INTEGER PRIMARY KEY,
    loan_id          INTEGER NOT NULL UNIQUE REFERENCES loans (id),
    at               TEXT NOT NULL,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    condition        TEXT NOT NULL CHECK (condition IN ('good','damaged','lost')),
    refund_fen       INTEGER NOT NULL CHECK (refund_fen >= 0),
    forfeit_fen      INTEGER NOT NULL CHECK (forfeit_fen >= 0),
    extra_charge_fen INTEGER NOT NULL DEFAULT 0 CHECK (extra_charge_fen >= 0),
    reason           TEXT NOT NULL DEFAULT '',
    approved_by      INTEGER REFERENCES users (id),
    shift_id         INTEGER REFERENCES shifts (id)
);

CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash_movements rows are append-only'); END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash_movements rows are append-only'); END;

CREATE TRIGGER loans_no_update BEFORE UPDATE ON loans
BEGIN SELECT RAISE(ABORT, 'loans rows are append-only'); END;
CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
BEGIN SELECT RAISE(ABORT, 'loans rows are append-only'); END;

CREATE TRIGGER loan_settlements_no_update BEFORE UPDATE ON loan_settlements
BEGIN SELECT RAISE(ABORT, 'loan_settlements rows are append-only'); END;
CREATE TRIGGER loan_settlements_no_delete BEFORE DELETE ON loan_settlements
BEGIN SELECT RAISE(ABORT, 'loan_settlements rows are append-only'); END;

CREATE TRIGGER lending_kinds_no_delete BEFORE DELETE ON lending_kinds
BEGIN SELECT RAISE(ABORT, 'lending_kinds rows are never deleted'); END;

CREATE TRIGGER lending_items_no_delete BEFORE DELETE ON lending_items
BEGIN SELECT RAISE(ABORT, 'lending_items rows are never deleted'); END;

CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'shifts rows are never deleted'); END;

CREATE TRIGGER lending_items_stay_retired BEFORE UPDATE ON lending_items
WHEN OLD.retired_at IS NOT NULL OR NEW.code <> OLD.code OR NEW.kind_id <> OLD.kind_id
BEGIN SELECT RAISE(ABORT, 'a retired item stays retired; item numbers never change'); END;
CREATE TRIGGER shifts_closed_never_change BEFORE UPDATE ON shifts
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift never changes'); END;
CREATE TRIGGER shifts_opening_fixed BEFORE UPDATE ON shifts
WHEN NEW.desk <> OLD.desk OR NEW.opened_at <> OLD.opened_at OR NEW.opened_by <> OLD.opened_by
  OR NEW.float_fen <> OLD.float_fen OR NEW.float_counts <> OLD.float_counts
BEGIN SELECT RAISE(ABORT, 'the opening of a shift never changes'); END;
CREATE TRIGGER cash_movements_open_shift BEFORE INSERT ON cash_movements
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift never changes'); END;
CREATE TRIGGER loans_item_free BEFORE INSERT ON loans
WHEN EXISTS (SELECT 1 FROM loans l WHERE l.item_id = NEW.item_id
             AND NOT EXISTS (SELECT 1 FROM loan_settlements s WHERE s.loan_id = l.id))
  OR (SELECT retired_at FROM lending_items WHERE id = NEW.item_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the item is out or retired'); END;
CREATE TRIGGER loan_settlements_balance BEFORE INSERT ON loan_settlements
WHEN NEW.refund_fen + NEW.forfeit_fen <> (SELECT deposit_fen FROM loans WHERE id = NEW.loan_id)
BEGIN SELECT RAISE(ABORT, 'refund and forfeit must add up to the deposit'); END;
