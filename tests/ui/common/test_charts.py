"""The dashboard's bar charts: labels under the bars never run into each other (the last
day's "03-17" was printed over "03-13"), and the last bar is always named."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF

from ui.common.charts import BarChart


def placed(chart: BarChart, width: int) -> list:
    chart.resize(width, 240)
    line = chart.fontMetrics().height()
    return chart.label_rects(QRectF(40, line + 10, width - 46, 150), line)


def overlapping(labels) -> list:
    return [
        (a[0], b[0]) for n, a in enumerate(labels) for b in labels[n + 1 :] if a[1].intersects(b[1])
    ]


def test_thirty_days_of_labels_never_overprint(qtbot):
    chart = BarChart("Loans by day")
    qtbot.addWidget(chart)
    first = date(2026, 2, 16)
    chart.set_items([((first + timedelta(days=n)).strftime("%m-%d"), n) for n in range(30)])
    for width in (300, 380, 420, 520, 900):
        labels = placed(chart, width)
        assert labels and overlapping(labels) == [], width
        assert labels[0][0] == "03-17"  # today is always named, in full
        assert all(rect.left() >= 0 and rect.right() <= width + 1 for _t, rect in labels)


def test_long_category_labels_stagger_without_overprinting(qtbot):
    chart = BarChart("Complaints by category")
    qtbot.addWidget(chart)
    names = ["Facilities", "Price", "Safety", "Cleanliness", "Goods quality", "Service"]
    chart.set_items([(name, 10 - n) for n, name in enumerate(names)])
    for width in (260, 380, 600):
        assert overlapping(placed(chart, width)) == [], width
