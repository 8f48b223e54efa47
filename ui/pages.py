"""The pages of the main window, in navigation order. A module adds its page here.

Each entry: a key, the title (translated in the "Pages" context), the permission that
shows it (None: every signed-in user), and a factory `(session, parent) -> DeskPage`
(ui/common/desk_page.py). scripts/screenshots.py walks this list too.
The service layer still checks every operation; hiding a page is only comfort.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from services.core.permissions import Perm


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # source text, context "Pages"
    perm: Perm | None
    factory: Callable[..., QWidget]


def _lazy(module: str, cls: str) -> Callable[..., QWidget]:
    """Import a page only when it is first shown, so start-up stays quick."""

    def build(session, parent=None):
        import importlib

        return getattr(importlib.import_module(module), cls)(session, parent)

    return build


PAGES: list[PageEntry] = [
    PageEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        None,
        _lazy("ui.dashboard.dashboard_page", "DashboardPage"),
    ),
    PageEntry(
        "users",
        QT_TRANSLATE_NOOP("Pages", "Users"),
        Perm.MANAGE_USERS,
        _lazy("ui.admin.users_page", "UsersPage"),
    ),
    PageEntry(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Settings"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.admin.settings_page", "SettingsPage"),
    ),
    PageEntry(
        "printers",
        QT_TRANSLATE_NOOP("Pages", "Printers"),
        Perm.COUNTER,
        _lazy("ui.printing.printers_page", "PrintersPage"),
    ),
    PageEntry(
        "audit",
        QT_TRANSLATE_NOOP("Pages", "Audit trail"),
        Perm.VIEW_AUDIT,
        _lazy("ui.admin.audit_page", "AuditPage"),
    ),
    PageEntry(
        "lending",
        QT_TRANSLATE_NOOP("Pages", "Lending"),
        Perm.COUNTER,
        _lazy("ui.lending.lending_page", "LendingPage"),
    ),
    PageEntry(
        "outstanding",
        QT_TRANSLATE_NOOP("Pages", "Items out"),
        Perm.COUNTER,
        _lazy("ui.lending.outstanding_page", "OutstandingPage"),
    ),
    PageEntry(
        "shift",
        QT_TRANSLATE_NOOP("Pages", "Shift"),
        Perm.COUNTER,
        _lazy("ui.shifts.shift_page", "ShiftPage"),
    ),
    PageEntry(
        "shops",
        QT_TRANSLATE_NOOP("Pages", "Shops"),
        None,
        _lazy("ui.directory.shops_page", "ShopsPage"),
    ),
    PageEntry(
        "lendable_items",
        QT_TRANSLATE_NOOP("Pages", "Lendable items"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.lending.items_page", "ItemsPage"),
    ),
    PageEntry(
        "directory",
        QT_TRANSLATE_NOOP("Pages", "Directory"),
        Perm.COUNTER,
        _lazy("ui.directory.directory_page", "DirectoryPage"),
    ),
    PageEntry(
        "answers",
        QT_TRANSLATE_NOOP("Pages", "Answers"),
        Perm.COUNTER,
        _lazy("ui.directory.answers_page", "AnswersPage"),
    ),
    PageEntry(
        "members",
        QT_TRANSLATE_NOOP("Pages", "Members"),
        Perm.COUNTER,
        _lazy("ui.members.members_page", "MembersPage"),
    ),
    PageEntry(
        "enrol",
        QT_TRANSLATE_NOOP("Pages", "Enrol member"),
        Perm.COUNTER,
        _lazy("ui.members.enrol_page", "EnrolPage"),
    ),
    PageEntry(
        "found_register",
        QT_TRANSLATE_NOOP("Pages", "Register found item"),
        Perm.COUNTER,
        _lazy("ui.lost_found.register_page", "FoundRegisterPage"),
    ),
    PageEntry(
        "found_items",
        QT_TRANSLATE_NOOP("Pages", "Found items"),
        Perm.COUNTER,
        _lazy("ui.lost_found.items_page", "FoundItemsPage"),
    ),
    PageEntry(
        "lost_reports",
        QT_TRANSLATE_NOOP("Pages", "Lost reports"),
        Perm.COUNTER,
        _lazy("ui.lost_found.reports_page", "LostReportsPage"),
    ),
    PageEntry(
        "sale",
        QT_TRANSLATE_NOOP("Pages", "Paid services"),
        Perm.COUNTER,
        _lazy("ui.sales.sale_page", "SalePage"),
    ),
    PageEntry(
        "receipts",
        QT_TRANSLATE_NOOP("Pages", "Receipts"),
        Perm.COUNTER,
        _lazy("ui.sales.receipts_page", "ReceiptsPage"),
    ),
    PageEntry(
        "issue_invoice",
        QT_TRANSLATE_NOOP("Pages", "Issue invoice"),
        Perm.COUNTER,
        _lazy("ui.invoices.issue_page", "IssueInvoicePage"),
    ),
    PageEntry(
        "invoice_register",
        QT_TRANSLATE_NOOP("Pages", "Invoice register"),
        Perm.COUNTER,
        _lazy("ui.invoices.register_page", "InvoiceRegisterPage"),
    ),
    PageEntry(
        "price_list",
        QT_TRANSLATE_NOOP("Pages", "Price list"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.sales.price_list_page", "PriceListPage"),
    ),
    PageEntry(
        "complaints",
        QT_TRANSLATE_NOOP("Pages", "Complaints"),
        Perm.COUNTER,
        _lazy("ui.complaints.complaints_page", "ComplaintsPage"),
    ),
    PageEntry(
        "complaint_summary",
        QT_TRANSLATE_NOOP("Pages", "Complaint summary"),
        Perm.COUNTER,
        _lazy("ui.complaints.summary_page", "ComplaintSummaryPage"),
    ),
    PageEntry(
        "first_aid",
        QT_TRANSLATE_NOOP("Pages", "First-aid kit"),
        Perm.COUNTER,
        _lazy("ui.care.first_aid_page", "FirstAidPage"),
    ),
    PageEntry(
        "paging",
        QT_TRANSLATE_NOOP("Pages", "Paging"),
        Perm.COUNTER,
        _lazy("ui.care.paging_page", "PagingPage"),
    ),
    PageEntry(
        "custody",
        QT_TRANSLATE_NOOP("Pages", "Held items"),
        Perm.COUNTER,
        _lazy("ui.care.custody_page", "CustodyPage"),
    ),
    PageEntry(
        "finance",
        QT_TRANSLATE_NOOP("Pages", "Finance"),
        Perm.DAILY_LEDGER,
        _lazy("ui.finance.finance_page", "FinancePage"),
    ),
]
