"""What a command-line argument names: a whole file, or one record of it (``FILE#RECORD``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dedupe.lookup import Reference, parse_reference


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("feed.jsonl", Reference("feed.jsonl", "feed.jsonl")),
        ("feed.jsonl#12", Reference("feed.jsonl#12", "feed.jsonl", "12")),
        ("feed.jsonl#", Reference("feed.jsonl#", "feed.jsonl", "")),
        (
            "feed.rss#https://example.com/a#top",
            Reference("feed.rss#https://example.com/a#top", "feed.rss", "https://example.com/a#top"),
        ),
        ("odd#name.jsonl#3", Reference("odd#name.jsonl#3", "odd#name.jsonl", "3")),
        ("odd#name.jsonl", Reference("odd#name.jsonl", "odd#name.jsonl")),
        ("-", Reference("-", "-")),
        ("-#3", Reference("-#3", "-", "3")),
        ("missing.jsonl#3", Reference("missing.jsonl#3", "missing.jsonl#3")),
        ("#3", Reference("#3", "#3")),
        ("news#1", Reference("news#1", "news#1")),  # a folder holds no records
    ],
)
def test_parse_reference(argument: str, expected: Reference) -> None:
    for name in ("feed.jsonl", "feed.rss", "odd#name.jsonl"):
        Path(name).write_text("", encoding="utf-8")
    Path("news").mkdir()
    assert parse_reference(argument) == expected


def test_the_id_of_a_record_is_the_one_a_scan_of_the_file_gives() -> None:
    assert Reference("data/feed.jsonl#12", "data/feed.jsonl", "12").article_id == "feed.jsonl#12"
    assert Reference("-#3", "-", "3").article_id == "-#3"
