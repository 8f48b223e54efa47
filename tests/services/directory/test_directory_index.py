"""The directory's search index follows every change of shops and facilities in the change's
own transaction, so a search (one per keystroke) only reads: it never re-checks or rebuilds
the index unless some entry is missing (a file from before)."""

from __future__ import annotations

from services.directory import guide as directory
from services.directory import shops


def _statements(ctx, call) -> list[str]:
    seen: list[str] = []
    ctx.db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        ctx.db.conn.set_trace_callback(None)
    return seen


def test_a_changed_shop_is_found_at_once_and_searching_writes_nothing(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shop = shops.add_shop(admin, "星光咖啡", "Starlight Coffee", "L1-001", "L1", "food")
    assert [e.name_en for e in directory.search_directory(clerk, "starlight")] == [
        "Starlight Coffee"
    ]
    shops.update_shop(admin, shop.id, name_en="Moonlight Tea")
    seen = _statements(clerk, lambda: directory.search_directory(clerk, "moonlight"))
    assert [e.name_en for e in directory.search_directory(clerk, "moonlight")] == ["Moonlight Tea"]
    assert directory.search_directory(clerk, "starlight") == []
    touching = [s for s in seen if "directory_index" in s and not s.lstrip().startswith("SELECT")]
    assert touching == []
    assert not [s for s in seen if "LEFT JOIN directory_index" in s]  # no staleness scan


def test_a_missing_entry_is_indexed_by_the_next_search(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shops.add_shop(admin, "书店", "Book Corner", "L2-010", "L2", "books")
    admin.db.conn.execute("DELETE FROM directory_index")  # as a file from before the index
    admin.db.conn.commit()
    assert [e.name_en for e in directory.search_directory(clerk, "book")] == ["Book Corner"]
