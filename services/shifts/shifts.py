"""Shifts and the desk's money ledger: a shift opens with a counted float, every money
movement belongs to the open shift, the close is a blind count and a closed shift never
changes (DOMAIN.md 8)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import db.lending.lending as lending_db
import db.shifts.shifts as shifts_db
from db.core.connection import atomic, in_transaction
from services.admin import site
from services.core import audit, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import DEFAULT_DESK, AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.identifiers import mask_phone
from services.core.money import METHOD_LABELS as METHOD_LABELS  # the desk's ways to pay
from services.core.money import METHODS, MONEY_KIND_LABELS, format_fen
from services.core.paging_args import page_args
from services.core.permissions import Perm, before_sign_in, internal, requires, signed_in
from services.finance import month_lock
from services.shifts.desks import canonical_code, known_desk

# notes and coins counted at the desk, in fen
DENOMINATIONS = (10000, 5000, 2000, 1000, 500, 100, 50, 10)
# Known kinds of movement (MoneyKind); other modules may post kinds of their own (a-z and _).
MOVEMENT_LABELS = MONEY_KIND_LABELS
KIND_RE = re.compile(r"^[a-z][a-z_]{1,39}$")
SIGNOFF_SETTING = "shift.signoff_above_fen"
DEFAULT_SIGNOFF_ABOVE_FEN = 1000


class NoOpenShift(DomainError):
    pass


class ShiftRefused(DomainError):
    pass


@dataclass(frozen=True)
class Shift:
    id: int
    desk: str
    opened_at: str
    opened_by: str
    float_fen: int
    float_counts: dict
    closed_at: str | None = None
    closed_by: str | None = None
    counted_fen: int | None = None
    counted_counts: dict | None = None
    expected_fen: int | None = None
    difference_fen: int | None = None
    reason: str | None = None
    signed_off_by: str | None = None
    report_no: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CashFigures:
    float_fen: int
    cash_in_fen: int
    cash_out_fen: int

    @property
    def expected_fen(self) -> int:
        return self.float_fen + self.cash_in_fen - self.cash_out_fen


@dataclass(frozen=True)
class ShiftCount:
    """One count of the drawer, kept: the first count and each recount, each beside the
    expected cash it was compared to when it was entered."""

    seq: int
    counted_at: str
    counted_by: str
    counted_fen: int
    counted_counts: dict
    expected_fen: int

    @property
    def difference_fen(self) -> int:
        return self.counted_fen - self.expected_fen


@dataclass(frozen=True)
class CloseCheck:
    """What the closer sees once a count is recorded: the last count against the expected
    cash, every count kept so far, and what the close will need."""

    shift_id: int
    counted_fen: int
    expected_fen: int
    difference_fen: int  # counted - expected: + over, - short
    needs_reason: bool
    needs_signoff: bool
    signoff_above_fen: int
    must_return_out: list[dict] = field(default_factory=list)  # masked phones
    counts: list[ShiftCount] = field(default_factory=list)  # first count first

    @property
    def recounted(self) -> bool:
        return len(self.counts) > 1


def _shift(row: dict | None) -> Shift | None:
    if row is None:
        return None
    return Shift(
        row["id"],
        row["desk"],
        row["opened_at"],
        row["opened_by_name"],
        row["float_fen"],
        row["float_counts"],
        row["closed_at"],
        row["closed_by_name"],
        row["counted_fen"],
        row["counted_counts"],
        row["expected_fen"],
        row["difference_fen"],
        row["reason"],
        row["signed_off_by_name"],
        row["report_no"],
    )


def _denomination(key) -> int:
    """A note or coin's value in fen, as an int or as the digits stored in JSON."""
    value = (
        key
        if isinstance(key, int) and not isinstance(key, bool)
        else int(key)
        if isinstance(key, str) and key.isascii() and key.isdigit()
        else None
    )
    if value not in DENOMINATIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Unknown note or coin: {value}."), value=str(key)[:20]
        )
    return value


def _desk(ctx, desk: str | None) -> str:
    """The desk named, or this counter's own (the context carries it), in canonical form."""
    return canonical_code(desk or ctx.desk or DEFAULT_DESK)


