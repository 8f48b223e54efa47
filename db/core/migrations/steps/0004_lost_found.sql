-- Lost and found: found items, lost reports, links, claims, hand-overs and disposals, the
-- broadcast log, and the search index (trigram + short grams).

CREATE TABLE found_items (
    id                INTEGER PRIMARY KEY,
    tag_no            TEXT NOT NULL UNIQUE,
    category          TEXT NOT NULL,
    description       TEXT NOT NULL,
    colour            TEXT NOT NULL DEFAULT '',
    brand             TEXT NOT NULL DEFAULT '',
    quantity          INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    found_place       TEXT NOT NULL,
    found_at          TEXT NOT NULL,
    finder_kind       TEXT NOT NULL CHECK (finder_kind IN ('staff', 'customer')),
    finder_name       TEXT NOT NULL DEFAULT '',
    finder_phone      TEXT NOT NULL DEFAULT '',
    storage           TEXT NOT NULL DEFAULT '',
    hidden_detail     TEXT NOT NULL CHECK (length(hidden_detail) > 0),
    photo             BLOB,
    cash_fen          INTEGER CHECK (cash_fen IS NULL OR cash_fen > 0),
    cash_confirmed_by INTEGER REFERENCES users (id),
    registered_at     TEXT NOT NULL,
    registered_by     INTEGER NOT NULL REFERENCES users (id),
    status            TEXT NOT NULL DEFAULT 'held'
                      CHECK (status IN ('held', 'claimed', 'police', 'disposed')),
    closed_at         TEXT,
    CHECK (cash_fen IS NULL OR (cash_confirmed_by IS NOT NULL
                                AND cash_confirmed_by <> registered_by))
);
CREATE INDEX found_items_status ON found_items (status, found_at);
CREATE INDEX found_items_found_at ON found_items (found_at);
CREATE TABLE lost_reports (
    id            INTEGER PRIMARY KEY,
    report_no     TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL,
    colour        TEXT NOT NULL DEFAULT '',
    lost_place    TEXT NOT NULL DEFAULT '',
    lost_from     TEXT NOT NULL,
    lost_to       TEXT NOT NULL,
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL,
    reported_at   TEXT NOT NULL,
    reported_by   INTEGER NOT NULL REFERENCES users (id),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'found', 'closed'))
);
CREATE INDEX lost_reports_status ON lost_reports (status, lost_to);
CREATE TABLE lost_found_links (
    id             INTEGER PRIMARY KEY,
    lost_report_id INTEGER NOT NULL REFERENCES lost_reports (id),
    found_item_id  INTEGER NOT NULL REFERENCES found_items (id),
    linked_at      TEXT NOT NULL,
    linked_by      INTEGER NOT NULL REFERENCES users (id),
    UNIQUE (lost_report_id, found_item_id)
);
CREATE INDEX lost_found_links_item ON lost_found_links (found_item_id);
CREATE TABLE found_item_claims (
    id                    INTEGER PRIMARY KEY,
    receipt_no            TEXT NOT NULL UNIQUE,
    found_item_id         INTEGER NOT NULL UNIQUE REFERENCES found_items (id),
    claimant_name         TEXT NOT NULL CHECK (length(claimant_name) > 0),
    id_type               TEXT NOT NULL,
    id_last4              TEXT NOT NULL CHECK (length(id_last4) = 4),
    id_length             INTEGER NOT NULL,
    phone                 TEXT NOT NULL,
    description           TEXT NOT NULL,
    detail_matched        INTEGER NOT NULL CHECK (detail_matched = 1),
    description_confirmed INTEGER NOT NULL CHECK (description_confirmed = 1),
    signature_png         BLOB NOT NULL CHECK (length(signature_png) > 0),
    claimed_at            TEXT NOT NULL,
    clerk_id              INTEGER NOT NULL REFERENCES users (id)
);
CREATE TABLE found_item_outcomes (
    id            INTEGER PRIMARY KEY,
    found_item_id INTEGER NOT NULL UNIQUE REFERENCES found_items (id),
    kind          TEXT NOT NULL CHECK (kind IN ('police', 'disposed')),
    officer       TEXT NOT NULL DEFAULT '',
    station       TEXT NOT NULL DEFAULT '',
    method        TEXT NOT NULL DEFAULT '',
    witness       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    CHECK ((kind = 'police' AND officer <> '' AND station <> '')
           OR (kind = 'disposed' AND method <> '' AND witness <> ''))
);
CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    text_zh      TEXT NOT NULL,
    text_en      TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL DEFAULT '',
    repeats      INTEGER NOT NULL DEFAULT 1 CHECK (repeats > 0),
    user_id      INTEGER REFERENCES users (id)
);
CREATE VIRTUAL TABLE found_fts USING fts5(body, tokenize = 'trigram', content = '');
CREATE VIRTUAL TABLE lost_fts USING fts5(body, tokenize = 'trigram', content = '');
CREATE TABLE found_grams (
    gram TEXT NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (gram, item_id)
) WITHOUT ROWID;
CREATE TABLE lost_grams (
    gram TEXT NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (gram, item_id)
) WITHOUT ROWID;
CREATE TRIGGER found_items_no_delete BEFORE DELETE ON found_items
BEGIN SELECT RAISE(ABORT, 'found items are never deleted'); END;
CREATE TRIGGER lost_reports_no_delete BEFORE DELETE ON lost_reports
BEGIN SELECT RAISE(ABORT, 'lost reports are never deleted'); END;
CREATE TRIGGER found_items_record_fixed BEFORE UPDATE ON found_items
WHEN NEW.tag_no IS NOT OLD.tag_no OR NEW.category IS NOT OLD.category
  OR NEW.description IS NOT OLD.description OR NEW.colour IS NOT OLD.colour
  OR NEW.brand IS NOT OLD.brand OR NEW.quantity IS NOT OLD.quantity
  OR NEW.found_place IS NOT OLD.found_place OR NEW.found_at IS NOT OLD.found_at
  OR NEW.finder_kind IS NOT OLD.finder_kind OR NEW.finder_name IS NOT OLD.finder_name
  OR NEW.finder_phone IS NOT OLD.finder_phone OR NEW.hidden_detail IS NOT OLD.hidden_detail
  OR NEW.photo IS NOT OLD.photo OR NEW.cash_fen IS NOT OLD.cash_fen
  OR NEW.cash_confirmed_by IS NOT OLD.cash_confirmed_by
  OR NEW.registered_at IS NOT OLD.registered_at OR NEW.registered_by IS NOT OLD.registered_by
