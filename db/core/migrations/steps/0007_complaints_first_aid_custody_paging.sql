-- Complaint cases with their flow (transitions table + triggers) and steps; first-aid medicines
-- and stock moves; custody items; paging details.

CREATE TABLE complaint_cases (
    id                INTEGER PRIMARY KEY,
    case_no           TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('complaint','suggestion','praise')),
    form              TEXT NOT NULL CHECK (form IN ('oral','written')),
    channel           TEXT NOT NULL,
    phone             TEXT NOT NULL,
    name              TEXT NOT NULL DEFAULT '',
    shop_id           INTEGER REFERENCES shops (id),
    area              TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL,
    text              TEXT NOT NULL,
    scan              BLOB,
    opened_at         TEXT NOT NULL,
    due_at            TEXT NOT NULL,
    opened_by         INTEGER REFERENCES users (id),
    status            TEXT NOT NULL DEFAULT 'new',
    forwarded_to      TEXT NOT NULL DEFAULT '',
    first_response_at TEXT,
    resolved_at       TEXT,
    closed_at         TEXT,
    reached           INTEGER CHECK (reached IN (0, 1)),
    satisfaction      INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    followup_comment  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_cases_phone ON complaint_cases (phone, opened_at);
CREATE INDEX complaint_cases_opened ON complaint_cases (opened_at);
CREATE INDEX complaint_cases_status ON complaint_cases (status, due_at);
CREATE TABLE complaint_transitions (
    status_from TEXT NOT NULL,
    status_to   TEXT NOT NULL,
    PRIMARY KEY (status_from, status_to)
) WITHOUT ROWID;
INSERT INTO complaint_transitions VALUES
    ('new','forwarded'), ('forwarded','in_progress'), ('in_progress','resolved'),
    ('resolved','followed_up'), ('followed_up','closed');
