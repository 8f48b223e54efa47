"""Paid business services: sale counter, receipts, price list."""
