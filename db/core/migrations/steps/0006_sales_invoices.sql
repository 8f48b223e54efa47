-- Paid services: price list with price history, sales with lines and voids; invoices with lines,
-- source receipts, voids and red-letter credits.

CREATE TABLE price_items (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    unit_zh    TEXT NOT NULL DEFAULT '',
    unit_en    TEXT NOT NULL DEFAULT '',
    sort_key   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE prices (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES price_items (id),
    price_fen  INTEGER NOT NULL CHECK (price_fen >= 0),
    valid_from TEXT NOT NULL,
    user_id    INTEGER REFERENCES users (id)
);
CREATE INDEX prices_item ON prices (item_id, id);
CREATE TABLE sales (
    id           INTEGER PRIMARY KEY,
    receipt_no   TEXT NOT NULL UNIQUE,
    sold_at      TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    shift_id     INTEGER NOT NULL REFERENCES shifts (id),
    method       TEXT NOT NULL CHECK (method IN ('cash','wechat','alipay','card')),
    total_fen    INTEGER NOT NULL CHECK (total_fen > 0),
    tendered_fen INTEGER NOT NULL,
    change_fen   INTEGER NOT NULL CHECK (change_fen >= 0),
    CHECK (tendered_fen = total_fen + change_fen)
);
CREATE INDEX sales_sold_at ON sales (sold_at);
CREATE TABLE sale_lines (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sales (id),
    line_no        INTEGER NOT NULL,
    item_id        INTEGER NOT NULL REFERENCES price_items (id),
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen = quantity * unit_price_fen),
    UNIQUE (sale_id, line_no)
);
CREATE TABLE sale_voids (
    id       INTEGER PRIMARY KEY,
    sale_id  INTEGER NOT NULL UNIQUE REFERENCES sales (id),
    at       TEXT NOT NULL,
    user_id  INTEGER NOT NULL REFERENCES users (id),
    reason   TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    shift_id INTEGER NOT NULL REFERENCES shifts (id)
);
CREATE TRIGGER price_items_code_fixed BEFORE UPDATE ON price_items
WHEN NEW.code <> OLD.code
BEGIN SELECT RAISE(ABORT, 'a price item code never changes'); END;
CREATE TRIGGER price_items_no_delete BEFORE DELETE ON price_items
BEGIN SELECT RAISE(ABORT, 'price_items rows are never deleted'); END;

CREATE TABLE invoices (
    id            INTEGER PRIMARY KEY,
    invoice_no    TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('blue','red')),
    original_id   INTEGER REFERENCES invoices (id),
    issued_at     TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    seller_kind   TEXT NOT NULL CHECK (seller_kind IN ('mall','shop')),
    shop_id       INTEGER REFERENCES shops (id),
    seller_name   TEXT NOT NULL,
    seller_tax_id TEXT NOT NULL DEFAULT '',
    buyer_kind    TEXT NOT NULL CHECK (buyer_kind IN ('person','company')),
    buyer_name    TEXT NOT NULL CHECK (length(trim(buyer_name)) > 0),
    buyer_tax_id  TEXT NOT NULL DEFAULT '',
    e_invoice_no  TEXT CHECK (e_invoice_no IS NULL OR length(e_invoice_no) = 20),
    net_fen       INTEGER NOT NULL,
    tax_fen       INTEGER NOT NULL,
    total_fen     INTEGER NOT NULL CHECK (total_fen = net_fen + tax_fen),
    reason        TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'red') = (original_id IS NOT NULL)),
    CHECK ((kind = 'red') = (total_fen < 0)),
    CHECK ((seller_kind = 'shop') = (shop_id IS NOT NULL)),
    CHECK (buyer_kind = 'person' OR length(buyer_tax_id) = 18)
);
CREATE INDEX invoices_issued_at ON invoices (issued_at);
CREATE INDEX invoices_original ON invoices (original_id);
CREATE UNIQUE INDEX invoices_e_invoice_no ON invoices (e_invoice_no)
    WHERE e_invoice_no IS NOT NULL;
