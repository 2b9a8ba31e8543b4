"""Entry point for ``python -m dedupe``."""

from dedupe.entry import main

if __name__ == "__main__":
    main()
