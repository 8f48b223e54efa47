"""The customer-facing rating window (服务评价): a second top-level window, full screen on
the second screen when one is attached. Big buttons 非常满意 / 满意 / 一般 / 不满意, then why,
every text in Chinese and English at once (whatever language the clerk's window speaks)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTranslator, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.quality.ratings import REASON_LABELS, REASONS, SCORE_LABELS, SCORES, SERVICE_LABELS
from ui import i18n

SCORE_COLOURS = {4: "#2e7d32", 3: "#558b2f", 2: "#f9a825", 1: "#c62828"}
_ZH: list[QTranslator] = []
# the customer's words, in the "Rating" context
PLEASE_RATE = QT_TRANSLATE_NOOP("Rating", "Please rate our service")
WELCOME = QT_TRANSLATE_NOOP("Rating", "Welcome")
THANKS = QT_TRANSLATE_NOOP("Rating", "Thank you for your rating!")
NO_RATING = QT_TRANSLATE_NOOP("Rating", "No rating, thank you")
WHY = QT_TRANSLATE_NOOP("Rating", "What was it about? (tap any)")
DONE = QT_TRANSLATE_NOOP("Rating", "Done")


def _zh(context: str, source: str) -> str:
    """The Chinese of a marked string, read from the zh_CN translation whatever language
    the application shows."""
    if not _ZH:
        translator = QTranslator()
        translator.load(str(i18n.I18N_DIR / "frontdesk_zh_CN.qm"))
        _ZH.append(translator)
    return _ZH[0].translate(context, source) or ""


def both(context: str, source: str) -> str:
    """'中文\nEnglish' for the customer, who may read either."""
    zh = _zh(context, source)
    return f"{zh}\n{source}" if zh and zh != source else source


def customer_screen(screens: list, host_screen):
    """The screen facing the customer: another screen than the clerk's when there is one."""
    others = [s for s in screens if s is not host_screen]
    return others[0] if others else None


class CustomerRatingWindow(QWidget):
    """idle → choose a score → why (optional) → thanks. Emits what the customer chose; the
    desk (ui/quality/rating.py) records it."""

    scored = Signal(int)
    finished = Signal()  # Done pressed: the score with the reasons toggled
    skipped = Signal()

    def __init__(self, site_name: str = ""):
        super().__init__(None, Qt.Window)
        self.setObjectName("customer_rating_window")
        self.setWindowTitle(both("Rating", PLEASE_RATE))
        big = QFont(self.font())
        big.setPointSize(max(big.pointSize(), 10) * 2)
        self.setFont(big)
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.idle = QLabel(both("Rating", WELCOME) + (f"\n\n{site_name}" if site_name else ""))
        self.idle.setAlignment(Qt.AlignCenter)
        self.pages.addWidget(self.idle)
        self.pages.addWidget(self._score_page())
        self.pages.addWidget(self._reason_page())
        self.thanks = QLabel(both("Rating", THANKS))
        self.thanks.setAlignment(Qt.AlignCenter)
        self.pages.addWidget(self.thanks)
        self.resize(900, 600)

    def _score_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(both("Rating", PLEASE_RATE))
        heading.setAlignment(Qt.AlignCenter)
        self.service_label = QLabel()
        self.service_label.setAlignment(Qt.AlignCenter)
        layout.addWidget(heading)
        layout.addWidget(self.service_label)
        row = QHBoxLayout()
        self.score_buttons: dict[int, QPushButton] = {}
        for score in SCORES:
            button = QPushButton(both("Desk", SCORE_LABELS[score]))
            button.setMinimumSize(180, 160)
            button.setStyleSheet(
                f"QPushButton {{ background: {SCORE_COLOURS[score]}; color: white;"
                " border-radius: 12px; font-weight: bold; font-size: 30px; }"
            )
            button.setFocusPolicy(Qt.NoFocus)  # the customer taps; the clerk's keys stay theirs
            button.clicked.connect(lambda _c=False, s=score: self.scored.emit(s))
            self.score_buttons[score] = button
            row.addWidget(button)
        layout.addLayout(row, 1)
        self.skip_button = QPushButton(both("Rating", NO_RATING))
        self.skip_button.setFocusPolicy(Qt.NoFocus)
        self.skip_button.clicked.connect(self.skipped)
        layout.addWidget(self.skip_button, 0, Qt.AlignRight)
        return page

    def _reason_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.why = QLabel(both("Rating", WHY))
        self.why.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.why)
        grid = QGridLayout()
        self.reason_buttons: dict[str, QPushButton] = {}
        for n, reason in enumerate(REASONS):
            button = QPushButton(both("Desk", REASON_LABELS[reason]))
            button.setCheckable(True)
            button.setMinimumHeight(90)
            button.setStyleSheet(
                "QPushButton { font-size: 24px; }"
                " QPushButton:checked { background: #1565c0; color: white; }"
            )
            button.setFocusPolicy(Qt.NoFocus)
            self.reason_buttons[reason] = button
            grid.addWidget(button, n // 3, n % 3)
        layout.addLayout(grid, 1)
        self.done_button = QPushButton(both("Rating", DONE))
        self.done_button.setMinimumHeight(90)
        self.done_button.setFocusPolicy(Qt.NoFocus)
        self.done_button.clicked.connect(self.finished)
        layout.addWidget(self.done_button)
        return page

    # --- what the desk shows -------------------------------------------------------------
    def ask(self, service: str) -> None:
        """Show the score buttons for a service just done."""
        label = SERVICE_LABELS.get(service, service)
        self.service_label.setText(both("Desk", label))
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.pages.setCurrentIndex(1)

    def ask_why(self) -> None:
        self.pages.setCurrentIndex(2)

    def reasons(self) -> tuple[str, ...]:
        return tuple(r for r, b in self.reason_buttons.items() if b.isChecked())

    def thank(self) -> None:
        self.pages.setCurrentWidget(self.thanks)

    def rest(self) -> None:
        self.pages.setCurrentWidget(self.idle)

    def asking(self) -> bool:
        return self.pages.currentIndex() in (1, 2)

    def show_for_customer(self, host: QWidget | None) -> None:
        """Full screen on the customer's screen when there is a second one; else a window
        of its own beside the clerk's."""
        host_screen = host.screen() if host is not None else None
        target = customer_screen(QGuiApplication.screens(), host_screen)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()
        if host is not None:
            host.activateWindow()  # the clerk keeps the keyboard
