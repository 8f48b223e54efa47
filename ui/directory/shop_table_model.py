"""The shops list, a page at a time; closed shops greyed so nobody picks one by mistake."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.common.paged_table_model import PagedTableModel

# roles as plain ints: Qt asks about ten roles of every visible cell, and comparing with a
# Qt enum costs microseconds each time (see PagedTableModel.data)
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
DISPLAY = Qt.ItemDataRole.DisplayRole.value


class ShopTableModel(PagedTableModel):
    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if role == FOREGROUND and index.isValid() and not self.row(index.row())["active"]:
            return QApplication.palette().brush(QPalette.Disabled, QPalette.Text)
        if role == TOOLTIP:  # long names are elided in the cell
            return super().data(index, DISPLAY) or None
        return super().data(index, role)

    def row_of(self, shop_id: int) -> int | None:
        """The row showing this shop among those fetched so far."""
        for number in range(self.rowCount()):
            if self.row(number)["id"] == shop_id:
                return number
        return None