def count_total(counts: dict) -> int:
    """Fen in a count by denomination ({fen value: pieces}); refuses odd input."""
    total = 0
    if not isinstance(counts or {}, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Count whole notes and coins (0 or more)."))
    for key, pieces in (counts or {}).items():
        value = _denomination(key)
        if not isinstance(pieces, int) or isinstance(pieces, bool) or pieces < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Count whole notes and coins (0 or more).")
            )
        validation.whole_number(
            pieces, QT_TRANSLATE_NOOP("Desk", "number of notes or coins"), 0, validation.MAX_COUNT
        )
        total += value * pieces
    return total


def _clean_counts(counts: dict) -> dict:
    count_total(counts)
    return {
        str(_denomination(k)): v
        for k, v in sorted((counts or {}).items(), key=lambda kv: -_denomination(kv[0]))
        if v
    }


@before_sign_in
def current_shift(ctx, desk: str | None = None) -> Shift | None:
    """The open shift of the desk, or None (shown in the main window's status bar)."""
    db = ctx.db
    return _shift(shifts_db.open_shift(db, _desk(ctx, desk)))


@signed_in
def get_shift(ctx, shift_id: int) -> Shift | None:
    db = ctx.db
    shift_id = validation.record_id(shift_id, QT_TRANSLATE_NOOP("Desk", "shift number"))
    return _shift(shifts_db.shift_by_id(db, shift_id))


@requires(Perm.COUNTER)
def recent_shifts(ctx: AppContext, desk: str | None = None, limit: int = 50) -> list[Shift]:
    _, limit = page_args(0, limit)
    return [_shift(r) for r in shifts_db.recent_shifts(ctx.db, _desk(ctx, desk), limit)]


@internal
def require_open_shift(ctx, desk: str | None = None) -> Shift:
    shift = current_shift(ctx, desk)
    if shift is None:
        raise NoOpenShift(
            QT_TRANSLATE_NOOP(
                "Desk",
                "No shift is open at this desk, so no money can be taken or paid out. Open"
                " a shift first: on the Shift page, count the cash float and press Open shift.",
            )
        )
    return shift


@requires(Perm.COUNTER)
def open_shift(ctx: AppContext, float_counts: dict, desk: str | None = None) -> Shift:
    """Open the desk's shift with the float counted note by note; one open shift per desk,
    at a desk in service in the site's register."""
    desk = known_desk(ctx, _desk(ctx, desk))
    counts = _clean_counts(float_counts)
    float_fen = count_total(counts)
    with atomic(ctx.db):
        if shifts_db.open_shift(ctx.db, desk) is not None:
            raise ShiftRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "A shift is already open at this desk; close it before opening another."
                )
            )
        shift_id = shifts_db.insert_shift(
            ctx.db,
            desk=desk,
            opened_at=iso(ctx.clock.now()),
            opened_by=ctx.user.id,
            float_fen=float_fen,
            float_counts=counts,
        )
        audit.record(
            ctx,
            "shift.open",
            "shift",
            shift_id,
            None,
            {"desk": desk, "float_fen": float_fen, "float_counts": counts},
        )
        return _shift(shifts_db.shift_by_id(ctx.db, shift_id))


@internal
def post_movement(
    ctx: AppContext, kind: str, method: str, amount_fen: int, ref: str, desk: str | None = None
) -> int:
    """Book money into (+) or out of (-) the desk in the open shift. Called inside the
    caller's own transaction (with its audit row); refused when no shift is open."""
    if not in_transaction(ctx.db):
        raise RuntimeError("money movements are posted inside the operation's transaction")
    if not KIND_RE.match(kind or ""):
        raise ValueError(f"movement kind {kind!r}")
    if method not in METHODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Unknown payment method: {method}."), method=method
        )
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool):
        raise ValueError("amounts are whole fen")
    shift = require_open_shift(ctx, desk)
    return shifts_db.insert_movement(
        ctx.db,
        shift_id=shift.id,
        at=iso(ctx.clock.now()),
        user_id=ctx.user.id if ctx.user else None,
        kind=kind,
        method=method,
        amount_fen=amount_fen,
        ref=ref or "",
    )


