"""Bad input at the admin pages: users, sign-in and the site's settings."""

from __future__ import annotations

from hypothesis import strategies as st

from services.admin import backups, site, users
from tests.services.bad_input.kinds import (
    COUNT,
    FLAG,
    FROM_PROGRAM,
    QUERY,
    TEXT,
    all_fine,
    choice,
    fine,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

ROLE = choice("clerk", "shift_lead", "supervisor", "admin")
USER = st.one_of(fine(st.sampled_from(["clerk1", "shift_lead1", "supervisor1"])), QUERY)
"""A user named: an unknown name finds no one."""

ENTRY_POINTS = {
    "backups.save_backup_settings": entry(
        "admin",
        lambda c, d, folder, daily, monthly: backups.save_backup_settings(
            c, folder, daily, monthly
        ),
        TEXT,
        whole(1, 366, 14),
        whole(0, 120, 12),
    ),
    "users.add_user": entry(
        "admin",
        lambda c, d, name, role, pw, display: users.add_user(c, name, role, pw, display),
        TEXT,
        ROLE,
        TEXT,
        TEXT,
    ),
    # a wrong password counts towards the lock-out and leaves an audit row, by design
    "users.sign_in": entry(
        "clerk",
        lambda c, d, name, pw: users.sign_in(c, name, pw),
        USER,
        QUERY,
        refusal_writes={"users", "audit_log", "sqlite_sequence"},
    ),
    "users.set_active": entry(
        "admin", lambda c, d, name, active: users.set_active(c, name, active), USER, FLAG
    ),
    "users.change_role": entry(
        "admin", lambda c, d, name, role: users.change_role(c, name, role), USER, ROLE
    ),
    "users.reset_password": entry(
        "admin", lambda c, d, name, pw: users.reset_password(c, name, pw), USER, TEXT
    ),
    "users.change_own_password": entry(
        "clerk", lambda c, d, old, new: users.change_own_password(c, old, new), QUERY, TEXT
    ),
    # the services that call it choose the key and check the value (lending's desk rules)
    "site.put_setting": entry(
        "admin",
        lambda c, d, key, value: site.put_setting(c, key, value),
        FROM_PROGRAM,
        st.one_of(FROM_PROGRAM, all_fine(COUNT)),
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
