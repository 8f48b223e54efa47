-- Service quality: counter ratings tied to a service and its clerk (never to a customer),
-- versioned scoring sheets with the default sheet, quality checks that keep their sheet
-- version and refuse one's own service, and the hotline calls that rang out unanswered.

CREATE TABLE service_ratings (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    day       TEXT NOT NULL,
    desk      TEXT NOT NULL,
    service   TEXT NOT NULL CHECK (service IN
              ('lend','return','enrolment','claim','sale','inquiry','complaint')),
    reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 40),
    clerk_id  INTEGER NOT NULL REFERENCES users (id),
    source    TEXT NOT NULL CHECK (source IN ('customer','keyed','skipped')),
    score     INTEGER CHECK (score BETWEEN 1 AND 4),
    reasons   TEXT NOT NULL DEFAULT '',
    CHECK ((source = 'skipped') = (score IS NULL)),
    UNIQUE (service, reference)
);
CREATE INDEX service_ratings_day ON service_ratings (day, desk, clerk_id);
CREATE TRIGGER service_ratings_no_update BEFORE UPDATE ON service_ratings
BEGIN SELECT RAISE(ABORT, 'service_ratings rows are append-only'); END;
CREATE TRIGGER service_ratings_no_delete BEFORE DELETE ON service_ratings
BEGIN SELECT RAISE(ABORT, 'service_ratings rows are append-only'); END;

CREATE TABLE qc_sheets (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL UNIQUE CHECK (version >= 1),
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id)
);
CREATE TABLE qc_sheet_items (
    id          INTEGER PRIMARY KEY,
    sheet_id    INTEGER NOT NULL REFERENCES qc_sheets (id),
    position    INTEGER NOT NULL,
    section     TEXT NOT NULL CHECK (section IN
                ('greeting','courtesy','answer','procedure','closing')),
    title_zh    TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    criteria_zh TEXT NOT NULL DEFAULT '',
    criteria_en TEXT NOT NULL DEFAULT '',
    points      INTEGER NOT NULL CHECK (points BETWEEN 1 AND 100),
    UNIQUE (sheet_id, position)
);
CREATE TRIGGER qc_sheets_no_update BEFORE UPDATE ON qc_sheets
BEGIN SELECT RAISE(ABORT, 'a scoring sheet never changes: save a new version'); END;
CREATE TRIGGER qc_sheets_no_delete BEFORE DELETE ON qc_sheets
BEGIN SELECT RAISE(ABORT, 'a scoring sheet never changes: save a new version'); END;
CREATE TRIGGER qc_sheet_items_no_update BEFORE UPDATE ON qc_sheet_items
BEGIN SELECT RAISE(ABORT, 'a scoring sheet never changes: save a new version'); END;
CREATE TRIGGER qc_sheet_items_no_delete BEFORE DELETE ON qc_sheet_items
BEGIN SELECT RAISE(ABORT, 'a scoring sheet never changes: save a new version'); END;

CREATE TABLE qc_checks (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    day        TEXT NOT NULL,
    desk       TEXT NOT NULL,
    sheet_id   INTEGER NOT NULL REFERENCES qc_sheets (id),
    channel    TEXT NOT NULL CHECK (channel IN ('counter','hotline')),
    service    TEXT NOT NULL DEFAULT '',
    reference  TEXT NOT NULL DEFAULT '',
    clerk_id   INTEGER NOT NULL REFERENCES users (id),
    checker_id INTEGER NOT NULL REFERENCES users (id),
    comment    TEXT NOT NULL DEFAULT '',
    CHECK (clerk_id <> checker_id)
);
CREATE INDEX qc_checks_day ON qc_checks (day, desk, clerk_id);
CREATE TABLE qc_scores (
    check_id INTEGER NOT NULL REFERENCES qc_checks (id),
    item_id  INTEGER NOT NULL REFERENCES qc_sheet_items (id),
    points   INTEGER NOT NULL CHECK (points >= 0),
    PRIMARY KEY (check_id, item_id)
) WITHOUT ROWID;
CREATE TRIGGER qc_scores_on_sheet BEFORE INSERT ON qc_scores
WHEN NOT EXISTS (SELECT 1 FROM qc_sheet_items i JOIN qc_checks c ON c.sheet_id = i.sheet_id
                 WHERE i.id = NEW.item_id AND c.id = NEW.check_id AND NEW.points <= i.points)
