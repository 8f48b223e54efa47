"""The printer test page an admin prints when setting up a counter's printer: it shows the
site profile, both scripts, money aligned right, a QR code and the paper's usable width."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from services.admin import site
from services.core.clock import iso, local
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.money import format_fen
from services.core.permissions import Perm, internal, requires
from services.documents import Column, Document, Footer, font_path

# Test patterns, deliberately the same in every language: each script must print correctly
# whatever language the desk runs in.
CHINESE_SAMPLE = "中文示例：服务台打印测试，雨伞押金¥50.00，请妥善保管押金卡（凭卡退押金）。"
ENGLISH_SAMPLE = "The quick brown fox jumps over the lazy dog. 0123456789 ¥12.50"
SAMPLE_LINES = (
    ("雨伞押金 Umbrella deposit", 5000),
    ("复印 A4 Photocopy ×3", 150),
    ("礼品包装（大） Gift wrapping L", 1600),
)
TEST_LAYOUTS = ("receipt", "receipt58", "a4", "a5")


@dataclass(frozen=True)
class PrinterTestLabels:
    """Every word of the page. A label left out is the marked source text below, translated
    with ctx.translate (the UI sets it to the "Desk" context)."""

    title: str | None = None
    intro: str | None = None
    paper: str | None = None
    paper_name: str | None = None
    printed_at: str | None = None
    printed_by: str | None = None
    font: str | None = None
    chinese: str | None = None
    english: str | None = None
    item: str | None = None
    amount: str | None = None
    total: str | None = None
    qr_caption: str | None = None
    checked_by: str | None = None
    page_label: str | None = None


DEFAULT_LABELS = {
    "title": QT_TRANSLATE_NOOP("Desk", "Printer test page"),
    "intro": QT_TRANSLATE_NOOP(
        "Desk",
        "If every line below is sharp and complete and the QR code scans, this printer"
        " is ready for the desk's documents.",
    ),
    "paper": QT_TRANSLATE_NOOP("Desk", "Paper"),
    "printed_at": QT_TRANSLATE_NOOP("Desk", "Printed"),
    "printed_by": QT_TRANSLATE_NOOP("Desk", "Printed by"),
    "font": QT_TRANSLATE_NOOP("Desk", "Font"),
    "chinese": QT_TRANSLATE_NOOP("Desk", "Chinese"),
    "english": QT_TRANSLATE_NOOP("Desk", "English"),
    "item": QT_TRANSLATE_NOOP("Desk", "Item"),
    "amount": QT_TRANSLATE_NOOP("Desk", "Amount"),
    "total": QT_TRANSLATE_NOOP("Desk", "Total"),
    "qr_caption": QT_TRANSLATE_NOOP("Desk", "Scan with a phone or the counter's scanner"),
    "checked_by": QT_TRANSLATE_NOOP("Desk", "Checked by"),
    "page_label": QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}"),
}
PAPER_NAMES = {
    "receipt": QT_TRANSLATE_NOOP("Desk", "80 mm receipt roll"),
    "receipt58": QT_TRANSLATE_NOOP("Desk", "58 mm receipt roll"),
    "a4": QT_TRANSLATE_NOOP("Desk", "A4"),
    "a5": QT_TRANSLATE_NOOP("Desk", "A5"),
}


@internal
def resolved_labels(
    ctx: AppContext, layout: str, labels: PrinterTestLabels | Mapping[str, str] | None
) -> PrinterTestLabels:
    given = labels if isinstance(labels, PrinterTestLabels) else PrinterTestLabels(**(labels or {}))
    defaults = {**DEFAULT_LABELS, "paper_name": PAPER_NAMES[layout]}
    return replace(
        given,
        **{
            name: ctx.translate(text)
            for name, text in defaults.items()
            if getattr(given, name) is None
        },
    )


@requires(Perm.COUNTER)
def printer_test_pdf(
    ctx: AppContext, layout: str, labels: PrinterTestLabels | Mapping[str, str] | None = None
) -> bytes:
    """A test page on the given paper ('receipt', 'a4' or 'a5'); any signed-in user."""
    if layout not in TEST_LAYOUTS:
        raise ValueError(f"layout is one of {TEST_LAYOUTS}, not {layout!r}")
    labels = resolved_labels(ctx, layout, labels)
    profile = site.get_profile(ctx)
    now = ctx.clock.now()
    printed = local(now, profile.timezone).strftime("%Y-%m-%d %H:%M")
    doc = Document(
        layout,
        author=profile.name,
        footer=Footer(profile.name, f"{labels.printed_at} {printed}", labels.page_label),
    )
    doc.header(profile.name, profile.address, profile.tax_id).title(labels.title)
    doc.paragraph(labels.intro)
    doc.fields(
        [
            (labels.paper, labels.paper_name),
            (labels.printed_at, printed),
            (labels.printed_by, ctx.user.label),
            (labels.font, font_path().name),
        ]
    )
    doc.rule()
    doc.fields([(labels.chinese, CHINESE_SAMPLE), (labels.english, ENGLISH_SAMPLE)])
    doc.table(
        [Column(labels.item, 3), Column(labels.amount, 1.4, money=True)],
        [list(line) for line in SAMPLE_LINES],
        total=[labels.total, sum(fen for _, fen in SAMPLE_LINES)],
    )
    doc.total(labels.total, format_fen(sum(fen for _, fen in SAMPLE_LINES)))
    doc.qr(f"FRONTDESK-TEST|{layout}|{iso(now)}", caption=labels.qr_caption)
    doc.signatures([labels.checked_by])
    return doc.build()
