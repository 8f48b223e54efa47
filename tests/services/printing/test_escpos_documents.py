"""Every counter document printed through the ESC/POS path to a fake network printer (a socket
server on localhost), on 80 mm and 58 mm paper: Chinese text in GB18030, the printer's QR
command carrying the document's number, a cut at the end, the drawer kicked after a cash
movement only; and the printer settings kept by admins only, audited."""

from __future__ import annotations

import dataclasses

import pytest

from services.admin import site
from services.core.errors import DomainError, PermissionDenied, ValidationError
from services.documents import printing
from services.printing import counter, printers, thermal
from tests.demo.test_dashboard_demo import build_site
from tests.services.printing.catalogue import counter_documents, sheet_documents
from tests.services.printing.fake_printer import FakePrinter, closed_port

CUT = (b"\x1dV\x00", b"\x1dV\x01", b"\x1dVA", b"\x1dVB")
KICK = b"\x1bp\x00"
CHINESE_MODE = b"\x1c&"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from services.core.database import open_database

    db = open_database(tmp_path_factory.mktemp("escpos") / "demo.db")
    made = build_site(db, days=3, seed=4)
    admin = made["ctxs"]["admin"]
    profile = site.get_profile(admin)
    # a Chinese site name, so every document carries Chinese text of its own
    site.update_profile(admin, dataclasses.replace(profile, name="港城购物中心 Harbour City"))
    issue_invoice(made["ctxs"]["clerk"])
    yield made
    db.close()


def issue_invoice(clerk):
    from services.directory import shops
    from services.invoices import invoices
    from services.invoices.invoices import LineInput

    return invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="周晓雯",
        buyer_tax_id="",
        shop_id=shops.active_shops(clerk)[2].id,
        sources=[invoices.SourceReceipt("0317-00217", 129900)],
        lines=[LineInput("羊毛大衣 Wool coat", 1, 129900, 13)],
    )


@pytest.fixture
def fake_printer():
    printer = FakePrinter()
    yield printer
    printer.close()


def set_receipt_printer(admin, port: int, paper_mm: int, **extra) -> printers.PrinterSetup:
    return printers.save_printer_setup(
        admin,
        printers.PrinterSetup(
            role="receipt",
            connection="network",
            host="127.0.0.1",
            port=port,
            paper_mm=paper_mm,
            direct=True,
            **extra,
        ),
    )


def qr_payload(job: bytes) -> list[bytes]:
    """The data of each native QR 'store' command (GS ( k ... 1 P 0 data)."""
    found, at = [], 0
    while (at := job.find(b"\x1d(k", at)) >= 0:
        size = job[at + 3] + 256 * job[at + 4]
        body = job[at + 5 : at + 5 + size]
        if body[:3] == b"1P0":
            found.append(body[3:])
        at += 5 + size
    return found


def ends_with_cut(job: bytes) -> bool:
    tail = job.rstrip(KICK + b"22")  # the drawer pulse (ESC p 0 50 50) may follow
    return any(job.rfind(cut) > len(job) - 12 for cut in CUT) or tail.endswith(CUT)


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_every_counter_document_prints_as_escpos(demo, fake_printer, paper_mm):
    ctxs = demo["ctxs"]
    admin, clerk = ctxs["admin"], ctxs["clerk"]
    set_receipt_printer(admin, fake_printer.port, paper_mm)
    documents = counter_documents(admin.db)
    kinds = {d.kind for d in documents}
    assert {"deposit_slip", "receipt", "found_tag", "claim_receipt", "member_card"} <= kinds
    assert {"shift_report"} <= kinds
    assert any(d.cash for d in documents) and any(not d.cash for d in documents)
    for n, printed in enumerate(documents):
        pdf = printed.build(clerk, 0)
        record = counter.print_counter_document(clerk, pdf.document, printed.kind, printed.number)
        job = fake_printer.wait_for(n + 1)[n]
        assert job.startswith(b"\x1b@" + CHINESE_MODE), printed.name
        assert "港城购物中心".encode("gb18030") in job, printed.name
        assert printed.number.encode() in qr_payload(job), printed.name
        assert ends_with_cut(job), printed.name
        assert (KICK in job) == printed.cash, printed.name
        assert record.copy_no == printing.next_copy_number(clerk, printed.kind, printed.number) - 1
        # no line is wider than the paper: every text line fits its columns
        columns = thermal.Paper(paper_mm).columns
        for line in job.split(b"\n"):
            text = line.rsplit(b"\x1dB\x00", 1)[-1]  # the text after the last style command
            if b"\x1b" in text or b"\x1d" in text:
                continue
            assert len(text) <= columns, (printed.name, text.decode("gb18030", "replace"))


