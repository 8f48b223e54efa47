"""ID documents of members: format checks (GB 11643 for the resident ID card) and the keyed
hash the desk keeps instead of the number.

The full number is never stored, logged or put into a message: only its last four characters
and HMAC-SHA256(key, type + number). The key is 32 random bytes in a file beside the database
(`<db file>.member-key`, readable by the owner only), not in the settings table: an ID number
has little entropy (region, birth date, sequence), so anyone holding both the hash and the key
can find the number by trying them all. Keeping the key out of the database means a copied
database file or backup alone reveals no ID. The settings table keeps only a fingerprint of
the key, so a missing or wrong key file is reported instead of silently failing every check.
The key file must be backed up together with the database."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from datetime import date
from pathlib import Path

import db.admin.settings as settings_db
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import internal

ID_TYPES = ("resident", "passport", "hk_macao", "taiwan")
ID_TYPE_LABELS = {
    "resident": QT_TRANSLATE_NOOP("Desk", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("Desk", "Passport"),
    "hk_macao": QT_TRANSLATE_NOOP("Desk", "Hong Kong/Macao permit"),
    "taiwan": QT_TRANSLATE_NOOP("Desk", "Taiwan permit"),
}
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
FINGERPRINT_SETTING = "members.id_key_fingerprint"
KEY_SUFFIX = ".member-key"
PASSPORT_RE = re.compile(r"^(?=.*\d)[A-Z0-9]{5,17}$")
HK_MACAO_RE = re.compile(r"^[HM]\d{8}(\d{2})?$")  # 港澳居民来往内地通行证
TAIWAN_RE = re.compile(r"^\d{8}(\d{2})?$")  # 台湾居民来往大陆通行证


class IdKeyMissing(DomainError):
    pass


def normalise_id(text: str) -> str:
    """Upper case without spaces, dashes or brackets (as typed or read from a card)."""
    return re.sub(r"[\s\-()（）]", "", text or "").upper()


def resident_check_char(first17: str) -> str:
    return CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def _birth_date_ok(number: str, today: date) -> bool:
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= today


def check_id(id_type: str, text: str, today: date | None = None) -> str:
    """The normalised number if it is well formed for its type; else a ValidationError
    whose message never repeats the number."""
    number = normalise_id(text)
    today = today or date.today()
    if id_type not in ID_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the type of ID document."))
    if not number:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the ID document number."))
    if id_type == "resident":
        if not re.fullmatch(r"\d{17}[\dX]", number):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "A resident ID number has 18 characters: 17 digits and a check digit or X.",
                )
            )
        if not _birth_date_ok(number, today):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "The birth date in this resident ID number is not a real date."
                )
            )
        if resident_check_char(number[:17]) != number[17]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The check digit of this resident ID number is wrong; please read the"
                    " number again.",
                )
            )
    elif id_type == "passport" and not PASSPORT_RE.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A passport number has 5 to 17 letters and digits.")
        )
    elif id_type == "hk_macao" and not HK_MACAO_RE.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits."
            )
        )
    elif id_type == "taiwan" and not TAIWAN_RE.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A Taiwan permit number has 8 or 10 digits.")
        )
    return number


# --- the key -----------------------------------------------------------------------------
@internal
def key_path(ctx) -> Path:
    """The key file beside the database file."""
    db = ctx.db
    row = db.conn.execute("PRAGMA database_list").fetchone()
    if not row or not row["file"]:
        raise RuntimeError("members need a database file (the ID key lives beside it)")
    return Path(row["file"] + KEY_SUFFIX)


def _fingerprint(key: bytes) -> str:
    return hmac.new(key, b"front-desk member key", hashlib.sha256).hexdigest()[:16]


def _create_key(path: Path) -> bytes:
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key.hex().encode())
        out.flush()
        os.fsync(out.fileno())
    return key


@internal
def id_key(ctx) -> bytes:
    """The installation's key: made on first use, checked against its fingerprint after."""
    db = ctx.db
    path = key_path(ctx)
    stored = settings_db.get(db, FINGERPRINT_SETTING)
    if not path.exists():
        if stored is not None:
            raise IdKeyMissing(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The members' ID key file is missing. Restore it from the backup next"
                    " to the database before enrolling or reissuing cards.",
                )
            )
        key = _create_key(path)
    else:
        key = bytes.fromhex(path.read_text().strip())
    if stored is None:
        settings_db.put(db, FINGERPRINT_SETTING, _fingerprint(key))
    elif stored != _fingerprint(key):
        raise IdKeyMissing(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The members' ID key file does not belong to this database. Restore the"
                " right one from the backup.",
            )
        )
    return key


@internal
def id_hash(ctx, id_type: str, number: str) -> str:
    """HMAC-SHA256 of the type and the normalised number, in hex."""
    message = f"{id_type}:{normalise_id(number)}".encode()
    return hmac.new(id_key(ctx), message, hashlib.sha256).hexdigest()


def last4(number: str) -> str:
    return normalise_id(number)[-4:]
