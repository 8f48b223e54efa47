"""Several desks on one site: the register of desks, a shift and a drawer per desk, each
Z-report and hand-over voucher of its desk, the daily ledger of one desk or of the whole site
(whose totals are the sum of its desks'), and which desk a PC is."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from services.core.errors import PermissionDenied, ValidationError
from services.finance import handover
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.reports import daily_ledger, ledger_documents
from services.sales import price_list, sales
from services.shifts import desks, shifts

MAIN_FLOAT = {10000: 2}  # ¥200
NORTH_FLOAT = {5000: 1, 1000: 3}  # ¥80


def _pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def _audits(ctx, action: str) -> list[dict]:
    return [
        r
        for r in ctx.db.conn.execute(
            "SELECT action, entity_id FROM audit_log WHERE action = ?", (action,)
        )
    ]


@pytest.fixture
def two_desks(role_ctx):
    """The main desk and a north desk (added by the admin), each with a clerk and a shift
    lead of its own context."""
    admin = role_ctx["admin"]
    desks.add_desk(admin, "North", "北门服务台", "North gate desk")
    price_list.ensure_default_prices(admin)
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 4)

    def at(ctx, desk):
        return dataclasses.replace(ctx, desk=desk)

    return {
        "admin": admin,
        "main": {r: at(role_ctx[r], "main") for r in ("clerk", "shift_lead", "supervisor")},
        "north": {r: at(role_ctx[r], "north") for r in ("clerk", "shift_lead", "supervisor")},
    }


# --- the register ----------------------------------------------------------------------------
def test_the_register_keeps_codes_in_one_canonical_form_and_audits_each_change(two_desks):
    admin = two_desks["admin"]
    codes = [d.code for d in desks.all_desks(admin)]
    assert codes == ["main", "north"]
    assert len(_audits(admin, "desk.add")) == 1
    for same in ("NORTH", "ｎｏｒｔｈ", "  north "):
        with pytest.raises(ValidationError, match="already in the register"):
            desks.add_desk(admin, same)
    for bad in ("north gate", "-x", "", "a" * 21, "north\x07"):
        with pytest.raises(ValidationError):
            desks.add_desk(admin, bad)
    north = next(d for d in desks.all_desks(admin) if d.code == "north")
    renamed = desks.rename_desk(admin, north.id, "北门", "North")
    assert (renamed.name_zh, renamed.name_en) == ("北门", "North")
    assert renamed.label("en") == "North (north)" and renamed.label("zh_CN") == "北门 (north)"
    assert _audits(admin, "desk.rename")
    with pytest.raises(ValidationError, match="too long|at most"):
        desks.rename_desk(admin, north.id, "北" * 31, "North")
    assert desks.rename_desk(admin, north.id, "北门", "North").name_zh == "北门"


def test_only_admins_keep_the_register(two_desks):
    with pytest.raises(PermissionDenied):
        desks.add_desk(two_desks["main"]["supervisor"], "east")
    assert [d.code for d in desks.desk_choices(two_desks["main"]["clerk"])] == ["main", "north"]


def test_a_retired_desk_opens_no_shift_and_a_desk_with_an_open_shift_is_not_retired(two_desks):
    admin, north = two_desks["admin"], two_desks["north"]["clerk"]
    north_id = next(d.id for d in desks.all_desks(admin) if d.code == "north")
    shifts.open_shift(north, NORTH_FLOAT)
    with pytest.raises(ValidationError, match="open shift"):
        desks.set_desk_active(admin, north_id, False)
    assert next(d for d in desks.all_desks(admin) if d.code == "north").open_shift


def test_retired_desks_refuse_shifts_and_the_last_desk_stays(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    east = desks.add_desk(admin, "east")
    desks.set_desk_active(admin, east.id, False)
    assert _audits(admin, "desk.retire")
    with pytest.raises(ValidationError, match="no desk east"):
        shifts.open_shift(clerk, {}, desk="east")
    main = next(d for d in desks.all_desks(admin) if d.code == "main")
    with pytest.raises(ValidationError, match="only desk"):
        desks.set_desk_active(admin, main.id, False)
    assert desks.set_desk_active(admin, east.id, True).active
    assert shifts.open_shift(clerk, {}, desk="EAST").desk == "east"


def test_a_desk_row_is_never_deleted_and_its_code_never_changes(two_desks):
    conn = two_desks["admin"].db.conn
    with pytest.raises(Exception, match="never deleted|permission denied"):
        conn.execute("DELETE FROM desks WHERE code = 'north'")
    with pytest.raises(Exception, match="never changes|permission denied"):
        conn.execute("UPDATE desks SET code = 'south' WHERE code = 'north'")


# --- a drawer per desk -------------------------------------------------------------------------
def _busy_day(two_desks):
    """Both desks open at once and take money: each its own sales, deposits and refunds."""
    main, north = two_desks["main"], two_desks["north"]
    copy = next(p for p in price_list.list_prices(two_desks["admin"]) if p.code == "COPY-A4")
    main_shift = shifts.open_shift(main["clerk"], MAIN_FLOAT)
    north_shift = shifts.open_shift(north["clerk"], NORTH_FLOAT)
    assert main_shift.desk == "main" and north_shift.desk == "north"
    sales.sell(main["clerk"], [(copy.id, 4)], "cash", tendered_fen=200)  # +¥2.00 cash
    sales.sell(main["clerk"], [(copy.id, 2)], "wechat")
    sales.sell(north["clerk"], [(copy.id, 10)], "cash", tendered_fen=500)  # +¥5.00 cash
    loan = lending.lend_item(north["clerk"], "U-001", "13800138000", "cash")  # +¥50 north
    lending.lend_item(main["clerk"], "U-002", "13900139000", "alipay")
    lending.return_item(main["clerk"], loan.id)  # -¥50 cash at main: back at another desk
    return main_shift, north_shift


def test_two_desks_keep_two_drawers_on_one_site(two_desks):
    main_shift, north_shift = _busy_day(two_desks)
    main, north = two_desks["main"], two_desks["north"]
    assert shifts.current_shift(main["clerk"]).id == main_shift.id
    assert shifts.current_shift(north["clerk"]).id == north_shift.id
    in_main = shifts.cash_figures(main["clerk"], main_shift)
    in_north = shifts.cash_figures(north["clerk"], north_shift)
    # each desk: float + its own cash in - its own cash out
    assert (in_main.float_fen, in_main.cash_in_fen, in_main.cash_out_fen) == (20000, 200, 5000)
    assert in_main.expected_fen == 20000 + 200 - 5000
    assert (in_north.float_fen, in_north.cash_in_fen, in_north.cash_out_fen) == (8000, 5500, 0)
    assert in_north.expected_fen == 8000 + 5500
    # each closes on its own count, and its Z-report names its desk
    shifts.close_shift(main["shift_lead"], {10000: 1, 5000: 1, 100: 2}, "")
    assert shifts.current_shift(main["clerk"]) is None
    assert shifts.current_shift(north["clerk"]).id == north_shift.id
    shifts.close_shift(north["shift_lead"], {10000: 1, 1000: 3, 500: 1}, "")
    for shift, name in ((main_shift, "Main desk"), (north_shift, "North gate desk")):
        report = shifts.shift_report(main["shift_lead"], shift.id)
        assert report.shift.desk == shift.desk and report.shift.difference_fen == 0
        text = _pdf_text(
            lending_documents.shift_report_pdf(main["shift_lead"], shift.id, lang="en")
        )
        assert name in text


def test_a_blind_desk_hides_only_its_own_figures(two_desks):
    _busy_day(two_desks)
    main, north = two_desks["main"], two_desks["north"]
    day = daily_ledger.business_today(main["shift_lead"])
    shifts.record_count(north["shift_lead"], {10000: 1, 1000: 3, 500: 1})  # north counted
    ledger = daily_ledger.daily_ledger(north["shift_lead"], day, desk="north")
    assert ledger.by_method["cash"] == 5500
    for refused in (
        lambda: daily_ledger.daily_ledger(main["shift_lead"], day, desk="main"),
        lambda: daily_ledger.daily_ledger(main["shift_lead"], day),  # the site holds main's
    ):
        with pytest.raises(shifts.ShiftRefused, match="desk main"):
            refused()


# --- the daily ledger and the hand-over, per desk and per site --------------------------------
def _closed_day(two_desks):
    _busy_day(two_desks)
    main, north = two_desks["main"], two_desks["north"]
    shifts.close_shift(main["shift_lead"], {10000: 1, 5000: 1, 100: 2}, "")
    shifts.close_shift(north["shift_lead"], {10000: 1, 1000: 3, 500: 1}, "")
    return daily_ledger.business_today(main["shift_lead"])


def test_the_whole_site_ledger_is_the_sum_of_its_desks(two_desks):
    day = _closed_day(two_desks)
    lead = two_desks["main"]["shift_lead"]
    site = daily_ledger.daily_ledger(lead, day, lang="en")
    per_desk = [daily_ledger.daily_ledger(lead, day, "en", code) for code in ("main", "NORTH")]
    assert [d.desk for d in per_desk] == ["main", "north"] and site.desk is None
    assert per_desk[1].desk_name == "North gate desk"
    for method in shifts.METHODS:
        assert site.by_method.get(method, 0) == sum(d.by_method.get(method, 0) for d in per_desk)
    assert site.net_fen == sum(d.net_fen for d in per_desk) != 0

    def kinds(ledger):
        return {(r["kind"], r["method"]): (r["n"], r["amount_fen"]) for r in ledger.by_kind}

    summed: dict = {}
    for ledger in per_desk:
        for key, (n, fen) in kinds(ledger).items():
            n0, fen0 = summed.get(key, (0, 0))
            summed[key] = (n0 + n, fen0 + fen)
    assert kinds(site) == summed
    assert [s.desk for s in site.shifts] == ["main", "north"]
    assert [[s.desk for s in d.shifts] for d in per_desk] == [["main"], ["north"]]

    def rows(ledger, key):
        return next(s.rows for s in ledger.sections if s.key == key)

    assert len(rows(site, "receipts")) == sum(len(rows(d, "receipts")) for d in per_desk) == 3
    assert len(rows(per_desk[0], "loans_back")) == 1 and not rows(per_desk[1], "loans_back")
    # what has no desk (found items, complaints ...) stays on the site's ledger only
    assert {s.key for s in per_desk[0].sections} < {s.key for s in site.sections}
    with pytest.raises(ValidationError, match="no desk east"):
        daily_ledger.daily_ledger(lead, day, desk="east")


def test_the_ledger_pdf_says_whose_figures_it_holds(two_desks):
    day = _closed_day(two_desks)
    lead = two_desks["main"]["shift_lead"]
    north = _pdf_text(ledger_documents.daily_ledger_pdf(lead, day, lang="en", desk="north"))
    site = _pdf_text(ledger_documents.daily_ledger_pdf(lead, day, lang="en"))
    assert "North gate desk" in north and "Whole site (every desk)" not in north
    assert "Whole site (every desk)" in site


def test_each_desk_hands_its_own_income_over(two_desks):
    day = _closed_day(two_desks)
    main, north = two_desks["main"]["shift_lead"], two_desks["north"]["shift_lead"]
    assert handover.handover_of(main, day) is None
    at_main = handover.hand_over(main, day)
    with pytest.raises(handover.HandoverRefused, match=at_main.handover_no):
        handover.hand_over(main, day)
    at_north = handover.hand_over(north, day)
    assert (at_main.desk, at_north.desk) == ("main", "north")
    assert at_main.handover_no != at_north.handover_no
    assert handover.handover_of(north, day) == at_north
    assert handover.handover_of(main, day, desk="north") == at_north
    assert at_main.figures["net_fen"] + at_north.figures["net_fen"] == (
        daily_ledger.daily_ledger(main, day).net_fen
    )
    assert at_north.figures["receipt_count"] == 1 and at_main.figures["receipt_count"] == 2
    assert at_north.figures["cash_counted_fen"] == 13500
    assert [v.desk for v in handover.handovers_of_day(main, day)] == ["main", "north"]
    text = _pdf_text(ledger_documents.handover_pdf(north, at_north))
    assert "Desk North gate desk" in text


def test_a_voucher_of_the_whole_site_from_before_desks_covers_every_desk(two_desks):
    day = _closed_day(two_desks) - timedelta(days=1)
    lead = two_desks["main"]["shift_lead"]
    conn = lead.db.conn
    conn.execute(
        "INSERT INTO handovers (handover_no, desk, business_date, at, user_id, figures)"
        " VALUES ('H-OLD', '', ?, '2026-01-01T00:00:00+00:00', ?, '{}')",
        (day.isoformat(), lead.user.id),
    )
    for desk in ("main", "north"):
        assert handover.handover_of(lead, day, desk).handover_no == "H-OLD"
        with pytest.raises(handover.HandoverRefused, match="H-OLD"):
            handover.hand_over(lead, day, desk)


# --- which desk a PC is ------------------------------------------------------------------------
@pytest.fixture
def pc_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(desks.FOLDER_VARIABLE, str(tmp_path / "config"))
    return tmp_path / "config"


def test_a_pc_asks_which_desk_it_is_only_when_the_site_has_several(role_ctx, pc_folder):
    admin = role_ctx["admin"]
    assert desks.pc_desk(admin) == "main"  # one desk: nothing to ask, nothing saved
    assert not (pc_folder / desks.PC_FILE).exists()
    desks.add_desk(admin, "north", "北门", "North")
    assert desks.pc_desk(admin) is None  # several: the PC asks
    code = desks.choose_pc_desk(admin, "ＮＯＲＴＨ")
    desks.remember_pc_desk(code)
    assert desks.saved_pc_desk() == "north" and desks.pc_desk(admin) == "north"
    with pytest.raises(ValidationError, match="no desk south"):
        desks.choose_pc_desk(admin, "south")
    north = next(d for d in desks.all_desks(admin) if d.code == "north")
    desks.set_desk_active(admin, north.id, False)
    assert desks.pc_desk(admin) == "main"  # its desk retired: the one left in service
    (pc_folder / desks.PC_FILE).write_text("not json")
    assert desks.saved_pc_desk() is None


def test_the_first_desk_of_a_new_site_takes_the_place_of_the_unused_main_desk(role_ctx):
    admin = role_ctx["admin"]
    desk = desks.set_up_first_desk(admin, "Front", "前台", "Front desk")
    assert desk.code == "front"
    assert [d.code for d in desks.desk_choices(admin)] == ["front"]
    again = desks.set_up_first_desk(admin, "main", "总台", "Main")
    assert again.active and (again.name_zh, again.name_en) == ("总台", "Main")
    assert _audits(admin, "desk.add") and _audits(admin, "desk.restore")  # on the trail


def test_the_month_export_names_the_desk_of_each_receipt_shift_and_deposit(two_desks, tmp_path):
    import openpyxl

    from services.reports import month_export

    day = _closed_day(two_desks)
    supervisor = two_desks["main"]["supervisor"]
    supervisor.clock.advance(days=40)  # the month is over: it can be exported
    result = month_export.export_month(supervisor, day.strftime("%Y-%m"), tmp_path / "m.xlsx")
    workbook = openpyxl.load_workbook(result.path)

    def desk_column(title: str) -> list[str]:
        rows = list(workbook[title].iter_rows(values_only=True))
        assert rows[0][-1] in ("Desk", "Lent at desk")  # last: finance's columns keep places
        return [r[-1] for r in rows[1:]]

    assert sorted(desk_column("Receipts")) == ["Main desk", "Main desk", "North gate desk"]
    assert desk_column("Shifts") == ["Main desk", "North gate desk"]
    assert sorted(desk_column("Deposits")) == ["Main desk", "North gate desk"]
