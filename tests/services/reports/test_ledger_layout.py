"""The daily ledger's tables on A4, of one desk and of the whole site, in both languages:
every receipt's row is there with its number, time and amount whole, the totals add up, and
no character is drawn over another or outside the page's frame (text is never cut).
Columns follow their longest values, so a day of short values prints a line a row."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from services.documents.text import paper_fen
from services.reports import daily_ledger, ledger_documents
from services.sales import price_list, sales
from services.shifts import desks, shifts

VALUE = re.compile(r"R\d{4}-\d{6}|Z\d{4}-\d{6}|\b\d{2}:\d{2}\b|-?¥[\d,]+\.\d{2}")
LONG_DESK = ("北门入口二号客户服务台", "North entrance customer service desk")
MARGIN_X, MARGIN_TOP = 18 * mm, 16 * mm  # A4's frame (the footer sits below the frame)


def _at(ctx, desk):
    return dataclasses.replace(ctx, desk=desk)


def _close_counted(lead) -> None:
    left = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    counts = {}
    for value in shifts.DENOMINATIONS:
        counts[value], left = divmod(left, value)
    shifts.close_shift(lead, {k: v for k, v in counts.items() if v})


@pytest.fixture
def two_desk_day(role_ctx, clock):
    """40 sales at the main desk and a desk with a long name, three of them voided."""
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    desks.add_desk(admin, "north", *LONG_DESK)
    price_list.ensure_default_prices(admin)
    items = price_list.list_prices(admin)
    for desk in ("main", "north"):
        shifts.open_shift(_at(clerk, desk), {10000: 2})
    sold = {"main": [], "north": []}
    for n in range(40):
        desk = "north" if n % 3 else "main"
        lines = [(items[n % len(items)].id, 1 + n % 3)]
        if n % 2:
            lines.append((items[(n + 1) % len(items)].id, 1))
        sale = sales.sell(_at(clerk, desk), lines, shifts.METHODS[n % 4])
        sold[desk].append(sale.receipt_no)
        if n % 13 == 5:
            sales.void_sale(_at(lead, desk), sale.receipt_no, "顾客要求退款 asked for a refund")
        clock.advance(minutes=7)
    for desk in ("main", "north"):
        _close_counted(_at(lead, desk))
    return {"lead": lead, "sold": sold, "day": daily_ledger.business_today(lead)}


def _chars(page) -> list[tuple[str, tuple[float, float, float, float]]]:
    text = page.get_textpage()
    found = [
        (text.get_text_range(i, 1), text.get_charbox(i))
        for i in range(text.count_chars())
        if not text.get_text_range(i, 1).isspace()
    ]
    text.close()
    return found


def _overprinted(chars) -> list[tuple[str, str]]:
    """Pairs of characters whose glyph boxes overlap (a grid of 20 pt buckets). Neighbours
    in one run of text are left out: their boxes may touch by design (a J hooks under the X
    before it, as in a random code "8F3XJ9"), which is typesetting, not text drawn over text."""
    buckets: dict[tuple[int, int], list[int]] = {}
    for n, (_, (left, bottom, right, top)) in enumerate(chars):
        for gx in range(int(left // 20), int(right // 20) + 1):
            for gy in range(int(bottom // 20), int(top // 20) + 1):
                buckets.setdefault((gx, gy), []).append(n)
    clashes = set()
    for members in buckets.values():
        for a, n in enumerate(members):
            for m in members[a + 1 :]:
                if abs(m - n) == 1:
                    continue
                (l1, b1, r1, t1), (l2, b2, r2, t2) = chars[n][1], chars[m][1]
                if min(r1, r2) - max(l1, l2) > 0.5 and min(t1, t2) - max(b1, b2) > 0.5:
                    clashes.add((chars[n][0], chars[m][0]))
    return sorted(clashes)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("desk", [None, "north", "main"])
def test_every_row_whole_and_nothing_overprinted(two_desk_day, lang, desk):
    lead, day = two_desk_day["lead"], two_desk_day["day"]
    ledger = daily_ledger.daily_ledger(lead, day, lang, desk)
    pdf = ledger_documents.daily_ledger_pdf(lead, day, lang=lang, desk=desk)
    document = pdfium.PdfDocument(pdf)
    texts = []
    for page in document:
        width, height = page.get_size()
        chars = _chars(page)
        assert not _overprinted(chars)
        body = [box for _, box in chars if box[1] > 20 * mm]  # above the footer
        assert all(MARGIN_X - 1 <= box[0] and box[2] <= width - MARGIN_X + 1 for box in body)
        assert all(box[3] <= height - MARGIN_TOP + 1 for box in body)
        texts.append(page.get_textpage().get_text_range())
    document.close()
    text = "\n".join(texts)
    found = Counter(VALUE.findall(text))
    # every receipt of the ledger's desk (or of both) once in the receipts, whole
    wanted = [d for d in ("main", "north") if desk in (None, d)]
    others = [d for d in ("main", "north") if d not in wanted]
    for number in (n for d in wanted for n in two_desk_day["sold"][d]):
        assert found[number] >= 1, number
    for number in (n for d in others for n in two_desk_day["sold"][d]):
        assert found[number] == 0, number
    receipts = next(s for s in ledger.sections if s.key == "receipts")
    assert len(receipts.rows) == sum(len(two_desk_day["sold"][d]) for d in wanted)
    # each time and amount of the receipts' rows found whole (none split across lines)
    cells = Counter(v for row in receipts.rows for v in VALUE.findall(" ".join(map(str, row))))
    cells.update(paper_fen(row[4]) for row in receipts.rows)
    for value, count in cells.items():
        assert found[value] >= count, value
    assert paper_fen(ledger.net_fen) in found  # the totals row
    # the whole site's ledger names each receipt's desk; one desk's names its desk once
    name = LONG_DESK[0] if lang.startswith("zh") else LONG_DESK[1]
    flat = re.sub(r"\s+", "", text)
    if desk is None:
        assert flat.count(re.sub(r"\s+", "", name)) >= len(two_desk_day["sold"]["north"])
    elif desk == "north":
        assert flat.count(re.sub(r"\s+", "", name)) == 1


def test_a_day_of_short_values_prints_a_line_a_row(two_desk_day):
    """Receipt numbers, times, methods, amounts and clerks fit their columns: the receipts
    of a desk with a short name take one line each, so the table has no wrapped cells."""
    from services.documents.layout import A4, styles_for
    from services.documents.tables import paged_table

    lead, day = two_desk_day["lead"], two_desk_day["day"]
    pdf = ledger_documents.daily_ledger_pdf(lead, day, lang="en", desk="main")
    table = next(b for b in pdf.document.blocks if b.kind == "table" and len(b.values["rows"]) > 5)
    columns, rows = table.values["columns"], table.values["rows"]
    assert "Desk" not in [c.title for c in columns]  # the heading names the desk
    laid = paged_table(A4, styles_for(A4), columns, rows)
    services = [c.title for c in columns].index("Services")
    for cells in laid.rows:
        assert all(isinstance(c, str) for n, c in enumerate(cells) if n != services)
