"""The pictures of docs/printing.md: counter documents of a demo site as a 203 dpi thermal
printer prints their ESC/POS bytes (58 and 80 mm), and the PDF of a receipt at 203 dpi one-bit.

    .venv/bin/python scripts/printing_renders.py     # writes docs/printing/*.png
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from services.core.database import open_database  # noqa: E402
from services.printing import thermal  # noqa: E402
from services.printing.thermal_view import render_job  # noqa: E402
from tests.demo.test_dashboard_demo import build_site  # noqa: E402
from tests.services.printing.catalogue import counter_documents  # noqa: E402
from ui import i18n  # noqa: E402
from ui.session import desk_tr  # noqa: E402

OUT = ROOT / "docs" / "printing"
SHOWN = {  # kind (and cash) -> the papers and languages pictured
    ("deposit_slip", True): [(58, "zh_CN"), (80, "zh_CN"), (80, "en")],
    ("receipt", True): [(58, "en"), (80, "zh_CN")],
    ("shift_report", False): [(80, "zh_CN")],
    ("lending_voucher", True): [(80, "zh_CN")],  # a deposit refund paid out in cash
    ("lending_voucher", False): [(80, "zh_CN")],  # compensation kept from the deposit
}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        made = build_site(db, days=2, seed=4)
        clerk = dataclasses.replace(made["ctxs"]["clerk"], translate=desk_tr)
        for lang in ("zh_CN", "en"):
            i18n.install(lang)
            for printed in counter_documents(db):
                for mm, shown_lang in SHOWN.get((printed.kind, printed.cash), []):
                    if shown_lang != lang:
                        continue
                    pdf = printed.build(clerk, 0)
                    job = thermal.render(pdf.document, thermal.Paper(mm))
                    kind = printed.kind.replace("_", "-")
                    if printed.kind == "lending_voucher":  # refund-voucher, charge-voucher
                        kind = f"{printed.name.split()[0]}-voucher"
                    name = f"{kind}-{mm}mm-{lang}.png"
                    render_job(job, mm).save(OUT / name)
                    print(OUT / name)
                    if printed.kind == "receipt" and mm == 80:
                        source = Path(folder) / "receipt.pdf"
                        source.write_bytes(pdf)
                        target = OUT / f"receipt-pdf-203dpi-{lang}"
                        subprocess.run(
                            ["pdftoppm", "-r", "203", "-mono", "-png", "-singlefile"]
                            + [str(source), str(target)],
                            check=True,
                        )
                        print(f"{target}.png")
        _printers_page(made["ctxs"]["admin"])
        db.close()
    return 0


def _printers_page(admin) -> None:
    """The Printers page as an admin sees it, a receipt printer on the network set up."""
    from services.printing import printers
    from ui.printing.printers_page import PrintersPage
    from ui.session import DeskSession

    printers.save_printer_setup(
        admin,
        printers.PrinterSetup(
            connection="network", host="192.168.1.87", paper_mm=80, direct=True, drawer=True
        ),
    )
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        page = PrintersPage(DeskSession(admin))
        page.resize(620, 900)
        page.show()
        page.grab().save(str(OUT / f"printers-page-{lang}.png"))
        print(OUT / f"printers-page-{lang}.png")
        page.close()


if __name__ == "__main__":
    sys.exit(main())
