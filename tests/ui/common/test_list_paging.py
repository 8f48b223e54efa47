"""Long lists open on their first page: the found-items page asks the service for one page
(never the whole table) and fetches the next only as the clerk scrolls."""

from __future__ import annotations

from services.lost_found import items as lost_found
from ui.lost_found.items_page import FoundItemsPage
from ui.session import DeskSession


def _many_found_items(db, user_id: int, n: int) -> None:
    db.conn.executemany(
        "INSERT INTO found_items (tag_no, category, description, found_place, found_at,"
        " finder_kind, hidden_detail, registered_at, registered_by)"
        " VALUES (?, 'ordinary', ?, '1F', ?, 'staff', 'secret', ?, ?)",
        [
            (
                f"L2026-{i:06d}",
                f"黑色雨伞 {i}",
                f"2026-03-{1 + i % 28:02d}T02:00:00+00:00",
                "2026-03-16T02:00:00+00:00",
                user_id,
            )
            for i in range(1, n + 1)
        ],
    )


def test_found_items_page_fetches_a_page_at_a_time(qtbot, role_ctx, monkeypatch):
    clerk = role_ctx["clerk"]
    _many_found_items(clerk.db, clerk.user.id, 250)
    calls = []
    real = lost_found.search_found

    def spy(ctx, text="", **kw):
        calls.append((kw.get("before_id"), kw.get("limit")))
        return real(ctx, text, **kw)

    monkeypatch.setattr(lost_found, "search_found", spy)
    page = FoundItemsPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.show()
    size = page.model.page_size
    assert calls == [(None, size)] and size < 250
    assert page.model.rowCount() == size and page.model.canFetchMore()
    last = page.model.last("id")
    page.model.fetchMore()
    assert calls[-1] == (last, size)  # the next page by key, below the last row shown
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 250
