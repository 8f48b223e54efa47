"""The zh_CN translation is complete: every marked string has a finished translation that
keeps the same {placeholders}, and the .ts file is up to date with the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "frontdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def lupdate() -> Path:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    return exe if exe.exists() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def translated_text(tr: ET.Element | None) -> str:
    """The translation, or for a plural (%n) message its forms joined."""
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return ""
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return " ".join(forms) if forms else (tr.text or "")


def test_every_message_is_translated():
    unfinished = [
        f"{ctx}: {src}"
        for (ctx, src), tr in messages(TS).items()
        if not translated_text(tr).strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    wrong = [
        src
        for (_, src), tr in messages(TS).items()
        if translated_text(tr)
        and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(translated_text(tr)))
    ]
    assert wrong == []


def test_ts_file_covers_every_marked_string(tmp_path):
    sources = sorted(
        str(p.relative_to(ROOT)) for d in ("ui", "services") for p in (ROOT / d).rglob("*.py")
    ) + ["main.py"]
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [str(lupdate()), "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(result.stdout + result.stderr)
    missing = sorted(f"{c}: {s}" for c, s in set(messages(fresh)) - set(messages(TS)))
    assert missing == [], "run scripts/update_translations.sh and translate the new strings"


def test_translation_markers_are_not_renamed():
    """lupdate only sees the names QT_TRANSLATE_NOOP / tr / translate: an alias hides strings."""
    aliased = [
        str(p.relative_to(ROOT))
        for d in ("ui", "services")
        for p in (ROOT / d).rglob("*.py")
        if re.search(
            r"QT_TRANSLATE_NOOP\s+as\s+\w+|^\w+\s*=\s*QT_TRANSLATE_NOOP\s*$",
            p.read_text(encoding="utf-8"),
            re.M,
        )
    ]
    assert aliased == []
