"""The command line speaks the site's language unless --lang says otherwise, wherever the
option is written (before or after the subcommand)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from main import main
from ui import i18n


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    yield qapp
    i18n.install("en")  # the translator is the application's: leave it as the tests found it


def pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


@pytest.fixture
def zh_site(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_PASSWORD", "admin-pass-1")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    path = tmp_path / "cli.db"
    argv = ["init", "--db", str(path), "--site-name", "星光广场", "--site-kind", "mall"]
    assert main([*argv, "--admin", "boss", "--language", "zh_CN"]) == 0
    return path


def ledger(path, out, *extra: str, before: tuple[str, ...] = ()) -> str:
    argv = [*before, "ledger", "--db", str(path), "--user", "boss", "--date", "2026-03-16"]
    assert main([*argv, "-o", str(out), *extra]) == 0
    return pdf_text(out)


def test_the_ledger_is_in_the_sites_language_unless_lang_says_otherwise(zh_site, tmp_path):
    assert "日报台账" in ledger(zh_site, tmp_path / "site.pdf")
    assert "Daily ledger" in ledger(zh_site, tmp_path / "after.pdf", "--lang", "en")
    assert "Daily ledger" in ledger(zh_site, tmp_path / "before.pdf", before=("--lang", "en"))
    assert "日报台账" in ledger(zh_site, tmp_path / "zh.pdf", before=("--lang", "zh_CN"))
