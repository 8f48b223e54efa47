"""Helpers shared by the lost-and-found tests: a signature PNG and a quick registration."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from PIL import Image, ImageDraw

from services.lost_found import items as lost_found

SECRET = "内侧刻有 LY520 字样"
T0 = datetime(2026, 3, 16, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def signature_png() -> bytes:
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.line(
        [(10, 80), (60, 20), (110, 70), (160, 25), (220, 75), (280, 30)],
        fill=(0, 0, 0, 255),
        width=4,
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def register(
    ctx, description="黑色钱包", category="ordinary", hidden=SECRET, found_at=None, **extra
):
    return lost_found.register_found_item(
        ctx,
        category=category,
        description=description,
        found_place=extra.pop("found_place", "3F 洗手间"),
        found_at=found_at or T0,
        hidden_detail=hidden,
        **extra,
    )


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def role_table_setup(admin_ctx) -> dict:
    """Records for the role table (tests/services/test_roles.py): a held item, one past
    its retention, a lost report."""
    now = admin_ctx.clock.now()
    return {
        "lf_item": register(admin_ctx, found_at=now - hours(1)).id,
        "lf_old_item": register(
            admin_ctx, "面包", category="perishable", found_at=now - timedelta(days=10)
        ).id,
        "lf_report": lost_found.register_lost_report(
            admin_ctx,
            description="黑色钱包",
            phone="13800138000",
            lost_from=now - hours(3),
            lost_to=now - hours(2),
        ).id,
    }
