-- Retention: records past their retention are archived, then purged, and stored phones are
-- masked; only the purge may delete ledger rows (a grant row it writes and removes inside its
-- own transaction, naming the table and the time before which rows may go), and a phone may
-- only ever be replaced by its own mask, by the same grant.

CREATE TABLE retention_grants (
    tbl       TEXT PRIMARY KEY,
    before_at TEXT NOT NULL
);
CREATE TABLE purges (
    id          INTEGER PRIMARY KEY,
    until_month TEXT NOT NULL CHECK (until_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    cutoff_at   TEXT NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    archives    TEXT NOT NULL,
    summary     TEXT NOT NULL
);
CREATE TABLE purged_ranges (
    id       INTEGER PRIMARY KEY,
    purge_id INTEGER NOT NULL REFERENCES purges (id),
    tbl      TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL CHECK (last_id >= first_id)
);
CREATE INDEX purged_ranges_table ON purged_ranges (tbl, first_id);
CREATE TRIGGER purges_no_update BEFORE UPDATE ON purges
BEGIN SELECT RAISE(ABORT, 'purges rows are append-only'); END;
CREATE TRIGGER purges_no_delete BEFORE DELETE ON purges
BEGIN SELECT RAISE(ABORT, 'purges rows are append-only'); END;
CREATE TRIGGER purged_ranges_no_update BEFORE UPDATE ON purged_ranges
BEGIN SELECT RAISE(ABORT, 'purged_ranges rows are append-only'); END;
CREATE TRIGGER purged_ranges_no_delete BEFORE DELETE ON purged_ranges
BEGIN SELECT RAISE(ABORT, 'purged_ranges rows are append-only'); END;

DROP TRIGGER shifts_no_delete;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'shifts' AND OLD.opened_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'shifts rows are only removed by the retention purge'); END;

DROP TRIGGER cash_movements_no_delete;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'cash_movements' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'cash_movements rows are only removed by the retention purge'); END;

DROP TRIGGER shift_counts_no_delete;
CREATE TRIGGER shift_counts_no_delete BEFORE DELETE ON shift_counts
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'shift_counts' AND OLD.counted_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'shift_counts rows are only removed by the retention purge'); END;

DROP TRIGGER sales_no_delete;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'sales' AND OLD.sold_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'sales rows are only removed by the retention purge'); END;

DROP TRIGGER sale_lines_no_delete;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'sale_lines' AND (SELECT sold_at FROM sales WHERE id = OLD.sale_id) < g.before_at)
BEGIN SELECT RAISE(ABORT, 'sale_lines rows are only removed by the retention purge'); END;

DROP TRIGGER sale_voids_no_delete;
CREATE TRIGGER sale_voids_no_delete BEFORE DELETE ON sale_voids
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'sale_voids' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'sale_voids rows are only removed by the retention purge'); END;

DROP TRIGGER loans_no_delete;
CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'loans' AND OLD.lent_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'loans rows are only removed by the retention purge'); END;

DROP TRIGGER loan_settlements_no_delete;
CREATE TRIGGER loan_settlements_no_delete BEFORE DELETE ON loan_settlements
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'loan_settlements' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'loan_settlements rows are only removed by the retention purge'); END;

DROP TRIGGER handovers_no_delete;
CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'handovers' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'handovers rows are only removed by the retention purge'); END;

DROP TRIGGER document_prints_no_delete;
CREATE TRIGGER document_prints_no_delete BEFORE DELETE ON document_prints
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'document_prints' AND OLD.printed_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'document_prints rows are only removed by the retention purge'); END;

DROP TRIGGER inquiries_no_delete;
CREATE TRIGGER inquiries_no_delete BEFORE DELETE ON inquiries
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'inquiries' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'inquiries rows are only removed by the retention purge'); END;

DROP TRIGGER invoices_no_delete;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'invoices' AND OLD.issued_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'invoices rows are only removed by the retention purge'); END;

DROP TRIGGER invoice_lines_no_delete;
CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'invoice_lines' AND (SELECT issued_at FROM invoices WHERE id = OLD.invoice_id) < g.before_at)
BEGIN SELECT RAISE(ABORT, 'invoice_lines rows are only removed by the retention purge'); END;

DROP TRIGGER invoice_sources_no_delete;
CREATE TRIGGER invoice_sources_no_delete BEFORE DELETE ON invoice_sources
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'invoice_sources' AND (SELECT issued_at FROM invoices WHERE id = OLD.invoice_id) < g.before_at)
BEGIN SELECT RAISE(ABORT, 'invoice_sources rows are only removed by the retention purge'); END;

