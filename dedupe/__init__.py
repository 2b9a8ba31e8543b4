"""dedupe: find syndicated copies and rewrites of news articles."""

__version__ = "0.1.0"
