-- A complaint's deadline follows the site's calendar while the case waits for its first
-- response: when an admin adds a holiday or changes the opening hours, the due time of the
-- cases not yet answered is worked out again; an answered case's deadline never moves.

DROP TRIGGER complaint_cases_record_fixed;
CREATE TRIGGER complaint_cases_record_fixed BEFORE UPDATE OF
    case_no, kind, form, channel, name, category, text, opened_at, opened_by
ON complaint_cases
BEGIN SELECT RAISE(ABORT, 'the recorded case does not change'); END;
CREATE TRIGGER complaint_cases_due_while_unanswered BEFORE UPDATE OF due_at ON complaint_cases
WHEN NEW.due_at IS NOT OLD.due_at
  AND (OLD.first_response_at IS NOT NULL OR NEW.due_at IS NULL OR NEW.due_at <= OLD.opened_at)
BEGIN SELECT RAISE(ABORT, 'a deadline moves only while the case waits for its first response'); END;
