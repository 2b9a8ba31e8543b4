"""Counts in words: the noun agrees with its number."""

from __future__ import annotations

import pytest

from dedupe.wording import counted


@pytest.mark.parametrize(
    ("count", "noun", "plural", "expected"),
    [
        (0, "pair", None, "0 pairs"),
        (1, "pair", None, "1 pair"),
        (2, "candidate pair", None, "2 candidate pairs"),
        (1, "candidate pair", None, "1 candidate pair"),
        (1, "match", "matches", "1 match"),
        (3, "match", "matches", "3 matches"),
    ],
)
def test_counted(count: int, noun: str, plural: str | None, expected: str) -> None:
    assert counted(count, noun, plural) == expected
