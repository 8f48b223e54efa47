"""The service level on one page (supervisors): a day, week or month for the site, a desk or
a clerk — counter ratings, quality-check scores by section, the hotline, complaints and
first-contact resolution beside the previous period, the figures that miss their target in
red — with charts, and the printable PDF."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.quality import documents as quality_documents
from services.quality import service_level as sl
from services.quality.checks import SECTION_LABELS, SECTIONS
from services.quality.ratings import REASON_LABELS, SCORE_LABELS, SCORES
from ui.common.charts import BarChart
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import label
from ui.common.forms import date_edit
from ui.session import DeskSession, desk_tr

MISS = "#b00020"


class ServiceLevelPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.level = None
        self._build()
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Service level</h2>")

    def _build(self) -> None:
        self.period_box = QComboBox()
        for period in sl.PERIODS:
            self.period_box.addItem(label(sl.PERIOD_LABELS, period), period)
        self.period_box.setCurrentIndex(sl.PERIODS.index("month"))
        self.date_box = date_edit(sl.today(self.ctx))
        self.desk_box = QComboBox()
        self.desk_box.addItem(self.tr("All desks"), None)
        for desk in self.run(sl.desks_seen, self.ctx) or []:
            self.desk_box.addItem(sl.desk_text(desk, desk_tr), desk)
        self.clerk_box = QComboBox()
        self.clerk_box.addItem(self.tr("All clerks"), None)
        for user_id, name in self.run(sl.staff_seen, self.ctx) or []:
            self.clerk_box.addItem(name, user_id)
        self.print_button = QPushButton(self.tr("&Print service level…"))
        bar = QHBoxLayout()
        for widget in (self.period_box, self.date_box, self.desk_box, self.clerk_box):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.print_button)
        self.figures = QLabel()
        self.figures.setObjectName("service_level_figures")
        self.figures.setTextFormat(Qt.RichText)
        self.note = QLabel(
            self.tr(
                "Satisfied counts 非常满意 and 满意 among the customers' own ratings; keyed and"
                " skipped ratings are counted apart. Hotline calls and complaints carry no"
                " desk: their figures are the site's or the clerk's."
            )
        )
        self.note.setWordWrap(True)
        self.charts = {
            key: BarChart(horizontal=True) for key in ("ratings", "sources", "sections", "reasons")
        }
        grid = QGridLayout()
        for i, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, i // 2, i % 2, Qt.AlignTop)
        sheet = QWidget()
        inner = QVBoxLayout(sheet)
        inner.addWidget(self.figures)
        inner.addLayout(grid)
        inner.addWidget(self.note)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.body.addLayout(bar)
        self.body.addWidget(scroll, 1)
        for box in (self.period_box, self.desk_box, self.clerk_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_box.dateChanged.connect(lambda _d: self.refresh())
        self.print_button.clicked.connect(self.print_level)

    def choice(self) -> tuple:
        return (
            self.period_box.currentData(),
            self.date_box.date().toPython(),
            self.desk_box.currentData(),
            self.clerk_box.currentData(),
        )

    def refresh(self) -> None:
        level = self.run(sl.service_level, self.ctx, *self.choice())
        if level is REFUSED:
            return
        self.level = level
        self.figures.setText(figures_html(self, level))
        now = level.now
        self.charts["ratings"].title = self.tr("Customers' own ratings")
        self.charts["ratings"].set_items(
            [(label(SCORE_LABELS, s), now.customer[s]) for s in SCORES]
        )
        self.charts["sources"].title = self.tr("Keyed by the clerk, and skipped")
        self.charts["sources"].set_items(
            [(label(SCORE_LABELS, s), now.keyed[s]) for s in SCORES]
            + [(self.tr("Skipped"), now.skipped)]
        )
        self.charts["sections"].title = self.tr("Quality-check score by section (%)")
        self.charts["sections"].set_items(
            [
                (label(SECTION_LABELS, s), round(100 * p / m) if m else 0)
                for s in SECTIONS
                for p, m in (now.section_points[s],)
            ]
        )
        self.charts["reasons"].title = self.tr("Reasons given")
        self.charts["reasons"].set_items(
            [(label(REASON_LABELS, r), n) for r, n in now.reasons.items()]
        )

    def print_level(self) -> None:
        dctx = doc_ctx(self.session)
        choice = self.choice()
        self.open_document(
            lambda _copy: quality_documents.service_level_pdf(dctx, *choice),
            None,
            None,
            self.tr("Service level"),
        )


def figures_html(widget: QWidget, level: sl.ServiceLevel) -> str:
    """The figures as a table: this period, the previous, the change, the target; a figure
    below its target in red."""
    now, prev = level.now, level.previous
    last = now.end.fromordinal(now.end.toordinal() - 1)
    plast = prev.end.fromordinal(prev.end.toordinal() - 1)
    head = (
        f"<tr><th align=left>{escape(widget.tr('Figure'))}</th>"
        f"<th align=right>{now.start.isoformat()} – {last.isoformat()}</th>"
        f"<th align=right>{prev.start.isoformat()} – {plast.isoformat()}</th>"
        f"<th align=right>{escape(widget.tr('Change'))}</th>"
        f"<th align=right>{escape(widget.tr('Target'))}</th></tr>"
    )
    rows = []
    for f in sl.headline(level):
        value = escape(sl.value_text(f.kind, f.value))
        target = escape(sl.target_text(f))
        if f.misses:
            value = f"<span style='color:{MISS}'>{value}</span>"
            target = (
                f"<span style='color:{MISS}'>{target} — {escape(widget.tr('below target'))}</span>"
            )
        rows.append(
            f"<tr><td>{escape(desk_tr(f.label))}</td><td align=right><b>{value}</b></td>"
            f"<td align=right>{escape(sl.value_text(f.kind, f.previous))}</td>"
            f"<td align=right>{escape(sl.trend_text(f))}</td><td align=right>{target}</td></tr>"
        )
    return f"<table cellpadding=3>{head}{''.join(rows)}</table>"
