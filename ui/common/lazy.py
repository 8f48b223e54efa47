"""A module imported on its first use: the documents of each area pull in reportlab (a few
hundred milliseconds), which a page needs only when it prints, not when it opens."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType

_LOCK = threading.Lock()


def lazy_module(name: str) -> ModuleType:
    """`name` as a module object whose code runs when one of its attributes is first read
    (importlib's LazyLoader); the module itself when it is already imported."""
    with _LOCK:
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ModuleNotFoundError(name)
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        return module


_WARMED: set[str] = set()

# what the first receipt, slip or tag needs: reportlab, the QR encoder, the ESC/POS driver
# (it parses its printer capabilities file on import, about half a second), QtPdf and the
# CJK font (registering it reads the TrueType file, about 0.4 s: "module:function" calls it);
# then the modules of the counter pages a clerk opens first
PRINTING = (
    "services.documents",
    "services.documents.fonts:cjk_font",
    "services.printing.counter",
    "services.printing.thermal",  # the ESC/POS driver: the drawer kicks on a cash refund too
    "ui.documents.preview_dialog",
    "ui.sales.sale_page",
    "ui.lending.lending_page",
    "ui.members.members_page",
    "ui.lost_found.items_page",
    "ui.complaints.complaints_page",
)


def warm_up(names: tuple[str, ...] = PRINTING) -> threading.Thread | None:
    """Import these modules on a background thread (once per process), so the counter's first
    print does not wait for them; called once the first page has painted."""
    names = tuple(n for n in names if n not in _WARMED)
    if not names:
        return None
    _WARMED.update(names)

    def run() -> None:
        for name in names:
            module, _, function = name.partition(":")
            try:
                loaded = importlib.import_module(module)
                if function:
                    getattr(loaded, function)()
            except Exception:  # the first print imports it again and says what is wrong
                return

    thread = threading.Thread(target=run, name="warm-up imports", daemon=True)
    thread.start()
    return thread
