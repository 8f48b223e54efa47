"""Every list page filters by date range and status: the filter narrows the rows to the
right ones, and the CSV export of the filtered page holds only those rows. The records are
made on two days ten days apart (the fixed clock moves), one of them in another status."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, timedelta

import pytest

from services.lost_found import items as lost_found
from ui.common.date_range import ALL, TODAY
from ui.common.list_export import shown_rows_csv
from ui.session import DeskSession

FIRST_DAY = date(2026, 3, 16)  # the fixed clock's day
LATER_DAY = FIRST_DAY + timedelta(days=10)


def shown(page, key: str) -> set[str]:
    return {page.model.row(r)[key] for r in range(page.model.rowCount())}


def exported(page, column: int = 0) -> set[str]:
    lines = list(csv.reader(io.StringIO(shown_rows_csv(page.model).decode("utf-8-sig"))))
    return {line[column] for line in lines[1:]}


def exported_column(model, key: str) -> set[str]:
    """The cells of the column showing `key` in the CSV export of `model`."""
    column = [c.key for c in model.columns].index(key)
    lines = list(csv.reader(io.StringIO(shown_rows_csv(model).decode("utf-8-sig"))))
    return {line[column] for line in lines[1:]}


def pick_status(page, combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))
    page.refresh()


@pytest.fixture
def lead_page(qtbot, role_ctx):
    """page(cls): the page as a shift lead sees it (leads may export)."""

    def make(cls, role="shift_lead"):
        page = cls(DeskSession(role_ctx[role]))
        qtbot.addWidget(page)
        return page

    return make


def test_lost_reports_by_day_reported_and_status(role_ctx, clock, lead_page):
    from ui.lost_found.reports_page import LostReportsPage

    clerk = role_ctx["clerk"]

    def report(text):
        now = clock.now()
        return lost_found.register_lost_report(
            clerk,
            description=text,
            phone="13800138000",
            lost_from=now - timedelta(hours=2),
            lost_to=now,
        )

    early = report("黑色钱包 black wallet")
    clock.advance(days=10)
    late = report("蓝色雨伞 blue umbrella")
    page = lead_page(LostReportsPage)
    pick_status(page, page.status, "")
    assert shown(page, "report_no") == {early.report_no, late.report_no}
    page.dates.choose(TODAY)
    assert shown(page, "report_no") == {late.report_no}
    assert exported(page) == {late.report_no}
    page.dates.set_span(FIRST_DAY, FIRST_DAY + timedelta(days=1))
    assert shown(page, "report_no") == {early.report_no}
    assert exported(page) == {early.report_no}
    page.dates.choose(ALL)
    pick_status(page, page.status, "closed")
    assert shown(page, "report_no") == set()


def test_found_items_by_day_found_and_status(role_ctx, clock, lead_page):
    from ui.lost_found.items_page import FoundItemsPage

    clerk = role_ctx["clerk"]

    def found(text):
        return lost_found.register_found_item(
            clerk,
            category="ordinary",
            description=text,
            found_place="L1",
            found_at=clock.now().astimezone(UTC) - timedelta(minutes=5),
            hidden_detail="划痕",
        )

    early = found("黑色钱包 black wallet")
    clock.advance(days=10)
    late = found("蓝色雨伞 blue umbrella")
    lost_found.hand_to_police(clerk, early.id, "Officer Li", "Harbour station")
    page = lead_page(FoundItemsPage)
    assert shown(page, "tag_no") == {early.tag_no, late.tag_no}
    page.dates.choose(TODAY)
    assert shown(page, "tag_no") == {late.tag_no} and exported(page) == {late.tag_no}
    page.dates.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "tag_no") == {early.tag_no} and exported(page) == {early.tag_no}
    page.dates.choose(ALL)
    pick_status(page, page.status, "police")
    assert shown(page, "tag_no") == {early.tag_no} and exported(page) == {early.tag_no}


def test_items_out_by_day_lent_and_status(role_ctx, clock, lead_page):
    from services.lending import items as lending_items
    from services.lending import loans
    from services.shifts import shifts
    from ui.lending.outstanding_page import OutstandingPage

    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    first_code, second_code = lending_items.add_items(admin, kinds["umbrella"].id, 2)
    shifts.open_shift(clerk, {10000: 1})
    early = loans.lend_item(clerk, first_code, "13800138000", "wechat")
    clock.advance(days=10)
    late = loans.lend_item(clerk, second_code, "13800138001", "wechat")
    page = lead_page(OutstandingPage)
    assert shown(page, "slip_no") == {early.slip_no, late.slip_no}
    pick_status(page, page.status, "overdue")
    assert shown(page, "slip_no") == {early.slip_no}
    slip_column = [c.key for c in page.model.columns].index("slip_no")
    assert exported(page, slip_column) == {early.slip_no}
    pick_status(page, page.status, "")
    page.dates.choose(TODAY)
    assert shown(page, "slip_no") == {late.slip_no}
    assert exported(page, slip_column) == {late.slip_no}
    page.dates.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "slip_no") == {early.slip_no}
    pick_status(page, page.status, "later")
    assert shown(page, "slip_no") == set()


def test_custody_by_day_taken_in_and_status(role_ctx, clock, lead_page):
    from services.care import custody
    from ui.care.custody_page import CustodyPage

    clerk = role_ctx["clerk"]
    early = custody.take_in(clerk, "工程部图纸 drawings", "department", "Engineering", "Wang")
    clock.advance(days=10)
    late = custody.take_in(clerk, "快递 parcel", "customer", "Ms Li", "Courier")
    custody.hand_out(clerk, early.id, "Engineer Zhao")
    page = lead_page(CustodyPage)
    assert shown(page, "id") == {late.id}  # still held, by default
    pick_status(page, page.status, "picked_up")
    assert shown(page, "id") == {early.id}
    assert exported_column(page.model, "description") == {early.description}
    pick_status(page, page.status, "")
    assert shown(page, "id") == {early.id, late.id}
    page.dates.choose(TODAY)
    assert shown(page, "id") == {late.id}
    assert exported_column(page.model, "description") == {late.description}
    page.dates.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "id") == {early.id}


def test_broadcasts_by_day_and_source(role_ctx, clock, lead_page):
    from services.care import paging
    from ui.care.paging_page import PagingPage

    clerk = role_ctx["clerk"]
    early = paging.page(clerk, "person", "寻人：小明", "Paging Xiao Ming", "Mother")
    clock.advance(days=10)
    late = paging.page(clerk, "notice", "商场将于22点关门", "The mall closes at 22:00", "Manager")
    page = lead_page(PagingPage)
    page.refresh()
    assert {early.id, late.id} <= shown(page, "id")
    page.dates.choose(TODAY)
    assert shown(page, "id") == {late.id}
    assert exported_column(page.model, "requested_by") == {"Manager"}
    page.dates.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "id") == {early.id}
    assert exported_column(page.model, "requested_by") == {"Mother"}
    pick_status(page, page.source, "lost_found")
    assert shown(page, "id") == set()


def test_first_aid_ledger_by_day_and_kind_of_entry(role_ctx, clock, lead_page):
    from services.care import first_aid
    from ui.care.first_aid_page import FirstAidPage

    clerk = role_ctx["clerk"]
    plaster = first_aid.add_medicine(clerk, "创可贴 plasters", "external", "pcs")
    first_aid.restock(clerk, plaster.id, 10, "2027-12-31", "first box")
    clock.advance(days=10)
    first_aid.record_use(clerk, plaster.id, 1, description="cut finger")
    page = lead_page(FirstAidPage)
    page.refresh()

    def kinds():
        return {page.ledger.row(r)["kind"] for r in range(page.ledger.rowCount())}

    assert kinds() == {"restock", "use"}
    page.dates.choose(TODAY)
    assert kinds() == {"use"}
    assert exported_column(page.ledger, "kind") == {"Used"}
    page.dates.choose(ALL)
    page.move_kind.setCurrentIndex(page.move_kind.findData("restock"))
    assert kinds() == {"restock"}
    assert exported_column(page.ledger, "kind") == {"Restocked"}
    page.dates.set_span(LATER_DAY, LATER_DAY)
    assert kinds() == set()


def test_members_by_day_enrolled_and_card_status(role_ctx, clock, lead_page):
    from services.members import members
    from tests.services.members.fixtures import receipt, resident_id, shop
    from ui.members.members_page import MembersPage

    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    s = shop(admin)
    early = members.enrol_member(
        clerk, "王小明", "13800138000", "resident", resident_id(), receipt(s.id, "E1", 20000)
    ).member
    clock.advance(days=10)
    late = members.enrol_member(
        clerk,
        "王大明",
        "13800138001",
        "resident",
        resident_id(),
        receipt(s.id, "E2", 20000, LATER_DAY),
    ).member
    members.report_card_lost(clerk, early.card_no)
    page = lead_page(MembersPage)
    page.search()
    assert page.results.rowCount() == 0  # no name typed and no filter: nothing listed
    page.dates.choose(TODAY)
    ids = {page.results.row(r)["id"] for r in range(page.results.rowCount())}
    assert ids == {late.id}
    assert exported_column(page.results, "card_no") == {late.card_no}
    page.dates.choose(ALL)
    page.card_status.setCurrentIndex(page.card_status.findData("lost"))
    ids = {page.results.row(r)["id"] for r in range(page.results.rowCount())}
    assert ids == {early.id}
    assert exported_column(page.results, "card_no") == {early.card_no}
    text = shown_rows_csv(page.results).decode("utf-8-sig")
    assert "138****8000" in text and "13800138000" not in text
    page.card_status.setCurrentIndex(page.card_status.findData(""))
    page.search_box.setText("王")
    page.dates.set_span(FIRST_DAY, FIRST_DAY)
    ids = {page.results.row(r)["id"] for r in range(page.results.rowCount())}
    assert ids == {early.id}


def test_receipts_register_by_days_and_status(role_ctx, clock, lead_page):
    from services.sales import price_list, sales
    from services.shifts import shifts
    from ui.sales.receipts_page import ReceiptsPage

    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    item = price_list.list_prices(clerk)[0]
    early = sales.sell(clerk, [(item.id, 1)], "wechat")
    clock.advance(days=10)
    kept = sales.sell(clerk, [(item.id, 1)], "wechat")
    voided = sales.sell(clerk, [(item.id, 2)], "wechat")
    sales.void_sale(lead, voided.receipt_no, "wrong service")
    page = lead_page(ReceiptsPage)
    assert shown(page, "receipt_no") == {kept.receipt_no, voided.receipt_no}  # today
    pick_status(page, page.status, "voided")
    assert shown(page, "receipt_no") == {voided.receipt_no}
    assert exported(page) == {voided.receipt_no}
    pick_status(page, page.status, "valid")
    assert shown(page, "receipt_no") == {kept.receipt_no}
    page.period_bar.set_span(FIRST_DAY, LATER_DAY)
    assert shown(page, "receipt_no") == {early.receipt_no, kept.receipt_no}
    assert exported(page) == {early.receipt_no, kept.receipt_no}
    page.period_bar.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "receipt_no") == {early.receipt_no}


def test_invoice_register_by_days_and_status(role_ctx, clock, lead_page):
    from services.invoices import invoices
    from services.invoices.invoices import LineInput, SourceReceipt
    from ui.common.date_range import WEEK
    from ui.invoices.register_page import InvoiceRegisterPage

    lead = role_ctx["shift_lead"]

    def issue(name, receipt_no):
        return invoices.issue_invoice(
            lead,
            buyer_kind="person",
            buyer_name=name,
            lines=[LineInput("Coat", 1, 50000, 13)],
            sources=[SourceReceipt(receipt_no, 50000)],
        )

    early = issue("王女士", "P-1")
    clock.advance(days=10)
    kept, voided = issue("李先生", "P-2"), issue("赵先生", "P-3")
    invoices.void_invoice(lead, voided.invoice_no, "wrong buyer")
    page = lead_page(InvoiceRegisterPage)  # this month
    assert shown(page, "invoice_no") == {early.invoice_no, kept.invoice_no, voided.invoice_no}
    page.period_bar.choose(WEEK)
    assert shown(page, "invoice_no") == {kept.invoice_no, voided.invoice_no}
    pick_status(page, page.status, "voided")
    assert shown(page, "invoice_no") == {voided.invoice_no}
    assert exported(page) == {voided.invoice_no}
    pick_status(page, page.status, "valid")
    page.period_bar.set_span(FIRST_DAY, FIRST_DAY)
    assert shown(page, "invoice_no") == {early.invoice_no}
    assert exported(page) == {early.invoice_no}
    pick_status(page, page.status, "red")
    assert shown(page, "invoice_no") == set()


def test_shifts_by_day_opened_and_status(role_ctx, clock, lead_page):
    from services.shifts import shifts
    from ui.shifts.shift_page import ShiftPage

    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    early = shifts.open_shift(clerk, {10000: 1})
    shifts.close_shift(lead, {10000: 1})
    clock.advance(days=10)
    late = shifts.open_shift(clerk, {10000: 1})
    page = lead_page(ShiftPage)
    model = page.history_model

    def ids():
        return {model.row(r)["id"] for r in range(model.rowCount())}

    assert ids() == {early.id, late.id}
    pick = page.history_status
    pick.setCurrentIndex(pick.findData("closed"))
    assert ids() == {early.id}
    closed = shifts.get_shift(clerk, early.id)
    assert exported_column(model, "report_no") == {closed.report_no}
    pick.setCurrentIndex(pick.findData("open"))
    assert ids() == {late.id}
    pick.setCurrentIndex(pick.findData(""))
    page.history_dates.choose(TODAY)
    assert ids() == {late.id}
    page.history_dates.set_span(FIRST_DAY, FIRST_DAY)
    assert ids() == {early.id}
    assert exported_column(model, "report_no") == {closed.report_no}


def test_handover_vouchers_by_business_day_and_desk(role_ctx, clock, lead_page):
    from services.finance import handover
    from services.shifts import desks
    from ui.finance.finance_page import FinancePage

    supervisor = role_ctx["supervisor"]
    desks.add_desk(role_ctx["admin"], "north", "北门服务台", "North desk")
    early = handover.hand_over(supervisor, FIRST_DAY)
    clock.advance(days=10)
    late = handover.hand_over(supervisor, LATER_DAY)
    page = lead_page(FinancePage, "supervisor")
    box = page.handovers
    assert shown(box, "handover_no") == {early.handover_no, late.handover_no}
    box.dates.choose(TODAY)
    assert shown(box, "handover_no") == {late.handover_no}
    assert exported(box) == {late.handover_no}
    box.dates.set_span(FIRST_DAY, FIRST_DAY + timedelta(days=1))
    assert shown(box, "handover_no") == {early.handover_no}
    assert exported(box) == {early.handover_no}
    box.desk.setCurrentIndex(box.desk.findData(early.desk))
    assert shown(box, "handover_no") == {early.handover_no}
    box.desk.setCurrentIndex(box.desk.findData("north"))  # a desk with no voucher
    assert box.desk.currentData() == "north"
    assert shown(box, "handover_no") == set()