DROP TRIGGER invoice_voids_no_delete;
CREATE TRIGGER invoice_voids_no_delete BEFORE DELETE ON invoice_voids
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'invoice_voids' AND OLD.at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'invoice_voids rows are only removed by the retention purge'); END;

DROP TRIGGER loans_no_update;
CREATE TRIGGER loans_no_update BEFORE UPDATE ON loans
WHEN NEW.id IS NOT OLD.id
  OR NEW.slip_no IS NOT OLD.slip_no
  OR NEW.item_id IS NOT OLD.item_id
  OR NEW.borrower_name IS NOT OLD.borrower_name
  OR NEW.deposit_fen IS NOT OLD.deposit_fen
  OR NEW.method IS NOT OLD.method
  OR NEW.lent_at IS NOT OLD.lent_at
  OR NEW.due_at IS NOT OLD.due_at
  OR NEW.lent_by IS NOT OLD.lent_by
  OR NEW.shift_id IS NOT OLD.shift_id
  OR (NEW.borrower_phone IS NOT OLD.borrower_phone AND (NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'loans.borrower_phone')
      OR NEW.borrower_phone IS NOT (CASE WHEN length(OLD.borrower_phone) >= 7 THEN substr(OLD.borrower_phone, 1, 3) || replace(hex(zeroblob(length(OLD.borrower_phone) - 7)), '00', '*') || substr(OLD.borrower_phone, -4) ELSE replace(hex(zeroblob(length(OLD.borrower_phone))), '00', '*') END)))
BEGIN SELECT RAISE(ABORT, 'loans rows are append-only (a phone is only ever masked)'); END;

DROP TRIGGER complaint_cases_record_fixed;
CREATE TRIGGER complaint_cases_record_fixed BEFORE UPDATE OF
    case_no, kind, form, channel, name, category, text, opened_at, due_at, opened_by
ON complaint_cases
BEGIN SELECT RAISE(ABORT, 'the recorded case does not change'); END;
CREATE TRIGGER complaint_cases_phone_masked_only BEFORE UPDATE OF phone ON complaint_cases
WHEN NEW.phone IS NOT OLD.phone AND (NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'complaint_cases.phone')
      OR NEW.phone IS NOT (CASE WHEN length(OLD.phone) >= 7 THEN substr(OLD.phone, 1, 3) || replace(hex(zeroblob(length(OLD.phone) - 7)), '00', '*') || substr(OLD.phone, -4) ELSE replace(hex(zeroblob(length(OLD.phone))), '00', '*') END))
BEGIN SELECT RAISE(ABORT, 'the recorded case does not change (a phone is only ever masked)'); END;

DROP TRIGGER lost_reports_fixed;
CREATE TRIGGER lost_reports_fixed BEFORE UPDATE ON lost_reports
WHEN NEW.report_no IS NOT OLD.report_no OR NEW.description IS NOT OLD.description
  OR NEW.reported_at IS NOT OLD.reported_at
  OR (NEW.contact_phone IS NOT OLD.contact_phone AND NOT (NEW.contact_phone IS NOT OLD.contact_phone AND EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'lost_reports.contact_phone')
      AND NEW.contact_phone IS (CASE WHEN length(OLD.contact_phone) >= 7 THEN substr(OLD.contact_phone, 1, 3) || replace(hex(zeroblob(length(OLD.contact_phone) - 7)), '00', '*') || substr(OLD.contact_phone, -4) ELSE replace(hex(zeroblob(length(OLD.contact_phone))), '00', '*') END)))
  OR (OLD.status = 'closed' AND NOT ((NEW.contact_phone IS NOT OLD.contact_phone AND EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'lost_reports.contact_phone')
      AND NEW.contact_phone IS (CASE WHEN length(OLD.contact_phone) >= 7 THEN substr(OLD.contact_phone, 1, 3) || replace(hex(zeroblob(length(OLD.contact_phone) - 7)), '00', '*') || substr(OLD.contact_phone, -4) ELSE replace(hex(zeroblob(length(OLD.contact_phone))), '00', '*') END))
      AND NEW.id IS OLD.id AND NEW.report_no IS OLD.report_no AND NEW.category IS OLD.category AND NEW.description IS OLD.description AND NEW.colour IS OLD.colour AND NEW.lost_place IS OLD.lost_place AND NEW.lost_from IS OLD.lost_from AND NEW.lost_to IS OLD.lost_to AND NEW.contact_name IS OLD.contact_name AND NEW.reported_at IS OLD.reported_at AND NEW.reported_by IS OLD.reported_by AND NEW.status IS OLD.status))
BEGIN SELECT RAISE(ABORT, 'a lost report never changes, only its status until closed'); END;
