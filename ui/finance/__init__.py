"""Finance: daily ledger, income hand-over, monthly export and month locks."""
