"""The windowed app: open the database, first-run wizard, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QSizePolicy

from services.admin import backups, site
from services.core.database import DatabaseDamaged, DatabaseRefused, check_at_start, open_site
from ui import faults, i18n
from ui.background_check import BackgroundBackup, BackgroundCheck, StartCheck
from ui.session import DeskSession, desk_tr, error_text
from ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:  # the main window and the wizard load after the first paint, when needed
    from ui.main_window import MainWindow

BACKUP_POLL_MS = 10 * 60 * 1000  # the service itself spaces retries an hour apart
WARNING_POLL_MS = 30 * 1000


class AfterFirstPaint(QObject):
    """Calls `then` once, just after `widget` has painted for the first time: what the first
    window does not need to show itself waits until the user sees it."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class DeskApp:
    """Drives the windows from start to quit; sign-out and language changes come back here."""

    def __init__(self, db_path: Path, language: str | None = None, desk: str | None = None):
        self.db_path = db_path
        self.forced_language = language
        self.desk = desk
        self.ctx = None
        self.window: MainWindow | None = None
        self.checker: BackgroundCheck | None = None
        self.start_check: StartCheck | None = None
        self.backup_job: BackgroundBackup | None = None
        self.backup_warning = None
        self.warning_label: QLabel | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.start_checked = False  # the start check runs once, after the first paint
        self.way_back: tuple[str, Path | None] | None = None  # chosen while signing in
        # the standing backup warning is refreshed, and a due copy started, while the desk runs
        self.backup_timer = QTimer()
        self.backup_timer.setInterval(BACKUP_POLL_MS)
        self.backup_timer.timeout.connect(self.start_automatic_backup)
        # a copy taken by hand or at a shift close shows (or clears) the warning soon after
        self.warning_timer = QTimer()
        self.warning_timer.setInterval(WARNING_POLL_MS)
        self.warning_timer.timeout.connect(self.refresh_backup_warning)

    def start(self) -> bool:
        """Open, check and set up the database, then sign in; False when the user gave up."""
        i18n.install(self.forced_language or i18n.saved_language() or "zh_CN")
        try:
            self.ctx = open_site(self.db_path, desk_tr, desk=self.desk)
        except DatabaseDamaged as exc:
            if not self.offer_restore_of_damaged(exc):
                return False
        except DatabaseRefused as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Front Desk"), error_text(exc)
            )
            return False
        if not site.is_initialised(self.ctx):
            from ui.first_run_wizard import FirstRunWizard

            wizard = FirstRunWizard(self.ctx)
            if wizard.exec() != QDialog.Accepted:
                return False
            self.desk = self.desk or wizard.desk_code
        if not self.forced_language and not i18n.saved_language():
            i18n.install(site.get_profile(self.ctx).language)
        if not self.take_desk():
            return False
        return self.sign_in()

    def take_desk(self) -> bool:
        """This PC's desk: `--desk` for this run, else the one kept on the PC (or the site's
        only desk), else asked once before sign-in ("Which desk is this?"). False when the
        user gave up or `--desk` names no desk in service."""
        from services.core.errors import DomainError
        from services.shifts import desks

        if self.desk:
            try:
                self.desk = desks.choose_pc_desk(self.ctx, self.desk)  # not kept: one run
            except DomainError as exc:
                QMessageBox.critical(
                    None, QCoreApplication.translate("App", "Front Desk"), error_text(exc)
                )
                return False
        else:
            self.desk = desks.pc_desk(self.ctx)
        if not self.desk:
            from ui.shifts.desk_choice_dialog import DeskChoiceDialog

            dialog = DeskChoiceDialog(self.ctx, site.get_profile(self.ctx).name)
            if dialog.exec() != QDialog.Accepted:
                return False
            self.desk = dialog.code
        self.ctx.desk = self.desk
        return True

    def health_ok(self) -> bool:
        """A broken audit chain since the last full check is said plainly, with the way back.
        The full check (quick_check, the whole chain) follows in the background; with no
        checkpoint it is the only walk, started now in its own process, and a break it finds
        is said the same way when it comes back (background_checked)."""
        report = check_at_start(self.ctx, walk_whole=False)
        if report.deferred:
            self.start_background_check()
        if report.sound:
            return True
        choice, good = self.ask_way_back(report)
        if choice == "restore":
            return self.restore_from(good)
        return choice == "go_on"

    def start_background_check(self) -> None:
        """Once per run, after the main window is up: the full check on its own thread."""
        if self.checker is None:
            self.checker = BackgroundCheck(self.db_path)
            self.checker.done.connect(self.background_checked)
            self.checker.start()

    def check_after_paint(self) -> None:
        """Once, just after the first window (the sign-in) is painted: the start check (the
        audit rows since the checkpoint: the key store and a short walk) and the ID key's
        move, on a worker (StartCheck); with no checkpoint the whole walk goes to the
        background check's process. A break either finds is said by background_checked."""
        if self.start_checked or self.ctx is None:
            return
        self.start_checked = True
        self.start_check = StartCheck(self.db_path)
        self.start_check.done.connect(self.checked_at_start)
        self.start_check.start()
        QTimer.singleShot(0, self.load_main_window)

    def checked_at_start(self, report) -> None:
        if report.deferred:
            self.start_background_check()
        if not report.sound:
            self.background_checked(report)

    @staticmethod
    def load_main_window() -> None:
        """The main window's pages load while the user types the password."""
        import ui.main_window  # noqa: F401

    def background_checked(self, report) -> None:
        """A problem found by a check: the way back, asked over whatever is on screen. While
        the sign-in is open it closes first and the way back follows (sign_in)."""
        if report.sound:
            return
        choice, good = self.ask_way_back(report)
        if choice == "go_on":
            return
        if self.window is None:
            self.way_back = (choice, good)
            if self.sign_in_dialog is not None:
                self.sign_in_dialog.reject()
            return
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if choice == "restore" and self.restore_from(good) and self.sign_in():
            app.setQuitOnLastWindowClosed(True)
            return
        app.quit()

    def ask_way_back(self, report) -> tuple[str, Path | None]:
        """('restore' | 'go_on' | 'quit', the newest sound backup or None)."""
        translate = QCoreApplication.translate
        problems = "\n\n".join(p.render(desk_tr) for p in report.problems())
        good = backups.newest_good_backup(backups.backup_folder(self.ctx))
        advice = (
            translate(
                "App",
                "Restore the newest sound backup ({file}) now, or go on"
                " with records that may not be trustworthy.",
            ).format(file=good.name)
            if good
            else translate(
                "App",
                "No sound backup was found. Ask your admin; you can go on,"
                " but the records may not be trustworthy.",
            )
        )
        text = "\n\n".join(
            [translate("App", "The database check at start found a problem:"), problems, advice]
        )
        box = QMessageBox(QMessageBox.Critical, translate("App", "Front Desk"), text)
        restore = (
            box.addButton(translate("App", "Restore backup…"), QMessageBox.AcceptRole)
            if good
            else None
        )
        go_on = box.addButton(translate("App", "Go on anyway"), QMessageBox.DestructiveRole)
        box.addButton(translate("App", "Quit"), QMessageBox.RejectRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            return "restore", good
        return ("go_on" if box.clickedButton() is go_on else "quit"), good

    def offer_restore_of_damaged(self, exc: DatabaseDamaged) -> bool:
        """An empty, cut-short or unreadable file is never a new site: say what is wrong and
        offer the newest sound backup (or refuse plainly when there is none). True when a
        backup was put back and the site is open."""
        translate = QCoreApplication.translate
        folder = backups.backup_folder_for(self.db_path)
        good = backups.newest_good_backup(folder)
        advice = (
            translate(
                "App",
                "The newest sound backup is {file} ({folder}). Restore it now? Work done"
                " after it was taken is not in it; the damaged file is kept aside.",
            ).format(file=good.name, folder=folder)
            if good
            else translate(
                "App",
                "No sound backup was found in {folder}. Front Desk will not start on this"
                " file. Ask your admin to restore a backup (frontdesk restore FILE) or to"
                " move the damaged file away.",
            ).format(folder=folder)
        )
        box = QMessageBox(
            QMessageBox.Critical,
            translate("App", "Front Desk"),
            "\n\n".join([error_text(exc), advice]),
        )
        restore = (
            box.addButton(translate("App", "Restore backup…"), QMessageBox.AcceptRole)
            if good
            else None
        )
        box.addButton(translate("App", "Quit"), QMessageBox.RejectRole)
        box.exec()
        if restore is None or box.clickedButton() is not restore:
            return False
        return self.put_back(good)

    def put_back(self, backup: Path) -> bool:
        """The restore dialog (an admin signs) with no site open; then open the restored file."""
        from ui.admin.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.db_path, backup)
        if dialog.exec() != QDialog.Accepted:
            return False
        self.ctx = open_site(self.db_path, desk_tr, desk=self.desk)
        backups.record_restore(self.ctx, backup, dialog.aside, dialog.admin)
        self.ask_for_id_key(dialog.admin)
        return True

    def ask_for_id_key(self, admin) -> None:
        """A restore on a new PC: the members' ID key is not here; the admin who signed scans
        it from the recovery sheet (or does it later under Settings → Backups)."""
        from services.members import ids
        from ui.admin.key_entry_dialog import KeyEntryDialog

        if ids.id_key_missing(self.ctx):
            KeyEntryDialog(self.ctx.signed_in_as(admin)).exec()

    def restore_from(self, backup: Path) -> bool:
        from ui.admin.restore_dialog import RestoreDialog

        self.ctx.close()
        dialog = RestoreDialog(self.db_path, backup)
        accepted = dialog.exec() == QDialog.Accepted
        self.ctx = open_site(self.db_path, desk_tr, desk=self.desk)
        if not accepted:
            return self.health_ok()
        backups.record_restore(self.ctx, backup, dialog.aside, dialog.admin)
        self.ask_for_id_key(dialog.admin)
        return True

    def sign_in(self) -> bool:
        dialog = SignInDialog(self.ctx, site.get_profile(self.ctx).name)
        self.sign_in_dialog = dialog
        if not self.start_checked:
            AfterFirstPaint(dialog, self.check_after_paint)
        accepted = dialog.exec() == QDialog.Accepted
        self.sign_in_dialog = None
        self.check_after_paint()  # never skipped, even when the dialog was never painted
        if self.way_back is not None:
            (choice, good), self.way_back = self.way_back, None
            if choice == "restore" and self.restore_from(good):
                return self.sign_in()
            return False
        if not accepted:
            return False
        self.session = DeskSession(self.ctx.signed_in_as(dialog.user), str(self.db_path))
        self.show_main_window()
        self.start_automatic_backup()  # the day's first sign-in keeps a copy, off this thread
        self.backup_timer.start()
        self.warning_timer.start()
        self.start_background_check()
        return True

    def desk_gone(self) -> bool:
        """True once the window is closed for good: the timers stop with it, so they never
        read a database the desk has already closed."""
        try:
            shown = self.window is not None and self.window.isVisible()
        except RuntimeError:  # the window's C++ side is already deleted: closed for good
            shown = False
        if shown:
            return False
        self.backup_timer.stop()
        self.warning_timer.stop()
        return True

    def start_automatic_backup(self) -> None:
        """A copy when one is due (the day's first, or an hourly retry after a failure) on its
        own thread; the status bar's warning is refreshed either way."""
        if self.desk_gone():
            return
        self.show_backup_warning(backups.backup_warning(self.session.ctx))
        if self.backup_job is not None and self.backup_job.running():
            return
        ctx = self.session.ctx
        self.backup_job = BackgroundBackup(self.db_path, ctx.user, ctx.clock)
        self.backup_job.done.connect(self.show_backup_warning)
        self.backup_job.start()

    def refresh_backup_warning(self) -> None:
        if not self.desk_gone():
            self.show_backup_warning(backups.backup_warning(self.session.ctx))

    def show_backup_warning(self, warning) -> None:
        """A standing warning in the status bar until a backup succeeds."""
        self.backup_warning = warning
        if self.window is None:
            return
        if self.warning_label is None or self.warning_label.window() is not self.window:
            self.warning_label = QLabel()
            self.warning_label.setObjectName("backupWarning")
            self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
            # a long reason is clipped (whole in the tooltip), never widening the window
            self.warning_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            self.window.statusBar().addPermanentWidget(self.warning_label, 1)
        if warning is None:
            self.warning_label.hide()
            return
        self.warning_label.setText(
            QCoreApplication.translate(
                "App", "⚠ The last backup failed; tried again every hour. {reason}"
            ).format(reason=error_text(warning) if hasattr(warning, "render") else warning)
        )
        self.warning_label.setToolTip(self.warning_label.text())
        self.warning_label.show()

    def show_main_window(self, page: str | None = None) -> None:
        from ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.session)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.language_change_requested.connect(self.change_language)
        if page:
            self.window.show_page(page)
        self.window.show()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.warning_label = None  # the new window gets its own
        self.show_backup_warning(self.backup_warning)

    def sign_out(self) -> None:
        self.backup_timer.stop()
        self.warning_timer.stop()
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the sign-in dialog comes next, not the end
        self.window.close()
        self.window.deleteLater()
        self.window = None
        signed_in = self.sign_in()
        app.setQuitOnLastWindowClosed(True)
        if not signed_in:
            app.quit()

    def change_language(self, language: str) -> None:
        """Rebuild the window in the new language, on the same page."""
        i18n.save_language(language)
        i18n.install(language)
        self.show_main_window(self.window.current_page_key() if self.window else None)


def run(db_path: Path, language: str | None = None, desk: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Front Desk")
    app.setOrganizationName("FrontDesk")
    app.setQuitOnLastWindowClosed(True)
    faults.start_log(db_path)
    faults.install()
    logging.getLogger("frontdesk").info("Front Desk starts")
    desk = DeskApp(db_path, language, desk)
    if not desk.start():
        return 1
    code = app.exec()
    if desk.backup_job is not None:
        desk.backup_job.wait()  # a copy in progress is finished, never left half-made
    return code
