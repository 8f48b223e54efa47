"""Ordered schema migrations. Append-only: never edit a step that has shipped.

The schema version is SQLite's `user_version`; each step runs in one transaction together
with the version bump, so a failing step leaves the file exactly as it was.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from db.directory import guide as directory_schema
from db.core.connection import backup_to, connect
from db.lost_found.lost_found import SCHEMA as LOST_FOUND_V4
from db.invoices import invoices as invoices_schema
from db.sales import sales as sales_schema
from db.complaints import cases as complaints_schema
from db.care import custody as custody_schema
from db.care import first_aid as first_aid_schema
from db.care import paging as paging_schema
from db.finance import finance as finance_schema
from db.dashboard import figures as dashboard_schema

APPLICATION_ID = 0x46444553  # "FDES": marks the file as a Front Desk database


@dataclass(frozen=True)
class Migration:
    version: int
    doc: str
    sql: str


class NewerDatabaseError(Exception):
    def __init__(self, found: int, supported: int):
        super().__init__(f"database schema {found} is newer than this program ({supported})")
        self.found, self.supported = found, supported


class ForeignDatabaseError(Exception):
    """The file is an SQLite database of some other program."""


class MigrationError(Exception):
    def __init__(self, version: int, cause: Exception):
        super().__init__(f"migration {version} failed: {cause}")
        self.version, self.cause = version, cause


APPEND_ONLY = """
CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END;
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END;
"""

NO_DELETE = """
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are never deleted'); END;
"""

V1 = (
    """
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
"""
    + APPEND_ONLY.format(t="audit_log")
    + APPEND_ONLY.format(t="document_prints")
    + NO_DELETE.format(t="users")
    + NO_DELETE.format(t="shops")
    + """
CREATE TRIGGER document_counters_no_delete BEFORE DELETE ON document_counters
BEGIN SELECT RAISE(ABORT, 'document numbers are never given back'); END;
CREATE TRIGGER document_counters_only_up BEFORE UPDATE ON document_counters
WHEN NEW.last_number <> OLD.last_number + 1
BEGIN SELECT RAISE(ABORT, 'document numbers move up by one'); END;
"""
)


V2 = (
    """
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
"""
    + APPEND_ONLY.format(t="cash_movements")
    + APPEND_ONLY.format(t="loans")
    + APPEND_ONLY.format(t="loan_settlements")
    + NO_DELETE.format(t="lending_kinds")
    + NO_DELETE.format(t="lending_items")
    + NO_DELETE.format(t="shifts")
    + """
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
"""
)


V3 = (
    """
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
"""
    + APPEND_ONLY.format(t="point_receipts")
    + APPEND_ONLY.format(t="point_entries")
    + APPEND_ONLY.format(t="point_uses")
    + APPEND_ONLY.format(t="redemptions")
    + APPEND_ONLY.format(t="reward_stock")
    + NO_DELETE.format(t="members")
    + NO_DELETE.format(t="member_cards")
    + NO_DELETE.format(t="reward_items")
    + """
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
"""
)

MIGRATIONS: list[Migration] = [
    Migration(1, "Site settings, users, audit trail, document numbers and prints, shops.", V1),
    Migration(2, "Lendable kinds and items, loans and their settlements, shifts, cash movements.",
              V2),
    Migration(3, "Loyalty members and cards, credited receipts, points batches and their uses,"
              " reward catalogue, stock and redemptions.", V3),
    Migration(4, "Lost and found: found items, lost reports, links, claims, hand-overs and"
              " disposals, the broadcast log, and the search index (trigram + short grams).",
              LOST_FOUND_V4),
    Migration(5, "Shop directory details, facilities and search index; desk answers;"
              " inquiry tally.", directory_schema.MIGRATION_SQL),
    Migration(7, "Complaint cases with their flow (transitions table + triggers) and steps;"
              " first-aid medicines and stock moves; custody items; paging details.",
              complaints_schema.SCHEMA + first_aid_schema.SCHEMA + custody_schema.SCHEMA
              + paging_schema.SCHEMA),
    Migration(6, "Paid services: price list with price history, sales with lines and voids;"
              " invoices with lines, source receipts, voids and red-letter credits.",
              sales_schema.SCHEMA + invoices_schema.SCHEMA
              + "".join(APPEND_ONLY.format(t=t) for t in sales_schema.APPEND_ONLY_TABLES
                        + invoices_schema.APPEND_ONLY_TABLES)),
    Migration(8, "Member erasure on request: when and by whom; an erased member stays erased"
              " and earns, redeems or gets a card no more.", """
ALTER TABLE members ADD COLUMN erased_at TEXT;
ALTER TABLE members ADD COLUMN erased_by INTEGER REFERENCES users (id);
CREATE TRIGGER members_erased_fixed BEFORE UPDATE ON members WHEN OLD.erased_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an erased member stays erased'); END;
CREATE TRIGGER point_entries_not_erased BEFORE INSERT ON point_entries
WHEN NEW.kind IN ('receipt','manual','redeem')
  AND (SELECT erased_at FROM members WHERE id = NEW.member_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an erased member takes no new points'); END;
CREATE TRIGGER member_cards_not_erased BEFORE INSERT ON member_cards
WHEN (SELECT erased_at FROM members WHERE id = NEW.member_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an erased member gets no new card'); END;
"""),
    Migration(9, "Month locks as lock/unlock events (append-only); income hand-overs to"
              " finance, one numbered voucher per business day with its figures.",
              finance_schema.SCHEMA + "".join(APPEND_ONLY.format(t=t)
                                              for t in finance_schema.APPEND_ONLY_TABLES)),
    Migration(10, "Indexes for the dashboard's day ranges and the visitor search by phone.",
              dashboard_schema.INDEXES),
    Migration(11, "Audit checkpoint: the last audit row a full walk of the chain found sound,"
              " sealed with its own hash, so start-up walks only the rows after it.", """
CREATE TABLE audit_checkpoint (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_id     INTEGER NOT NULL CHECK (last_id >= 0),
    last_hash   TEXT NOT NULL,
    verified_at TEXT NOT NULL,
    seal        TEXT NOT NULL
);
"""),
]

LATEST = max(m.version for m in MIGRATIONS)


def split_statements(sql: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf.strip()[:60]}")
    return statements


def schema_version(path: str | Path) -> int:
    db = connect(path)
    try:
        return db.conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def _check_ours(conn: sqlite3.Connection) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        raise ForeignDatabaseError(str(conn))


def migrate(path: str | Path, migrations: list[Migration] | None = None) -> Path | None:
    """Bring the file up to the latest schema. Returns the backup copy taken, if any."""
    steps = sorted(migrations if migrations is not None else MIGRATIONS, key=lambda m: m.version)
    latest = steps[-1].version
    db = connect(path)
    conn = db.conn
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if current > latest:
            raise NewerDatabaseError(current, latest)
        if current == 0:
            _check_ours(conn)
        pending = [m for m in steps if m.version > current]
        if not pending:
            return None
        backup = None
        if current > 0:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            backup = backup_to(db, Path(path).with_name(f"{Path(path).name}.v{current}-{stamp}.bak"))
        for step in pending:
            _apply(conn, step)
        return backup
    finally:
        db.close()


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_statements(step.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
        conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(step.version, exc) from exc
