"""Helpers the lost-and-found pages share: labels of categories and statuses, and photos
scaled down with QImage before they reach the service."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox

from services.core.context import AppContext
from services.lost_found import items as lost_found
from ui.common.formatting import language
from ui.session import desk_tr

MAX_PHOTO_SIDE = 1024


def category_label(ctx: AppContext, code: str) -> str:
    """A category's name in the UI's language."""
    category = lost_found.categories(ctx).get(code)
    return category.name(language(), desk_tr) if category else code


def category_labels(page) -> dict[str, str]:
    """Category code -> its label, read once for a page (`page.ctx`): a list shows one per
    row, and the categories are a setting."""
    labels = getattr(page, "_category_labels", None)
    if labels is None:
        cats = lost_found.categories(page.ctx)
        labels = page._category_labels = {
            code: c.name(language(), desk_tr) for code, c in cats.items()
        }
    return labels


def status_label(status: str) -> str:
    return desk_tr(
        lost_found.STATUS_LABELS.get(status) or lost_found.REPORT_STATUS_LABELS.get(status, status)
    )


def fill_categories(combo: QComboBox, ctx: AppContext, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for category in lost_found.list_categories(ctx):
        combo.addItem(category.name(language(), desk_tr), category.code)


def scaled_photo(image: QImage) -> bytes:
    """At most 1024 px on the long side, as JPEG: a photo to recognise the item by."""
    if max(image.width(), image.height()) > MAX_PHOTO_SIDE:
        image = image.scaled(
            MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.convertToFormat(QImage.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())
