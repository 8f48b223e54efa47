"""A read-only table model that fetches rows a page at a time, so lists of any size open
at once: Qt asks canFetchMore/fetchMore as the view scrolls toward the end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
RIGHT = int((Qt.AlignRight | Qt.AlignVCenter).value)
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
LONG_TEXT = 24  # a cell this long may be elided by its column: its tooltip shows it whole


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    format: Callable[[Any, dict], str] | None = None  # (value, row) -> shown text
    align_right: bool = False


class PagedTableModel(QAbstractTableModel):
    """`fetch(offset, limit)` returns a list of dict rows; a short page means the end."""

    def __init__(
        self,
        columns: list[Column],
        fetch: Callable[[int, int], list[dict]],
        page_size: int = 200,
        parent=None,
    ):
        super().__init__(parent)
        self.columns = columns
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[dict] = []
        self._more = True

    # --- public -------------------------------------------------------------
    def reload(self, fetch: Callable[[int, int], list[dict]] | None = None) -> None:
        """Start again from the first page (e.g. after the search text changed)."""
        if fetch is not None:
            self._fetch = fetch
        self.beginResetModel()
        self._rows = self._fetch(0, self.page_size)
        self._more = len(self._rows) == self.page_size
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def last(self, key: str):
        """`key` of the last row loaded (None before the first page): a fetch that pages by
        key (WHERE id < last) costs the same at any depth, where OFFSET reads every row
        before the page again."""
        return self._rows[-1][key] if self._rows else None

    # --- Qt -----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self._rows), self.page_size)
        self._more = len(page) == self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        # the vertical header asks once per row: the role (a plain int) first, the
        # orientation (a Qt enum, slow to compare) only for the display role
        if role == DISPLAY and orientation == Qt.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        # Qt asks about ten roles of every visible cell: answer the others at once, and
        # compare roles as plain ints (a comparison with a Qt enum costs microseconds)
        if role == DISPLAY:
            if not index.isValid():
                return None
            column = self.columns[index.column()]
            row = self._rows[index.row()]
            value = row.get(column.key)
            if column.format is not None:
                return column.format(value, row)
            return "" if value is None else str(value)
        if role == ALIGNMENT and index.isValid() and self.columns[index.column()].align_right:
            return RIGHT
        if role == TOOLTIP and index.isValid():  # asked on hover only, never while painting
            text = self.data(index, DISPLAY)
            return text if text and len(text) >= LONG_TEXT else None
        return None
