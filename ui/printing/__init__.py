"""Printers of the desk: the settings page, printing to a system printer without a dialog."""
