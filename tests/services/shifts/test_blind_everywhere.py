"""The blind count holds across the whole service layer: on a desk with an open shift, under a
fixed clock, every public operation a clerk or a shift lead may call is called with plausible
arguments, and no answer (returned value, document text or refusal) carries the shift's
expected cash or the net cash it is made of.

The operations come from their declarations (services.core.operations), so a new one is
called the moment it is written; its arguments come from two tables: ARGS_BY_NAME (a value
per parameter name, good for most operations) and ARGS_BY_OPERATION (where a name means
something else in one operation). A required parameter found in neither fails the test with
its name, so the tables stay complete."""

from __future__ import annotations

import dataclasses
import inspect
import io
import re
import sqlite3
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.admin import site
from services.care import custody, first_aid
from services.complaints import cases as complaints
from services.core.errors import DomainError
from services.core.operations import declared_operations
from services.core.permissions import BEFORE_SIGN_IN, GRANTS, SIGNED_IN, Perm, Role
from services.directory import answers, guide, shops
from services.documents.builder import Document
from services.finance import handover
from services.invoices import invoices
from services.invoices.invoices import LineInput
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as lost_found
from services.members import members
from services.members import rewards as member_rewards
from services.sales import price_list, sales
from services.shifts import shifts
from tests.conftest import PASSWORD
from tests.services.lost_found.test_lost_found_helpers import T0, signature_png
from tests.services.members.fixtures import receipt, resident_id

FLOAT = {10000: 1, 1000: 2, 100: 3, 10: 7}  # ¥123.70
EXPECTED_FEN = 17520  # the float, a ¥50 cash deposit and ¥1.50 of copies paid in cash
CASH_NET_FEN = EXPECTED_FEN - 12370  # what the drawer took in: with the float, the figure
ROLES = ("clerk", "shift_lead")
# The doors through which the figure may show: each keeps a count of the drawer first.
COUNT_FIRST = {"shifts.shifts.record_count", "shifts.shifts.close_shift"}