BEGIN SELECT RAISE(ABORT, 'a score is an item of the check''s sheet, within its points'); END;
CREATE TRIGGER qc_checks_no_update BEFORE UPDATE ON qc_checks
BEGIN SELECT RAISE(ABORT, 'qc_checks rows are append-only'); END;
CREATE TRIGGER qc_checks_no_delete BEFORE DELETE ON qc_checks
BEGIN SELECT RAISE(ABORT, 'qc_checks rows are append-only'); END;
CREATE TRIGGER qc_scores_no_update BEFORE UPDATE ON qc_scores
BEGIN SELECT RAISE(ABORT, 'qc_scores rows are append-only'); END;
CREATE TRIGGER qc_scores_no_delete BEFORE DELETE ON qc_scores
BEGIN SELECT RAISE(ABORT, 'qc_scores rows are append-only'); END;

CREATE TABLE hotline_missed_calls (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    day          TEXT NOT NULL,
    desk         TEXT NOT NULL,
    rang_seconds INTEGER NOT NULL CHECK (rang_seconds BETWEEN 0 AND 600),
    user_id      INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX hotline_missed_calls_day ON hotline_missed_calls (day);
CREATE TRIGGER hotline_missed_calls_no_update BEFORE UPDATE ON hotline_missed_calls
BEGIN SELECT RAISE(ABORT, 'hotline_missed_calls rows are append-only'); END;
CREATE TRIGGER hotline_missed_calls_no_delete BEFORE DELETE ON hotline_missed_calls
BEGIN SELECT RAISE(ABORT, 'hotline_missed_calls rows are append-only'); END;

-- The default sheet, after common call-centre practice and the desk's rules (5.2.4, 5.2.7,
-- 5.3.4; complaint handling ch. 3): 100 points in five sections.
INSERT INTO qc_sheets (id, version, name_zh, name_en, created_at, created_by)
VALUES (1, 1, '服务质检评分表', 'Service quality scoring sheet', '2026-01-01T00:00:00+00:00', NULL);
INSERT INTO qc_sheet_items
    (sheet_id, position, section, title_zh, title_en, criteria_zh, criteria_en, points)
VALUES
(1, 1, 'greeting', '开场问候与规范用语', 'Greeting and standard wording',
 '主动问候：“您好，这里是客服中心，请问有什么可以帮到您的？”；电话三声内接起，超过三声先致歉。',
 'Greets first with the desk''s standard words; answers the phone within three rings, apologises after three.', 8),
(1, 2, 'greeting', '仪态与语音语调', 'Manner and voice',
 '面带微笑、直视对方；声音柔和，语音语速适中。',
 'Smiles and looks at the customer; a soft voice at an even pace.', 8),
(1, 3, 'courtesy', '礼貌用语及客户安抚', 'Polite forms and calming an upset customer',
 '使用“请、您好、对不起、请您稍等、让您久等了”；对激动的客户先安抚、致歉，再处理。',
 'Uses please, sorry, one moment please, sorry to keep you waiting; calms and apologises to an upset customer before handling.', 8),
(1, 4, 'courtesy', '耐心倾听与确认需求', 'Listens and confirms the need',
 '不打断顾客，复述确认问题要点。',
 'Lets the customer finish and repeats the point back to confirm it.', 8),
(1, 5, 'answer', '答复问题全面性', 'Completeness of the answer',
 '一次讲清与问题相关的全部信息，无遗漏。',
 'Gives everything the question needs in one go, nothing left out.', 8),
(1, 6, 'answer', '答复问题准确性', 'Correctness of the answer',
 '答复正确；不懂装懂、随意捏造、乱承诺或错误解答不得分，必要时联系职能部门。',
 'The answer is right; guessing, inventing, promising too much or a wrong answer earns nothing; asks the department when needed.', 12),
(1, 7, 'answer', '业务知识', 'Knowledge',
 '熟悉广场布局、品牌位置、服务项目及收费。',
 'Knows the plaza''s layout, where the brands are, the services and their prices.', 8),
(1, 8, 'procedure', '严格执行业务规范及流程', 'Follows the desk''s procedure',
 '按本服务的规范办理（查验、押金、签字、单据）。',
 'Handles the service by the desk''s rules (checks, deposit, signature, documents).', 8),
(1, 9, 'procedure', '记录完整准确', 'Complete and correct record',
 '系统记录完整准确；投诉在30秒内记下要点。',
 'The record is complete and correct; a complaint''s points are noted within 30 seconds.', 10),
(1, 10, 'procedure', '办理效率', 'Speed of service',
 '办理及时，不让顾客无故等候。',
 'Serves promptly and keeps no customer waiting without reason.', 8),
(1, 11, 'closing', '结束语', 'Closing words',
 '礼貌道别：“再见，欢迎您到广场来做客！”；待对方挂断后再放下电话。',
 'Says goodbye with the desk''s words; lets the caller hang up first.', 6),
(1, 12, 'closing', '确认满意与跟进', 'Confirms satisfaction and follow-up',
 '确认问题已解决、顾客满意；未解决的说明后续安排。',
 'Checks the matter is settled and the customer satisfied; explains what happens next if not.', 8);
