"""The pages of the main window, in navigation order. A module adds its page here.

Each entry: a key, the title (translated in the "Pages" context), the permission that
shows it (None: every signed-in user), a factory `(session, parent) -> DeskPage`
(ui/common/desk_page.py), and the group it belongs to. The navigation shows the GROUPS,
what the clerk does (Counter · Members · Lost and found · Money · Cases · Information · Back
office), each one page whose tabs are the entries a user's role may use.
scripts/screenshots.py walks this list too.
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
    group: str = "back_office"  # a key of GROUPS


@dataclass(frozen=True)
class Group:
    key: str
    title: str  # source text, context "Pages"


GROUPS: list[Group] = [
    Group("counter", QT_TRANSLATE_NOOP("Pages", "Counter")),
    Group("members", QT_TRANSLATE_NOOP("Pages", "Members")),
    Group("lost_found", QT_TRANSLATE_NOOP("Pages", "Lost and found")),
    Group("money", QT_TRANSLATE_NOOP("Pages", "Money")),
    Group("cases", QT_TRANSLATE_NOOP("Pages", "Cases")),
    Group("information", QT_TRANSLATE_NOOP("Pages", "Information")),
    Group("back_office", QT_TRANSLATE_NOOP("Pages", "Back office")),
]


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
        "counter",
    ),
    PageEntry(
        "users",
        QT_TRANSLATE_NOOP("Pages", "Users"),
        Perm.MANAGE_USERS,
        _lazy("ui.admin.users_page", "UsersPage"),
        "back_office",
    ),
    PageEntry(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Settings"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.admin.settings_page", "SettingsPage"),
        "back_office",
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
        "back_office",
    ),
    PageEntry(
        "lending",
        QT_TRANSLATE_NOOP("Pages", "Lending"),
        Perm.COUNTER,
        _lazy("ui.lending.lending_page", "LendingPage"),
        "counter",
    ),
    PageEntry(
        "outstanding",
        QT_TRANSLATE_NOOP("Pages", "Items out"),
        Perm.COUNTER,
        _lazy("ui.lending.outstanding_page", "OutstandingPage"),
        "counter",
    ),
    PageEntry(
        "shift",
        QT_TRANSLATE_NOOP("Pages", "Shift"),
        Perm.COUNTER,
        _lazy("ui.shifts.shift_page", "ShiftPage"),
        "money",
    ),
    PageEntry(
        "shops",
        QT_TRANSLATE_NOOP("Pages", "Shops"),
        None,
        _lazy("ui.directory.shops_page", "ShopsPage"),
        "information",
    ),
    PageEntry(
        "lendable_items",
        QT_TRANSLATE_NOOP("Pages", "Lendable items"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.lending.items_page", "ItemsPage"),
        "back_office",
    ),
    PageEntry(
        "directory",
        QT_TRANSLATE_NOOP("Pages", "Directory"),
        Perm.COUNTER,
        _lazy("ui.directory.directory_page", "DirectoryPage"),
        "information",
    ),
    PageEntry(
        "answers",
        QT_TRANSLATE_NOOP("Pages", "Answers"),
        Perm.COUNTER,
        _lazy("ui.directory.answers_page", "AnswersPage"),
        "information",
    ),
    PageEntry(
        "members",
        QT_TRANSLATE_NOOP("Pages", "Members"),
        Perm.COUNTER,
        _lazy("ui.members.members_page", "MembersPage"),
        "members",
    ),
    PageEntry(
        "enrol",
        QT_TRANSLATE_NOOP("Pages", "Enrol member"),
        Perm.COUNTER,
        _lazy("ui.members.enrol_page", "EnrolPage"),
        "members",
    ),
    PageEntry(
        "found_register",
        QT_TRANSLATE_NOOP("Pages", "Register found item"),
        Perm.COUNTER,
        _lazy("ui.lost_found.register_page", "FoundRegisterPage"),
        "lost_found",
    ),
    PageEntry(
        "found_items",
        QT_TRANSLATE_NOOP("Pages", "Found items"),
        Perm.COUNTER,
        _lazy("ui.lost_found.items_page", "FoundItemsPage"),
        "lost_found",
    ),
    PageEntry(
        "lost_reports",
        QT_TRANSLATE_NOOP("Pages", "Lost reports"),
        Perm.COUNTER,
        _lazy("ui.lost_found.reports_page", "LostReportsPage"),
        "lost_found",
    ),
    PageEntry(
        "sale",
        QT_TRANSLATE_NOOP("Pages", "Paid services"),
        Perm.COUNTER,
        _lazy("ui.sales.sale_page", "SalePage"),
        "money",
    ),
    PageEntry(
        "receipts",
        QT_TRANSLATE_NOOP("Pages", "Receipts"),
        Perm.COUNTER,
        _lazy("ui.sales.receipts_page", "ReceiptsPage"),
        "money",
    ),
    PageEntry(
        "issue_invoice",
        QT_TRANSLATE_NOOP("Pages", "Issue invoice"),
        Perm.COUNTER,
        _lazy("ui.invoices.issue_page", "IssueInvoicePage"),
        "money",
    ),
    PageEntry(
        "invoice_register",
        QT_TRANSLATE_NOOP("Pages", "Invoice register"),
        Perm.COUNTER,
        _lazy("ui.invoices.register_page", "InvoiceRegisterPage"),
        "money",
    ),
    PageEntry(
        "price_list",
        QT_TRANSLATE_NOOP("Pages", "Price list"),
        Perm.MANAGE_SETTINGS,
        _lazy("ui.sales.price_list_page", "PriceListPage"),
        "back_office",
    ),
    PageEntry(
        "complaints",
        QT_TRANSLATE_NOOP("Pages", "Complaints"),
        Perm.COUNTER,
        _lazy("ui.complaints.complaints_page", "ComplaintsPage"),
        "cases",
    ),
    PageEntry(
        "complaint_summary",
        QT_TRANSLATE_NOOP("Pages", "Complaint summary"),
        Perm.COUNTER,
        _lazy("ui.complaints.summary_page", "ComplaintSummaryPage"),
        "cases",
    ),
    PageEntry(
        "service_level",
        QT_TRANSLATE_NOOP("Pages", "Service level"),
        Perm.QUALITY_CHECK,
        _lazy("ui.quality.service_level_page", "ServiceLevelPage"),
        "cases",
    ),
    PageEntry(
        "service_quality",
        QT_TRANSLATE_NOOP("Pages", "Service quality"),
        Perm.COUNTER,
        _lazy("ui.quality.quality_page", "QualityPage"),
        "cases",
    ),
    PageEntry(
        "first_aid",
        QT_TRANSLATE_NOOP("Pages", "First-aid kit"),
        Perm.COUNTER,
        _lazy("ui.care.first_aid_page", "FirstAidPage"),
        "information",
    ),
    PageEntry(
        "paging",
        QT_TRANSLATE_NOOP("Pages", "Paging"),
        Perm.COUNTER,
        _lazy("ui.care.paging_page", "PagingPage"),
        "counter",
    ),
    PageEntry(
        "custody",
        QT_TRANSLATE_NOOP("Pages", "Held items"),
        Perm.COUNTER,
        _lazy("ui.care.custody_page", "CustodyPage"),
        "counter",
    ),
    PageEntry(
        "finance",
        QT_TRANSLATE_NOOP("Pages", "Finance"),
        Perm.DAILY_LEDGER,
        _lazy("ui.finance.finance_page", "FinancePage"),
        "money",
    ),
]
