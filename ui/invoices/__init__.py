"""Invoices: issue form and register."""
