"""Staff on paper: every document names a person by the name on their user record (the
display name), whatever the query that found them returned (a login name or a name)."""

from __future__ import annotations

import db.admin.users as users_db
from services.core.permissions import internal


@internal
def staff_name(ctx, who: str | None) -> str:
    """The display name of the user whose login name is `who`; `who` itself otherwise."""
    if not who:
        return ""
    row = users_db.by_name(ctx.db, who)
    return (row["display_name"] or row["username"]) if row else who
