"""The desk's small signal hub: a page that changed data through a service says so, and
whatever shows that data (the status bar, lists, counts on other pages) refreshes at once,
not on a timer. One hub per signed-in session, kept on the session (no global).

    done(self.session, "shift")            # after a successful service call
    watch(self.session, self, self.refresh, "members", "loans")

Topics name the data, not the page: shift, loans, members, found_items, lost_reports, sales,
invoices, complaints, care, directory, settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ui.session import DeskSession

TOPICS = (
    "shift",
    "loans",
    "members",
    "found_items",
    "lost_reports",
    "sales",
    "invoices",
    "complaints",
    "care",
    "directory",
    "settings",
)


class DeskHub(QObject):
    changed = Signal(str)  # the topic


def hub(session: DeskSession) -> DeskHub:
    """The session's hub (made the first time it is asked for)."""
    found = session.__dict__.get("_hub")
    if found is None:
        found = DeskHub()
        session.__dict__["_hub"] = found
    return found


def done(session: DeskSession, *topics: str) -> None:
    """Data of these topics changed: tell every screen that shows it."""
    for topic in topics:
        if topic not in TOPICS:
            raise KeyError(topic)
        hub(session).changed.emit(topic)


def watch(session: DeskSession, owner: QObject, refresh: Callable[[], object], *topics) -> None:
    """Call `refresh()` when data of one of `topics` changes; the connection ends with
    `owner`. A hidden page refreshes when it is next shown instead (see DeskPage)."""
    wanted = set(topics)

    def changed(topic: str) -> None:
        if topic in wanted:
            refresh()

    hub(session).changed.connect(changed)
    owner.destroyed.connect(lambda *_: _disconnect(session, changed))


def _disconnect(session: DeskSession, slot) -> None:
    try:
        hub(session).changed.disconnect(slot)
    except (RuntimeError, TypeError):  # already gone with the hub
        pass
