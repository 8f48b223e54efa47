"""Every Settings tab: a change through the page is refused when invalid (nothing kept, no
audit row), audited with before and after when valid, and takes effect in the rule it feeds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from services.admin import site
from services.complaints import cases as complaints
from services.directory import guide
from services.lending import items as lending_items
from services.lending import loans
from services.lost_found import items as found
from services.members import members
from services.members import points as member_points
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop
from tests.services.printing.fake_printer import FakePrinter
from ui.admin.settings_page import SettingsPage
from ui.lending.items_page import KindDialog


def audit_rows(ctx, action):
    return [
        dict(r)
        for r in ctx.db.conn.execute(
            "SELECT * FROM audit_log WHERE action = ? ORDER BY id", (action,)
        )
    ]


@pytest.fixture
def settings(open_page, role_ctx, errors):
    page = open_page(SettingsPage, role_ctx["admin"])
    return page


@pytest.fixture
def fake_printer():
    printer = FakePrinter()
    yield printer
    printer.close()


def tab(page, key, confirm=True):
    widget = page.show_tab(key)
    if hasattr(widget, "confirm"):
        widget.confirm = lambda text: widget.asked.append(text) or confirm
        widget.asked = []
    return widget


def test_site_profile_refuses_an_empty_name_and_audits_a_change(settings, role_ctx):
    admin = role_ctx["admin"]
    settings.name.setText("  ")
    settings.save()
    note = settings.guard.notes[settings.name]  # beside the field
    assert note.isVisibleTo(settings) and note.text() and not audit_rows(admin, "site.update")
    settings.name.setText("Harbour City Mall East")
    settings.save()
    assert site.get_profile(admin).name == "Harbour City Mall East"
    row = audit_rows(admin, "site.update")[-1]
    assert json.loads(row["before"])["name"] == "Harbour City Mall"


def test_a_holiday_moves_an_open_complaints_deadline(settings, role_ctx, clock):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    case = complaints.record_case(clerk, "13800138000", "The lift is broken", "facilities")
    page = tab(settings, "calendar")
    for box in page.weekdays:
        box.setChecked(True)
    page.save()
    assert "at least one weekday" in page.note.text()
    assert not audit_rows(admin, "settings.calendar")
    for box in page.weekdays:
        box.setChecked(False)
    page.opens.setTime(QTime(10, 0))
    page.closes.setTime(QTime(22, 0))
    page.new_holiday.setDate(QDate(2026, 3, 17))  # the day after the case came in
    page.add_holiday()
    page.save()
    moved = complaints.get_case(clerk, case.id)
    assert moved.due_at > case.due_at
    assert page.asked and "1 open case" in page.asked[0]
    row = audit_rows(admin, "settings.calendar")[-1]
    assert json.loads(row["after"])["holidays"] == ["2026-03-17"]
    assert json.loads(row["after"])["deadlines_moved"] == [case.case_no]
    assert json.loads(row["before"])["holidays"] == []
    later = complaints.record_case(clerk, "13800138001", "Too cold inside", "facilities")
    assert later.due_at == moved.due_at  # new cases skip the holiday too


def test_a_years_holidays_come_from_csv(settings, role_ctx, tmp_path):
    page = tab(settings, "calendar")
    bad = tmp_path / "bad.csv"
    bad.write_text("date,name\n2026-10-01,National Day\n2027-01-01,New Year\n", "utf-8")
    page.import_holidays(bad, 2026)
    assert "not in 2026" in page.note.text() and page.holidays.count() == 0
    good = tmp_path / "holidays.csv"
    good.write_bytes("日期,名称\n2026-10-01,国庆节\n2026/10/2,国庆节\n".encode("gbk"))
    page.import_holidays(good, 2026)
    assert [page.holidays.item(i).text() for i in range(2)] == ["2026-10-01", "2026-10-02"]
    page.save()
    assert (
        "2026-10-02"
        in json.loads(audit_rows(role_ctx["admin"], "settings.calendar")[-1]["after"])["holidays"]
    )


def test_a_new_complaint_category_can_be_used(settings, role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = tab(settings, "complaints")
    page.categories.setPlainText("")
    page.save()
    note = page.guard.notes[page.categories]  # an empty list is marked beside it
    assert note.text() and not audit_rows(admin, "settings.complaint_lists")
    with pytest.raises(complaints.ValidationError):
        complaints.record_case(clerk, "13800138000", "Stuck in the lift", "Lifts")
    page.categories.setPlainText(page.categories.toPlainText() + "\nLifts")
    page.load()  # a reload shows what is stored: the empty list was never kept
    page.categories.setPlainText(page.categories.toPlainText() + "\nLifts")
    page.save()
    assert complaints.record_case(clerk, "13800138000", "Stuck in the lift", "Lifts")
    row = audit_rows(admin, "settings.complaint_lists")[-1]
    assert "Lifts" in json.loads(row["after"])["categories"]
    assert "Lifts" not in json.loads(row["before"])["categories"]


def test_a_changed_points_rate_changes_the_next_credit(settings, role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    s = shop(admin)
    made = members.enrol_member(
        clerk, "王小明", "13800138000", "resident", resident_id(), receipt(s.id, "E1", 20000)
    )
    page = tab(settings, "loyalty")
    page.rate.setText("abc")
    page.save_rules()
    note = page.rules_guard.notes[page.rate]  # beside the field
    assert "not an amount" in note.text() and not audit_rows(admin, "members.rules")
    page.rate.setText("5.00")
    page.save_rules()
    entry = member_points.credit_receipt(clerk, made.member.card_no, receipt(s.id, "R2", 10000))
    assert entry.points == 20  # ¥100 at ¥5 a point
    row = audit_rows(admin, "members.rules")[-1]
    assert json.loads(row["before"])["points_rate_fen"] == 1000
    assert json.loads(row["after"])["points_rate_fen"] == 500


def test_the_rewards_catalogue_adds_and_restocks(settings, role_ctx):
    page = tab(settings, "loyalty")
    page.code.setText("bad code!")
    page.name_zh.setText("保温杯")
    page.add_gift()
    assert "gift code" in page.gift_guard.notes[page.code].text()  # beside the field
    page.code.setText("TOTE")
    page.name_zh.setText("帆布袋")
    page.name_en.setText("Tote bag")
    page.cost.setValue(300)
    page.quantity.setValue(10)
    page.add_gift()
    page.view.selectRow(page.model.rowCount() - 1)
    page.quantity.setValue(5)
    page.restock()
    gift = [r for r in page.fetch(0, 100) if r["code"] == "TOTE"][0]
    assert gift["stock"] == 15
    row = audit_rows(role_ctx["admin"], "reward.restock")[-1]
    assert json.loads(row["after"])["quantity"] == 5


def audit_rows_like(ctx, word):
    return [
        dict(r)
        for r in ctx.db.conn.execute("SELECT * FROM audit_log WHERE action LIKE ?", (f"%{word}%",))
    ]


def test_a_new_item_kind_can_be_lent(settings, role_ctx, monkeypatch, errors):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = tab(settings, "lending")
    answers = iter([QDialog.Accepted, QDialog.Rejected, QDialog.Accepted])

    def fill(dialog, code):
        dialog.code.setText(code)
        dialog.prefix.setText("PB")
        dialog.name_zh.setText("充电宝")
        dialog.name_en.setText("Power bank")
        dialog.deposit.setText("100.00")
        dialog.hours.setValue(4)
        return next(answers)

    monkeypatch.setattr(KindDialog, "exec", lambda dialog: fill(dialog, "Power Bank!"))
    page.on_add_kind()  # refused, then cancelled: nothing kept
    assert errors
    assert not [k for k in lending_items.list_kinds(admin) if k.prefix == "PB"]
    monkeypatch.setattr(KindDialog, "exec", lambda dialog: fill(dialog, "powerbank"))
    page.on_add_kind()
    kind = [k for k in lending_items.list_kinds(admin) if k.code == "powerbank"][0]
    assert kind.deposit_fen == 10000 and audit_rows_like(admin, "kind")
    code = lending_items.add_items(admin, kind.id, 1)[0]
    shifts.open_shift(clerk, {10000: 2})
    loan = loans.lend_item(clerk, code, "13800138000", "cash")
    assert loan.deposit_fen == 10000


def test_a_found_item_category_with_its_retention(settings, role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = tab(settings, "found")
    page.code.setText("Umbrella!")
    page.label.setText("Umbrella")
    page.save()
    assert "category code" in page.note.text() and not audit_rows(admin, "settings.found_category")
    page.code.setText("umbrella")
    page.rule.setCurrentIndex(page.rule.findData("days"))
    page.period.setValue(30)
    page.save()
    item = found.register_found_item(
        clerk,
        category="umbrella",
        description="黑色长柄伞",
        found_place="1F",
        found_at=datetime(2026, 3, 16, 1, 0, tzinfo=UTC),
        hidden_detail="伞柄上有划痕",
    )
    ends = found.retention_ends(found.categories(clerk)["umbrella"], item.found_at)
    assert (ends - datetime(2026, 3, 16, 1, 0, tzinfo=UTC)).days == 30
    page.code.setText("umbrella")
    page.period.setValue(60)
    page.save()
    assert page.asked and "1 held item" in page.asked[-1]
    row = audit_rows(admin, "settings.found_category")[-1]
    assert json.loads(row["before"])["period"] == 30 and json.loads(row["after"])["period"] == 60


def test_directory_hours_and_facilities(settings, role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = tab(settings, "directory")
    page.hours.setText("22:00-10:00")
    page.save_hours()
    assert "close after" in page.note.text() and not audit_rows(admin, "settings.mall_hours")
    page.hours.setText("09:30-21:30")
    page.save_hours()
    assert guide.mall_hours(clerk) == "09:30-21:30"
    assert audit_rows(admin, "settings.mall_hours")[-1]["before"] == '"10:00-22:00"'
    page.kind.setCurrentIndex(page.kind.findData("toilet"))
    page.floor.setCurrentIndex(0)
    page.add_facility()
    assert "floor" in page.note.text()
    page.floor.setCurrentIndex(page.floor.findData("L2"))
    page.location.setText("next to the lifts")
    page.add_facility()
    entries = guide.floor_entries(clerk, "L2")
    assert any(e.kind == "facility" and e.hours == "09:30-21:30" for e in entries)
    page.view.selectRow(0)
    page.toggle_facility()
    assert not [e for e in guide.floor_entries(clerk, "L2") if e.kind == "facility"]


def test_the_floors_of_the_site_are_kept_on_the_directory_tab(settings, role_ctx, qtbot):
    """A bad or doubled code is refused with nothing kept; a new floor is audited and can be
    chosen for a shop and a facility; a renamed floor shows renamed in the directory; a floor
    with shops is not retired, and the note says how many stand on it."""
    from services.directory import floors, shops
    from ui.directory.directory_page import DirectoryPage
    from ui.directory.shop_dialog import ShopDialog
    from ui.session import DeskSession

    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = tab(settings, "directory")
    box = page.floors
    box.code.setText("L 2!")
    box.add()
    assert "floor code" in page.note.text()
    box.code.setText("ｌ２")
    box.add()
    assert "already in the list" in page.note.text() and not audit_rows(admin, "floor.add")
    box.code.setText("m1")
    box.name_zh.setText("夹层")
    box.name_en.setText("Mezzanine")
    box.add()
    assert "M1 added" in page.note.text()
    assert json.loads(audit_rows(admin, "floor.add")[-1]["after"])["code"] == "M1"
    assert box.picked().code == "M1"
    assert page.floor.findData("M1") > 0  # the facility form offers it at once

    dialog = ShopDialog(DeskSession(admin))
    qtbot.addWidget(dialog)
    choice = dialog.floor.findData("M1")
    assert dialog.floor.itemText(choice) == "M1 Mezzanine"
    dialog.name_zh.setText("新店")
    dialog.unit.setText("M1-001")
    dialog.floor.setCurrentIndex(choice)
    dialog.save()
    assert dialog.shop.floor == "M1"

    shops.add_shop(admin, "优衣库", "UNIQLO", "L2-015", "L2", "服装")
    box.select("L2")
    box.name_en.setText("Level 2 Fashion")
    box.rename()
    assert "L2 renamed" in page.note.text()
    assert json.loads(audit_rows(admin, "floor.rename")[-1]["before"])["name_en"] == "Level 2"
    directory = DirectoryPage(DeskSession(clerk))
    qtbot.addWidget(directory)
    directory.search_box.setText("fashion")
    directory.refresh()
    assert directory.model.rowCount() == 1
    floor_column = [c.key for c in directory.model.columns].index("floor")
    assert directory.model.index(0, floor_column).data() == "L2 Level 2 Fashion"
    labels = [directory.floor_box.itemText(i) for i in range(directory.floor_box.count())]
    assert "L2 Level 2 Fashion" in labels and "M1 Mezzanine" in labels

    box.select("L2")
    box.toggle()
    assert "open shops: 1" in page.note.text() and not audit_rows(admin, "floor.retire")
    assert box.picked().active
    box.select("L6")
    box.up_button.click()
    assert json.loads(audit_rows(admin, "floor.move")[-1]["after"])["order"][-3:] == [
        "L6",
        "L5",
        "M1",
    ]
    box.select("L6")
    box.toggle()
    assert "L6 is retired" in page.note.text()
    assert "L6" not in [f.code for f in floors.floor_list(clerk)]
    assert page.floor.findData("L6") < 0
    settings.grab().save("/tmp/settings-floors.png")


def test_retention_periods_keep_their_floor(settings, role_ctx):
    admin = role_ctx["admin"]
    page = tab(settings, "records")
    page.months["invoices"].setValue(24)
    page.save_periods()
    assert "at least 60 months" in page.note.text()
    assert not audit_rows(admin, "retention.periods")
    page.months["invoices"].setValue(60)
    page.months["desk_ledgers"].setValue(18)
    page.save_periods()
    row = audit_rows(admin, "retention.periods")[-1]
    assert json.loads(row["after"])["desk_ledgers"] == 18
    page.until.setText("2025-06")
    page.propose()
    assert "18 months" in page.note.text() and not page.confirm_button.isEnabled()
    page.until.setText("2024-06")
    page.propose()
    assert "Nothing is due" in page.plan_text.text()
    page.mask_phones()
    assert "No phone number" in page.note.text()


def test_the_records_tab_archives_and_purges_off_the_ui_thread(
    open_page, role_ctx, clock, db_path, tmp_path, errors
):
    from services.reports import month_export
    from services.sales import price_list, sales
    from ui.session import DeskSession

    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    item = price_list.list_prices(role_ctx["clerk"])[0]
    sale = sales.sell(role_ctx["clerk"], [(item.id, 1)], "wechat")
    shifts.close_shift(role_ctx["shift_lead"], {10000: 1})
    clock.advance(days=420)
    month_export.export_month(role_ctx["supervisor"], "2026-03", tmp_path / "march.xlsx")
    page = SettingsPage(DeskSession(role_ctx["admin"], str(db_path)))
    page.show()
    records = tab(page, "records")
    assert records.until.text() == "2026-03" and records.confirm_button.isEnabled()
    records.purge()
    assert "archive-2026.sqlite" in records.note.text(), records.note.text()
    assert not role_ctx["admin"].db.conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    records.number.setText(sale.receipt_no)
    records.find()
    assert sale.receipt_no in records.found.text()
    page.close()


def test_the_printers_tab_refuses_audits_and_the_next_receipt_follows(
    settings, role_ctx, fake_printer
):
    """A bad address is refused (nothing kept, no audit row); a valid printer is audited with
    before and after, and the next counter document goes to that printer at its width."""
    from services.printing import counter, printers
    from services.sales import documents as sales_documents
    from services.sales import price_list, sales

    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    key = f"printers.{admin.desk}.receipt"
    page = tab(settings, "printers")
    box = page.boxes["receipt"]
    box.connection.setCurrentIndex(box.connection.findData("network"))
    box.host.setText("not a host!")
    box.save()
    assert "IP address" in box.guard.notes[box.host].text()  # beside the field
    assert printers.printer_setup(clerk, "receipt").connection == "none"
    assert not [r for r in audit_rows(admin, "setting.update") if r["entity_id"] == key]

    box.host.setText("127.0.0.1")
    box.port.setValue(fake_printer.port)
    box.paper.setCurrentIndex(box.paper.findData(58))
    box.direct.setChecked(True)
    box.save()
    assert "Saved" in box.message.text()
    row = [r for r in audit_rows(admin, "setting.update") if r["entity_id"] == key][-1]
    assert row["before"] in (None, "null")
    assert json.loads(row["after"])["paper_mm"] == 58
    assert json.loads(row["after"])["host"] == "127.0.0.1"

    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    item = price_list.list_prices(clerk)[0]

    def print_next_receipt() -> bytes:
        count = len(fake_printer.wait_for(0)) + 1
        sale = sales.sell(clerk, [(item.id, 1)], "wechat")
        pdf = sales_documents.receipt_pdf(clerk, sale.receipt_no, 0)
        counter.print_counter_document(clerk, pdf.document, "receipt", sale.receipt_no)
        job = fake_printer.wait_for(count)[count - 1]
        assert sale.receipt_no.encode() in job
        return job

    narrow = print_next_receipt()
    assert b"-" * 32 in narrow and b"-" * 33 not in narrow  # 58 mm: 32 columns

    box.paper.setCurrentIndex(box.paper.findData(80))
    box.save()
    row = [r for r in audit_rows(admin, "setting.update") if r["entity_id"] == key][-1]
    assert json.loads(row["before"])["paper_mm"] == 58
    assert json.loads(row["after"])["paper_mm"] == 80
    wide = print_next_receipt()
    assert b"-" * 48 in wide  # 80 mm: 48 columns


def test_backup_settings_are_checked_audited_and_the_next_copy_follows(
    settings, role_ctx, tmp_path, errors
):
    """The Site tab's backups: a folder that is a file, or not a full path, is refused with
    nothing kept; a valid folder is audited before/after and the next copy goes there."""
    from services.admin import backups
    from ui.admin.backup_settings import BackupSettingsBox

    admin = role_ctx["admin"]
    box = settings.findChild(BackupSettingsBox)
    before = backups.backup_settings(admin)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", "utf-8")
    for bad in (str(a_file), "relative/folder", "bad\x07folder"):
        box.folder.setText(bad)
        assert box.save() is False
    assert len(errors) == 3
    assert "not a folder" in errors[0] and "full path" in errors[1]
    assert backups.backup_settings(admin) == before
    assert not [r for r in audit_rows(admin, "setting.update") if r["entity_id"] == "backup.folder"]
    with pytest.raises(backups.ValidationError):
        backups.save_backup_settings(admin, str(tmp_path), 0, 12)  # keep at least one day
    with pytest.raises(backups.ValidationError):
        backups.save_backup_settings(admin, str(tmp_path), 14, -1)

    chosen = tmp_path / "copies"
    box.folder.setText(str(chosen))
    box.keep_daily.setValue(3)
    assert box.save() is True
    row = [r for r in audit_rows(admin, "setting.update") if r["entity_id"] == "backup.folder"][-1]
    assert json.loads(row["after"]) == str(chosen)
    assert backups.backup_settings(admin).keep_daily == 3
    copy = backups.back_up_now(admin)
    assert copy.parent == chosen and copy.exists()
