"""The first page after sign-in: today's work in tiles (what is waiting stands out in
colour), the open shift's float and number of movements (the close is blind: never its
expected cash), and the last 30 days in three bar charts.
Refreshes itself every minute while it is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.complaints.cases import CATEGORY_LABELS
from services.core.errors import DomainError
from services.dashboard import figures as dashboard
from services.quality import service_level as quality
from services.shifts import desks
from services.shifts.shifts import MOVEMENT_LABELS
from ui import i18n
from ui.common.background import BackgroundCall
from ui.common.charts import BarChart
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import format_fen, label, local_text
from ui.common.lazy import warm_up
from ui.session import DeskSession, show_error

REFRESH_MS = 60_000
PLAIN, ALERT, WARN, GOOD = "plain", "alert", "warn", "good"
TILE_STYLE = {
    PLAIN: "background: #f4f6f9; border: 1px solid #d5dbe3;",
    ALERT: "background: #fbe0e0; border: 1px solid #d9534f; color: #a12622;",
    WARN: "background: #fff3cd; border: 1px solid #e0b44c; color: #7a5600;",
    GOOD: "background: #e3f1e6; border: 1px solid #77b884;",
}


class Tile(QFrame):
    """A big figure with its caption underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = QLabel("—")
        self.figure.setAlignment(Qt.AlignCenter)
        font = self.figure.font()
        font.setPointSize(font.pointSize() + 9)
        font.setBold(True)
        self.figure.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption)
        self.setMinimumWidth(130)
        self.show_value("—")

    def show_value(self, text: str, tone: str = PLAIN, caption: str | None = None) -> None:
        self.figure.setText(text)
        if caption is not None:
            self.caption.setText(caption)
        self.tone = tone
        self.setStyleSheet(
            f"Tile {{ {TILE_STYLE[tone]} border-radius: 6px; }}"
            " QLabel { background: transparent; border: none; }"
        )