@internal
def cash_figures(ctx, shift: Shift) -> CashFigures:
    db = ctx.db
    cash_in, cash_out = shifts_db.cash_in_out(db, shift.id)
    return CashFigures(shift.float_fen, cash_in, cash_out)


def _count(row: dict) -> ShiftCount:
    return ShiftCount(
        row["seq"],
        row["counted_at"],
        row["counted_by_name"],
        row["counted_fen"],
        row["counted_counts"],
        row["expected_fen"],
    )


@internal
def shift_counts(ctx, shift_id: int) -> list[ShiftCount]:
    """Every count of the shift's drawer, the first one first."""
    return [_count(r) for r in shifts_db.counts(ctx.db, shift_id)]


@internal
def is_blind(ctx, shift: Shift) -> bool:
    """An open shift whose drawer nobody has counted yet: its expected cash, and the cash
    totals it is made of, are shown to nobody (DOMAIN.md 8, blind close)."""
    return shift.is_open and not shifts_db.counts(ctx.db, shift.id)


@internal
def refuse_blind_cash(ctx, start: str, end: str, desk: str | None = None) -> None:
    """Cash totals over [start, end) (of one desk, or of the whole site) add up to the
    expected cash of a shift still open and not counted: refused (the daily ledger, the
    hand-over voucher, the month export) until its drawer is counted."""
    desks = [d for d in shifts_db.blind_desks_with_cash(ctx.db, start, end) if desk in (None, d)]
    if desks:
        raise ShiftRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The cash of the open shift at desk {desk} is not counted yet, and its totals"
                " stay hidden until it is (blind close). Count the drawer on the Shift page"
                " first.",
            ),
            desk=", ".join(desks),
        )


@requires(Perm.COUNTER)
def movements(ctx: AppContext, shift_id: int) -> list[dict]:
    """The shift's money movements one by one: the desk's journal, as the receipt register
    is. The blind count withholds the totals they add up to, never the journal itself."""
    shift_id = validation.record_id(shift_id, QT_TRANSLATE_NOOP("Desk", "shift number"))
    return shifts_db.movements(ctx.db, shift_id)


@internal
def signoff_above_fen(ctx) -> int:
    return int(site.get_setting(ctx, SIGNOFF_SETTING, DEFAULT_SIGNOFF_ABOVE_FEN))


@internal
def must_return_out(ctx) -> list[dict]:
    """Loans of items that must come back before closing and are still out (masked)."""
    db = ctx.db
    return [
        {
            "slip_no": r["slip_no"],
            "item_code": r["item_code"],
            "name_en": r["name_en"],
            "name_zh": r["name_zh"],
            "phone_masked": mask_phone(r["borrower_phone"]),
            "due_at": r["due_at"],
            "deposit_fen": r["deposit_fen"],
        }
        for r in lending_db.open_loans_before_closing(db)
    ]


def _close_check(ctx, shift: Shift) -> CloseCheck:
    """The last count against its expected cash; a reason for any count that differed, and a
    second person's sign-off when any count was out by more than the threshold (so a recount
    never hides what the first count found)."""
    counts = shift_counts(ctx, shift.id)
    last = counts[-1]
    above = signoff_above_fen(ctx)
    worst = max(abs(c.difference_fen) for c in counts)
    return CloseCheck(
        shift.id,
        last.counted_fen,
        last.expected_fen,
        last.difference_fen,
        any(c.difference_fen for c in counts),
        worst > above,
        above,
        must_return_out(ctx),
        counts,
    )


