"""ID documents of members: format checks (GB 11643 for the resident ID card) and the keyed
hash the desk keeps instead of the number.

The full number is never stored, logged or put into a message: only its last four characters
and HMAC-SHA256(key, type + number). The key is 32 random bytes kept apart from the database
and from every backup (services/core/keys: the OS keyring, else a key file in the user's
config folder): an ID number has little entropy (region, birth date, sequence), so anyone
holding both the hash and the key can find the number by trying them all; without the key
the hash is a 256-bit secret's HMAC and nothing can be tried. A copy of the database or of any
backup therefore reveals no ID. The settings table keeps only a fingerprint of the key, so a
missing or wrong key is reported instead of silently failing every check; the admin keeps
the key on a printed recovery sheet and enters it on a new PC.

Older versions kept the key in a file beside the database (`<db>.member-key`) and copied it
beside each backup; the first use moves it into the key store and removes those files."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import date
from pathlib import Path

import db.admin.settings as settings_db
from db.core.connection import atomic
from services.core import audit, keys
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, before_sign_in, internal, requires

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
KEY_NAME = "member-id-{site}"


@internal
def legacy_key_path(ctx) -> Path | None:
    """Where older versions kept the key: a file beside the database file."""
    row = ctx.db.conn.execute("PRAGMA database_list").fetchone()
    if not row or not row["file"]:
        return None
    return Path(row["file"] + KEY_SUFFIX)


def _fingerprint(key: bytes) -> str:
    return hmac.new(key, b"front-desk member key", hashlib.sha256).hexdigest()[:16]


def _parse_key(text: str) -> bytes | None:
    cleaned = re.sub(r"[\s\-]", "", text or "").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        return None
    return bytes.fromhex(cleaned)


@internal
def key_name(ctx) -> str:
    return KEY_NAME.format(site=keys.site_identity(ctx))


def _load(ctx) -> bytes | None:
    try:
        return keys.load_secret(key_name(ctx))
    except (keys.KeyStoreError, ValueError) as exc:
        raise IdKeyMissing(
            QT_TRANSLATE_NOOP("Desk", "The members' ID key could not be read ({reason})."),
            reason=str(exc),
        ) from exc


def _store(ctx, key: bytes) -> None:
    try:
        keys.store_secret(key_name(ctx), key)
    except (keys.KeyStoreError, OSError) as exc:
        raise IdKeyMissing(
            QT_TRANSLATE_NOOP("Desk", "The members' ID key could not be stored ({reason})."),
            reason=str(exc),
        ) from exc


@internal
def adopt_legacy_key(ctx, path: Path | None = None, keep_file: bool = False) -> bool:
    """A key file beside the database (older versions) moves into the key store, then the
    file goes (`keep_file`: it stays, as beside a file a move to a server leaves untouched).
    A file that does not match the database's fingerprint is left alone."""
    path = path if path is not None else legacy_key_path(ctx)
    if path is None or not path.is_file():
        return False
    key = _parse_key(path.read_text(encoding="ascii", errors="replace"))
    stored = settings_db.get(ctx.db, FINGERPRINT_SETTING)
    if key is None or (stored is not None and stored != _fingerprint(key)):
        return False
    held = _load(ctx)
    if held is not None and held != key:
        return False
    if held is None:
        _store(ctx, key)
    if _load(ctx) != key:  # never remove the only copy before the store has it
        return False
    if stored is None:
        settings_db.put(ctx.db, FINGERPRINT_SETTING, _fingerprint(key))
    if not keep_file:
        path.unlink()
    return True


@internal
def id_key(ctx) -> bytes:
    """The site's key: made on first use, checked against its fingerprint after."""
    db = ctx.db
    adopt_legacy_key(ctx)
    stored = settings_db.get(db, FINGERPRINT_SETTING)
    key = _load(ctx)
    if key is None:
        if stored is not None:
            raise IdKeyMissing(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The members' ID key of this site is not on this computer (a new PC, or a"
                    " restored backup). An admin enters it from the key recovery sheet"
                    " (Settings → Backups) before ID checks work again.",
                )
            )
        key = secrets.token_bytes(32)
        _store(ctx, key)
    if stored is None:
        settings_db.put(db, FINGERPRINT_SETTING, _fingerprint(key))
    elif stored != _fingerprint(key):
        raise IdKeyMissing(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The members' ID key on this computer does not belong to this database. An"
                " admin enters the right one from the key recovery sheet.",
            )
        )
    return key


@requires(Perm.MANAGE_SETTINGS)
def key_for_recovery_sheet(ctx) -> str:
    """The key as the admin prints it on the recovery sheet (64 hex digits); audited."""
    with atomic(ctx.db):
        key = id_key(ctx)
        audit.record(ctx, "members.id_key_sheet", "settings", FINGERPRINT_SETTING)
    return key.hex()


