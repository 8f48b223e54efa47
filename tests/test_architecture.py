"""The house rules, read from the code (ARCHITECTURE.md):
- layers: ui/ never reaches the database; services/ and db/ never import Qt or ui/; the demo
  goes through the services;
- one door: ui/ never touches `.db` or `.conn`, and calls no service building block
  (@internal); every public service function that takes the context declares its permission;
- areas: a module of one area never uses another area's private names.
Each rule has a test that plants a breach in a scratch tree and sees it caught."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "ui": {"sqlite3", "sqlite_utils", "db"},
    "services": {"PySide6", "shiboken6", "ui", "demo"},
    "db": {"PySide6", "shiboken6", "ui", "services", "demo"},
    "demo": {"PySide6", "shiboken6", "ui", "sqlite3", "sqlite_utils", "db"},
}
DECLARATIONS = {"requires", "signed_in", "before_sign_in", "internal"}
# the door itself: these take the context to check it
DOOR = {"services/core/permissions.py"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _files(root: Path, layer: str) -> list[Path]:
    return sorted((root / layer).rglob("*.py"))


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def crossings(root: Path = ROOT) -> list[str]:
    found = []
    for layer, banned in FORBIDDEN.items():
        for path in _files(root, layer):
            for name in sorted(imported_roots(path) & banned):
                found.append(f"{path.relative_to(root)} imports {name}")
    return found


def handles_in_ui(root: Path = ROOT) -> list[str]:
    """Every `.db` / `.conn` in ui/: the UI asks services, it never holds the connection."""
    return [
        f"{path.relative_to(root)}:{node.lineno} .{node.attr}"
        for path in _files(root, "ui")
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Attribute) and node.attr in ("db", "conn")
    ]


def _declared(node: ast.FunctionDef) -> bool:
    for deco in node.decorator_list:
        target = deco.func if isinstance(deco, ast.Call) else deco
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in DECLARATIONS:
            return True
    return False


def undeclared_operations(root: Path = ROOT) -> list[str]:
    """Public module-level functions of services/ taking the context (or a raw database)
    without a permission declaration."""
    found = []
    for path in _files(root, "services"):
        rel = str(path.relative_to(root))
        if rel in DOOR:
            continue
        for node in _tree(path).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            first = node.args.args[0].arg if node.args.args else ""
            if first in ("db", "conn"):
                found.append(f"{rel}:{node.lineno} {node.name} takes a raw {first}")
            elif first == "ctx" and not _declared(node):
                found.append(f"{rel}:{node.lineno} {node.name} declares no permission")
    return found


def _area(root: Path, path: Path) -> str | None:
    parts = path.relative_to(root).parts
    return parts[1] if len(parts) > 2 and parts[0] in ("services", "db", "ui") else None


def _module_area(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[0] in ("services", "db", "ui") else None


def _aliases(tree: ast.Module) -> dict[str, str]:
    """local name -> dotted module, for `import a.b as x` and `from a import b` (a module)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                names[a.asname or a.name.split(".")[0]] = (
                    a.name if a.asname else a.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for a in node.names:
                names[a.asname or a.name] = f"{node.module}.{a.name}"
    return names


def private_reaches(root: Path = ROOT) -> list[str]:
    """Another area's `_private` names, imported or read through its module."""
    found = []
    for layer in ("services", "db", "ui"):
        for path in _files(root, layer):
            own, tree = _area(root, path), _tree(path)
            if own is None:
                continue
            rel = path.relative_to(root)
            aliases = _aliases(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    other = _module_area(node.module)
                    for a in node.names:
                        if other not in (None, own) and a.name.startswith("_"):
                            found.append(f"{rel}:{node.lineno} {node.module}.{a.name}")
                elif (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                ):
                    module = aliases.get(node.value.id)
                    other = _module_area(module) if module else None
                    if other not in (None, own):
                        found.append(f"{rel}:{node.lineno} {module}.{node.attr}")
    return found


def _internal_names(root: Path) -> set[str]:
    """'services.area.module.function' for every @internal building block."""
    names = set()
    for path in _files(root, "services"):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        for node in _tree(path).body:
            if isinstance(node, ast.FunctionDef) and any(
                getattr(d, "id", getattr(d, "attr", None)) == "internal"
                for d in node.decorator_list
            ):
                names.add(f"{module}.{node.name}")
    return names


def ui_calls_to_internal(root: Path = ROOT) -> list[str]:
    internal, found = _internal_names(root), []
    for path in _files(root, "ui"):
        tree = _tree(path)
        aliases = _aliases(tree)
        for node in ast.walk(tree):
            target = None
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                module = aliases.get(node.value.id)
                target = f"{module}.{node.attr}" if module else None
            elif isinstance(node, ast.Name):
                target = aliases.get(node.id)
            if target in internal:
                found.append(f"{path.relative_to(root)}:{node.lineno} {target}")
    return sorted(set(found))


def test_no_layer_crossings():
    assert crossings() == []


def test_ui_never_holds_the_database():
    assert handles_in_ui() == []


def test_every_public_service_function_declares_its_permission():
    assert undeclared_operations() == []


def test_no_area_reaches_into_another_areas_private_names():
    assert private_reaches() == []


def test_ui_calls_no_service_building_block():
    assert ui_calls_to_internal() == []


# --- the checkers catch what they are for -------------------------------------------------


def _scratch(tmp_path: Path, files: dict[str, str]) -> Path:
    for layer in FORBIDDEN:
        (tmp_path / layer).mkdir(exist_ok=True)
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_the_checker_catches_a_crossing(tmp_path):
    root = _scratch(
        tmp_path,
        {
            "ui/page.py": "import sqlite3\nfrom db.core.connection import connect\n",
            "demo/site.py": "import db.core.audit\n",
        },
    )
    assert crossings(root) == [
        "ui/page.py imports db",
        "ui/page.py imports sqlite3",
        "demo/site.py imports db",
    ]


def test_the_checker_catches_the_database_in_ui(tmp_path):
    root = _scratch(
        tmp_path, {"ui/page.py": "def f(session):\n    return session.ctx.db.conn.execute('x')\n"}
    )
    assert handles_in_ui(root) == ["ui/page.py:2 .conn", "ui/page.py:2 .db"]


def test_the_checker_catches_an_undeclared_operation(tmp_path):
    root = _scratch(
        tmp_path,
        {
            "services/lending/loans.py": (
                "from services.core.permissions import requires, Perm\n"
                "@requires(Perm.COUNTER)\ndef lend(ctx, code):\n    pass\n"
                "def refund(ctx, loan_id):\n    pass\n"
                "def held(db):\n    pass\n"
                "def _helper(ctx):\n    pass\n"
                "def money(fen):\n    pass\n"
            )
        },
    )
    assert undeclared_operations(root) == [
        "services/lending/loans.py:5 refund declares no permission",
        "services/lending/loans.py:7 held takes a raw db",
    ]


def test_the_checker_catches_a_private_name_across_areas(tmp_path):
    root = _scratch(
        tmp_path,
        {
            "services/sales/sales.py": "from services.lending.loans import _deposit\n"
            "from services.sales.price_list import _price\n",
            "services/members/points.py": "from services.lending import loans\n"
            "x = loans._held(1)\n",
        },
    )
    assert private_reaches(root) == [
        "services/members/points.py:2 services.lending.loans._held",
        "services/sales/sales.py:1 services.lending.loans._deposit",
    ]


def test_the_checker_catches_ui_calling_a_building_block(tmp_path):
    root = _scratch(
        tmp_path,
        {
            "services/shifts/shifts.py": "@internal\ndef post_movement(ctx):\n    pass\n"
            "@signed_in\ndef current_shift(ctx):\n    pass\n",
            "ui/shifts/page.py": "from services.shifts import shifts\n"
            "shifts.current_shift(None)\nshifts.post_movement(None)\n",
        },
    )
    assert ui_calls_to_internal(root) == [
        "ui/shifts/page.py:3 services.shifts.shifts.post_movement"
    ]
