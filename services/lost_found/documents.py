"""Documents of lost and found as bytes without Qt: the tag with its QR code for the storage
bag (80 mm roll), the claim receipt with the claimant's drawn signature, and a CSV export of
the found-items ledger. None of them carries the hidden detail; phones and IDs are masked.

Labels are source strings translated through `ctx.translate`, like lending's documents."""

from __future__ import annotations

import csv
import io
from datetime import date
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.permissions import Perm, requires, signed_in
from services.core.spreadsheet_cells import csv_row
from services.documents import Document, Signature, copy_mark_text
from services.documents.staff import staff_name
from services.documents.text import paper_fen
from services.lost_found import claims as lost_found_claims
from services.lost_found import items as lost_found
from services.lost_found.items import STATUS_LABELS, FoundItem

TAG_WORDING = QT_TRANSLATE_NOOP(
    "Desk",
    "Keep this tag with the item. The owner claims it at the service desk"
    " with a valid ID; the item is released only after its details are"
    " checked and the owner has signed.",
)
CLAIM_WORDING = QT_TRANSLATE_NOOP(
    "Desk",
    "I have received the item described above, checked it and found it"
    " complete. 信息确认无误，签字确认。",
)
L = {  # the documents' labels, marked once here and translated through ctx.translate
    "tag_no": QT_TRANSLATE_NOOP("Desk", "Tag no."),
    "category": QT_TRANSLATE_NOOP("Desk", "Category"),
    "item": QT_TRANSLATE_NOOP("Desk", "Article"),
    "colour": QT_TRANSLATE_NOOP("Desk", "Colour"),
    "brand": QT_TRANSLATE_NOOP("Desk", "Brand"),
    "quantity": QT_TRANSLATE_NOOP("Desk", "Quantity"),
    "found_at": QT_TRANSLATE_NOOP("Desk", "Found at"),
    "found_on": QT_TRANSLATE_NOOP("Desk", "Found on"),
    "finder": QT_TRANSLATE_NOOP("Desk", "Finder"),
    "phone": QT_TRANSLATE_NOOP("Desk", "Phone"),
    "stored_at": QT_TRANSLATE_NOOP("Desk", "Stored at"),
    "status": QT_TRANSLATE_NOOP("Desk", "Status"),
    "cash": QT_TRANSLATE_NOOP("Desk", "Cash counted"),
    "copy": QT_TRANSLATE_NOOP("Desk", "COPY {n}"),
    "tag": QT_TRANSLATE_NOOP("Desk", "Found-item tag"),
    "receipt": QT_TRANSLATE_NOOP("Desk", "Claim receipt"),
    "claimant": QT_TRANSLATE_NOOP("Desk", "Claimant"),
    "id": QT_TRANSLATE_NOOP("Desk", "ID"),
    "described": QT_TRANSLATE_NOOP("Desk", "Described as"),
    "claimed_on": QT_TRANSLATE_NOOP("Desk", "Claimed on"),
    "clerk": QT_TRANSLATE_NOOP("Desk", "Clerk"),
}
CSV_COLUMNS = (
    "tag_no",
    "category",
    "item",
    "colour",
    "brand",
    "quantity",
    "found_at",
    "found_on",
    "finder",
    "phone",
    "stored_at",
    "status",
)


