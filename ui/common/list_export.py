"""A list page exports what it shows as CSV: every row of its current filters (the model is
read to its end, at most MAX_ROWS), the columns as the table shows them, cells a
spreadsheet would run defused (services/core/spreadsheet_cells). Only roles that may print
the desk's ledgers (shift lead and up) get the button: a clerk never takes a list away."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from services.core.permissions import Perm
from services.core.spreadsheet_cells import csv_row

MAX_ROWS = 100_000
EXPORT_PERM = Perm.DAILY_LEDGER


def shown_rows_csv(model) -> bytes:
    """The model's header and every row it holds after reading it to its end (UTF-8 BOM)."""
    root = QModelIndex()
    while model.canFetchMore(root) and model.rowCount(root) < MAX_ROWS:
        model.fetchMore(root)
    out = io.StringIO()
    writer = csv.writer(out)
    columns = range(model.columnCount())
    writer.writerow(csv_row([model.headerData(c, Qt.Horizontal) for c in columns]))
    for r in range(min(model.rowCount(), MAX_ROWS)):
        writer.writerow(csv_row([model.data(model.index(r, c)) or "" for c in columns]))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_button(page: QWidget, model, name: str) -> QPushButton:
    """'Export CSV…' for the page's list, shown only to roles that may export."""
    button = QPushButton(QCoreApplication.translate("ListExport", "Export CSV…"))
    button.setObjectName("export_csv")
    button.setVisible(page.session.may(EXPORT_PERM))

    def export() -> None:
        path, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("ListExport", "Export CSV"),
            f"{name}.csv",
            QCoreApplication.translate("ListExport", "CSV files (*.csv)"),
        )
        if path:
            Path(path).write_bytes(shown_rows_csv(model))

    button.clicked.connect(export)
    return button