BEGIN SELECT RAISE(ABORT, 'a found item''s record never changes; only its status and place'); END;
CREATE TRIGGER found_items_status_moves BEFORE UPDATE OF status ON found_items
WHEN NEW.status IS NOT OLD.status
  AND (OLD.status <> 'held' OR NEW.status NOT IN ('claimed', 'police', 'disposed'))
BEGIN SELECT RAISE(ABORT, 'a found item moves only from held to claimed, police or disposed'); END;
CREATE TRIGGER found_items_claim_first BEFORE UPDATE OF status ON found_items
WHEN NEW.status = 'claimed' AND OLD.status = 'held'
  AND NOT EXISTS (SELECT 1 FROM found_item_claims c WHERE c.found_item_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a claim is recorded before the item is released'); END;
CREATE TRIGGER found_items_outcome_first BEFORE UPDATE OF status ON found_items
WHEN NEW.status IN ('police', 'disposed') AND OLD.status = 'held'
  AND NOT EXISTS (SELECT 1 FROM found_item_outcomes o
                  WHERE o.found_item_id = NEW.id AND o.kind = NEW.status)
BEGIN SELECT RAISE(ABORT, 'a hand-over or disposal is recorded before the status moves'); END;
CREATE TRIGGER lost_reports_fixed BEFORE UPDATE ON lost_reports
WHEN NEW.report_no IS NOT OLD.report_no OR NEW.description IS NOT OLD.description
  OR NEW.contact_phone IS NOT OLD.contact_phone OR NEW.reported_at IS NOT OLD.reported_at
  OR OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a lost report never changes, only its status until closed'); END;
CREATE TRIGGER lost_found_links_no_update BEFORE UPDATE ON lost_found_links
BEGIN SELECT RAISE(ABORT, 'lost_found_links rows are append-only'); END;
CREATE TRIGGER lost_found_links_no_delete BEFORE DELETE ON lost_found_links
BEGIN SELECT RAISE(ABORT, 'lost_found_links rows are append-only'); END;
CREATE TRIGGER found_item_claims_no_update BEFORE UPDATE ON found_item_claims
BEGIN SELECT RAISE(ABORT, 'found_item_claims rows are append-only'); END;
CREATE TRIGGER found_item_claims_no_delete BEFORE DELETE ON found_item_claims
BEGIN SELECT RAISE(ABORT, 'found_item_claims rows are append-only'); END;
CREATE TRIGGER found_item_outcomes_no_update BEFORE UPDATE ON found_item_outcomes
BEGIN SELECT RAISE(ABORT, 'found_item_outcomes rows are append-only'); END;
CREATE TRIGGER found_item_outcomes_no_delete BEFORE DELETE ON found_item_outcomes
BEGIN SELECT RAISE(ABORT, 'found_item_outcomes rows are append-only'); END;
CREATE TRIGGER broadcasts_no_update BEFORE UPDATE ON broadcasts
BEGIN SELECT RAISE(ABORT, 'broadcasts rows are append-only'); END;
CREATE TRIGGER broadcasts_no_delete BEFORE DELETE ON broadcasts
BEGIN SELECT RAISE(ABORT, 'broadcasts rows are append-only'); END;
