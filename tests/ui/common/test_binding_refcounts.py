"""The Qt binding must not leak or drop references in the calls the desk makes all day.

PySide6 6.12.0 drops a reference to None on every QTableWidget.setItem and
QStandardItemModel.setItem; the process aborts once the count reaches zero (after a few
hundred carts on Paid services). Any release with such a fault must fail here.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTableWidget, QTableWidgetItem

CALLS = 2000
# None is shared by the whole interpreter, so unrelated work may move its count a little;
# a faulty binding moves it by one per call.
SLACK = CALLS // 20


def _none_drift(action) -> int:
    action(10)  # warm caches first
    gc.collect()  # widgets of earlier tests, freed mid-count, would move it too
    gc.disable()
    try:
        before = sys.getrefcount(None)
        action(CALLS)
        return sys.getrefcount(None) - before
    finally:
        gc.enable()


def test_table_widget_set_item_keeps_references(qapp):
    table = QTableWidget(4, 3)

    def fill(n):
        for i in range(n):
            table.setItem(i % 4, i % 3, QTableWidgetItem(str(i)))

    assert abs(_none_drift(fill)) < SLACK


def test_standard_item_model_set_item_keeps_references(qapp):
    model = QStandardItemModel(4, 3)

    def fill(n):
        for i in range(n):
            model.setItem(i % 4, i % 3, QStandardItem(str(i)))

    assert abs(_none_drift(fill)) < SLACK


class _Rows(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.rows = [("a", 1)] * 50

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 2

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def test_model_reset_and_data_keep_references(qapp):
    model = _Rows()
    view = QTableView()
    view.setModel(model)

    def reset(n):
        for _ in range(n):
            model.beginResetModel()
            model.endResetModel()
            model.data(model.index(0, 0))
            model.data(model.index(0, 1), Qt.ToolTipRole)

    assert abs(_none_drift(reset)) < SLACK