# --- the desk ------------------------------------------------------------------------------
@pytest.fixture
def desk(role_ctx, tmp_path) -> dict:
    """An open shift with cash and WeChat takings, and one record of each kind the
    operations look up."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    price_list.ensure_default_prices(admin)
    prices = {p.code: p for p in price_list.list_prices(admin)}
    shop = shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-001")
    guide.add_facility(admin, "toilet", "L1", "东侧")
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    codes = lending_items.add_items(admin, umbrella.id, 3)
    member = members.enrol_member(
        admin, "张三", "13912345678", "resident", resident_id(), receipt(shop.id, "A-1", 50000)
    ).member
    reward = member_rewards.add_reward(admin, "CUP", "杯子", "Cup", 100, stock=5)
    answer = answers.add_answer(admin, "parking", "停车收费", "每小时5元")
    yesterday = clerk.clock.now().date() - timedelta(days=1)
    voucher = handover.hand_over(role_ctx["shift_lead"], yesterday)

    shift = shifts.open_shift(clerk, FLOAT)
    loan = lending.lend_item(clerk, codes[0], "13800138000", "cash")
    cash_sale = sales.sell(clerk, [(prices["COPY-A4"].id, 3)], "cash", tendered_fen=150)
    wechat_sale = sales.sell(clerk, [(prices["WRAP-S"].id, 1)], "wechat")
    assert shifts.cash_figures(clerk, shift).expected_fen == EXPECTED_FEN
    invoice = invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="王五",
        lines=[LineInput("礼品包装", 1, wechat_sale.total_fen, 6)],
        sources=[wechat_sale.receipt_no],
    )

    case = complaints.record_case(clerk, "13800138000", "收银员态度差", "service")
    medicine = first_aid.add_medicine(clerk, "创可贴", "external", "片")
    first_aid.restock(clerk, medicine.id, 20, "2027-06-30")
    held = custody.take_in(clerk, "样品一箱", "supplier", "招商部 李经理", "顺丰快递员")
    found = lost_found.register_found_item(
        clerk,
        category="ordinary",
        description="黑色雨伞",
        found_place="L1 东门",
        found_at=T0,
        hidden_detail="伞柄刻有 LY520",
    )
    report = lost_found.register_lost_report(
        clerk, description="黑色雨伞", phone="13700137000", lost_from=T0, lost_to=T0
    )
    today = clerk.clock.now().date()
    return {
        **role_ctx,
        "shift": shift.id,
        "loan": loan.id,
        "item_code": codes[1],
        "slip": loan.slip_no,
        "receipt_no": cash_sale.receipt_no,
        "price_item": prices["COPY-A4"].id,
        "shop": shop.id,
        "member": member.id,
        "card": member.card_no,
        "reward": reward.id,
        "answer": answer.id,
        "invoice_no": invoice.invoice_no,
        "case": case.id,
        "case_no": case.case_no,
        "medicine": medicine.id,
        "held": held.id,
        "found": found.id,
        "tag": found.tag_no,
        "report": report.id,
        "today": today,
        "voucher": voucher,
        "folder": tmp_path,
    }


# --- the argument tables --------------------------------------------------------------------
ARGS_BY_NAME = {
    "aside": lambda d: d["folder"] / "aside.db",
    "answer": lambda d: "伞柄刻有 LY520",
    "answer_id": lambda d: d["answer"],
    "backup": lambda d: d["folder"] / "backup.db",
    "body_zh": lambda d: "每小时5元",
    "buyer_kind": lambda d: "person",
    "buyer_name": lambda d: "王五",
    "card_no": lambda d: d["card"],
    "case_id": lambda d: d["case"],
    "case_no": lambda d: d["case_no"],
    "category": lambda d: "service",
    "check_id": lambda d: 1,
    "code": lambda d: d["slip"],
    "codes": lambda d: [d["item_code"]],
    "counted_counts": lambda d: {10000: 1, 5000: 1},
    "day": lambda d: d["today"],
    "description": lambda d: "黑色雨伞",
    "entry": lambda d: "toilet",
    "first": lambda d: d["today"] - timedelta(days=30),
    "last": lambda d: d["today"],
    "float_counts": lambda d: FLOAT,
    "floor": lambda d: "L1",
    "id_number": lambda d: resident_id(),
    "id_type": lambda d: "resident",
    "invoice_no": lambda d: d["invoice_no"],
    "item_id": lambda d: d["found"],
    "items": lambda d: [(d["price_item"], 2)],
    "kind": lambda d: "receipt",
    "lines": lambda d: [LineInput("复印", 1, 50, 6)],
    "loan_id": lambda d: d["loan"],
    "medicine_id": lambda d: d["medicine"],
    "member_id": lambda d: d["member"],
    "method": lambda d: "cash",
    "name": lambda d: "李四",
    "name_en": lambda d: "North desk",
    "name_zh": lambda d: "北门服务台",
    "new_password": lambda d: "another-pass-2",
    "note": lambda d: "已处理",
    "number": lambda d: d["receipt_no"],
    "old_password": lambda d: PASSWORD,
    "original_no": lambda d: d["invoice_no"],
    "password": lambda d: PASSWORD,
    "perm": lambda d: Perm.CLOSE_SHIFT,
    "phone": lambda d: "13800138000",
    "quantity": lambda d: 1,
    "reason": lambda d: "测试",
    "redemption_id": lambda d: 1,
    "receipt": lambda d: receipt(d["shop"], "B-7", 30000),
    "receipt_no": lambda d: d["receipt_no"],
    "record_id": lambda d: d["found"],
    "report_id": lambda d: d["report"],
    "reward_id": lambda d: d["reward"],
    "score": lambda d: 4,
    "shift_id": lambda d: d["shift"],
    "shop_id": lambda d: d["shop"],
    "storage": lambda d: "B-2 柜",
    "tag_no": lambda d: d["tag"],
    "text": lambda d: "张",
    "text_en": lambda d: "Lost: a black umbrella",
    "text_zh": lambda d: "寻物：黑色雨伞",
    "title_zh": lambda d: "停车收费",
    "topic": lambda d: "parking",
    "username": lambda d: "supervisor1",
    "value": lambda d: "main",
    "voucher_no": lambda d: d["receipt_no"],  # not a loan's voucher: refused, and that is fine
}
ARGS_BY_OPERATION = {
    "admin.backups.record_restore": {},
    "admin.printer_test.printer_test_pdf": {"layout": lambda d: "a4"},
    "admin.site.initialise": {
        "profile": lambda d: site.get_profile(d["admin"]),
        "admin_username": lambda d: "admin",
        "admin_password": lambda d: PASSWORD,
    },
    "care.custody.hand_out": {"item_id": lambda d: d["held"], "picked_up_by": lambda d: "李经理"},
    "care.custody.take_in": {
        "owner_kind": lambda d: "supplier",
        "held_for": lambda d: "招商部",
        "left_by": lambda d: "快递员",
    },
    "care.first_aid.add_medicine": {"kind": lambda d: "external"},
    "visitors.search.search_chosen": {"token": lambda d: f"loan:{d['loan']}"},
    "care.first_aid.restock": {"expires_on": lambda d: "2027-06-30"},
    "care.paging.page": {"kind": lambda d: "person", "requested_by": lambda d: "李女士"},
    "complaints.cases.record_case": {"text": lambda d: "排队太久"},
    "complaints.cases.record_follow_up": {"reached": lambda d: True},
    "complaints.summary.summarise": {"period": lambda d: "week"},
    "directory.inquiries.record_inquiry": {"kind": lambda d: "directions"},
    "directory.inquiries.take_back_inquiry": {"inquiry_id": lambda d: 1},
    "documents.printing.record_print": {"output": lambda d: "pdf"},
    "finance.handover.hand_over": {},
    "lending.items.retire_item": {"code": lambda d: d["item_code"]},
    "lending.loans.lend_item": {"item_code": lambda d: d["item_code"]},
    "lost_found.claims.claim_item": {
        "claimant_name": lambda d: "李雷",
        "id_type": lambda d: "resident_id",
        "description_confirmed": lambda d: True,
        "detail_answer": lambda d: "LY520",
        "signature_png": lambda d: signature_png(),
    },
    "lost_found.claims.release_claim_attempts": {
        "supervisor": lambda d: "supervisor1",
        "supervisor_password": lambda d: PASSWORD,
    },
    "lost_found.documents.category_label": {"code": lambda d: "ordinary"},
    "lost_found.items.dispose_item": {"method": lambda d: "销毁", "witness": lambda d: "王五"},
    "lost_found.items.hand_to_police": {"officer": lambda d: "张警官", "station": lambda d: "东区"},
    "lost_found.items.register_found_item": {
        "found_place": lambda d: "L2",
        "found_at": lambda d: T0,
        "hidden_detail": lambda d: "内侧有划痕",
        "category": lambda d: "ordinary",
    },
    "lost_found.items.register_lost_report": {"lost_from": lambda d: T0, "lost_to": lambda d: T0},
    "lost_found.paging.announce": {"kind": lambda d: "found"},
    "lost_found.paging.broadcast_text": {"kind": lambda d: "found"},
    "members.members.find_members": {"text": lambda d: "139"},
    "members.members.reissue_card": {"old_card_no": lambda d: d["card"]},
    "members.points.add_manual_points": {"points": lambda d: 5},
    "members.points.return_receipt": {
        "receipt_no": lambda d: "A-1",
        "receipt_date": lambda d: date(2026, 3, 16),
    },
    "printing.counter.print_counter_document": {
        "document": lambda d: Document("receipt"),
        "kind": lambda d: None,
        "number": lambda d: None,
    },
    "printing.counter.print_labels": {"labels": lambda d: [Document("receipt")]},
    "printing.printers.printer_setup": {"role": lambda d: "receipt"},
    "quality.checks.sheet_version": {"sheet_id": lambda d: 1},
    "quality.ratings.key_spoken_rating": {
        "service": lambda d: "sale",
        "reference": lambda d: d["receipt_no"],
    },
    "quality.ratings.rate_service": {
        "service": lambda d: "sale",
        "reference": lambda d: d["receipt_no"],
    },
    "quality.ratings.rating_of": {
        "service": lambda d: "sale",
        "reference": lambda d: d["receipt_no"],
    },
    "quality.ratings.record_missed_call": {"rang_seconds": lambda d: 30},
    "quality.ratings.skip_rating": {
        "service": lambda d: "sale",
        "reference": lambda d: d["receipt_no"],
    },
    "reports.ledger_documents.handover_pdf": {"voucher": lambda d: d["voucher"]},
    "retention.archive.find_record": {"path": lambda d: d["folder"] / "none.zip"},
    "visitors.scan.resolve_scan": {"code": lambda d: d["slip"]},
    "visitors.search.search_visitor": {"text": lambda d: "138"},
}


def _may(permission, role: str) -> bool:
    if permission in (SIGNED_IN, BEFORE_SIGN_IN):
        return True
    return Role(role) in GRANTS[Perm(permission)]


OPERATIONS = {
    name.removeprefix("services."): fn
    for name, fn in declared_operations().items()
    if any(_may(fn.permission, role) for role in ROLES)
}


def _required(fn) -> list[str]:
    return [
        p.name
        for p in list(inspect.signature(fn).parameters.values())[1:]
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


def arguments(name: str, fn, desk: dict) -> dict:
    chosen = ARGS_BY_OPERATION.get(name, {})
    return {p: (chosen.get(p) or ARGS_BY_NAME[p])(desk) for p in _required(fn)}


# --- looking for the figure ----------------------------------------------------------------
def _money_texts(fen: int) -> set[str]:
    yuan = Decimal(fen) / 100
    return {f"{yuan:.2f}", f"{yuan:,.2f}", str(fen), f"{float(yuan):g}"}


WANTED = {fen: _money_texts(fen) for fen in (EXPECTED_FEN, CASH_NET_FEN)}


def _document_text(data: bytes) -> str:
    """What a person reads in a PDF, workbook or CSV an operation returns."""
    if data.startswith(b"%PDF"):
        pdf = pdfium.PdfDocument(data)
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return "\n".join(
                book.read(n).decode("utf-8", "replace")
                for n in book.namelist()
                if n.endswith("xml")
            )
    return data.decode("utf-8", "replace")


def _strings(value, seen: set[int]):
    """Every number and text inside an answer: dataclasses, mappings, sequences, documents."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float, Decimal)):
        yield str(value)
    elif isinstance(value, Enum):
        yield str(value.value)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, (bytes, bytearray, memoryview)):
        yield _document_text(bytes(value))
    elif isinstance(value, Path):
        if value.is_file() and value.stat().st_size < 5_000_000:
            yield _document_text(value.read_bytes())
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, seen)
            yield from _strings(v, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v, seen)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), seen)
        for attr, prop in vars(type(value)).items():  # computed figures count too
            if isinstance(prop, property):
                yield from _strings(getattr(value, attr), seen)
    elif hasattr(value, "__dict__"):
        for v in vars(value).values():
            yield from _strings(v, seen)


