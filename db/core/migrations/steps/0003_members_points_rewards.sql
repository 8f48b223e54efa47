-- Loyalty members and cards, credited receipts, points batches and their uses, reward catalogue,
-- stock and redemptions.

CREATE TABLE members (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    phone       TEXT NOT NULL,
    id_type     TEXT NOT NULL CHECK (id_type IN ('resident','passport','hk_macao','taiwan')),
    id_last4    TEXT NOT NULL CHECK (length(id_last4) <= 4),
    id_hash     TEXT NOT NULL CHECK (length(id_hash) = 64),
    enrolled_at TEXT NOT NULL,
    enrolled_by INTEGER NOT NULL REFERENCES users (id)
);
CREATE UNIQUE INDEX members_phone ON members (phone);
CREATE UNIQUE INDEX members_id_hash ON members (id_hash);
CREATE INDEX members_name_key ON members (name_key, id);
CREATE TABLE member_cards (
    id             INTEGER PRIMARY KEY,
    card_no        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    member_id      INTEGER NOT NULL REFERENCES members (id),
    issued_at      TEXT NOT NULL,
    issued_by      INTEGER NOT NULL REFERENCES users (id),
    replaces_card  INTEGER REFERENCES member_cards (id),
    fee_fen        INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
    fee_method     TEXT,
    fee_receipt_no TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','lost','replaced')),
    lost_at        TEXT,
    lost_by        INTEGER REFERENCES users (id),
    replaced_at    TEXT
);
CREATE INDEX member_cards_member ON member_cards (member_id);
CREATE UNIQUE INDEX member_cards_one_active ON member_cards (member_id) WHERE status = 'active';
CREATE TABLE point_receipts (
    id           INTEGER PRIMARY KEY,
    shop_id      INTEGER NOT NULL REFERENCES shops (id),
    receipt_no   TEXT NOT NULL,
    receipt_date TEXT NOT NULL,
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    member_id    INTEGER NOT NULL REFERENCES members (id),
    card_id      INTEGER NOT NULL REFERENCES member_cards (id),
    at           TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    UNIQUE (shop_id, receipt_no, receipt_date)
);
CREATE TABLE reward_items (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL DEFAULT '',
    points_cost INTEGER NOT NULL CHECK (points_cost > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE redemptions (
    id         INTEGER PRIMARY KEY,
    receipt_no TEXT NOT NULL UNIQUE,
    member_id  INTEGER NOT NULL REFERENCES members (id),
    card_id    INTEGER NOT NULL REFERENCES member_cards (id),
    item_id    INTEGER NOT NULL REFERENCES reward_items (id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    points     INTEGER NOT NULL CHECK (points > 0),
    at         TEXT NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX redemptions_member ON redemptions (member_id);
CREATE TABLE reward_stock (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES reward_items (id),
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    change        INTEGER NOT NULL CHECK (change <> 0),
    reason        TEXT NOT NULL DEFAULT '',
    redemption_id INTEGER REFERENCES redemptions (id)
);
CREATE INDEX reward_stock_item ON reward_stock (item_id);
CREATE TABLE point_entries (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members (id),
    card_id       INTEGER REFERENCES member_cards (id),
    at            TEXT NOT NULL,
    user_id       INTEGER REFERENCES users (id),
    kind          TEXT NOT NULL
                  CHECK (kind IN ('receipt','manual','return','redeem','expire')),
    points        INTEGER NOT NULL CHECK (points <> 0),
    expires_on    TEXT,
    receipt_id    INTEGER REFERENCES point_receipts (id),
    redemption_id INTEGER REFERENCES redemptions (id),
    reason        TEXT NOT NULL DEFAULT '',
    approved_by   INTEGER REFERENCES users (id),
    CHECK ((points > 0) = (kind IN ('receipt','manual'))),
    CHECK ((points > 0) = (expires_on IS NOT NULL))
);
CREATE INDEX point_entries_member ON point_entries (member_id, id);
CREATE INDEX point_entries_receipt ON point_entries (receipt_id);
CREATE UNIQUE INDEX point_entries_one_return ON point_entries (receipt_id) WHERE kind = 'return';
CREATE TABLE point_uses (
    id       INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES point_entries (id),
    batch_id INTEGER NOT NULL REFERENCES point_entries (id),
    points   INTEGER NOT NULL CHECK (points > 0)
);
CREATE INDEX point_uses_batch ON point_uses (batch_id);
CREATE INDEX point_uses_entry ON point_uses (entry_id);

CREATE TRIGGER point_receipts_no_update BEFORE UPDATE ON point_receipts
BEGIN SELECT RAISE(ABORT, 'point_receipts rows are append-only'); END;
CREATE TRIGGER point_receipts_no_delete BEFORE DELETE ON point_receipts
BEGIN SELECT RAISE(ABORT, 'point_receipts rows are append-only'); END;

CREATE TRIGGER point_entries_no_update BEFORE UPDATE ON point_entries
BEGIN SELECT RAISE(ABORT, 'point_entries rows are append-only'); END;
CREATE TRIGGER point_entries_no_delete BEFORE DELETE ON point_entries
BEGIN SELECT RAISE(ABORT, 'point_entries rows are append-only'); END;

CREATE TRIGGER point_uses_no_update BEFORE UPDATE ON point_uses
BEGIN SELECT RAISE(ABORT, 'point_uses rows are append-only'); END;
CREATE TRIGGER point_uses_no_delete BEFORE DELETE ON point_uses
BEGIN SELECT RAISE(ABORT, 'point_uses rows are append-only'); END;

CREATE TRIGGER redemptions_no_update BEFORE UPDATE ON redemptions
BEGIN SELECT RAISE(ABORT, 'redemptions rows are append-only'); END;
CREATE TRIGGER redemptions_no_delete BEFORE DELETE ON redemptions
BEGIN SELECT RAISE(ABORT, 'redemptions rows are append-only'); END;

CREATE TRIGGER reward_stock_no_update BEFORE UPDATE ON reward_stock
BEGIN SELECT RAISE(ABORT, 'reward_stock rows are append-only'); END;
CREATE TRIGGER reward_stock_no_delete BEFORE DELETE ON reward_stock
BEGIN SELECT RAISE(ABORT, 'reward_stock rows are append-only'); END;

CREATE TRIGGER members_no_delete BEFORE DELETE ON members
BEGIN SELECT RAISE(ABORT, 'members rows are never deleted'); END;

CREATE TRIGGER member_cards_no_delete BEFORE DELETE ON member_cards
BEGIN SELECT RAISE(ABORT, 'member_cards rows are never deleted'); END;

CREATE TRIGGER reward_items_no_delete BEFORE DELETE ON reward_items
BEGIN SELECT RAISE(ABORT, 'reward_items rows are never deleted'); END;

CREATE TRIGGER member_cards_fixed BEFORE UPDATE ON member_cards
WHEN NEW.card_no <> OLD.card_no OR NEW.member_id <> OLD.member_id
  OR NEW.issued_at <> OLD.issued_at OR NEW.fee_fen <> OLD.fee_fen
BEGIN SELECT RAISE(ABORT, 'a card number and its issue never change'); END;
CREATE TRIGGER member_cards_status_forward BEFORE UPDATE OF status ON member_cards
WHEN OLD.status = 'replaced' OR (OLD.status = 'lost' AND NEW.status = 'active')
BEGIN SELECT RAISE(ABORT, 'a lost or replaced card never comes back'); END;
CREATE TRIGGER point_uses_within_batch BEFORE INSERT ON point_uses
WHEN (SELECT kind FROM point_entries WHERE id = NEW.batch_id) NOT IN ('receipt','manual')
  OR NEW.points > (SELECT points FROM point_entries WHERE id = NEW.batch_id)
     - (SELECT coalesce(sum(points), 0) FROM point_uses WHERE batch_id = NEW.batch_id)
BEGIN SELECT RAISE(ABORT, 'a points batch is never overdrawn'); END;
CREATE TRIGGER reward_stock_not_negative AFTER INSERT ON reward_stock
WHEN (SELECT sum(change) FROM reward_stock WHERE item_id = NEW.item_id) < 0
BEGIN SELECT RAISE(ABORT, 'stock never goes below zero'); END;
