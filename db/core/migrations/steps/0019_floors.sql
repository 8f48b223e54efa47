-- The floors of the site (B1, L1, 1F ...), kept by an admin: a code in canonical form, a name in
-- both languages and an order; a floor is retired, never removed. Shops and facilities keep the
-- floor's code. A site already in use starts with the floors its shops and facilities stand
-- on; a new site with a mall's usual floors. Position 0 means "in the natural order".

CREATE TABLE floors (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name_zh   TEXT NOT NULL DEFAULT '',
    name_en   TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0,
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

INSERT INTO floors (code)
SELECT DISTINCT floor FROM (
    SELECT floor FROM shops WHERE floor <> ''
    UNION
    SELECT floor FROM facilities WHERE floor <> ''
) used;

INSERT INTO floors (code, name_zh, name_en)
SELECT code, name_zh, name_en FROM (
    SELECT 'B2' AS code, '地下二层' AS name_zh, 'Basement 2' AS name_en
    UNION ALL SELECT 'B1', '地下一层', 'Basement 1'
    UNION ALL SELECT 'L1', '一层', 'Level 1'
    UNION ALL SELECT 'L2', '二层', 'Level 2'
    UNION ALL SELECT 'L3', '三层', 'Level 3'
    UNION ALL SELECT 'L4', '四层', 'Level 4'
    UNION ALL SELECT 'L5', '五层', 'Level 5'
    UNION ALL SELECT 'L6', '六层', 'Level 6'
) usual
WHERE NOT EXISTS (SELECT 1 FROM floors);
