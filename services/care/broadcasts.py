"""The paging broadcast log (寻人寻物广播, DOMAIN.md 7): what was announced, in Chinese and
English, when, at whose request and how many times. Append-only; the paging module builds
on this table."""

from __future__ import annotations

from dataclasses import dataclass

import db.lost_found.lost_found as lf_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

MAX_TEXT = 1000  # read aloud: a few minutes at most


@dataclass(frozen=True)
class Broadcast:
    id: int
    at: str
    text_zh: str
    text_en: str
    source: str
    requested_by: str
    repeats: int


@requires(Perm.COUNTER)
def record_broadcast(
    ctx: AppContext,
    text_zh: str,
    text_en: str,
    source: str = "",
    requested_by: str = "",
    repeats: int = 1,
) -> Broadcast:
    """Log an announcement made from the desk; at least one language is given."""
    text_zh = validation.text(
        text_zh, QT_TRANSLATE_NOOP("Desk", "Chinese text"), MAX_TEXT, multiline=True
    )
    text_en = validation.text(
        text_en, QT_TRANSLATE_NOOP("Desk", "English text"), MAX_TEXT, multiline=True
    )
    if not text_zh and not text_en:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Write the announcement first."))
    if max(len(text_zh), len(text_en)) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "An announcement has at most {n} characters in each language."
            ),
            n=MAX_TEXT,
        )
    if isinstance(repeats, bool) or not isinstance(repeats, int) or not 1 <= repeats <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "An announcement is read 1 to 10 times."))
    with atomic(ctx.db):
        row = dict(
            at=iso(ctx.clock.now()),
            text_zh=text_zh,
            text_en=text_en,
            source=validation.text(source, QT_TRANSLATE_NOOP("Desk", "source"), 40),
            requested_by=validation.text(requested_by, QT_TRANSLATE_NOOP("Desk", "who asked"), 60),
            repeats=repeats,
            user_id=ctx.user.id,
        )
        broadcast_id = lf_db.insert_broadcast(ctx.db, **row)
        audit.record(
            ctx,
            "broadcast.record",
            "broadcast",
            broadcast_id,
            None,
            {"source": row["source"], "repeats": repeats},
        )
        return Broadcast(
            broadcast_id, row["at"], text_zh, text_en, row["source"], row["requested_by"], repeats
        )


@requires(Perm.COUNTER)
def list_broadcasts(ctx: AppContext, offset: int = 0, limit: int = 200) -> list[Broadcast]:
    """Newest first."""
    offset, limit = page_args(offset, limit)
    return [
        Broadcast(
            r["id"],
            r["at"],
            r["text_zh"],
            r["text_en"],
            r["source"],
            r["requested_by"],
            r["repeats"],
        )
        for r in lf_db.broadcasts(ctx.db, offset=offset, limit=limit)
    ]