def test_a_reprint_is_marked_copy_and_never_kicks_the_drawer(demo, fake_printer):
    ctxs = demo["ctxs"]
    admin, clerk = ctxs["admin"], ctxs["clerk"]
    set_receipt_printer(admin, fake_printer.port, 80)
    cash = next(d for d in counter_documents(admin.db) if d.cash)
    copy_no = printing.next_copy_number(clerk, cash.kind, cash.number)
    reprint = cash.build(clerk, max(copy_no, 1))
    counter.print_counter_document(clerk, reprint.document, cash.kind, cash.number)
    job = fake_printer.wait_for(1)[0]
    assert b"COPY" in job
    assert KICK not in job


def test_sheets_carry_a_qr_of_their_number(demo):
    clerk = demo["ctxs"]["clerk"]
    for printed in sheet_documents(clerk.db):
        model = printed.build(clerk, 0).document
        assert printed.number in [b.values["text"] for b in model.blocks if b.kind == "qr"]


def test_raster_qr_when_the_printer_has_no_qr_command(demo):
    clerk = demo["ctxs"]["clerk"]
    slip = counter_documents(clerk.db)[0]
    job = thermal.render(slip.build(clerk, 0).document, thermal.Paper(58, native_qr=False))
    assert not qr_payload(job)
    assert b"\x1dv0" in job  # GS v 0: a raster image


def test_open_drawer_is_audited_and_needs_a_drawer(demo, fake_printer):
    ctxs = demo["ctxs"]
    admin, clerk = ctxs["admin"], ctxs["clerk"]
    set_receipt_printer(admin, fake_printer.port, 80, drawer=False)
    with pytest.raises(ValidationError):
        counter.open_drawer(clerk, "change for a 100 note")
    set_receipt_printer(admin, fake_printer.port, 80)
    counter.open_drawer(clerk, "change for a 100 note")
    assert fake_printer.wait_for(1)[0] == KICK + b"22"
    row = clerk.db.conn.execute(
        "SELECT * FROM audit_log WHERE action = 'drawer.open' ORDER BY id DESC"
    ).fetchone()
    assert row is not None and "change for a 100 note" in row["after"]


def test_a_printer_that_is_off_is_a_message_not_a_crash(demo):
    ctxs = demo["ctxs"]
    admin, clerk = ctxs["admin"], ctxs["clerk"]
    set_receipt_printer(admin, closed_port(), 80)
    slip = counter_documents(clerk.db)[0]
    before = printing.next_copy_number(clerk, slip.kind, slip.number)
    with pytest.raises(printers.PrinterUnavailable):
        counter.print_counter_document(clerk, slip.build(clerk, 0).document, slip.kind, slip.number)
    assert printing.next_copy_number(clerk, slip.kind, slip.number) == before  # no copy logged


def test_printer_settings_are_for_admins_validated_and_audited(demo):
    ctxs = demo["ctxs"]
    admin, clerk = ctxs["admin"], ctxs["clerk"]
    setup = printers.PrinterSetup(role="label", connection="serial", device="COM3", baud=19200)
    with pytest.raises(PermissionDenied):
        printers.save_printer_setup(clerk, setup)
    for bad in (
        dataclasses.replace(setup, paper_mm=57),
        dataclasses.replace(setup, connection="network", host="bad host!"),
        dataclasses.replace(setup, device=""),
        dataclasses.replace(setup, baud=1234),
        dataclasses.replace(setup, role="fax"),
        dataclasses.replace(setup, device="COM3\x00"),
    ):
        with pytest.raises(DomainError):
            printers.save_printer_setup(admin, bad)
    assert printers.printer_setup(clerk, "label").connection == "none"
    printers.save_printer_setup(admin, setup)
    assert printers.printer_setup(clerk, "label") == setup
    row = admin.db.conn.execute(
        "SELECT * FROM audit_log WHERE action = 'setting.update' ORDER BY id DESC"
    ).fetchone()
    assert f"printers.{admin.desk}.label" in row["entity_id"]


def test_wrapping_never_splits_a_value():
    text = (
        "借用人 王小明 138****8000 于 2026-03-16 10:00 借出 U-001 押金 ¥1,250.00 单号D2026-000012"
    )
    for columns in (16, 20, 32, 48):
        lines = thermal.wrap(text, columns)
        assert all(thermal.width(x) <= columns for x in lines)
        joined = " ".join(lines)
        for value in ("138****8000", "2026-03-16", "10:00", "U-001", "￥1,250.00"):
            assert value in joined, (columns, lines)


def zbar_decode(png_path) -> list[str]:
    import shutil
    import subprocess

    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed")
    done = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png_path)], capture_output=True, text=True, check=False
    )
    return done.stdout.split()


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_every_qr_on_the_paper_scans(demo, tmp_path, paper_mm):
    """The job as a 203 dpi one-bit head prints it; zbar reads the document's number."""
    from services.printing.thermal_view import render_job

    clerk = demo["ctxs"]["clerk"]
    for native in (True, False):
        for printed in counter_documents(clerk.db):
            paper = thermal.Paper(paper_mm, native_qr=native)
            job = thermal.render(printed.build(clerk, 0).document, paper)
            picture = tmp_path / f"{printed.kind}.png"
            render_job(job, paper_mm).save(picture)
            assert zbar_decode(picture) == [printed.number], (printed.name, native)