def figures_in(answer) -> list[str]:
    found = []
    for text in _strings(answer, set()):
        for fen, forms in WANTED.items():
            for form in forms:
                if re.search(rf"(?<![\d.]){re.escape(form)}(?![\d])", text):
                    found.append(f"{form} (of {fen} fen) in {text[:120]!r}")
    return found


# --- the test ---------------------------------------------------------------------------------
def test_the_detector_finds_the_figure_where_it_is():
    """Without this, a test that finds nothing could be a test that cannot find."""
    assert figures_in(shifts.CashFigures(12370, 5150, 0))  # expected_fen is a property
    assert figures_in({"cash": [f"Expected cash ¥{EXPECTED_FEN / 100:,.2f}"]})
    assert figures_in(DomainError("Short by {diff}.", diff="¥51.50").render())
    assert not figures_in({"float": 12370, "deposits": 5000, "text": "R2026-000175.201"})


def test_every_operation_has_its_arguments():
    missing = sorted(
        f"{name}({p})"
        for name, fn in OPERATIONS.items()
        for p in _required(fn)
        if p not in ARGS_BY_OPERATION.get(name, {}) and p not in ARGS_BY_NAME
    )
    assert not missing, f"add these to ARGS_BY_NAME or ARGS_BY_OPERATION: {missing}"
    stale = sorted(set(ARGS_BY_OPERATION) - set(OPERATIONS))
    assert not stale, f"no such operation open to a clerk or a lead: {stale}"


