"""frontdesk ledger / handover / export / unlock on a database with a day of desk work."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pytest

from main import main
from services.admin import site, users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from tests.conftest import PASSWORD
from tests.services.reports.test_daily_ledger import busy_day


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    return qapp


@pytest.fixture
def desk_db(tmp_path, monkeypatch):
    path = tmp_path / "desk.db"
    db = open_database(path)
    clock = FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC))
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(
        kind="mall", name="Harbour City Mall", timezone="Asia/Shanghai", language="en"
    )
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", PASSWORD))
    ctxs = {"admin": admin}
    for role in ("clerk", "shift_lead", "supervisor"):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, f"{role}1", role, PASSWORD))
    busy_day(ctxs, clock)
    db.close()
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    return path


def test_ledger_handover_export_unlock(desk_db, tmp_path, capsys):
    db = ["--db", str(desk_db)]
    assert (
        main(
            [
                "ledger",
                "--date",
                "2026-03-16",
                "-o",
                str(tmp_path / "l.pdf"),
                "--user",
                "shift_lead1",
            ]
            + db
        )
        == 0
    )
    assert (tmp_path / "l.pdf").read_bytes()[:4] == b"%PDF"
    assert (
        main(
            [
                "handover",
                "--date",
                "2026-03-16",
                "-o",
                str(tmp_path / "h.pdf"),
                "--user",
                "shift_lead1",
            ]
            + db
        )
        == 0
    )
    assert "H2026-000001" in capsys.readouterr().out
    assert (
        main(
            [
                "handover",
                "--date",
                "2026-03-16",
                "-o",
                str(tmp_path / "h2.pdf"),
                "--user",
                "shift_lead1",
            ]
            + db
        )
        == 0
    )
    assert "copy 1" in capsys.readouterr().out
    assert (
        main(
            [
                "export",
                "--month",
                "2026-03",
                "-o",
                str(tmp_path / "m.xlsx"),
                "--csv",
                str(tmp_path / "csv"),
                "--user",
                "shift_lead1",
            ]
            + db
        )
        == 2
    )
    assert "does not allow" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "--month",
                "2026-03",
                "-o",
                str(tmp_path / "m.xlsx"),
                "--csv",
                str(tmp_path / "csv"),
                "--user",
                "supervisor1",
            ]
            + db
        )
        == 0
    )
    assert "locked" in capsys.readouterr().out
    assert "Summary" in openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames
    assert len(list((tmp_path / "csv").glob("*.csv"))) == 7
    assert (
        main(["unlock", "--month", "2026-03", "--reason", "fix", "--user", "supervisor1"] + db) == 2
    )
    assert (
        main(
            ["unlock", "--month", "2026-03", "--reason", "receipt keyed twice", "--user", "admin"]
            + db
        )
        == 0
    )


def test_a_bad_date_is_a_message(desk_db, tmp_path, capsys):
    assert (
        main(
            [
                "ledger",
                "--date",
                "16/03/2026",
                "-o",
                str(tmp_path / "l.pdf"),
                "--user",
                "shift_lead1",
                "--db",
                str(desk_db),
            ]
        )
        == 2
    )
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_ledger_and_the_hand_over_of_one_desk(desk_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FRONTDESK_CONFIG_FOLDER", str(tmp_path / "pc"))
    db = ["--db", str(desk_db), "--user", "shift_lead1"]
    out = str(tmp_path / "main.pdf")
    assert main(["ledger", "--date", "2026-03-16", "--of-desk", "MAIN", "-o", out] + db) == 0
    assert "(desk MAIN)" in capsys.readouterr().out
    assert main(["ledger", "--date", "2026-03-16", "--of-desk", "east", "-o", out] + db) == 2
    assert "no desk east" in capsys.readouterr().err
    voucher = str(tmp_path / "v.pdf")
    assert main(["handover", "--date", "2026-03-16", "-o", voucher] + db) == 0
    assert "written to" in capsys.readouterr().out
    assert main(["handover", "--date", "2026-03-16", "--desk", "east", "-o", voucher] + db) == 2
    assert "no desk east" in capsys.readouterr().err


def _pdf_text(path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def test_the_ledger_and_the_hand_over_speak_the_language_asked_for(desk_db, tmp_path):
    """An English site's papers asked for in Chinese (--lang) name the desk and the services
    in Chinese too, not the labels in one language and the names in the other."""
    db = ["--db", str(desk_db), "--user", "shift_lead1", "--lang", "zh_CN"]
    ledger, voucher = tmp_path / "l.pdf", tmp_path / "v.pdf"
    assert main(["ledger", "--date", "2026-03-16", "-o", str(ledger)] + db) == 0
    assert (
        main(["handover", "--date", "2026-03-16", "--of-desk", "main", "-o", str(voucher)] + db)
        == 0
    )
    for paper in (ledger, voucher):
        text = _pdf_text(paper)
        assert "总服务台" in text, paper.name
        assert "Main desk" not in text, paper.name
    assert "Photocopy" not in _pdf_text(ledger)  # a service by its Chinese name
