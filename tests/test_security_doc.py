"""docs/security.md is what scripts/security_table.py generates from the role tables, and
every row of it is an operation the role tests call as every role (issue 10, Access)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("security_table",
                                                  ROOT / "scripts" / "security_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def doc_rows() -> dict[str, tuple[str, str]]:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    return {m[1]: (m[2], m[3]) for m in
            re.finditer(r"^\| `([\w.]+)` \| (\w+) \| ([\w, ]+) \|$", text, re.M)}


def test_security_doc_is_generated_from_the_role_tables():
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert text == _script().render(), \
        "docs/security.md is out of date: run .venv/bin/python scripts/security_table.py"


def test_every_row_is_run_as_every_role():
    from services.core.permissions import GRANTS, Perm
    from tests.services.core.test_roles import role_tables
    tables, rows = role_tables(), doc_rows()
    assert rows and set(rows) <= set(tables)
    for name, (perm, roles) in rows.items():
        assert Perm(perm) is tables[name][0]
        assert set(roles.split(", ")) == {r.value for r in GRANTS[Perm(perm)]}
    # each module's table is run by a test parametrized over every role
    for path in (ROOT / "tests" / "services").glob("test_*roles.py"):
        source = path.read_text(encoding="utf-8")
        if "_GUARDED = {" in source or "GUARDED = {" in source:
            assert re.search(r'parametrize\("role", \[r\.value for r in Role\]\)', source), path


def test_every_guarded_operation_is_in_the_doc():
    from tests.services.core.test_roles import guarded_functions
    assert guarded_functions() - set(doc_rows()) == set()
