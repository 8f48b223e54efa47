"""Service quality: counter ratings, quality checks on a scoring sheet, targets and the
service level of a day, week or month."""
