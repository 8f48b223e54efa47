"""Customer care pages: complaints, first-aid kit, custody and paging."""
