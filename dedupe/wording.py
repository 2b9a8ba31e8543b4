"""Counts in words for people: "1 pair", "2 pairs" (JSON keeps its field names)."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun`` in agreement: ``counted(1, "candidate pair")`` is "1 candidate pair",
    ``counted(0, "pair")`` "0 pairs"; ``plural`` when adding "s" is not it."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
