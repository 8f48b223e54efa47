"""Documents of the loyalty desk as PDF bytes without Qt: the card confirmation with its QR
code (on enrolment and reissue), the points statement, the redemption receipt and the
receipt of the reissue fee. Phone and ID appear masked only; words go through ctx.translate."""

from __future__ import annotations

import db.members.members as members_db
import db.members.points as points_db
from services.admin import site
from services.core import validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.identifiers import canonical_id
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer, copy_mark_text
from services.documents.text import paper_fen
from services.members import members
from services.members import points as member_points
from services.members.ids import ID_TYPE_LABELS
from services.members.rules import local_text, rules
from services.shifts.shifts import METHOD_LABELS

KIND_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("Desk", "Shopping receipt"),
    "manual": QT_TRANSLATE_NOOP("Desk", "Manual points"),
    "return": QT_TRANSLATE_NOOP("Desk", "Goods returned"),
    "redeem": QT_TRANSLATE_NOOP("Desk", "Redemption"),
    "expire": QT_TRANSLATE_NOOP("Desk", "Expired"),
}
CARD_GUIDE = (
    QT_TRANSLATE_NOOP(
        "Desk",
        "Show this card (or its QR code) at the service desk with your shopping receipts"
        " to earn 1 point for every {yuan} spent.",
    ),
    QT_TRANSLATE_NOOP(
        "Desk",
        "Receipts earn points within {days} days of purchase, once each. Points expire"
        " {lifetime} days after they are earned; the oldest are used first.",
    ),
    QT_TRANSLATE_NOOP(
        "Desk",
        "If the card is lost, call or visit the service desk at once to block it; a new"
        " card is issued on showing the same ID document.",
    ),
)


def _lang(ctx: AppContext, lang: str | None) -> str:
    return lang or site.get_profile(ctx).language


def _card(ctx: AppContext, card_no: str) -> dict:
    card = members_db.card_by_no(
        ctx.db, canonical_id(card_no, QT_TRANSLATE_NOOP("Desk", "card number"))
    )
    if card is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No member card {card}."), card=card_no)
    return card


def _header(ctx: AppContext, doc: Document) -> None:
    profile = site.get_profile(ctx)
    doc.header(profile.name, *([profile.address] if profile.address else []))


@requires(Perm.COUNTER)
def card_confirmation_pdf(
    ctx: AppContext, card_no: str, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """A5 sheet given with a new or reissued card: number and QR, member (masked), the
    points credited so far and the card guide."""
    tr = ctx.translate
    card = _card(ctx, card_no)
    member = members.get_member(ctx, card["member_id"])
    programme = rules(ctx)
    doc = Document(
        "a5", copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    _header(ctx, doc)
    title = (
        QT_TRANSLATE_NOOP("Desk", "Replacement member card")
        if card["replaces_card"]
        else QT_TRANSLATE_NOOP("Desk", "Member card confirmation")
    )
    doc.title(tr(title), card["card_no"])
    doc.qr(card["card_no"], size_mm=32, caption=card["card_no"])
    rows = [
        (tr(QT_TRANSLATE_NOOP("Desk", "Card no.")), card["card_no"]),
        (tr(QT_TRANSLATE_NOOP("Desk", "Name")), member.name),
        (tr(QT_TRANSLATE_NOOP("Desk", "Mobile")), member.phone_masked),
        (
            tr(QT_TRANSLATE_NOOP("Desk", "ID document")),
            f"{tr(ID_TYPE_LABELS[member.id_type])} {member.id_masked}",
        ),
        (tr(QT_TRANSLATE_NOOP("Desk", "Issued")), local_text(ctx, card["issued_at"])),
        (tr(QT_TRANSLATE_NOOP("Desk", "Points balance")), str(member.balance)),
    ]
    if card["replaces_card"]:
        old = [
            c for c in members_db.cards_of(ctx.db, member.id) if c["id"] == card["replaces_card"]
        ]
        rows.append(
            (tr(QT_TRANSLATE_NOOP("Desk", "Replaces card")), old[0]["card_no"] if old else "")
        )
        if card["fee_fen"]:
            rows.append(
                (
                    tr(QT_TRANSLATE_NOOP("Desk", "Reissue fee")),
                    f"{paper_fen(card['fee_fen'])} ({card['fee_receipt_no']})",
                )
            )
    doc.fields(rows)
    params = {
        "yuan": paper_fen(programme.points_rate_fen),
        "days": programme.receipt_window_days,
        "lifetime": programme.points_lifetime_days,
    }
    for text in CARD_GUIDE:
        doc.paragraph(tr(text).format(**params), small=True)
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), tr(QT_TRANSLATE_NOOP("Desk", "Member"))]
    )
    return doc.build()


