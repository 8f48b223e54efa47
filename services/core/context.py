"""AppContext: what every service operation is given (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from services.core.clock import Clock

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: str
    active: bool = True

    @property
    def label(self) -> str:
        return self.display_name or self.username


DEFAULT_DESK = "main"


@dataclass
class AppContext:
    db: sqlite_utils.Database
    user: User | None = None
    clock: Clock = field(default_factory=Clock)
    translate: Callable[[str], str] = lambda text: text
    desk: str = DEFAULT_DESK  # this counter: its shifts, drawer and Z-reports

    def signed_in_as(self, user: User | None) -> AppContext:
        return AppContext(self.db, user, self.clock, self.translate, self.desk)

    def close(self) -> None:
        """Close the connection (the app on quit or restore, a worker when done)."""
        self.db.close()
