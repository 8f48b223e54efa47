"""Complaint summaries by week or month: the figures, bar charts by category, status, channel,
shop and satisfaction, and (for supervisors) the printable PDF."""

from __future__ import annotations

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

from services.complaints import documents as complaint_documents
from services.complaints import summary as complaint_summary
from services.complaints.cases import CATEGORY_LABELS, CHANNEL_LABELS, STATUS_LABELS
from services.core.permissions import Perm
from ui.common.charts import BarChart
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import label
from ui.common.forms import date_edit
from ui.session import DeskSession


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class ComplaintSummaryPage(DeskPage):
    watches = ("complaints",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._build()
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Complaint summary</h2>")

    def _build(self) -> None:
        self.period_box = QComboBox()
        self.period_box.addItem(self.tr("Month"), "month")
        self.period_box.addItem(self.tr("Week"), "week")
        self.date_box = date_edit(complaint_summary.today(self.ctx))
        self.print_button = QPushButton(self.tr("&Print summary…"))
        self.print_button.setEnabled(self.session.may(Perm.ASSIGN_COMPLAINT))
        bar = QHBoxLayout()
        bar.addWidget(self.period_box)
        bar.addWidget(self.date_box)
        bar.addStretch()
        bar.addWidget(self.print_button)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.RichText)
        self.charts = {
            key: BarChart(horizontal=True)
            for key in ("category", "status", "channel", "shop", "satisfaction")
        }
        grid = QGridLayout()
        for i, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, i // 2, i % 2, Qt.AlignTop)
        sheet = QWidget()
        inner = QVBoxLayout(sheet)
        inner.addWidget(self.figures)
        inner.addLayout(grid)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.body.addLayout(bar)
        self.body.addWidget(scroll, 1)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_box.dateChanged.connect(lambda _d: self.refresh())
        self.print_button.clicked.connect(self.print_summary)

    def day(self):
        return self.date_box.date().toPython()

    def refresh(self) -> None:
        s = self.run(
            complaint_summary.summarise, self.ctx, self.period_box.currentData(), self.day()
        )
        if s is REFUSED:
            return
        self.summary = s
        share = "—" if s.in_time_share is None else f"{s.in_time_share:.0%}"
        avg = "—" if s.satisfaction_avg is None else f"{s.satisfaction_avg:.2f}"
        last = s.end.fromordinal(s.end.toordinal() - 1)
        rows = [
            (self.tr("Period"), f"{s.start.isoformat()} – {last.isoformat()}"),
            (self.tr("Cases opened"), str(s.total)),
            (
                self.tr("First response, average / 90th percentile (hours)"),
                f"{_hours(s.first_response_avg_h)} / {_hours(s.first_response_p90_h)}",
            ),
            (
                self.tr("Resolution, average / 90th percentile (hours)"),
                f"{_hours(s.resolution_avg_h)} / {_hours(s.resolution_p90_h)}",
            ),
            (self.tr("Answered in time"), f"{share} ({s.answered_in_time}/{s.answer_counted})"),
            (self.tr("Average satisfaction"), avg),
        ]
        self.figures.setText(
            "<table cellpadding=3>"
            + "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows)
            + "</table>"
        )
        charts = {
            "category": (self.tr("By category"), CATEGORY_LABELS, s.by_category),
            "status": (self.tr("By status"), STATUS_LABELS, s.by_status),
            "channel": (self.tr("By channel"), CHANNEL_LABELS, s.by_channel),
            "shop": (self.tr("By shop or area"), {}, dict(list(s.by_shop.items())[:8])),
        }
        for key, (title, labels, data) in charts.items():
            self.charts[key].title = title
            self.charts[key].set_items([(label(labels, k), v) for k, v in data.items()])
        self.charts["satisfaction"].title = self.tr("Satisfaction")
        self.charts["satisfaction"].set_items(
            [(self.tr("Score {n}").format(n=k), v) for k, v in s.satisfaction.items()]
        )

    def print_summary(self) -> None:
        dctx = doc_ctx(self.session)
        period, day = self.period_box.currentData(), self.day()
        self.open_document(
            lambda _copy: complaint_documents.summary_pdf(dctx, period, day),
            None,
            None,
            self.tr("Complaint summary"),
        )
