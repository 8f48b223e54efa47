"""Search gives the same rows on both engines: the same demo site (a fixed seed) built on a
SQLite file and on a PostgreSQL database of the run's server, then every search of the desk
(found items, lost reports, members, visitors, shops, the floor guide, answers) asked the same
questions on both: Chinese words of one, two and three or more characters, English words,
mixed case, the last four digits of a phone, codes. Only on a PostgreSQL run."""

from __future__ import annotations

import pytest

from services.core.database import open_database
from services.directory import answers, guide, shops
from services.lost_found import items as lost_found
from services.members import members
from services.visitors import search as visitor_search
from tests import pg_support
from tests.demo.test_dashboard_demo import VISITOR_PHONE, build_site

pytestmark = pytest.mark.skipif(
    not pg_support.ON_POSTGRESQL, reason="compares SQLite with the run's PostgreSQL server"
)

SEED = 9


@pytest.fixture(scope="module")
def sites(tmp_path_factory, shelf):
    """engine -> the demo site built on it with the same seed and clock."""
    lite = open_database(tmp_path_factory.mktemp("parity") / "demo.db")
    pg = shelf.new_database()
    built = {
        "sqlite": build_site(lite, days=3, seed=SEED),
        "postgresql": build_site(pg, days=3, seed=SEED),
    }
    yield built
    lite.close()
    pg.close()


def _words(sites) -> dict[str, list[str]]:
    """Query terms drawn from the data (the SQLite side's, the same rows on both): Chinese
    terms of 1, 2 and 3+ characters cut from descriptions and names, English words."""
    conn = sites["sqlite"]["ctxs"]["admin"].db.conn
    texts = [
        r[0]
        for r in conn.execute(
            "SELECT description FROM found_items UNION SELECT description FROM lost_reports"
            " UNION SELECT name_zh FROM shops UNION SELECT name_en FROM shops"
            " UNION SELECT name FROM members ORDER BY 1"
        )
    ]
    words = sorted({w for t in texts if t for w in t.split()})
    chinese = [w for w in words if len(w) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in w)]
    english = [w for w in words if w.isascii() and w.isalpha() and len(w) >= 3]
    assert chinese and english, "the demo site has Chinese and English text to search"
    return {"chinese": chinese[::7][:6], "english": english[::5][:6]}


def _queries(sites) -> list[str]:
    words = _words(sites)
    queries = []
    for text in words["chinese"]:
        queries += [text[:1], text[:2], text[:3], text]
    for word in words["english"]:
        queries += [word, word.upper(), word.lower(), word[:1].upper() + word[1:].lower()]
    conn = sites["sqlite"]["ctxs"]["admin"].db.conn
    tag = conn.execute("SELECT tag_no FROM found_items ORDER BY id LIMIT 1").fetchone()
    report = conn.execute("SELECT report_no FROM lost_reports ORDER BY id LIMIT 1").fetchone()
    codes = [r[0] for r in (tag, report) if r is not None]
    return [*queries, *codes, *[c.lower() for c in codes], "周", "周晓", "伞", "%", "_", "zz 不在"]


def _found(ctx, text):
    return lost_found.search_found(ctx, text, limit=200)


def _reports(ctx, text):
    return lost_found.search_reports(ctx, text, limit=200)


def _members(ctx, text):
    return members.find_members(ctx, text, limit=200)


def _shops(ctx, text):
    return shops.search_shops(ctx, text, active_only=False)


def _guide(ctx, text):
    return guide.search_directory(ctx, text)


def _answers(ctx, text):
    return answers.search_answers(ctx, text)


SEARCHES = {
    "found items": _found,
    "lost reports": _reports,
    "members": _members,
    "shops": _shops,
    "floor guide": _guide,
    "answers": _answers,
}


def _ask(search, ctx, text):
    try:
        return ("rows", search(ctx, text))
    except Exception as exc:  # a refusal must be the same refusal on both engines
        return ("refused", type(exc).__name__, str(exc))


def test_every_search_gives_the_same_rows_in_the_same_order_on_both_engines(sites):
    queries = _queries(sites)
    found_any = {name: 0 for name in SEARCHES}
    for name, search in SEARCHES.items():
        for text in queries:
            lite = _ask(search, sites["sqlite"]["ctxs"]["supervisor"], text)
            pg = _ask(search, sites["postgresql"]["ctxs"]["supervisor"], text)
            assert pg == lite, f"{name} for {text!r} differs between the engines"
            if lite[0] == "rows" and lite[1]:
                found_any[name] += 1
    # the questions find something in every module (a comparison of empty lists proves little)
    assert all(found_any.values()), found_any


@pytest.mark.parametrize(
    "text", [VISITOR_PHONE[-4:], VISITOR_PHONE[-6:], "周", "周晓雯", "zhou", "0000"]
)
def test_visitors_by_phone_end_or_name_are_the_same_on_both_engines(sites, text):
    lite = _ask(visitor_search.find_visitors, sites["sqlite"]["ctxs"]["clerk"], text)
    pg = _ask(visitor_search.find_visitors, sites["postgresql"]["ctxs"]["clerk"], text)
    assert pg == lite


def test_a_visitor_found_by_phone_end_is_found_on_both(sites):
    ctx = sites["postgresql"]["ctxs"]["clerk"]
    chosen = visitor_search.find_visitors(ctx, VISITOR_PHONE[-4:])
    assert any(c.phone_masked == "139****5678" for c in chosen)
