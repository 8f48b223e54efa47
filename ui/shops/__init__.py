"""The site's tenants: the shops list, its edit form and the CSV import."""
