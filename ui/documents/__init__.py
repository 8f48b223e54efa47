"""Showing documents: the preview that prints or saves them."""
