"""A member's own data, printable for them on request (PIPL art. 45): what the desk holds
about them (member record, cards, points, and the loans, cases and lost reports under their
mobile number) and how long each is kept. The full mobile number is on it, so printing it
is a supervisor's task and is audited like a reveal."""

from __future__ import annotations

import db.retention.personal as personal_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.identifiers import mask_phone
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer
from services.members import points as member_points
from services.members.ids import ID_TYPE_LABELS
from services.members.rules import local_text
from services.retention import periods as retention

RECORD_LABELS = {
    "loan": QT_TRANSLATE_NOOP("Desk", "Loan (deposit slip)"),
    "case": QT_TRANSLATE_NOOP("Desk", "Complaint or suggestion"),
    "lost_report": QT_TRANSLATE_NOOP("Desk", "Lost property report"),
}
CARD_STATES = {
    "active": QT_TRANSLATE_NOOP("Desk", "in use"),
    "lost": QT_TRANSLATE_NOOP("Desk", "reported lost"),
    "replaced": QT_TRANSLATE_NOOP("Desk", "replaced"),
}


@requires(Perm.REVEAL_PERSONAL)
def member_data_statement_pdf(ctx: AppContext, member_id: int) -> bytes:
    """A4: everything held about the member, for the member; the print is audited."""
    tr = ctx.translate
    member_id = validation.record_id(member_id, QT_TRANSLATE_NOOP("Desk", "member number"))
    person = personal_db.member(ctx.db, member_id)
    if person is None or person["erased_at"]:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such member."))
    cards = personal_db.cards(ctx.db, member_id)
    points = member_points.points_statement(ctx, member_id, limit=1)
    records = personal_db.records_by_phone(ctx.db, person["phone"])
    keep = retention._periods(ctx)
    profile = site.get_profile(ctx)
    printed = local_text(ctx, iso(ctx.clock.now()))
    doc = Document(
        "a4",
        footer=Footer(
            profile.name, printed, tr(QT_TRANSLATE_NOOP("Desk", "Page {page} of {pages}"))
        ),
    )
    doc.header(profile.name, *([profile.address] if profile.address else []))
    doc.title(
        tr(QT_TRANSLATE_NOOP("Desk", "Your personal data held by the service desk")),
        cards[-1]["card_no"] if cards else "",
    )
    id_label = ID_TYPE_LABELS.get(person["id_type"], person["id_type"])
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Name")), person["name"]),
            (tr(QT_TRANSLATE_NOOP("Desk", "Mobile")), person["phone"]),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "ID document")),
                tr(
                    QT_TRANSLATE_NOOP(
                        "Desk", "{kind}, last four characters {last4} (the full number is not kept)"
                    )
                ).format(kind=tr(id_label), last4=person["id_last4"]),
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Member since")), local_text(ctx, person["enrolled_at"])),
            (tr(QT_TRANSLATE_NOOP("Desk", "Points balance")), str(points.balance)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Receipts credited")),
                str(personal_db.receipts_credited(ctx.db, member_id)),
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Gifts redeemed")),
                str(personal_db.redemptions(ctx.db, member_id)),
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Printed")), printed),
        ]
    )
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Member cards")))
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Card no.")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Issued")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "State")), 2),
        ],
        [
            [
                c["card_no"],
                local_text(ctx, c["issued_at"]),
                tr(CARD_STATES.get(c["status"], c["status"])),
            ]
            for c in cards
        ],
    )
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Other records under your mobile number")))
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Record")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Number")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Date")), 2),
        ],
        [[tr(RECORD_LABELS[r["kind"]]), r["number"], local_text(ctx, r["at"])] for r in records],
    )
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "How long it is kept")))
    for rtype in retention.RECORD_TYPES:
        doc.paragraph(
            tr(QT_TRANSLATE_NOOP("Desk", "{what}: {months} months")).format(
                what=tr(rtype.label), months=getattr(keep, rtype.key)
            ),
            small=True,
        )
    doc.paragraph(
        tr(
            QT_TRANSLATE_NOOP(
                "Desk",
                "You may ask the service desk to correct this data, or to erase your"
                " membership: your name and mobile number are then removed, and the money"
                " records stay under a pseudonym as the law requires.",
            )
        ),
        small=True,
    )
    with atomic(ctx.db):
        audit.record(
            ctx,
            "document.member_data_statement",
            "member",
            member_id,
            None,
            {"phone": mask_phone(person["phone"]), "records": len(records)},
        )
    return doc.build()