@pytest.mark.sqlite_only(reason="puts the desk back between calls with the SQLite backup API")
def test_no_operation_gives_the_expected_cash_of_an_open_shift(desk):
    db = desk["clerk"].db
    start = sqlite3.connect(":memory:")
    db.conn.backup(start)
    leaks, failed, called = [], [], 0
    try:
        for name, fn in sorted(OPERATIONS.items()):
            for role in ROLES:
                if not _may(fn.permission, role):
                    continue
                start.backup(db.conn)  # each call on the desk as the fixture left it
                ctx = desk[role]
                try:
                    answer = fn(ctx, **arguments(name, fn, desk))
                except DomainError as refusal:
                    answer = [refusal.render(), refusal.params]
                except Exception as error:  # noqa: BLE001 - reported below, with its name
                    failed.append(f"{name} as {role}: {error!r}")
                    continue
                finally:
                    if db.conn.in_transaction:
                        db.conn.execute("ROLLBACK")
                called += 1
                found = figures_in(answer)
                if name in COUNT_FIRST and found:
                    kept = db.conn.execute("SELECT count(*) FROM shift_counts").fetchone()[0]
                    assert kept, f"{name} showed the figure without keeping a count"
                    continue
                leaks += [f"{name} as {role}: {f}" for f in found]
    finally:
        start.close()
    assert not leaks, "the expected cash of an open shift was given out:\n" + "\n".join(leaks)
    assert not failed, "fix these calls' arguments:\n" + "\n".join(failed)
    assert called > 300
    # the figure is there to be found once a count is kept
    assert shifts.record_count(desk["shift_lead"], {}).expected_fen == EXPECTED_FEN
