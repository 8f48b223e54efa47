"""One definition per desk area of the tables the daily ledger (PDF) and the month export
(XLSX, CSV) render: a module per area, each table with its title, its columns and the query
yielding its rows for a span of time."""

from __future__ import annotations

from services.reports.tables import (
    care,
    complaints,
    finance,
    invoices,
    lending,
    lost_found,
    members,
    sales,
    shifts,
)

# what each desk area did on the day, in the ledger's order
DAY_SECTIONS = (
    sales.RECEIPTS,
    sales.RECEIPT_VOIDS,
    lending.LOANS_OUT,
    lending.LOANS_BACK,
    invoices.INVOICES,
    invoices.INVOICE_VOIDS,
    lost_found.FOUND_IN,
    lost_found.FOUND_OUT,
    members.ENROLLED,
    members.POINTS,
    complaints.OPENED,
    complaints.CLOSED,
    care.FIRST_AID,
    care.CUSTODY,
)

# what belongs to a desk (its shifts' money), on one desk's ledger; the rest is the site's
DESK_SECTIONS = (
    sales.RECEIPTS,
    sales.RECEIPT_VOIDS,
    lending.LOANS_OUT,
    lending.LOANS_BACK,
)

# the month's workbook, a sheet (and a CSV) each, in this order
MONTH_SHEETS = (
    finance.SUMMARY,
    sales.MONTH_RECEIPTS,
    finance.INCOME,
    invoices.MONTH_INVOICES,
    lending.DEPOSITS,
    shifts.MONTH_SHIFTS,
    members.POINTS_HELD,
)
