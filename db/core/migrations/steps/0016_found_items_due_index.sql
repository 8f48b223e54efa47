-- Found items by status, category and time found: the held items whose retention has ended
-- (or ends soon) are counted and listed per category from this index, in SQL.

CREATE INDEX IF NOT EXISTS found_items_status_category ON found_items (status, category, found_at);