def _record_count(ctx: AppContext, shift: Shift, counts: dict) -> ShiftCount:
    """Keep a count of the drawer with the expected cash it is compared to, in the caller's
    transaction."""
    figures = cash_figures(ctx, shift)
    counted = count_total(counts)
    shifts_db.insert_count(
        ctx.db,
        shift_id=shift.id,
        counted_at=iso(ctx.clock.now()),
        counted_by=ctx.user.id,
        counted_fen=counted,
        counted_counts=counts,
        expected_fen=figures.expected_fen,
        last_movement_id=shifts_db.last_movement_id(ctx.db, shift.id),
    )
    kept = shift_counts(ctx, shift.id)[-1]
    audit.record(
        ctx,
        "shift.count",
        "shift",
        shift.id,
        None,
        {
            "seq": kept.seq,
            "counted_fen": counted,
            "counted_counts": counts,
            "expected_fen": figures.expected_fen,
            "difference_fen": kept.difference_fen,
        },
    )
    return kept


def _count_is_current(ctx, shift: Shift, counts: dict) -> bool:
    """The last count kept is of these notes and coins, and no money moved since it."""
    rows = shifts_db.counts(ctx.db, shift.id)
    return bool(rows) and (
        rows[-1]["counted_counts"] == counts
        and rows[-1]["last_movement_id"] == shifts_db.last_movement_id(ctx.db, shift.id)
    )


@requires(Perm.CLOSE_SHIFT)
def record_count(ctx: AppContext, counted_counts: dict, desk: str | None = None) -> CloseCheck:
    """The blind count: the drawer counted note by note is kept first, then the expected
    cash is shown beside it. A count is never replaced: counting again is a recount, kept
    beside the first and printed with it on the shift report."""
    desk = _desk(ctx, desk)
    counts = _clean_counts(counted_counts)
    with atomic(ctx.db):
        shift = require_open_shift(ctx, desk)
        month_lock.ensure_open(ctx, shift.opened_at)
        _record_count(ctx, shift, counts)
        return _close_check(ctx, shift)


@requires(Perm.CLOSE_SHIFT)
def close_check(ctx: AppContext, desk: str | None = None) -> CloseCheck:
    """The open shift's counts and what its close needs; refused until a count is kept."""
    shift = require_open_shift(ctx, _desk(ctx, desk))
    if is_blind(ctx, shift):
        raise ShiftRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "Count the cash in the drawer first; the expected cash shows after it."
            )
        )
    return _close_check(ctx, shift)


@requires(Perm.CLOSE_SHIFT)
def close_shift(
    ctx: AppContext,
    counted_counts: dict,
    reason: str = "",
    signoff_username: str = "",
    signoff_password: str = "",
    desk: str | None = None,
) -> Shift:
    """Close with the counted cash. A count not kept yet (or money moved since the last)
    is kept first, and stays kept if the close is refused: the figure a refusal names was
    shown against a recorded count. Any count that differed needs a reason; one out by more
    than the threshold a second person's sign-off. Takes the shift report number; a closed
    shift never changes."""
    from services.admin import backups
    from services.admin.users import verify_password

    desk = _desk(ctx, desk)
    counts = _clean_counts(counted_counts)
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 500)
    with atomic(ctx.db):
        shift = require_open_shift(ctx, desk)
        month_lock.ensure_open(ctx, shift.opened_at)  # a shift belongs to its opening month
        if not _count_is_current(ctx, shift, counts):
            _record_count(ctx, shift, counts)
    with atomic(ctx.db):
        shift = require_open_shift(ctx, desk)
        if not _count_is_current(ctx, shift, counts):  # money moved since the count above
            raise ShiftRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Money moved after the count; count the drawer again to close."
                )
            )
        check = _close_check(ctx, shift)
        if check.needs_reason and not reason:
            raise ShiftRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The counted cash differs from the expected cash by {diff}; enter"
                    " a reason for the difference before closing.",
                )
                if check.difference_fen
                else QT_TRANSLATE_NOOP(
                    "Desk",
                    "An earlier count of this drawer differed from the expected cash; enter"
                    " a reason for the recount before closing.",
                ),
                diff=format_fen(check.difference_fen),
            )
        signer = None
        if check.needs_signoff:
            if not signoff_username:
                raise ShiftRefused(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "A difference of more than {limit} needs a shift lead's"
                        " sign-off with their password.",
                    ),
                    limit=format_fen(check.signoff_above_fen),
                )
            signer = verify_password(ctx, signoff_username, signoff_password, Perm.CLOSE_SHIFT)
        report_no = numbers.take_number(ctx, "shift_report")
        shifts_db.close_shift(
            ctx.db,
            shift.id,
            closed_at=iso(ctx.clock.now()),
            closed_by=ctx.user.id,
            counted_fen=check.counted_fen,
            counted_counts=counts,
            expected_fen=check.expected_fen,
            difference_fen=check.difference_fen,
            reason=reason,
            signed_off_by=signer.id if signer else None,
            report_no=report_no,
        )
        audit.record(
            ctx,
            "shift.close",
            "shift",
            shift.id,
            {"expected_fen": check.expected_fen},
            {
                "counted_fen": check.counted_fen,
                "counted_counts": counts,
                "difference_fen": check.difference_fen,
                "counts": len(check.counts),
                "first_difference_fen": check.counts[0].difference_fen,
                "reason": reason,
                "signed_off_by": signer.username if signer else None,
                "report_no": report_no,
            },
        )
        closed = _shift(shifts_db.shift_by_id(ctx.db, shift.id))
    # a copy of the file at each close; a failed copy is logged and never undoes the close
    backups.quietly(ctx, "shift-close", ctx.clock.now())
    return closed


