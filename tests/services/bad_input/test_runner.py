"""The runner itself: it fails on each way a service can mishandle bad input, so a table
that passes says something."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from services.core.errors import DomainError, ValidationError
from tests.services.bad_input.kinds import fine, garbage, read_as
from tests.services.bad_input.runner import check_entry_point, entry, table_checksums

ANY = fine(st.just("x"))


def run(call, *kinds, **options):
    return lambda admin_ctx: check_entry_point(
        entry("admin", call, *kinds, **options), {"admin": admin_ctx}
    )


def refuse(ctx, desk, value):
    raise ValidationError("Enter the {field}.", field="name")


def rename_site_then_refuse(ctx, desk, value):
    ctx.db.conn.execute("UPDATE settings SET value = '\"Elsewhere\"' WHERE key = 'site.name'")
    refuse(ctx, desk, value)


def test_a_clean_refusal_of_garbage_passes(admin_ctx):
    run(refuse, garbage(st.just(None)))(admin_ctx)


def test_an_update_before_a_refusal_is_seen_though_no_row_count_moves(admin_ctx):
    before = table_checksums(admin_ctx.db)
    with pytest.raises(AssertionError, match=r"a refused call changed \['settings'\]"):
        run(rename_site_then_refuse, ANY)(admin_ctx)
    assert table_checksums(admin_ctx.db) != before


def test_a_table_a_refusal_writes_by_design_may_change(admin_ctx):
    run(rename_site_then_refuse, ANY, refusal_writes={"settings"})(admin_ctx)


def test_garbage_taken_fails(admin_ctx):
    with pytest.raises(AssertionError, match="garbage was taken"):
        run(lambda ctx, desk, value: value, garbage(st.just(-1)))(admin_ctx)


def test_a_normalisation_is_checked_against_the_value_it_is_read_as(admin_ctx):
    run(lambda ctx, desk, value: min(value, 10), read_as(lambda v: 10, st.just(99)))(admin_ctx)
    with pytest.raises(AssertionError, match="not taken as"):
        run(lambda ctx, desk, value: value, read_as(lambda v: 10, st.just(99)))(admin_ctx)


def test_python_error_text_in_a_refusal_fails(admin_ctx):
    def leak(ctx, desk, value):
        raise DomainError("invalid literal for int() with base 10: 'x'")

    with pytest.raises(AssertionError, match="Python's own error text"):
        run(leak, ANY)(admin_ctx)


def test_a_transaction_left_open_fails(admin_ctx):
    def leave_open(ctx, desk, value):
        if not ctx.db.conn.in_transaction:
            ctx.db.conn.execute("BEGIN")

    with pytest.raises(AssertionError, match="left open"):
        run(leave_open, ANY)(admin_ctx)
    admin_ctx.db.conn.execute("ROLLBACK")


def test_any_other_exception_fails(admin_ctx):
    with pytest.raises(ZeroDivisionError):
        run(lambda ctx, desk, value: 1 / 0, ANY)(admin_ctx)
