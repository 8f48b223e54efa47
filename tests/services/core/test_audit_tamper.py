"""The audit trail holds against the sqlite3 shell (issue 16, defect 11; acceptance 3): the
four ways of rewriting it are each caught by `frontdesk check`, or by `frontdesk check
--anchor CODE` with the last anchor printed before the tampering.

1. edit a void's reason and recompute every later hash (the MAC no longer checks);
2. delete the last rows and the checkpoint (the chain is consistent again; the printed
   anchor names a row the trail no longer holds);
3. change money rows only, the trail untouched (a sale set to 1 fen: its seal);
4. drop the append-only triggers and edit (the hash, and the missing guards)."""

from __future__ import annotations

import json

import pytest

import db.core.audit as audit_db
from main import main
from services.core import audit
from services.core.database import check_health
from services.directory import shops
from services.sales import price_list, sales
from services.shifts import shifts

pytestmark = pytest.mark.sqlite_only(
    reason="tampers with the SQLite file through the sqlite3 shell; on PostgreSQL the app"
    " role cannot (tests/db/test_pg_engine.py)"
)

VOID_REASON = "customer changed their mind"


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    """main() installs the site's translator on the one QApplication; put English back."""
    from ui import i18n

    yield qapp
    i18n.install("en")


@pytest.fixture
def desk(role_ctx, db_path):
    """A day with a sale, a voided sale and a shop added after them; the file path."""
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    items = price_list.list_prices(clerk)
    kept = sales.sell(clerk, [(items[0].id, 2)], "cash")
    wrong = sales.sell(clerk, [(items[1].id, 1)], "alipay")
    sales.void_sale(lead, wrong.receipt_no, VOID_REASON)
    shops.add_shop(admin, "星巴克", "Starbucks", "L1-01", "L1")
    assert check_health(admin).sound
    return {"ctx": admin, "kept": kept, "path": db_path}


def _check(path, capsys, *extra) -> tuple[int, str]:
    code = main(["check", "--db", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def _recompute_from(conn, first_id: int) -> None:
    """What someone with the shell does after an edit: every later row's link and hash."""
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (first_id - 1,)).fetchone()
    prev_hash = prev[0] if prev else audit_db.GENESIS
    for row in [
        dict(r)
        for r in conn.execute("SELECT * FROM audit_log WHERE id >= ? ORDER BY id", (first_id,))
    ]:
        row["prev_hash"] = prev_hash
        row["hash"] = audit_db.row_hash(row)
        conn.execute(
            "UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (row["after"], row["prev_hash"], row["hash"], row["id"]),
        )
        prev_hash = row["hash"]


def _with_trigger_put_back(conn, name: str, change) -> None:
    """Drop a guard, change rows, and put the guard back as it was (no trace in the schema)."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    conn.execute(f"DROP TRIGGER {name}")
    change()
    conn.execute(sql)


def test_a_sound_file_and_its_anchor_pass(desk, capsys):
    anchor = audit.anchor(desk["ctx"])
    assert anchor is not None and anchor.qr_text == f"FDA:{anchor.code}"
    code, text = _check(desk["path"], capsys, "--anchor", anchor.code)
    assert code == 0 and anchor.code in text


def test_1_edit_a_void_reason_and_recompute_the_hashes(desk, capsys):
    conn = desk["ctx"].db.conn
    (void_id, after) = conn.execute(
        "SELECT id, after FROM audit_log WHERE action = 'sale.void'"
    ).fetchone()
    edited = json.loads(after)
    edited["reason"] = "approved by the manager"

    def rewrite():
        conn.execute(
            "UPDATE audit_log SET after = ? WHERE id = ?", (audit_db.canonical(edited), void_id)
        )
        _recompute_from(conn, void_id)

    _with_trigger_put_back(conn, "audit_log_no_update", rewrite)
    assert audit_db.first_break(desk["ctx"].db) is None  # the plain hash chain is fooled
    code, text = _check(desk["path"], capsys)
    assert code == 3 and f"row {void_id}" in text


def test_2_delete_the_last_rows_and_the_checkpoint(desk, capsys):
    ctx = desk["ctx"]
    shops.add_shop(ctx, "优衣库", "Uniqlo", "L2-01", "L2")
    printed = audit.anchor(ctx)  # on today's ledger
    shops.add_shop(ctx, "无印良品", "MUJI", "L2-02", "L2")
    assert check_health(ctx).sound
    conn = ctx.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    for name in ("audit_log_no_delete", "audit_macs_no_delete", "audit_seals_no_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    for table, column in (
        ("audit_seals", "audit_id"),
        ("audit_macs", "audit_id"),
        ("audit_log", "id"),
    ):
        conn.execute(f"DELETE FROM {table} WHERE {column} >= ?", (printed.audit_id,))
    conn.execute("DELETE FROM audit_checkpoint")
    code, text = _check(desk["path"], capsys, "--anchor", printed.code)
    assert code == 3 and "removed" in text


def test_3_set_a_sale_to_one_fen_without_touching_the_trail(desk, capsys):
    conn = desk["ctx"].db.conn
    receipt = desk["kept"].receipt_no

    def cheapen():
        conn.execute(
            "UPDATE sales SET total_fen = 1, change_fen = tendered_fen - 1 WHERE receipt_no = ?",
            (receipt,),
        )

    _with_trigger_put_back(conn, "sales_no_update", cheapen)
    code, text = _check(desk["path"], capsys)
    assert code == 3 and "sales" in text and "money record" in text


def test_3_a_money_row_written_outside_the_desk_is_caught(desk, capsys):
    conn = desk["ctx"].db.conn
    (shift_id,) = conn.execute("SELECT id FROM shifts WHERE closed_at IS NULL").fetchone()
    row = dict(conn.execute("SELECT * FROM cash_movements ORDER BY id DESC LIMIT 1").fetchone())
    row.pop("id")
    row.update(amount_fen=-5000, shift_id=shift_id)
    cols = ", ".join(row)
    conn.execute(
        f"INSERT INTO cash_movements ({cols}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    code, text = _check(desk["path"], capsys)
    assert code == 3 and "cash_movements" in text


def test_4_drop_the_append_only_triggers_and_edit(desk, capsys):
    conn = desk["ctx"].db.conn
    for name in ("audit_log_no_update", "sales_no_update", "sale_voids_no_update"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE sale_voids SET reason = 'approved'")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE action = 'sale.void'")
    code, text = _check(desk["path"], capsys)
    assert code == 3 and "tampered" in text
    # the guards are missed even when every row is put back as it was
    conn.execute("UPDATE sale_voids SET reason = ?", (VOID_REASON,))
    conn.execute("UPDATE audit_log SET username = 'shift_lead1' WHERE action = 'sale.void'")
    code, text = _check(desk["path"], capsys)
    assert code == 3 and "audit_log_no_update" in text


def test_an_anchor_of_another_trail_or_garbled_is_refused(desk, capsys):
    anchor = audit.anchor(desk["ctx"])
    forged = anchor.code[:-1] + ("A" if anchor.code[-1] != "A" else "B")
    code, text = _check(desk["path"], capsys, "--anchor", forged)
    assert code == 3 and "rewritten" in text
    code, text = _check(desk["path"], capsys, "--anchor", "not-an-anchor")
    assert code == 3 and "1234-ABCD-EFGH" in text