@dataclass(frozen=True)
class ShiftReport:
    """The figures of a shift report (Z-report); labels are added by the document builder.
    While the shift is open and its drawer not yet counted the report is blind: no cash
    figures (`cash` is None), and cash lines carry their number of movements only."""

    shift: Shift
    site_name: str
    cash: CashFigures | None
    lines: list[dict]  # kind, method, n, amount_fen (None for cash while blind)
    by_method: dict[str, int]  # method -> net fen (no cash while blind)
    deposits_held_count: int
    deposits_held_fen: int
    items_out: list[dict]  # masked phones
    counts: list[ShiftCount] = field(default_factory=list)  # every count, the first first

    @property
    def blind(self) -> bool:
        return self.cash is None


@requires(Perm.COUNTER)
def shift_report(ctx: AppContext, shift_id: int) -> ShiftReport:
    """Float, movements by kind and method, expected, every count (first count and
    recounts) with its difference, deposits still held and items still out; blind while
    the shift is open and uncounted."""
    shift = get_shift(ctx, shift_id)
    if shift is None:
        from services.core.errors import NotFound

        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such shift."))
    blind = is_blind(ctx, shift)
    lines = [
        {**line, "amount_fen": None} if blind and line["method"] == "cash" else line
        for line in shifts_db.totals_by_kind_and_method(ctx.db, shift.id)
    ]
    by_method: dict[str, int] = {}
    for line in lines:
        if line["amount_fen"] is not None:
            by_method[line["method"]] = by_method.get(line["method"], 0) + line["amount_fen"]
    held = lending_db.held_totals(ctx.db)
    out = [
        {
            "slip_no": r["slip_no"],
            "item_code": r["item_code"],
            "name_en": r["name_en"],
            "name_zh": r["name_zh"],
            "phone_masked": mask_phone(r["borrower_phone"]),
            "due_at": r["due_at"],
            "deposit_fen": r["deposit_fen"],
        }
        for r in lending_db.open_loans(ctx.db, limit=10_000)
    ]
    return ShiftReport(
        shift,
        site.get_profile(ctx).name,
        None if blind else cash_figures(ctx, shift),
        lines,
        by_method,
        held["count"],
        held["deposit_fen"],
        out,
        shift_counts(ctx, shift.id),
    )


@dataclass(frozen=True)
class BlindFigures:
    """What anyone may see of an open shift before its count: the float, how many
    movements it has, and the deposits held (a liability across shifts)."""

    shift_id: int
    opened_at: str
    opened_by: str
    float_fen: int
    movement_count: int
    counted: bool  # a count is kept: the close dialog shows the figures


@internal
def blind_figures(ctx, shift: Shift) -> BlindFigures:
    return BlindFigures(
        shift.id,
        shift.opened_at,
        shift.opened_by,
        shift.float_fen,
        shifts_db.movement_count(ctx.db, shift.id),
        not is_blind(ctx, shift),
    )
