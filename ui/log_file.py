"""The desk's log file: size-capped and rotating (`logs/frontdesk.log` beside the database,
owner-only), written with the standard `logging` package. A filter masks anything shaped like
a mobile number or a resident ID, so no personal data reaches it. No Qt here: the command line
logs the same way on a server without a display."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path

from services.core.database import default_path, on_server, owner_only, private_folder

LOG_NAME = "frontdesk.log"
MAX_BYTES, BACKUP_COUNT = 1_000_000, 5  # at most ~6 MB of log
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{9}[\dXx](?![0-9A-Za-z])")


def mask_personal(text: str) -> str:
    """Mobile numbers and resident ID numbers, masked as the desk masks them on screen."""
    text = RESIDENT_ID.sub(lambda m: m.group()[:3] + "*" * 11 + m.group()[-4:], text)
    return MOBILE.sub(lambda m: m.group()[:3] + "****" + m.group()[-4:], text)


class PersonalDataFilter(logging.Filter):
    """No phone or ID number reaches the log, whatever the message or traceback holds."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = mask_personal(
                "".join(traceback.format_exception(*record.exc_info))
            ).rstrip()
            record.exc_info = None
        return True


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the current one and every rotated one) made readable by its owner only."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        owner_only(self.baseFilename)
        return super()._open()


def log_folder(db_path: str | Path) -> Path:
    if on_server(db_path):  # a site on a server: this computer's own data folder
        return default_path().parent / "logs"
    return Path(db_path).parent / "logs"


def start_log(db_path: str | Path) -> Path:
    """Log to `logs/frontdesk.log` beside the database (once per process); its path."""
    folder = private_folder(log_folder(db_path))
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, OwnerOnlyRotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    handler = OwnerOnlyRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def current_log() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, OwnerOnlyRotatingFileHandler):
            return Path(handler.baseFilename)
    return None