class DashboardPage(DeskPage):
    """Its heading says the day, so it is drawn with the figures rather than as the title.

    The figures follow the data: a lend, a return, a sale, a case or a shift opened or closed
    anywhere in this window refreshes them at once (the hub, ui/common/hub.py); the slow
    timer only catches what moves with the clock alone (a loan or a case falling overdue)
    and the work of other desks."""

    watches = (
        "shift",
        "loans",
        "members",
        "found_items",
        "lost_reports",
        "sales",
        "invoices",
        "complaints",
        "care",
    )

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.board: dashboard.Dashboard | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.RichText)
        self.updated = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)
        self.tiles = {key: Tile(caption) for key, caption in self._captions().items()}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 6, n % 6)
        self.income_detail = QLabel()
        self.income_detail.setWordWrap(True)
        self.income_chart = BarChart(self.tr("Income by day, last 30 days"), lambda v: f"¥{v:,.0f}")
        self.loans_chart = BarChart(self.tr("Loans by day, last 30 days"))
        # categories have long names: one labelled row each rather than columns
        self.cases_chart = BarChart(
            self.tr("Complaints by category, last 30 days"), horizontal=True
        )
        charts = QHBoxLayout()
        for chart in (self.income_chart, self.loans_chart, self.cases_chart):
            charts.addWidget(chart, 1, Qt.AlignTop if chart.horizontal else Qt.Alignment())
        # which figures are whose: the drawer is this desk's, every other figure the site's
        self.scope = QLabel()
        self.scope.setObjectName("dashboard_scope")
        self.scope.setWordWrap(True)
        self.body.addLayout(top)
        self.body.addWidget(self.scope)
        self.body.addLayout(grid)
        self.body.addWidget(self.income_detail)
        self.body.addLayout(charts, 1)

    def _captions(self) -> dict[str, str]:
        return {
            "income": self.tr("Income today, whole site"),
            "shift": self.tr("This desk's drawer"),
            "desks_open": self.tr("Desks open at the site"),
            "items_out": self.tr("Items out"),
            "items_overdue": self.tr("Items overdue"),
            "deposits": self.tr("Deposits held"),
            "complaints_overdue": self.tr("Complaints overdue"),
            "complaints_soon": self.tr("Complaints due soon"),
            "found_due": self.tr("Found items to act on"),
            "found_soon": self.tr("Found items due soon"),
            "loans_out": self.tr("Items lent today"),
            "receipts": self.tr("Service receipts today"),
            "enrolments": self.tr("Members enrolled today"),
            "found_items": self.tr("Items found today"),
            "lost_reports": self.tr("Lost reports today"),
            "complaints": self.tr("Cases opened today"),
            "inquiries": self.tr("Inquiries today"),
            "loans_back": self.tr("Items back today"),
            "satisfied": self.tr("Customers satisfied today"),
            "hotline_level": self.tr("Hotline answered in time today"),
        }

    # --- showing the figures --------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.stale = False  # the figures fill in after the first paint anyway
        super().showEvent(event)
        self._fill_after_paint = True  # the window paints first, the figures follow
        self.update()
        self.timer.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if getattr(self, "_fill_after_paint", False):
            self._fill_after_paint = False
            QTimer.singleShot(0, self, self._fill_if_shown)

    def _fill_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        warm_up()  # the first receipt of the day need not wait for the print modules

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """The figures are worked out on a worker (their counts grow with the data) and
        shown when they arrive; the window keeps painting meanwhile."""
        self._restart = self.timer.isActive() or getattr(self, "_restart", False)
        self.timer.stop()  # a refusal's message box must not gather another every minute
        if not hasattr(self, "_figures"):
            self._figures = BackgroundCall(self.session, self)
            self._figures.answered.connect(self._figures_arrived)
        self._figures.start(dashboard.dashboard)

    def _figures_arrived(self, board, error) -> None:
        restart, self._restart = self._restart, False
        if isinstance(error, DomainError):
            show_error(self, error)
            return
        if error is not None:
            raise error
        if restart and self.isVisible():
            self.timer.start()
        self.board = board
        self._show(board)

    def _show(self, board: dashboard.Dashboard) -> None:
        self.heading.setText(self.tr("<h2>Today, {day}</h2>").format(day=board.day.isoformat()))
        self.updated.setText(
            self.tr("Updated {time}").format(
                time=local_text(self.session, self.ctx.clock.now(), "%H:%M")
            )
        )
        t = self.tiles
        here = desks.desk_label(self.ctx, board.desk, i18n.current())
        self.scope.setText(
            self.tr(
                "The drawer is this desk's: {desk}. Every other figure is the whole site's."
            ).format(desk=here)
        )
        t["income"].show_value(format_fen(board.income_fen, grouping=True), GOOD)
        t["desks_open"].show_value(f"{len(board.open_desks)} / {board.desks_in_service}")
        t["desks_open"].setToolTip(
            ", ".join(desks.desk_label(self.ctx, d, i18n.current()) for d in board.open_desks)
        )
        if board.shift:  # blind close: the float and how many movements, never expected cash
            t["shift"].show_value(
                format_fen(board.shift.float_fen, grouping=True),
                caption=self.tr("Float at {desk}; {n} money movement(s)").format(
                    desk=here, n=board.shift.movement_count
                ),
            )
            t["shift"].setToolTip(
                self.tr("Shift of {user} since {time}").format(
                    user=board.shift.opened_by,
                    time=local_text(self.session, board.shift.opened_at, "%H:%M"),
                )
            )
        else:
            t["shift"].show_value(
                "—", WARN, self.tr("No shift open at this desk: {desk}").format(desk=here)
            )
            t["shift"].setToolTip("")
        t["items_out"].show_value(str(board.items_out))
        t["items_overdue"].show_value(
            str(board.items_overdue), ALERT if board.items_overdue else PLAIN
        )
        t["deposits"].show_value(format_fen(board.deposits_held_fen, grouping=True))
        t["complaints_overdue"].show_value(
            str(board.complaints_overdue), ALERT if board.complaints_overdue else PLAIN
        )
        t["complaints_soon"].show_value(
            str(board.complaints_due_soon), WARN if board.complaints_due_soon else PLAIN
        )
        t["found_due"].show_value(str(board.found_due_now), ALERT if board.found_due_now else PLAIN)
        soon = board.found_due.get("soon", 0)
        t["found_soon"].show_value(str(soon), WARN if soon else PLAIN)
        for key in (
            "loans_out",
            "loans_back",
            "receipts",
            "enrolments",
            "found_items",
            "lost_reports",
            "complaints",
            "inquiries",
        ):
            t[key].show_value(str(board.counts.get(key, 0)))
        self._show_service()
        self._show_income(board)
        self._show_charts(board)

    def _show_service(self) -> None:
        """Today's counter ratings and hotline against their targets (a miss in red)."""
        today = self.run(quality.today_service, self.ctx)
        if today is REFUSED:
            return
        for key, share, misses, caption in (
            (
                "satisfied",
                today.satisfied_share,
                today.satisfied_misses,
                self.tr("Satisfied today ({n} rated, {k} keyed, {s} skipped)").format(
                    n=today.rated, k=today.keyed, s=today.skipped
                ),
            ),
            (
                "hotline_level",
                today.hotline_level,
                today.hotline_misses,
                self.tr("Hotline answered in time today ({n} missed)").format(
                    n=today.hotline_missed
                ),
            ),
        ):
            tone = PLAIN if share is None else ALERT if misses else GOOD
            text = "—" if share is None else f"{share:.0%}"
            self.tiles[key].show_value(text, tone, caption)

    def _show_income(self, board: dashboard.Dashboard) -> None:
        parts = [
            f"{label(MOVEMENT_LABELS, kind)} {format_fen(fen, grouping=True)}"
            for kind, fen in sorted(board.income_by_kind.items())
        ]
        self.income_detail.setText(
            self.tr("Income today by kind: {parts}").format(
                parts="; ".join(parts) if parts else self.tr("none yet")
            )
        )

    def _show_charts(self, board: dashboard.Dashboard) -> None:
        self.income_chart.set_items(
            [(d[5:], fen / 100) for d, fen in board.income_by_day], highlight_last=True
        )
        self.loans_chart.set_items([(d[5:], n) for d, n in board.loans_by_day], highlight_last=True)
        self.cases_chart.set_items(
            [(label(CATEGORY_LABELS, c), n) for c, n in board.complaints_by_category]
        )
