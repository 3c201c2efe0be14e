"""The ``summarize`` command line."""
