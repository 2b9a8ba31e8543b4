"""Long documents (changelogs, manuals, book-length texts): a pair too long to align sentence by
sentence is judged without the dense alignment, so memory stays bounded instead of growing with
the product of the two documents' sentence counts (two 60,000-line changelogs took over 23 GB)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from dedupe import verify
from dedupe.cli import main
from tests.test_verify import ORIGINAL, _prepared

WORDS = [
    "harbour",
    "union",
    "rota",
    "berth",
    "ship",
    "anchor",
    "talks",
    "office",
    "director",
    "strike",
    "port",
    "labour",
]


def _long_text(sentences: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(
        " ".join(rng.choice(WORDS) for _ in range(6)).capitalize() + f" {rng.randrange(10**6)} item {i}."
        for i in range(sentences)
    )


def test_a_pair_over_the_cell_limit_has_no_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _prepared(ORIGINAL, "a.txt"), _prepared(ORIGINAL + " One more line here.", "b.txt")
    assert verify.align(a, b) is not None
    cells = len(a.sentence_grams or []) * len(b.sentence_grams or [])
    monkeypatch.setattr(verify, "ALIGN_MAX_CELLS", cells - 1)
    assert verify.align(a, b) is None
    monkeypatch.setattr(verify, "ALIGN_MAX_CELLS", cells)
    assert verify.align(a, b) is not None


def test_two_long_copies_are_found_without_aligning_their_sentences(tmp_path: Path) -> None:
    text = _long_text(2_100, seed=1)  # 2,100 × 2,101 sentences: past ALIGN_MAX_CELLS
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text + " Printed by the archive desk on Friday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.stdout)["pairs"]
    assert [(p["a"], p["b"], p["relation"]) for p in pairs] == [("a.txt", "b.txt", "near-duplicate")]
    assert pairs[0]["measures"]["aligned_sentences"] == 0
    assert pairs[0]["measures"]["containment"] == 1.0