def _local(ctx: AppContext, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


def _lang(ctx: AppContext, lang: str | None) -> str:
    return lang or site.get_profile(ctx).language


@signed_in
def category_label(ctx: AppContext, code: str, lang: str | None = None) -> str:
    """A category's name in one language (the site's when none is asked for)."""
    category = lost_found.categories(ctx).get(code)
    return category.name(_lang(ctx, lang), ctx.translate) if category else code


def _item_rows(ctx: AppContext, item: FoundItem, lang: str) -> list[tuple[str, str]]:
    tr = ctx.translate
    rows = [
        (tr(L["tag_no"]), item.tag_no),
        (tr(L["category"]), category_label(ctx, item.category, lang)),
        (tr(L["item"]), item.description),
        (tr(L["colour"]), item.colour or "—"),
        (tr(L["quantity"]), str(item.quantity)),
        (tr(L["found_at"]), item.found_place),
        (tr(L["found_on"]), _local(ctx, item.found_at)),
    ]
    if item.brand:
        rows.insert(3, (tr(L["brand"]), item.brand))
    if item.cash_fen:
        rows.append((tr(L["cash"]), paper_fen(item.cash_fen)))
    return rows


@requires(Perm.COUNTER)
def tag_label_pdf(
    ctx: AppContext, item_id: int, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """The tag for the storage bag: number, QR, what and where; never the hidden detail.
    Names kept in both languages are printed in `lang` (the site's language by default)."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    item = lost_found.get_found_item(ctx, item_id)
    profile = site.get_profile(ctx)
    doc = Document("receipt", copy_mark=copy_mark_text(copy_no, tr(L["copy"])))
    doc.header(profile.name)
    doc.title(tr(L["tag"]), item.tag_no)
    doc.qr(item.tag_no, caption=item.tag_no)
    doc.fields(_item_rows(ctx, item, lang) + [(tr(L["stored_at"]), item.storage or "—")])
    doc.paragraph(tr(TAG_WORDING), small=True)
    return doc.build()


@requires(Perm.COUNTER)
def claim_receipt_pdf(
    ctx: AppContext, item_id: int, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """The claim receipt: the item, the claimant (masked ID and phone), the clerk, and the
    signature the claimant drew on screen."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    claim = lost_found_claims.get_claim(ctx, item_id)
    if claim is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "This item has not been claimed."))
    signature = lost_found_claims.claim_signature(ctx, item_id)
    profile = site.get_profile(ctx)
    doc = Document("receipt", copy_mark=copy_mark_text(copy_no, tr(L["copy"])))
    doc.header(profile.name, *([profile.address] if profile.address else []))
    doc.title(tr(L["receipt"]), claim.receipt_no)
    doc.fields(_item_rows(ctx, claim.item, lang))
    doc.rule()
    id_type = tr(lost_found_claims.ID_TYPES[claim.id_type])
    doc.fields(
        [
            (tr(L["claimant"]), claim.claimant_name),
            # four stars whatever the ID's length, so the paper does not tell its length
            (tr(L["id"]), f"{id_type} ****{claim.id_masked[-4:]}"),
            (tr(L["phone"]), claim.phone_masked),
            (tr(L["described"]), claim.description),
            (tr(L["claimed_on"]), _local(ctx, claim.claimed_at)),
            (tr(L["clerk"]), staff_name(ctx, claim.clerk)),
        ]
    )
    doc.qr(claim.receipt_no, caption=claim.receipt_no)
    doc.paragraph(tr(CLAIM_WORDING), small=True)
    doc.signatures([Signature(tr(L["claimant"]), signature), Signature(tr(L["clerk"]))])
    return doc.build()


@requires(Perm.COUNTER)
def found_items_csv(
    ctx: AppContext, day_from: date | None = None, day_to: date | None = None
) -> bytes:
    """The found-items ledger as CSV (UTF-8 with BOM for Excel): masked, no hidden detail."""
    tr = ctx.translate
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(csv_row([tr(L[key]) for key in CSV_COLUMNS]))
    offset = 0
    while True:
        page = lost_found.search_found(
            ctx, day_from=day_from, day_to=day_to, offset=offset, limit=500
        )
        for item in page:
            writer.writerow(
                csv_row(
                    [
                        item.tag_no,
                        category_label(ctx, item.category),
                        item.description,
                        item.colour,
                        item.brand,
                        item.quantity,
                        item.found_place,
                        _local(ctx, item.found_at),
                        item.finder_name,
                        item.finder_phone_masked,
                        item.storage,
                        tr(STATUS_LABELS[item.status]),
                    ]
                )
            )
        if len(page) < 500:
            break
        offset += 500
    return ("\ufeff" + out.getvalue()).encode("utf-8")
