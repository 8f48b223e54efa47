-- Shop directory details, facilities and search index; desk answers; inquiry tally.

CREATE TABLE directory_shop_details (
    shop_id    INTEGER PRIMARY KEY REFERENCES shops (id),
    hours      TEXT NOT NULL DEFAULT '',
    brand      TEXT NOT NULL DEFAULT '',
    keywords   TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE facilities (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    floor      TEXT NOT NULL DEFAULT '',
    location   TEXT NOT NULL DEFAULT '',
    hours      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE directory_index (
    entry    TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('shop', 'facility')),
    ref_id   INTEGER NOT NULL,
    active   INTEGER NOT NULL,
    source   TEXT NOT NULL,
    haystack TEXT NOT NULL,
    initials TEXT NOT NULL
);
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    topic       TEXT NOT NULL,
    title_zh    TEXT NOT NULL,
    title_en    TEXT NOT NULL DEFAULT '',
    body_zh     TEXT NOT NULL,
    body_en     TEXT NOT NULL DEFAULT '',
    keywords    TEXT NOT NULL DEFAULT '',
    valid_from  TEXT,
    valid_until TEXT,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES users (id)
);
CREATE TABLE inquiries (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    day            TEXT NOT NULL,
    hour           INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    type           TEXT NOT NULL CHECK (type IN
                   ('directions','promotion','loyalty','parking','lost_item','other')),
    channel        TEXT NOT NULL CHECK (channel IN ('counter','hotline')),
    answer_seconds INTEGER CHECK (answer_seconds >= 0),
    shop_id        INTEGER REFERENCES shops (id),
    user_id        INTEGER NOT NULL REFERENCES users (id),
    cancels_id     INTEGER UNIQUE REFERENCES inquiries (id)
);
CREATE INDEX inquiries_day_hour ON inquiries (day, hour);
CREATE TRIGGER inquiries_no_update BEFORE UPDATE ON inquiries
BEGIN SELECT RAISE(ABORT, 'inquiries rows are append-only'); END;
CREATE TRIGGER inquiries_no_delete BEFORE DELETE ON inquiries
BEGIN SELECT RAISE(ABORT, 'inquiries rows are append-only'); END;
CREATE TRIGGER inquiries_cancel_once BEFORE INSERT ON inquiries
WHEN NEW.cancels_id IS NOT NULL AND (
  (SELECT cancels_id FROM inquiries WHERE id = NEW.cancels_id) IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM inquiries WHERE id = NEW.cancels_id))
BEGIN SELECT RAISE(ABORT, 'only a recorded inquiry can be taken back, once'); END;
CREATE TRIGGER facilities_no_delete BEFORE DELETE ON facilities
BEGIN SELECT RAISE(ABORT, 'facilities rows are never deleted'); END;
CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers
BEGIN SELECT RAISE(ABORT, 'answers rows are never deleted'); END;
CREATE TRIGGER directory_shop_details_no_delete BEFORE DELETE ON directory_shop_details
BEGIN SELECT RAISE(ABORT, 'directory_shop_details rows are never deleted'); END;
