"""Settings › Loyalty: the programme's rules (enrol threshold, receipt window, points rate
and lifetime, the manual-points cap, the card reissue fee) and the rewards catalogue with
its stock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from services.core.money import format_fen, parse_yuan
from services.members import rewards
from services.members import rules as member_rules
from ui.admin.settings_tab import REFUSED, SettingsTab
from ui.common.forms import amount_edit
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view


class LoyaltyTab(SettingsTab):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.threshold, self.rate, self.fee = amount_edit(), amount_edit(), amount_edit()
        self.window, self.lifetime, self.cap = QSpinBox(), QSpinBox(), QSpinBox()
        self.window.setRange(0, 90)
        self.lifetime.setRange(1, 3650)
        self.cap.setRange(0, 100_000)
        self.window.setSuffix(self.tr(" days"))
        self.lifetime.setSuffix(self.tr(" days"))
        self.cap.setSuffix(self.tr(" points"))
        rules_box = QGroupBox(self.tr("Loyalty rules"))
        form = QFormLayout(rules_box)
        form.addRow(self.tr("A receipt enrols from (¥)"), self.threshold)
        form.addRow(self.tr("One point for every (¥)"), self.rate)
        form.addRow(self.tr("Receipts count for"), self.window)
        form.addRow(self.tr("Points expire after"), self.lifetime)
        form.addRow(self.tr("Manual points a day without a supervisor"), self.cap)
        form.addRow(self.tr("Card reissue fee (¥)"), self.fee)
        save = QPushButton(self.tr("Save rules"))
        save.clicked.connect(self.save_rules)
        form.addRow(save)
        self.rules_guard = self.form_guard(rules_box)
        for edit in (self.threshold, self.rate, self.fee):
            self.rules_guard.field(edit, lambda edit=edit: parse_yuan(edit.text()) and None, True)
        columns = [
            Column(self.tr("Code"), "code"),
            Column(
                self.tr("Gift"), "name_zh", lambda v, r: " ".join(filter(None, [v, r["name_en"]]))
            ),
            Column(self.tr("Points"), "points_cost", align_right=True),
            Column(self.tr("Stock"), "stock", align_right=True),
            Column(
                self.tr("In the catalogue"),
                "active",
                lambda v, r: self.tr("yes") if v else self.tr("no"),
            ),
        ]
        self.model = PagedTableModel(columns, self.fetch, parent=self)
        self.view = table_view(self.model, fit_contents=True)
        self.code, self.name_zh, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.cost, self.quantity = QSpinBox(), QSpinBox()
        self.cost.setRange(1, 1_000_000)
        self.quantity.setRange(0, 100_000)
        add = QPushButton(self.tr("Add gift"))
        add.clicked.connect(self.add_gift)
        restock = QPushButton(self.tr("Add the quantity to the picked gift's stock"))
        restock.clicked.connect(self.restock)
        toggle = QPushButton(self.tr("Take out of / back into the catalogue"))
        toggle.clicked.connect(self.toggle)
        gift_box = QGroupBox(self.tr("Rewards catalogue"))
        gift_form = QFormLayout(gift_box)
        gift_form.addRow(self.view)
        gift_form.addRow(self.tr("Code"), self.code)
        gift_form.addRow(self.tr("Chinese name"), self.name_zh)
        gift_form.addRow(self.tr("English name"), self.name_en)
        gift_form.addRow(self.tr("Points"), self.cost)
        gift_form.addRow(self.tr("Quantity"), self.quantity)
        buttons = QHBoxLayout()
        for button in (add, restock, toggle):
            buttons.addWidget(button)
        buttons.addStretch()
        gift_form.addRow(buttons)
        self.gift_guard = self.form_guard(gift_box)
        self.gift_guard.field(self.code, required=True, name=("gift code", "code"))
        self.gift_guard.field(self.name_zh, required=True, name="Chinese name")
        self.gift_guard.field(self.name_en, name="English name")
        self.body.addWidget(rules_box)
        self.body.addWidget(self.note)
        self.body.addWidget(gift_box)
        self.load()

    def load(self) -> None:
        current = self.run(member_rules.rules, self.ctx)
        if current is REFUSED:
            return
        self.threshold.setText(format_fen(current.enrol_threshold_fen).lstrip("¥"))
        self.rate.setText(format_fen(current.points_rate_fen).lstrip("¥"))
        self.fee.setText(format_fen(current.reissue_fee_fen).lstrip("¥"))
        self.window.setValue(current.receipt_window_days)
        self.lifetime.setValue(current.points_lifetime_days)
        self.cap.setValue(current.manual_cap_points)
        self.model.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        if offset:
            return []
        found = self.run(rewards.list_rewards, self.ctx, active_only=False)
        return [] if found is REFUSED else [as_row(r) for r in found]

    def rules(self) -> member_rules.MemberRules:
        """The rules as typed (the amounts checked by the form's guard first)."""
        return member_rules.MemberRules(
            receipt_window_days=self.window.value(),
            points_lifetime_days=self.lifetime.value(),
            manual_cap_points=self.cap.value(),
            enrol_threshold_fen=parse_yuan(self.threshold.text()),
            points_rate_fen=parse_yuan(self.rate.text()),
            reissue_fee_fen=parse_yuan(self.fee.text()),
        )

    def save_rules(self) -> None:
        saved = self.checked_call(
            self.rules_guard, lambda: member_rules.update_rules(self.ctx, self.rules())
        )
        if saved is REFUSED:
            return
        self.saved(self.tr("Saved. The next receipt credited uses these rules."))
        self.done("members")

    def picked(self):
        index = self.view.currentIndex()
        if not index.isValid():
            self.refused(self.tr("Pick a gift in the list first."))
            return None
        return self.model.row(index.row())["_item"]

    def add_gift(self) -> None:
        added = self.checked_call(
            self.gift_guard,
            rewards.add_reward,
            self.ctx,
            self.code.text(),
            self.name_zh.text(),
            self.name_en.text(),
            self.cost.value(),
            self.quantity.value(),
        )
        if added is REFUSED:
            return
        self.saved(self.tr("Added."))
        self.model.reload()
        self.done("members")

    def restock(self) -> None:
        gift = self.picked()
        if gift is None:
            return
        if self.call(rewards.restock_reward, self.ctx, gift.id, self.quantity.value()) is REFUSED:
            return
        self.saved(self.tr("Stock updated."))
        self.model.reload()
        self.done("members")

    def toggle(self) -> None:
        gift = self.picked()
        if gift is None:
            return
        if self.call(rewards.update_reward, self.ctx, gift.id, active=not gift.active) is REFUSED:
            return
        self.saved(self.tr("Saved."))
        self.model.reload()
        self.done("members")
