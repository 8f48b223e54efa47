"""The shift page: open with a counted float, blind close, shift reports."""
