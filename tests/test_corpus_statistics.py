"""Corpus statistics: stock phrases shared by many documents are not evidence of reuse."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from dedupe.cli import main

SIGN_OFF = (
    "follow our newsroom on every platform for live updates verified reporting and analysis "
    "from correspondents across the region around the clock every single day of the year"
)


def _unrelated_articles(folder: Path, count: int) -> None:
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo"]
    for number in range(count):
        vocabulary = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(400)]
        sentences = []
        for _ in range(12):
            words = [rng.choice(vocabulary) for _ in range(rng.randint(8, 14))]
            sentences.append(" ".join(words).capitalize() + ".")
        # the stock sign-off sits inside the last paragraph, where line-based boilerplate
        # removal cannot see it
        body = " ".join(sentences[:6]) + "\n\n" + " ".join(sentences[6:]) + " " + SIGN_OFF.capitalize() + "."
        (folder / f"{number:03d}.txt").write_text(body + "\n", encoding="utf-8")


def test_a_shared_inline_sign_off_links_nothing(tmp_path: Path) -> None:
    _unrelated_articles(tmp_path, 14)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet", "-j", "1"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["pairs"] == []


def test_without_the_statistics_the_sign_off_would_look_like_reuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The guard above is not vacuous: with no common shingles the same corpus shows partial links.
    monkeypatch.setattr("dedupe.pipeline.COMMON_SHINGLE_DOCS", 10_000)
    monkeypatch.setattr("dedupe.pipeline.FORMULA_DOCS", 10_000)  # a sign-off is a formula too
    _unrelated_articles(tmp_path, 14)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet", "-j", "1"])
    assert result.exit_code == 0
    relations = {pair["relation"] for pair in json.loads(result.stdout)["pairs"]}
    assert relations == {"partial"}
