"""The shops list, a page at a time; closed shops greyed so nobody picks one by mistake."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.common.paged_table_model import PagedTableModel


class ShopTableModel(PagedTableModel):
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ForegroundRole and not self.row(index.row())["active"]:
            return QApplication.palette().brush(QPalette.Disabled, QPalette.Text)
        if role == Qt.ToolTipRole:  # long names are elided in the cell
            return super().data(index, Qt.DisplayRole) or None
        return super().data(index, role)

    def row_of(self, shop_id: int) -> int | None:
        """The row showing this shop among those fetched so far."""
        for number in range(self.rowCount()):
            if self.row(number)["id"] == shop_id:
                return number
        return None
