"""Nothing clipped at 1366×768: on every page of the navigation, in English and Chinese, the
window still fits the screen once every page is built, and each list's column headers fit
their columns (a header wider than its section is cut off with "…" and the clerk cannot
tell the columns apart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QStyleOptionHeader

from ui import i18n
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.session import DeskSession

SCREEN = QSize(1366, 768)


def clipped_headers(page) -> list[str]:
    """'column: needs N px, has M px' for each header of the page whose text does not fit
    the label rectangle the style draws it in (there Qt elides it with "…")."""
    found = []
    for header in page.findChildren(QHeaderView):
        if header.orientation() != Qt.Horizontal or not header.isVisible():
            continue
        model = header.model()
        if model is None:
            continue
        metrics, style = header.fontMetrics(), header.style()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Horizontal, Qt.DisplayRole) or "")
            option = QStyleOptionHeader()
            option.initFrom(header)
            option.section, option.text = section, text
            option.rect = QRect(0, 0, header.sectionSize(section), header.height())
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                option.sortIndicator = QStyleOptionHeader.SortDown
            room = style.subElementRect(QStyle.SE_HeaderLabel, option, header).width()
            need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            if need > room:
                name = header.parent().objectName() or type(header.parent()).__name__
                found.append(f"{name} «{text}»: needs {need} px, has {room}")
    return found


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_list_header_is_cut_short_at_1366x768(qtbot, demo_site, lang):
    i18n.install(lang)
    try:
        window = MainWindow(DeskSession(demo_site["ctxs"]["admin"]))
        qtbot.addWidget(window)
        window.resize(SCREEN)
        window.show()
        assert window.size() == SCREEN
        problems = {}
        for entry in PAGES:
            if not window.show_page(entry.key):
                continue
            QApplication.processEvents()
            page = window.page(entry.key)
            found = clipped_headers(page)
            if found:
                problems[entry.key] = found
        # every page built: the window still fits the screen (one wide page widens them all)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), hint
        assert problems == {}, "\n".join(
            f"{key}: {line}" for key, lines in problems.items() for line in lines
        )
    finally:
        i18n.install("en")
