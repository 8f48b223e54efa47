-- Indexes for the dashboard's day ranges and the visitor search by phone.

CREATE INDEX IF NOT EXISTS cash_movements_at ON cash_movements (at, kind);
CREATE INDEX IF NOT EXISTS loans_lent_at ON loans (lent_at);
CREATE INDEX IF NOT EXISTS loan_settlements_at ON loan_settlements (at);
CREATE INDEX IF NOT EXISTS members_enrolled_at ON members (enrolled_at);
CREATE INDEX IF NOT EXISTS lost_reports_reported_at ON lost_reports (reported_at);
CREATE INDEX IF NOT EXISTS lost_reports_phone ON lost_reports (contact_phone);
CREATE INDEX IF NOT EXISTS found_item_claims_phone ON found_item_claims (phone);
CREATE INDEX IF NOT EXISTS member_cards_fee_receipt ON member_cards (fee_receipt_no);
