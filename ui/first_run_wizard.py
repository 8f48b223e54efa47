"""First run: the site profile, the language, and the first admin account."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from services.admin import site
from services.core.context import DEFAULT_DESK, AppContext, User
from services.core.database import check_health
from services.shifts import desks
from ui import i18n
from ui.common.forms import problem_label
from ui.session import REFUSED, run_or_note

COMMON_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Urumqi"]


class DeskWizardPage(QWizardPage):
    """A wizard page with a line for the desk's objections under its form."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problem = problem_label()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; subclasses do, and it runs again on a language change."""


class SitePage(DeskWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = QComboBox()
        for code, label in site.LANGUAGE_LABELS.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.mall, self.clinic = QRadioButton(), QRadioButton()
        self.mall.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.mall)
        kinds.addButton(self.clinic)
        kind_row = QWidget()
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mall)
        row.addWidget(self.clinic)
        row.addStretch()
        self.name, self.address, self.tax_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.tax_id.setMaxLength(18)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES + sorted(available_timezones() - set(COMMON_ZONES)))
        # this PC's desk: the site's first desk (more are added under Settings › Desks)
        self.desk_code = QLineEdit(DEFAULT_DESK)
        self.desk_code.setMaxLength(20)
        self.desk_zh, self.desk_en = QLineEdit("总服务台"), QLineEdit("Main desk")
        self.desk_zh.setMaxLength(desks.NAME_ZH_MAX)
        self.desk_en.setMaxLength(desks.NAME_EN_MAX)
        self.labels = [QLabel() for _ in range(9)]
        form = QFormLayout(self)
        for label, field in zip(
            self.labels,
            [
                self.language,
                kind_row,
                self.name,
                self.address,
                self.tax_id,
                self.timezone,
                self.desk_code,
                self.desk_zh,
                self.desk_en,
            ],
        ):
            form.addRow(label, field)
        form.addRow(self.problem)
        self.registerField("site_name*", self.name)
        self.retranslate()

    def _language_changed(self) -> None:
        i18n.install(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Front Desk"))
        self.setSubTitle(
            self.tr(
                "Tell the desk where it works. Everything here can be changed later by an admin."
            )
        )
        texts = [
            self.tr("Language"),
            self.tr("Site kind"),
            self.tr("Site name"),
            self.tr("Address"),
            self.tr("Tax ID"),
            self.tr("Time zone"),
            self.tr("This desk's code"),
            self.tr("This desk's Chinese name"),
            self.tr("This desk's English name"),
        ]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.mall.setText(self.tr("Shopping mall"))
        self.clinic.setText(self.tr("Clinic"))
        self.name.setPlaceholderText(self.tr("e.g. 星光广场 Starlight Plaza"))
        self.tax_id.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.desk_code.setToolTip(
            self.tr(
                "The counter this computer serves (e.g. main, north, car-park): its shifts,"
                " cash drawer and hand-overs are this desk's."
            )
        )

    def profile(self) -> site.SiteProfile:
        return site.SiteProfile(
            kind="clinic" if self.clinic.isChecked() else "mall",
            name=self.name.text(),
            address=self.address.text(),
            tax_id=self.tax_id.text(),
            timezone=self.timezone.currentText().strip(),
            language=self.language.currentData(),
        )

    def desk(self) -> tuple[str, str, str]:
        return self.desk_code.text(), self.desk_zh.text(), self.desk_en.text()

    def validatePage(self) -> bool:  # noqa: N802
        if (
            run_or_note(self.wizard().show_problem, site.validate_profile, self.profile())
            is REFUSED
            or run_or_note(
                self.wizard().show_problem, desks.check_first_desk, self.wizard().ctx, *self.desk()
            )
            is REFUSED
        ):
            return False
        self.wizard().show_problem("")
        return True


class AdminPage(DeskWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.username, self.display_name = QLineEdit("admin"), QLineEdit()
        self.password, self.confirm = QLineEdit(), QLineEdit()
        for box in (self.password, self.confirm):
            box.setEchoMode(QLineEdit.Password)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(
            self.labels, [self.username, self.display_name, self.password, self.confirm]
        ):
            form.addRow(label, field)
        form.addRow(self.problem)
        # not mandatory fields ("name*"): Qt counts one as filled only once it differs from
        # its first value, so the suggested "admin" would keep Finish disabled
        self.registerField("admin_name", self.username)
        self.registerField("admin_password", self.password)
        for box in (self.username, self.password, self.confirm):
            box.textChanged.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Finish is offered once a user name and a password are typed (the suggested name
        counts); what is wrong with them is said on Finish."""
        return bool(self.username.text().strip() and self.password.text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first admin"))
        self.setSubTitle(self.tr("The admin adds the desk's clerks, shift leads and supervisors."))
        for label, text in zip(
            self.labels,
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Password"),
                self.tr("Repeat password"),
            ],
        ):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        if self.password.text() != self.confirm.text():
            wizard.show_problem(self.tr("The two passwords differ."))
            return False
        return wizard.create_site()


class FirstRunWizard(QWizard):
    """Sets up a new database; `admin` holds the first admin when accepted."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.admin: User | None = None
        self.desk_code: str | None = None  # this PC's desk, once the site is set up
        self.site_page, self.admin_page = SitePage(), AdminPage()
        self.addPage(self.site_page)
        self.addPage(self.admin_page)
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage)
        self.setMinimumSize(640, 440)
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.currentPage().problem.setText(text)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The title and the buttons: QWizard keeps the texts of the language it was built
        in, so they are set again in ours on every language change."""
        self.setWindowTitle(self.tr("Front Desk — first run"))
        for button, text in (
            (QWizard.BackButton, self.tr("< &Back")),
            (QWizard.NextButton, self.tr("&Next >")),
            (QWizard.CommitButton, self.tr("Commit")),
            (QWizard.FinishButton, self.tr("&Finish")),
            (QWizard.CancelButton, self.tr("Cancel")),
            (QWizard.HelpButton, self.tr("&Help")),
        ):
            self.setButtonText(button, text)

    def create_site(self) -> bool:
        page = self.admin_page
        admin = run_or_note(
            self.show_problem,
            site.initialise,
            self.ctx,
            self.site_page.profile(),
            page.username.text(),
            page.password.text(),
            page.display_name.text(),
        )
        if admin is REFUSED:
            return False
        desk = run_or_note(
            self.show_problem,
            desks.set_up_first_desk,
            self.ctx.signed_in_as(admin),
            *self.site_page.desk(),
        )
        if desk is not REFUSED:  # else the main desk stays, and Settings › Desks can fix it
            desks.remember_pc_desk(desk.code)
            self.desk_code = desk.code
        check_health(self.ctx)  # a new site carries its checkpoint from the start
        self.admin = admin
        i18n.save_language(self.site_page.language.currentData())
        return True
