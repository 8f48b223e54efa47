"""The rating at the counter, offered by a page in one line once its service succeeded:

    offer_rating(self, "lend", loan.slip_no)

The customer rates on the customer-facing window (ui/quality/customer_window.py); or the
clerk presses the rating key (F9) and one digit for what the customer said (1 very
satisfied … 4 dissatisfied, 0 no rating): kept as keyed by the clerk. A service left
unrated when the next one is offered is kept as skipped. One RatingDesk per main window
holds the service waiting for its rating."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from services.admin import site
from services.quality import ratings
from ui.common.formatting import label
from ui.quality.customer_window import CustomerRatingWindow
from ui.session import REFUSED, DeskSession, run_or_show

RATING_KEY = "F9"  # F2–F6, F3, Ctrl+… are the pages'; F9 is free on every page
REASONS_SECONDS = 20  # the reasons page records what was tapped after this long
DIGIT_SCORES = {Qt.Key_1: 4, Qt.Key_2: 3, Qt.Key_3: 2, Qt.Key_4: 1}


class SpokenRatingDialog(QDialog):
    """One digit records what the customer said; Esc leaves the service waiting."""

    def __init__(self, service: str, reference: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("spoken_rating_dialog")
        self.setWindowTitle(self.tr("Customer's rating"))
        self.choice: int | None = None  # a score, or 0 for no rating
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("What did the customer say about {service} {reference}?").format(
                    service=label(ratings.SERVICE_LABELS, service), reference=reference
                )
            )
        )
        for digit, score in ((1, 4), (2, 3), (3, 2), (4, 1)):
            button = QPushButton(f"{digit}  {label(ratings.SCORE_LABELS, score)}")
            button.clicked.connect(lambda _c=False, s=score: self.choose(s))
            layout.addWidget(button)
        none = QPushButton(self.tr("0  No rating (the customer left)"))
        none.clicked.connect(lambda: self.choose(0))
        layout.addWidget(none)
        layout.addWidget(
            QLabel(self.tr("Keyed ratings are reported apart from the customer's own."))
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in DIGIT_SCORES:
            self.choose(DIGIT_SCORES[event.key()])
        elif event.key() == Qt.Key_0:
            self.choose(0)
        else:
            super().keyPressEvent(event)

    def choose(self, score: int) -> None:
        self.choice = score
        self.accept()


class RatingDesk(QObject):
    """The service waiting for its rating, the customer window and the clerk's key."""

    def __init__(self, session: DeskSession, host: QWidget):
        super().__init__(host)
        self.setObjectName("rating_desk")
        self.session, self.host = session, host
        self.pending: tuple[str, str] | None = None
        self.score: int | None = None  # the customer's tap, waiting for the reasons
        self.dialog: SpokenRatingDialog | None = None
        self.last = None  # the last rating kept (tests and the status line read it)
        self.window = CustomerRatingWindow(site.get_profile(session.ctx).name)
        self.window.scored.connect(self.customer_scored)
        self.window.finished.connect(self.finish)
        self.window.skipped.connect(self.skip)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.finish)
        self.rest_timer = QTimer(self)
        self.rest_timer.setSingleShot(True)
        self.rest_timer.timeout.connect(self.window.rest)
        self.key = QShortcut(QKeySequence(RATING_KEY), host, activated=self.key_spoken)
        self.key.setContext(Qt.ApplicationShortcut)
        self.key.setWhatsThis(self.tr("Key in the customer's spoken rating"))
        host.installEventFilter(self)
        host.destroyed.connect(self.window.close)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.host and event.type() == QEvent.Close:
            self.settle()  # signing out or quitting: a service left unrated counts as skipped
            self.window.close()
        return False

    def offer(self, service: str, reference: str) -> None:
        self.settle()
        self.pending = (service, reference)
        self.window.ask(service)
        self.window.show_for_customer(self.host)

    def settle(self) -> None:
        """Keep what the customer chose for the waiting service, or keep it as skipped."""
        if self.score is not None:
            self.finish()
        elif self.pending is not None:
            self.skip()

    def customer_scored(self, score: int) -> None:
        if self.pending is None:
            return
        self.score = score
        self.window.ask_why()
        self.timer.start(REASONS_SECONDS * 1000)

    def finish(self) -> None:
        self.timer.stop()
        if self.pending is None or self.score is None:
            return
        (service, reference), score = self.pending, self.score
        self._keep(ratings.rate_service, service, reference, score, self.window.reasons())

    def skip(self) -> None:
        if self.pending is not None:
            self._keep(ratings.skip_rating, *self.pending)

    def key_spoken(self) -> None:
        """The clerk's key: one digit for what the customer said."""
        if self.score is not None:
            self.finish()  # the customer has already tapped: theirs is kept
            return
        if self.pending is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.dialog = SpokenRatingDialog(*self.pending, self.host)
        self.dialog.finished.connect(self._spoken)
        self.dialog.open()

    def _spoken(self, result: int) -> None:
        dialog = self.dialog
        if result != QDialog.Accepted or dialog is None or self.pending is None:
            return
        if dialog.choice == 0:
            self.skip()
        else:
            self._keep(ratings.key_spoken_rating, *self.pending, dialog.choice)

    def _keep(self, operation, *args) -> None:
        self.timer.stop()
        kept = run_or_show(self.host, operation, self.session.ctx, *args)
        self.pending, self.score = None, None
        if kept is REFUSED:
            self.window.rest()
            return
        self.last = kept
        self.window.thank()
        self.rest_timer.start(3000)


def rating_desk(page: QWidget) -> RatingDesk:
    """The rating desk of the page's main window (made on first use)."""
    host = page.window()
    while host.parentWidget() is not None:  # a dialog's rating belongs to the main window
        host = host.parentWidget().window()
    desk = host.findChild(QObject, "rating_desk")
    if desk is None:
        desk = RatingDesk(page.session, host)
    return desk


def offer_rating(page, service: str, reference: str) -> None:
    """After a counter service succeeded: ask the customer to rate it."""
    rating_desk(page).offer(service, str(reference))
