"""Which desk is this? The one screen a PC joining a site with several desks shows before
sign-in, once: the choice is kept on the PC (services/shifts/desks.py), and `--desk`
overrides it for one run."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from services.shifts import desks
from ui import i18n
from ui.common.forms import problem_label
from ui.session import REFUSED, run_or_note


class DeskChoiceDialog(QDialog):
    """Pick this PC's desk among the site's desks in service; `code` holds it when accepted."""

    def __init__(self, ctx, site_name: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.code: str | None = None
        self.setWindowTitle(self.tr("Which desk is this?"))
        intro = QLabel(
            self.tr(
                "This computer serves one desk of {site}: its shifts, cash drawer, shift"
                " reports and hand-overs are that desk's. Choose it once; it is kept on this"
                " computer. An admin adds desks under Settings › Desks."
            ).format(site=site_name or self.tr("the site"))
        )
        intro.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("desk_choice")
        for desk in desks.desk_choices(ctx):
            self.choice.addItem(desk.label(i18n.current()), desk.code)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Desk"), self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Use this desk"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def choose(self) -> None:
        code = run_or_note(
            self.problem.setText, desks.choose_pc_desk, self.ctx, self.choice.currentData()
        )
        if code is REFUSED:
            return
        try:
            desks.remember_pc_desk(code)
        except OSError as exc:  # the config folder cannot be written: say so, keep asking
            self.problem.setText(
                self.tr("This computer's choice could not be kept ({cause}).").format(cause=exc)
            )
            return
        self.code = code
        self.accept()
