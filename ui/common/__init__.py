"""What the pages of every area share, by kind: desk_page (DeskPage, the base of a page),
register_page, formatting (money, local times, names in the window's language), forms,
tables and paged_table_model, charts, documents (the preview glue), jobs (long work off the
UI thread) and the reveal-phone dialog."""
