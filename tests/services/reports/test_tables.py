"""The report tables: one definition per area, read by the daily ledger and the month export;
a Span shows a stored moment as the day's ledger or the month's workbook wants it."""

from __future__ import annotations

from services.core.money import MONEY_KIND_LABELS, MoneyKind, money_kind_text
from services.reports import month_export, tables
from services.reports.tables import base
from services.reports.tables.base import Span

KINDS = {base.TEXT, base.MONEY, base.COUNT, base.TIME, base.DATE_TIME}


def test_every_table_names_its_columns_and_their_kind():
    for table in tables.DAY_SECTIONS + tables.MONTH_SHEETS:
        assert table.title and table.columns, table.key
        for column in table.columns:
            assert column.heading and column.kind in KINDS and column.width > 0, table.key


def test_keys_are_unique_in_the_ledger_and_in_the_workbook():
    for group in (tables.DAY_SECTIONS, tables.MONTH_SHEETS):
        keys = [t.key for t in group]
        assert len(keys) == len(set(keys))
    assert list(month_export.export_labels()) == [t.key for t in tables.MONTH_SHEETS]


def test_a_day_shows_its_own_times_short_and_a_month_in_full(admin_ctx):
    stored = "2026-03-14T01:30:00+00:00"  # 09:30 in Shanghai
    day = Span.day(admin_ctx, "2026-03-14T16:00:00+00:00", "2026-03-15T16:00:00+00:00", "en")
    month = Span.month(
        admin_ctx, "2026-03", "2026-02-28T16:00:00+00:00", "2026-03-31T16:00:00+00:00", "en"
    )
    assert (day.moment(stored, base.TIME), day.moment(stored)) == ("09:30", "03-14 09:30")
    assert month.moment(stored, base.TIME) == month.moment(stored) == "2026-03-14 09:30"
    assert day.moment(None) == month.moment("") == ""


def test_translations_are_asked_once_per_span(admin_ctx):
    asked = []
    admin_ctx.translate = lambda text: asked.append(text) or text.upper()
    span = Span.day(admin_ctx, "2026-03-14T16:00:00+00:00", "2026-03-15T16:00:00+00:00", "en")
    assert [span.method("cash") for _ in range(3)] == ["CASH"] * 3
    assert asked.count("Cash") == 1


def test_money_kinds_are_the_stored_strings_with_a_label_each():
    assert MoneyKind.DEPOSIT_IN == "deposit_in" and f"{MoneyKind.CARD_FEE}" == "card_fee"
    assert set(MONEY_KIND_LABELS) == set(MoneyKind)
    assert all(kind.label for kind in MoneyKind)
    shout = str.upper
    assert money_kind_text("service_void", shout) == "SERVICE SALE VOIDED"
    assert money_kind_text("site_own_kind", shout) == "site_own_kind"  # shown as stored
