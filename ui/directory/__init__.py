"""The directory, the shops list, the standard answers and the inquiry tally."""
