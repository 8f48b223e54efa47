-- Member erasure on request: when and by whom; an erased member stays erased and earns, redeems or
-- gets a card no more.

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
