"""Opening a list page does not load reportlab or openpyxl: the documents of an area load on
its first print (ui/common/lazy.py), so a page's first open stays quick."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LIST_PAGES = [
    "ui.lending.lending_page",
    "ui.lending.outstanding_page",
    "ui.lending.items_page",
    "ui.lost_found.items_page",
    "ui.lost_found.reports_page",
    "ui.members.members_page",
    "ui.sales.receipts_page",
    "ui.invoices.register_page",
    "ui.directory.directory_page",
    "ui.directory.shops_page",
    "ui.complaints.complaints_page",
    "ui.admin.audit_page",
    "ui.care.custody_page",
    "ui.care.paging_page",
    "ui.main_window",
]
PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(" ".join(m for m in ("reportlab", "openpyxl") if m in sys.modules))
"""


def test_list_pages_import_without_reportlab_or_openpyxl():
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *LIST_PAGES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.strip() == ""


def test_a_lazy_module_loads_on_first_use():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from ui.common.lazy import lazy_module;"
            " m = lazy_module('services.sales.documents');"
            " before = 'reportlab' in sys.modules;"
            " print(before, callable(m.receipt_pdf), 'reportlab' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.split() == ["False", "True", "True"]


def test_warm_up_imports_on_a_thread_once():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from ui.common.lazy import warm_up;"
            " t = warm_up(('services.sales.documents',)); t.join();"
            " print('reportlab' in sys.modules, warm_up(('services.sales.documents',)))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.split() == ["True", "None"]
