"""The cleaners, one module per clutter family."""
