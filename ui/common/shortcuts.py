"""One map of the desk's keys. The window's own keys (GLOBAL_KEYS) never collide with a
page's: pages use F-keys, Ctrl+letter and Alt letters of their fields and buttons, the window
Ctrl+digits (groups), Ctrl+K (search), Ctrl+Shift+… and F10 (menus).

`bind()` makes a page key with its description (shown in Help → Keyboard shortcuts and in the
tooltip of its button); `active_keys()` reads every key that works in a window as it is now
shown — menus, shortcuts, buttons' keys and the Alt letters of labels, buttons and boxes — so
the help dialog lists the real map and a test fails on any key bound twice."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

GLOBAL_KEYS = {
    "search": "Ctrl+K",
    "password": "Ctrl+Shift+P",
    "sign_out": "Ctrl+Shift+L",
    "quit": "Ctrl+Q",
    "next_tab": "Ctrl+PgDown",
    "previous_tab": "Ctrl+PgUp",
    "shortcuts": "Ctrl+F1",
    "menus": "F10",
}
MNEMONIC = re.compile(r"&([^&\s])")


def key_text(keys) -> str:
    """A key as the desk's language writes it (Ctrl+K, F6)."""
    return QKeySequence(keys).toString(QKeySequence.NativeText)


def _portable(keys) -> str:
    return QKeySequence(keys).toString(QKeySequence.PortableText)


def bind(
    owner: QWidget,
    keys,
    slot: Callable,
    what: str,
    button: QAbstractButton | None = None,
    context=Qt.WindowShortcut,
) -> QShortcut:
    """A page key: `what` (translated) says what it does; a `button` doing the same shows the
    key in its tooltip."""
    shortcut = QShortcut(QKeySequence(keys), owner, slot)
    shortcut.setContext(context)
    shortcut.setWhatsThis(what)
    if button is not None:
        button.setToolTip(f"{what} ({key_text(keys)})")
    return shortcut


@dataclass(frozen=True)
class Key:
    keys: str  # portable text: "Ctrl+K", "Alt+R"
    what: str
    source: str  # the object that binds it, for a test's message


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search((text or "").replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or (widget.isVisibleTo(root) and root.isAncestorOf(widget))


def active_keys(root: QWidget) -> list[Key]:
    """Every key that works in `root` (a window or dialog) as it is now shown."""
    found: list[Key] = []
    for action in root.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty() and action.isVisible():
                found.append(Key(_portable(sequence), _plain(action.text()), repr(action.text())))
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and _shown(parent, root):
            for sequence in [shortcut.key()]:
                if not sequence.isEmpty():
                    found.append(
                        Key(_portable(sequence), shortcut.whatsThis(), type(parent).__name__)
                    )
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            text = _plain(widget.text())
            if not widget.shortcut().isEmpty():
                keys = _portable(widget.shortcut())
                if not keys.startswith("Alt+") or _mnemonic(widget.text()) != keys:
                    found.append(Key(keys, text, f"button {text!r}"))
            mnemonic = _mnemonic(widget.text())
            if mnemonic:
                found.append(Key(mnemonic, text, f"button {text!r}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            mnemonic = _mnemonic(widget.text())
            if mnemonic:
                text = _plain(widget.text()).rstrip(": *")
                found.append(Key(mnemonic, text, f"label {text!r}"))
        elif isinstance(widget, QGroupBox):
            mnemonic = _mnemonic(widget.title())
            if mnemonic:
                found.append(Key(mnemonic, _plain(widget.title()), f"box {widget.title()!r}"))
    return found


def clashes(keys: list[Key]) -> dict[str, list[Key]]:
    """Keys bound more than once (Qt then does neither)."""
    by_key: dict[str, list[Key]] = defaultdict(list)
    for key in keys:
        by_key[key.keys].append(key)
    return {k: v for k, v in by_key.items() if len(v) > 1}


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the keys of the window and of the page in view."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        keys = sorted(
            {(k.keys, k.what) for k in active_keys(window) if k.what},
            key=lambda pair: (not pair[0].startswith("Ctrl"), pair[0]),
        )
        self.table = QTableWidget(len(keys) + 2, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        rows = [(key_text(k), what) for k, what in keys] + [
            (
                self.tr("Scan"),
                self.tr(
                    "Opens the record of any slip, item, card, tag, receipt,"
                    " invoice, case or lost report, from any page"
                ),
            ),
            (self.tr("Enter / Esc"), self.tr("Confirm / cancel the form in view")),
        ]
        for row, (key, what) in enumerate(rows):
            for column, text in enumerate((key, what)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
