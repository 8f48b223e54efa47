"""Helpers shared by the members' tests: valid ID numbers, receipts, an enrolled member."""

from __future__ import annotations

from datetime import date

from services.directory import shops
from services.members.ids import resident_check_char
from services.members.rules import ShoppingReceipt

_seq = iter(range(1, 10**6))


def resident_id(birth: str = "19900307", area: str = "110105", seq: str | None = None) -> str:
    first17 = f"{area}{birth}{seq or f'{next(_seq) % 1000:03d}'}"
    return first17 + resident_check_char(first17)


def shop(admin_ctx, name="优衣库", unit="L1-001"):
    return shops.add_shop(admin_ctx, name, "Uniqlo", unit=unit)


def receipt(shop_id: int, number: str, amount_fen: int, day: date = date(2026, 3, 16)):
    return ShoppingReceipt(shop_id, number, day, amount_fen)
