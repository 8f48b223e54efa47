"""Layer rules: ui/ never reaches the database; services/ and db/ never import Qt or ui/."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "ui": {"sqlite3", "sqlite_utils", "db"},
    "services": {"PySide6", "shiboken6", "ui"},
    "db": {"PySide6", "shiboken6", "ui", "services"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def crossings() -> list[str]:
    found = []
    for layer, banned in FORBIDDEN.items():
        for path in sorted((ROOT / layer).rglob("*.py")):
            for root in sorted(imported_roots(path) & banned):
                found.append(f"{path.relative_to(ROOT)} imports {root}")
    return found


def test_no_layer_crossings():
    assert crossings() == []


def test_the_checker_catches_a_crossing(tmp_path, monkeypatch):
    bad = tmp_path / "ui"
    bad.mkdir()
    (bad / "page.py").write_text("import sqlite3\nfrom db.connection import connect\n")
    for layer in ("services", "db"):
        (tmp_path / layer).mkdir()
    import sys
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert crossings() == ["ui/page.py imports db", "ui/page.py imports sqlite3"]
