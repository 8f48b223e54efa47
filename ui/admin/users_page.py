"""Admins add users, change roles, reset passwords and disable accounts (never delete)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from services.admin import users
from services.core.permissions import ROLE_LABELS, Role
from ui.common.desk_page import DeskPage
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession, desk_tr


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(desk_tr(ROLE_LABELS[role]), role.value)
    return combo


class AddUserDialog(QDialog):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a user"))
        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = role_combo()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First password"), self.password)
        form.addRow(self.problem)
        form.addRow(buttons)
        # Enter adds, Esc cancels; every problem at once beside its field
        self.guard = FormGuard(self, submit=self.save, cancel=self.reject, problem=self.problem)
        self.guard.field(self.username, self._username_problem, True, ("user name", "name"))
        self.guard.field(self.display_name, required=True, name="display name")
        self.guard.field(
            self.password, lambda: users.check_new_password(self.password.text()), True
        )

    def _username_problem(self) -> str | None:
        if users.USERNAME_RE.match(self.username.text().strip()):
            return None
        return desk_tr("A user name is 2 to 32 letters, digits, dots, dashes or underscores.")

    def save(self) -> None:
        if (
            self.guard.run(
                users.add_user,
                self.session.ctx,
                self.username.text(),
                self.role.currentData(),
                self.password.text(),
                self.display_name.text(),
            )
            is not REFUSED
        ):
            self.accept()


class UsersPage(DeskPage):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        for text, slot in [
            (self.tr("Add user…"), self.add_user),
            (self.tr("Change role…"), self.change_role),
            (self.tr("Reset password…"), self.reset_password),
            (self.tr("Disable"), lambda: self.set_active(False)),
            (self.tr("Enable"), lambda: self.set_active(True)),
        ]:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.body.addLayout(buttons)
        self.body.addWidget(self.table)
        self.reload()

    def page_title(self) -> str:
        return self.tr("<h2>Users</h2>")

    def reload(self) -> None:
        rows = self.run(users.list_users, self.ctx) or []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = self.tr("Active") if row["active"] else self.tr("Disabled")
            values = [
                row["username"],
                row["display_name"],
                desk_tr(ROLE_LABELS[Role(row["role"])]),
                state,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()  # names whole, the state column takes the rest

    def selected_username(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 else None

    def add_user(self) -> None:
        if AddUserDialog(self.session, self).exec() == QDialog.Accepted:
            self.reload()

    def change_role(self) -> None:
        name = self.selected_username()
        if not name:
            return
        labels = [desk_tr(ROLE_LABELS[r]) for r in Role]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("New role for {name}").format(name=name),
            labels,
            0,
            False,
        )
        if ok:
            self.run(users.change_role, self.ctx, name, list(Role)[labels.index(label)].value)
            self.reload()

    def reset_password(self) -> None:
        name = self.selected_username()
        if not name:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name}").format(name=name),
            QLineEdit.Password,
        )
        if ok:
            self.run(users.reset_password, self.ctx, name, password)

    def set_active(self, active: bool) -> None:
        name = self.selected_username()
        if name:
            self.run(users.set_active, self.ctx, name, active)
            self.reload()