CREATE TABLE complaint_steps (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES complaint_cases (id),
    status_from TEXT NOT NULL,
    status_to   TEXT NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_steps_case ON complaint_steps (case_id, id);
CREATE TRIGGER complaint_cases_new_only BEFORE INSERT ON complaint_cases
WHEN NEW.status <> 'new'
BEGIN SELECT RAISE(ABORT, 'a case starts as new'); END;
CREATE TRIGGER complaint_cases_flow BEFORE UPDATE OF status ON complaint_cases
WHEN NEW.status <> OLD.status AND NOT EXISTS (
    SELECT 1 FROM complaint_transitions WHERE status_from = OLD.status AND status_to = NEW.status)
BEGIN SELECT RAISE(ABORT, 'this step is outside the complaint flow'); END;
CREATE TRIGGER complaint_cases_record_fixed BEFORE UPDATE OF
    case_no, kind, form, channel, phone, name, category, text, opened_at, due_at, opened_by
ON complaint_cases
BEGIN SELECT RAISE(ABORT, 'the recorded case does not change'); END;
CREATE TRIGGER complaint_steps_in_flow BEFORE INSERT ON complaint_steps
WHEN NOT EXISTS (SELECT 1 FROM complaint_transitions
                 WHERE status_from = NEW.status_from AND status_to = NEW.status_to)
  OR NEW.status_from <> (SELECT status FROM complaint_cases WHERE id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'this step is outside the complaint flow'); END;
CREATE TRIGGER complaint_cases_no_delete BEFORE DELETE ON complaint_cases
BEGIN SELECT RAISE(ABORT, 'complaint_cases rows are never deleted'); END;
CREATE TRIGGER complaint_steps_no_update BEFORE UPDATE ON complaint_steps
BEGIN SELECT RAISE(ABORT, 'complaint_steps rows are append-only'); END;
CREATE TRIGGER complaint_steps_no_delete BEFORE DELETE ON complaint_steps
BEGIN SELECT RAISE(ABORT, 'complaint_steps rows are append-only'); END;
CREATE TRIGGER complaint_transitions_fixed_u BEFORE UPDATE ON complaint_transitions
BEGIN SELECT RAISE(ABORT, 'the complaint flow is fixed'); END;
CREATE TRIGGER complaint_transitions_fixed_d BEFORE DELETE ON complaint_transitions
BEGIN SELECT RAISE(ABORT, 'the complaint flow is fixed'); END;
CREATE TRIGGER complaint_transitions_fixed_i BEFORE INSERT ON complaint_transitions
BEGIN SELECT RAISE(ABORT, 'the complaint flow is fixed'); END;

CREATE TABLE medicines (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('internal','external','equipment')),
    unit       TEXT NOT NULL DEFAULT '',
    low_stock  INTEGER NOT NULL DEFAULT 0 CHECK (low_stock >= 0),
    expires_on TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE TABLE medicine_moves (
    id          INTEGER PRIMARY KEY,
    medicine_id INTEGER NOT NULL REFERENCES medicines (id),
    kind        TEXT NOT NULL CHECK (kind IN ('restock','use','discard')),
    change      INTEGER NOT NULL CHECK (change <> 0),
    expires_on  TEXT,
    for_whom    TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    CHECK ((kind = 'restock') = (change > 0))
);
CREATE INDEX medicine_moves_medicine ON medicine_moves (medicine_id, id);
CREATE INDEX medicine_moves_at ON medicine_moves (at);
CREATE TRIGGER medicine_stock_not_negative AFTER INSERT ON medicine_moves
WHEN (SELECT sum(change) FROM medicine_moves WHERE medicine_id = NEW.medicine_id) < 0
BEGIN SELECT RAISE(ABORT, 'medicine stock never goes below zero'); END;
CREATE TRIGGER medicines_no_delete BEFORE DELETE ON medicines
BEGIN SELECT RAISE(ABORT, 'medicines rows are never deleted'); END;
CREATE TRIGGER medicine_moves_no_update BEFORE UPDATE ON medicine_moves
BEGIN SELECT RAISE(ABORT, 'medicine_moves rows are append-only'); END;
CREATE TRIGGER medicine_moves_no_delete BEFORE DELETE ON medicine_moves
BEGIN SELECT RAISE(ABORT, 'medicine_moves rows are append-only'); END;

CREATE TABLE custody_items (
    id            INTEGER PRIMARY KEY,
    description   TEXT NOT NULL,
    quantity      INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    owner_kind    TEXT NOT NULL CHECK (owner_kind IN ('department','supplier','customer')),
    held_for      TEXT NOT NULL,
    left_by       TEXT NOT NULL,
    left_phone    TEXT NOT NULL DEFAULT '',
    storage       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL,
    received_by   INTEGER REFERENCES users (id),
    picked_up_at  TEXT,
    picked_up_by  TEXT,
    released_by   INTEGER REFERENCES users (id)
);
CREATE INDEX custody_items_open ON custody_items (picked_up_at, id);
CREATE TRIGGER custody_items_no_delete BEFORE DELETE ON custody_items
BEGIN SELECT RAISE(ABORT, 'custody_items rows are never deleted'); END;
CREATE TRIGGER custody_items_pickup_once BEFORE UPDATE ON custody_items
WHEN OLD.picked_up_at IS NOT NULL
  OR NEW.description IS NOT OLD.description OR NEW.quantity IS NOT OLD.quantity
  OR NEW.owner_kind IS NOT OLD.owner_kind OR NEW.held_for IS NOT OLD.held_for
  OR NEW.left_by IS NOT OLD.left_by OR NEW.left_phone IS NOT OLD.left_phone
  OR NEW.received_at IS NOT OLD.received_at OR NEW.received_by IS NOT OLD.received_by
BEGIN SELECT RAISE(ABORT, 'a custody record is only completed once by its pick-up'); END;

CREATE TABLE paging_details (
    broadcast_id     INTEGER PRIMARY KEY REFERENCES broadcasts (id),
    kind             TEXT NOT NULL CHECK (kind IN ('person','item','notice')),
    meet_at          TEXT NOT NULL DEFAULT '',
    interval_minutes INTEGER NOT NULL DEFAULT 0 CHECK (interval_minutes >= 0)
);
CREATE TRIGGER paging_details_no_update BEFORE UPDATE ON paging_details
BEGIN SELECT RAISE(ABORT, 'paging_details rows are append-only'); END;
CREATE TRIGGER paging_details_no_delete BEFORE DELETE ON paging_details
BEGIN SELECT RAISE(ABORT, 'paging_details rows are append-only'); END;
