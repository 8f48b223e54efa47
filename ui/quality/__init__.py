"""Service quality: the rating at the counter (the customer-facing window and the clerk's
spoken-rating key), quality checks, and the service-level page."""
