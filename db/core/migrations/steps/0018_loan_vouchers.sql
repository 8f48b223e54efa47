-- Vouchers of a loan's return: a deposit refund paid out, or a compensation charge (taken
-- from the deposit, and any part above it paid at the desk), each with its own gapless number
-- (V2026-000001) taken in the return's own transaction and showing its settlement's figure;
-- append-only, removed only by the retention purge together with its loan.

CREATE TABLE loan_vouchers (
    id               INTEGER PRIMARY KEY,
    voucher_no       TEXT NOT NULL UNIQUE,
    loan_id          INTEGER NOT NULL REFERENCES loans (id),
    settlement_id    INTEGER NOT NULL REFERENCES loan_settlements (id),
    kind             TEXT NOT NULL CHECK (kind IN ('refund','charge')),
    amount_fen       INTEGER NOT NULL CHECK (amount_fen > 0),
    deposit_part_fen INTEGER NOT NULL CHECK (deposit_part_fen >= 0 AND deposit_part_fen <= amount_fen),
    method           TEXT NOT NULL,
    issued_at        TEXT NOT NULL,
    issued_by        INTEGER NOT NULL REFERENCES users (id),
    UNIQUE (settlement_id, kind)
);
CREATE INDEX loan_vouchers_loan ON loan_vouchers (loan_id);

CREATE TRIGGER loan_vouchers_no_update BEFORE UPDATE ON loan_vouchers
BEGIN SELECT RAISE(ABORT, 'loan_vouchers rows are append-only'); END;
CREATE TRIGGER loan_vouchers_no_delete BEFORE DELETE ON loan_vouchers
WHEN NOT EXISTS (SELECT 1 FROM retention_grants g WHERE g.tbl = 'loan_vouchers' AND OLD.issued_at < g.before_at)
BEGIN SELECT RAISE(ABORT, 'loan_vouchers rows are only removed by the retention purge'); END;
CREATE TRIGGER loan_vouchers_show_the_settlement BEFORE INSERT ON loan_vouchers
WHEN NOT EXISTS (
    SELECT 1 FROM loan_settlements s WHERE s.id = NEW.settlement_id AND s.loan_id = NEW.loan_id
    AND ((NEW.kind = 'refund' AND NEW.amount_fen = s.refund_fen AND NEW.deposit_part_fen = s.refund_fen)
      OR (NEW.kind = 'charge' AND NEW.amount_fen = s.forfeit_fen + s.extra_charge_fen
          AND NEW.deposit_part_fen = s.forfeit_fen)))
BEGIN SELECT RAISE(ABORT, 'a voucher shows the figure of its loan''s settlement'); END;