CREATE TABLE invoice_lines (
    id             INTEGER PRIMARY KEY,
    invoice_id     INTEGER NOT NULL REFERENCES invoices (id),
    line_no        INTEGER NOT NULL,
    description    TEXT NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity <> 0),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
    tax_rate       INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    gross_fen      INTEGER NOT NULL CHECK (gross_fen = quantity * unit_price_fen),
    tax_fen        INTEGER NOT NULL,
    net_fen        INTEGER NOT NULL CHECK (gross_fen = net_fen + tax_fen),
    original_line_id INTEGER REFERENCES invoice_lines (id),
    UNIQUE (invoice_id, line_no)
);
CREATE TABLE invoice_sources (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    shop_id    INTEGER REFERENCES shops (id),
    receipt_no TEXT NOT NULL CHECK (length(trim(receipt_no)) > 0),
    released   INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1))
);
CREATE UNIQUE INDEX invoice_sources_once ON invoice_sources (coalesce(shop_id, 0), receipt_no)
    WHERE released = 0;
CREATE INDEX invoice_sources_invoice ON invoice_sources (invoice_id);
CREATE TABLE invoice_voids (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL UNIQUE REFERENCES invoices (id),
    at         TEXT NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE TRIGGER invoice_sources_release_only BEFORE UPDATE ON invoice_sources
WHEN NEW.invoice_id <> OLD.invoice_id OR NEW.shop_id IS NOT OLD.shop_id
  OR NEW.receipt_no <> OLD.receipt_no OR OLD.released = 1
BEGIN SELECT RAISE(ABORT, 'a source receipt is only ever released, once'); END;
CREATE TRIGGER invoice_sources_no_delete BEFORE DELETE ON invoice_sources
BEGIN SELECT RAISE(ABORT, 'invoice_sources rows are never deleted'); END;
CREATE TRIGGER invoices_red_within_original AFTER INSERT ON invoices
WHEN NEW.kind = 'red' AND (SELECT total_fen FROM invoices WHERE id = NEW.original_id) +
  (SELECT sum(r.total_fen) FROM invoices r WHERE r.original_id = NEW.original_id
   AND NOT EXISTS (SELECT 1 FROM invoice_voids v WHERE v.invoice_id = r.id)) < 0
BEGIN SELECT RAISE(ABORT, 'red-letter invoices never exceed the original'); END;

CREATE TRIGGER prices_no_update BEFORE UPDATE ON prices
BEGIN SELECT RAISE(ABORT, 'prices rows are append-only'); END;
CREATE TRIGGER prices_no_delete BEFORE DELETE ON prices
BEGIN SELECT RAISE(ABORT, 'prices rows are append-only'); END;

CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales
BEGIN SELECT RAISE(ABORT, 'sales rows are append-only'); END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
BEGIN SELECT RAISE(ABORT, 'sales rows are append-only'); END;

CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale_lines rows are append-only'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale_lines rows are append-only'); END;

CREATE TRIGGER sale_voids_no_update BEFORE UPDATE ON sale_voids
BEGIN SELECT RAISE(ABORT, 'sale_voids rows are append-only'); END;
CREATE TRIGGER sale_voids_no_delete BEFORE DELETE ON sale_voids
BEGIN SELECT RAISE(ABORT, 'sale_voids rows are append-only'); END;

CREATE TRIGGER invoices_no_update BEFORE UPDATE ON invoices
BEGIN SELECT RAISE(ABORT, 'invoices rows are append-only'); END;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN SELECT RAISE(ABORT, 'invoices rows are append-only'); END;

CREATE TRIGGER invoice_lines_no_update BEFORE UPDATE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'invoice_lines rows are append-only'); END;
CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'invoice_lines rows are append-only'); END;

CREATE TRIGGER invoice_voids_no_update BEFORE UPDATE ON invoice_voids
BEGIN SELECT RAISE(ABORT, 'invoice_voids rows are append-only'); END;
CREATE TRIGGER invoice_voids_no_delete BEFORE DELETE ON invoice_voids
BEGIN SELECT RAISE(ABORT, 'invoice_voids rows are append-only'); END;
