"""The directory, the standard answers and the inquiry tally at the counter."""
