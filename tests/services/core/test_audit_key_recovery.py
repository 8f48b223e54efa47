"""A restore on a new PC: the audit key is not there yet. The desk goes on, the check says
the key is missing; the admin enters the key from the recovery sheet and the rows written
meanwhile get their MACs, so the trail checks again."""

from __future__ import annotations

import pytest

from services.core import audit, audit_key, keys
from services.core.database import check_health
from services.core.errors import DomainError
from services.directory import shops


def _key_file(ctx):
    identity = ctx.db.conn.execute(
        "SELECT value FROM settings WHERE key = ?", (keys.IDENTITY_SETTING,)
    ).fetchone()[0]
    return keys.key_folder() / f"audit-{identity.strip(chr(34))}{keys.KEY_FILE_SUFFIX}"


def test_the_desk_goes_on_without_the_key_and_the_sheet_puts_it_back(admin_ctx):
    sheet = audit.audit_key_for_sheet(admin_ctx)
    assert len(sheet) == 64
    path = _key_file(admin_ctx)
    assert path.exists()
    path.unlink()  # a new PC: the backup came, the key did not
    shops.add_shop(admin_ctx, "星巴克", "Starbucks", "L1-01", "L1")
    report = check_health(admin_ctx)
    assert not report.sound and "key" in report.problems()[0].render()
    with pytest.raises(DomainError, match="does not belong"):
        audit.enter_audit_key(admin_ctx, "0" * 64)
    with pytest.raises(DomainError, match="64 characters"):
        audit.enter_audit_key(admin_ctx, "abc")
    grouped = " ".join(sheet[i : i + 8] for i in range(0, 64, 8)).upper()
    assert audit.enter_audit_key(admin_ctx, grouped) >= 1
    assert check_health(admin_ctx).sound
    assert audit_key.stored_key(admin_ctx).hex() == sheet


def test_only_an_admin_reads_the_key(role_ctx):
    from services.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        audit.audit_key_for_sheet(role_ctx["supervisor"])