@requires(Perm.COUNTER)
def points_statement_pdf(ctx: AppContext, member_id: int, lang: str | None = None) -> bytes:
    """A4 statement: balance, batches still holding points with their expiry, and every
    credit, return, redemption and expiry (the latest 1000)."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    member = members.get_member(ctx, member_id)
    statement = member_points.points_statement(ctx, member_id, limit=1000)
    printed = local_text(ctx, _now_iso(ctx))
    doc = Document(
        "a4",
        footer=Footer(
            site.get_profile(ctx).name,
            printed,
            tr(QT_TRANSLATE_NOOP("Desk", "Page {page} of {pages}")),
        ),
    )
    _header(ctx, doc)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Points statement")), member.card_no)
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Name")), member.name),
            (tr(QT_TRANSLATE_NOOP("Desk", "Mobile")), member.phone_masked),
            (tr(QT_TRANSLATE_NOOP("Desk", "ID document")), member.id_masked),
            (tr(QT_TRANSLATE_NOOP("Desk", "Printed")), printed),
        ]
    )
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Points balance")), str(statement.balance))
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Points by batch")))
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Earned")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Kind")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Points")), 1, align="right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Left")), 1, align="right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Expires on")), 2),
        ],
        [
            [
                local_text(ctx, b.earned_at),
                tr(KIND_LABELS[b.kind]),
                str(b.points),
                str(b.remaining),
                b.expires_on,
            ]
            for b in statement.batches
        ],
    )
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "History")))
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "When")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Card no.")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Kind")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Details")), 4),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Points")), 1, align="right"),
        ],
        [
            [
                local_text(ctx, x["at"]),
                x["card_no"] or "",
                tr(KIND_LABELS[x["kind"]]),
                line_details(x, lang),
                f"{x['points']:+d}",
            ]
            for x in statement.lines
        ],
    )
    return doc.build()


def _now_iso(ctx: AppContext) -> str:
    from services.core.clock import iso

    return iso(ctx.clock.now())


def line_details(line: dict, lang: str) -> str:
    """What a statement line concerns: the shop and receipt, the gift, or the reason."""
    zh = lang.startswith("zh")
    if line.get("receipt_no"):
        shop = line["shop_zh"] if zh or not line["shop_en"] else line["shop_en"]
        amount = f" {paper_fen(line['amount_fen'])}" if line["kind"] == "receipt" else ""
        return f"{shop} {line['receipt_no']} ({line['receipt_date']}){amount}"
    if line.get("redemption_no"):
        gift = line["gift_zh"] if zh or not line["gift_en"] else line["gift_en"]
        return f"{gift} ×{line['quantity']} ({line['redemption_no']})"
    return line.get("reason") or ""


@requires(Perm.COUNTER)
def redemption_receipt_pdf(
    ctx: AppContext, redemption_id: int, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """80 mm receipt of a redemption: number, card, gift, points used, balance left."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    redemption_id = validation.record_id(
        redemption_id, QT_TRANSLATE_NOOP("Desk", "redemption number")
    )
    row = points_db.redemption(ctx.db, redemption_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such redemption."))
    member = members.get_member(ctx, row["member_id"])
    doc = Document(
        "receipt", copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    _header(ctx, doc)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Points redemption")), row["receipt_no"])
    gift = row["name_zh"] if lang.startswith("zh") or not row["name_en"] else row["name_en"]
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Receipt no.")), row["receipt_no"]),
            (tr(QT_TRANSLATE_NOOP("Desk", "When")), local_text(ctx, row["at"])),
            (tr(QT_TRANSLATE_NOOP("Desk", "Card no.")), row["card_no"]),
            (tr(QT_TRANSLATE_NOOP("Desk", "Member")), f"{member.name} {member.phone_masked}"),
            (tr(QT_TRANSLATE_NOOP("Desk", "Gift")), f"{gift} ×{row['quantity']}"),
        ]
    )
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Points used")), str(row["points"]))
    doc.fields([(tr(QT_TRANSLATE_NOOP("Desk", "Points balance")), str(member.balance))])
    doc.qr(row["receipt_no"], caption=row["receipt_no"])
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), tr(QT_TRANSLATE_NOOP("Desk", "Member"))]
    )
    return doc.build()


@requires(Perm.COUNTER)
def reissue_fee_receipt_pdf(ctx: AppContext, card_no: str, copy_no: int = 0) -> bytes:
    """80 mm receipt of the card reissue fee, numbered in the desk's receipt series."""
    tr = ctx.translate
    card = _card(ctx, card_no)
    if not card["fee_fen"]:
        raise NotFound(
            QT_TRANSLATE_NOOP("Desk", "No fee was charged for card {card}."), card=card["card_no"]
        )
    doc = Document(
        "receipt", copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    # the fee goes into the drawer when the receipt is first printed, never on a reprint
    doc.opens_drawer = card["fee_method"] == "cash" and copy_no == 0
    _header(ctx, doc)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Receipt")), card["fee_receipt_no"])
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Receipt no.")), card["fee_receipt_no"]),
            (tr(QT_TRANSLATE_NOOP("Desk", "When")), local_text(ctx, card["issued_at"])),
            (tr(QT_TRANSLATE_NOOP("Desk", "Card no.")), card["card_no"]),
            (tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), tr(METHOD_LABELS[card["fee_method"]])),
        ]
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Item")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True),
        ],
        [[tr(QT_TRANSLATE_NOOP("Desk", "Card reissue fee")), card["fee_fen"]]],
    )
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Total")), paper_fen(card["fee_fen"]))
    doc.qr(card["fee_receipt_no"], caption=card["fee_receipt_no"])
    doc.signatures([tr(QT_TRANSLATE_NOOP("Desk", "Clerk"))])
    return doc.build()
