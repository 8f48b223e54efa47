"""docs/access.md is what scripts/access_table.py generates from the declarations, and it
names every declared operation with the right the role runner checks."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from services.core.operations import declared_operations

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location(
        "access_table", ROOT / "scripts" / "access_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_access_doc_is_generated_from_the_declarations():
    text = (ROOT / "docs" / "access.md").read_text(encoding="utf-8")
    assert text == _script().render(), (
        "docs/access.md is out of date: run .venv/bin/python scripts/access_table.py"
    )


def test_every_declared_operation_is_in_the_doc():
    text = (ROOT / "docs" / "access.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([\w.]+)` \|", text, re.M))
    assert rows == {name.removeprefix("services.") for name in declared_operations()}
