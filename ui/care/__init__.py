"""Customer care at the desk: the first-aid kit, items held for others and paging."""
