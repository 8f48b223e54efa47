"""Settings › Records: how long each kind of record is kept, the purge the app proposes
(an admin confirms it; only exported and locked months; archived first), the purges done,
and look-ups in the read-only archive files."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from services.core.database import open_site
from services.core.money import format_fen
from services.retention import archive, purge
from services.retention import periods as retention
from ui.admin.settings_tab import REFUSED, SettingsTab
from ui.common.formatting import site_zone, zone_text
from ui.common.jobs import run_job
from ui.session import desk_tr


def purge_work(progress, cancelled, db_path: str, user, clock, until: str, token: str):
    """Runs in the worker thread: an SQLite connection belongs to the thread that made it."""
    ctx = open_site(db_path, desk_tr, clock).signed_in_as(user)
    try:
        return purge.purge_records(ctx, until, token, progress=progress)
    finally:
        ctx.close()


class RetentionTab(SettingsTab):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.zone = site_zone(session)
        self.months: dict[str, QSpinBox] = {}
        periods_box = QGroupBox(self.tr("How long records are kept"))
        form = QFormLayout(periods_box)
        for rtype in retention.RECORD_TYPES:
            spin = QSpinBox()
            spin.setRange(1, retention.MAX_MONTHS)
            spin.setSuffix(self.tr(" months"))
            spin.setToolTip(self.tr("at least %n month(s)", "", rtype.min_months))
            self.months[rtype.key] = spin
            form.addRow(desk_tr(rtype.label), spin)
        save = QPushButton(self.tr("Save periods"))
        save.clicked.connect(self.save_periods)
        form.addRow(save)
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("YYYY-MM"))
        self.until.setMaxLength(7)
        propose = QPushButton(self.tr("Show what a purge would remove"))
        propose.clicked.connect(self.propose)
        self.confirm_button = QPushButton(self.tr("Archive and purge…"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.purge)
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        purge_box = QGroupBox(self.tr("Purge (only months exported and locked; archived first)"))
        purge_form = QFormLayout(purge_box)
        row = QHBoxLayout()
        row.addWidget(self.until)
        row.addWidget(propose)
        row.addWidget(self.confirm_button)
        row.addStretch()
        purge_form.addRow(self.tr("Purge up to and including"), row)
        purge_form.addRow(self.plan_text)
        mask = QPushButton(self.tr("Mask phone numbers past their retention now"))
        mask.clicked.connect(self.mask_phones)
        purge_form.addRow(mask)
        purge_form.addRow(self.tr("Purges done"), self.history)
        self.archives = QComboBox()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("receipt, slip, invoice or hand-over number"))
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.find)
        self.number.returnPressed.connect(self.find)
        self.found = QLabel()
        self.found.setWordWrap(True)
        look_box = QGroupBox(self.tr("Look up an archived record (read-only)"))
        look = QFormLayout(look_box)
        look.addRow(self.tr("Archive"), self.archives)
        find_row = QHBoxLayout()
        find_row.addWidget(self.number)
        find_row.addWidget(find)
        look.addRow(self.tr("Number"), find_row)
        look.addRow(self.found)
        self.plan = None
        self.body.addWidget(periods_box)
        self.body.addWidget(self.note)
        self.body.addWidget(purge_box)
        self.body.addWidget(look_box)
        self.body.addStretch()
        self.load()

    def load(self) -> None:
        current = self.run(retention.periods, self.ctx)
        if current is REFUSED:
            return
        for key, spin in self.months.items():
            spin.setValue(getattr(current, key))
        suggested = self.run(purge.suggested_until, self.ctx)
        if suggested and suggested is not REFUSED:
            self.until.setText(suggested)
            self.propose()
        self.show_history()
        self.show_archives()

    def show_history(self) -> None:
        done = self.run(purge.purge_history, self.ctx)
        if done is REFUSED:
            return
        lines = [
            self.tr("%1: up to %2, %3 rows into %4")
            .replace("%1", zone_text(self.zone, p["at"], "%Y-%m-%d %H:%M"))
            .replace("%2", p["until"])
            .replace("%3", str(p["rows"]))
            .replace("%4", ", ".join(p["archives"]))
            for p in done
        ]
        self.history.setText("\n".join(lines) or self.tr("none yet"))

    def show_archives(self) -> None:
        self.archives.clear()
        found = self.run(archive.list_archives, self.ctx)
        for item in [] if found is REFUSED else found:
            self.archives.addItem(
                self.tr("%1 (%n row(s))", "", item.rows).replace("%1", item.path.name),
                str(item.path),
            )

    def save_periods(self) -> None:
        new = retention.RetentionPeriods(**{k: s.value() for k, s in self.months.items()})
        if self.call(retention.update_periods, self.ctx, new) is REFUSED:
            return
        self.saved(self.tr("Saved."))

    def propose(self) -> None:
        self.plan = None
        self.confirm_button.setEnabled(False)
        plan = self.call(purge.propose_purge, self.ctx, self.until.text().strip())
        if plan is REFUSED:
            self.plan_text.setText("")
            return
        self.note.setText("")
        self.plan = plan
        lines = [self.tr("Months: %1").replace("%1", ", ".join(plan.months) or self.tr("none"))]
        lines += [
            self.tr("remove %n row(s) of %1", "", n).replace("%1", self.table_label(t))
            for t, n in plan.rows.items()
        ]
        lines += [
            self.tr("mask %n phone number(s) on %1", "", n).replace("%1", self.table_label(t))
            for t, n in plan.phone_counts.items()
        ]
        if plan.empty:
            lines.append(self.tr("Nothing is due for the purge."))
        self.plan_text.setText("\n".join(lines))
        self.confirm_button.setEnabled(not plan.empty)

    def table_label(self, table: str) -> str:
        labels = {
            "shifts": self.tr("shifts"),
            "cash_movements": self.tr("cash movements"),
            "shift_counts": self.tr("cash counts"),
            "sales": self.tr("receipts"),
            "sale_lines": self.tr("receipt lines"),
            "sale_voids": self.tr("voided receipts"),
            "loans": self.tr("loans"),
            "loan_settlements": self.tr("loan returns"),
            "loan_vouchers": self.tr("refund and compensation vouchers"),
            "handovers": self.tr("hand-overs"),
            "document_prints": self.tr("printed copies"),
            "inquiries": self.tr("inquiries counted"),
            "invoices": self.tr("invoices"),
            "invoice_lines": self.tr("invoice lines"),
            "invoice_sources": self.tr("invoice source receipts"),
            "invoice_voids": self.tr("voided invoices"),
            "complaint_cases": self.tr("complaint cases"),
            "lost_reports": self.tr("lost reports"),
        }
        return labels.get(table, table)

    def purge(self) -> None:
        plan = self.plan
        if plan is None:
            return
        total = sum(plan.rows.values())
        if not self.confirm(
            self.tr(
                "Archive %n row(s) up to %1 into the read-only archive, then remove them"
                " from the desk's file? The audit trail keeps the proof.",
                "",
                total,
            ).replace("%1", plan.until)
        ):
            return
        if self.session.db_path:  # off the UI thread, on a connection of its own
            title = self.tr("Archiving and purging up to %1…").replace("%1", plan.until)
            done = self.call(
                run_job,
                self,
                title,
                purge_work,
                self.session.db_path,
                self.ctx.user,
                self.ctx.clock,
                plan.until,
                plan.token,
            )
            if done is None:  # refused (shown) or stopped: the list says what happened
                self.show_history()
                self.show_archives()
                return
        else:
            done = self.call(purge.purge_records, self.ctx, plan.until, plan.token)
        self.plan = None
        self.confirm_button.setEnabled(False)
        if done is REFUSED:
            return
        self.saved(
            self.tr("Purged; archived in %1.").replace(
                "%1", ", ".join(a["file"] for a in done.archives)
            )
        )
        self.plan_text.setText("")
        self.show_history()
        self.show_archives()

    def mask_phones(self) -> None:
        """Masking needs no locked month: no money changes, only the stored number."""
        masked = self.call(purge.mask_expired_phones, self.ctx)
        if masked is REFUSED:
            return
        self.saved(
            self.tr("%n phone number(s) masked.", "", sum(masked.values()))
            if masked
            else self.tr("No phone number is past its retention.")
        )

    def find(self) -> None:
        path = self.archives.currentData()
        if not path:
            self.found.setText(self.tr("There is no archive yet."))
            return
        record = self.run_noted(
            self.found.setText, archive.find_record, self.ctx, path, self.number.text()
        )
        if record is REFUSED:
            return
        fields = record.fields
        money = {
            k: format_fen(v) for k, v in fields.items() if k.endswith("_fen") and isinstance(v, int)
        }
        at = next((fields[k] for k in ("sold_at", "lent_at", "issued_at", "at") if k in fields), "")
        lines = [
            f"<b>{record.number}</b> · {zone_text(self.zone, at, '%Y-%m-%d %H:%M') if at else ''}"
            f" · {record.user} · {record.archive}",
            " · ".join(f"{k}: {v}" for k, v in money.items()),
        ]
        for line in record.lines:
            name = line.get("name_zh") or line.get("description") or line.get("condition", "")
            amount = line.get("amount_fen", line.get("gross_fen", line.get("refund_fen")))
            lines.append(f"— {name} {format_fen(amount) if isinstance(amount, int) else ''}")
        self.found.setText("<br>".join(lines))
