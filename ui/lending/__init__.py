"""Pages of lending with deposits: the counter (lend/return), what is out, the items."""
