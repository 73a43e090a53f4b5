"""One audit: its model, the one save path, progress, scoring and the reasons behind it."""