@requires(Perm.MANAGE_SETTINGS)
def enter_key_from_sheet(ctx, text: str) -> None:
    """Put the key from the recovery sheet (typed or scanned) on this computer; it must match
    the fingerprint the database keeps."""
    key = _parse_key(text)
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "The key on the recovery sheet has 64 characters, 0-9 and a-f."
            )
        )
    with atomic(ctx.db):
        stored = settings_db.get(ctx.db, FINGERPRINT_SETTING)
        if stored is not None and stored != _fingerprint(key):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "This key does not belong to this site's database; check the sheet.",
                )
            )
        _store(ctx, key)
        if stored is None:
            settings_db.put(ctx.db, FINGERPRINT_SETTING, _fingerprint(key))
        audit.record(ctx, "members.id_key_entered", "settings", FINGERPRINT_SETTING)


@internal
def id_hash(ctx, id_type: str, number: str) -> str:
    """HMAC-SHA256 of the type and the normalised number, in hex."""
    message = f"{id_type}:{normalise_id(number)}".encode()
    return hmac.new(id_key(ctx), message, hashlib.sha256).hexdigest()


def last4(number: str) -> str:
    return normalise_id(number)[-4:]


SHEET = {
    "title": QT_TRANSLATE_NOOP("Desk", "Members' ID key: recovery sheet"),
    "intro": QT_TRANSLATE_NOOP(
        "Desk",
        "This key unlocks the checks of members' ID numbers. It is kept on the desk's PC,"
        " never in the database or a backup, so a lost backup reveals no ID number. Keep"
        " this sheet in the safe; whoever holds it and a backup can recover ID numbers.",
    ),
    "caption": QT_TRANSLATE_NOOP("Desk", "Scan at Settings → Backups → Enter the ID key"),
    "key": QT_TRANSLATE_NOOP("Desk", "Key"),
    "fingerprint": QT_TRANSLATE_NOOP("Desk", "Fingerprint"),
    "site": QT_TRANSLATE_NOOP("Desk", "Site"),
    "steps": QT_TRANSLATE_NOOP(
        "Desk",
        "After a restore on a new PC: sign in as an admin, open Settings → Backups, choose"
        " 'Enter the ID key from the recovery sheet…' and scan the QR code (or type the key)."
        " The desk checks it against the database before it is kept.",
    ),
}


@requires(Perm.MANAGE_SETTINGS)
def recovery_sheet_pdf(ctx):
    """The key recovery sheet (the key as a QR code and in groups of eight, with the steps),
    for the safe; reading the key for it is audited."""
    from services.admin import site
    from services.documents.builder import Document

    tr = ctx.translate
    key = key_for_recovery_sheet(ctx)
    profile = site.get_profile(ctx)
    doc = Document("a4", pdf_title=tr(SHEET["title"]))
    doc.header(profile.name, profile.address).title(tr(SHEET["title"]))
    doc.paragraph(tr(SHEET["intro"]))
    doc.qr(key, size_mm=60, caption=tr(SHEET["caption"]))
    doc.fields(
        [
            (tr(SHEET["key"]), " ".join(key[i : i + 8] for i in range(0, 64, 8))),
            (tr(SHEET["fingerprint"]), settings_db.get(ctx.db, FINGERPRINT_SETTING) or ""),
        ]
    )
    _audit_key_fields(ctx, doc)
    doc.paragraph(tr(SHEET["steps"]))
    return doc.build()


def _audit_key_fields(ctx, doc) -> None:
    """The audit trail's key on the same sheet (entered with audit.enter_audit_key)."""
    from services.core import audit, audit_key

    try:
        key = audit.audit_key_for_sheet(ctx)
    except (audit_key.AuditKeyMissing, DomainError):
        return
    label = ctx.translate(QT_TRANSLATE_NOOP("Desk", "Audit trail key"))
    doc.fields([(label, " ".join(key[i : i + 8] for i in range(0, 64, 8)))])


@before_sign_in
def id_key_missing(ctx) -> bool:
    """True when the database has ID hashes of a key this PC does not hold (a restore on a
    new PC): the admin enters the key from the recovery sheet."""
    try:
        adopt_legacy_key(ctx)  # older versions kept the key beside the database
    except IdKeyMissing:
        return True
    stored = settings_db.get(ctx.db, FINGERPRINT_SETTING)
    if stored is None:
        return False
    try:
        key = _load(ctx)
    except IdKeyMissing:
        return True
    return key is None or _fingerprint(key) != stored
