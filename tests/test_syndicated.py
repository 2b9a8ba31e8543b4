"""A story syndicated to many sites is still one story: its rewrites and the pieces lifting its
paragraphs are found however many verbatim copies of it the corpus holds.

The corpus statistics count a stem or shingle once per family of copies (``pipeline._family_sizes``):
counted per document, the wording of a wire story reposted by ten sites was a "stock phrase"
(``COMMON_SHINGLE_DOCS``), so partial reuse of it lost its evidence, and by fifty sites its
words were the corpus's common words (``COMMON_DOCS``), so no rewrite of it was a candidate.

``tests/data/syndicated``: story 01 of ``../shared/devsets/wire`` (the agency original, a close
and a loose rewrite, another outlet's partial reuse and an independent report).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dedupe.cli import main
from dedupe.pipeline import _family_sizes
from tests.conftest import SEEDS_DIR

FOLDER = Path(__file__).parent / "data" / "syndicated"
STORY = {
    ("01-rewrite.txt", "01-src.txt"): "rewrite",
    ("01-rewrite-loose.txt", "01-src.txt"): "rewrite",
    ("01-partial.txt", "01-src.txt"): "partial",
    # Two rewrites of one story tell it alike.
    ("01-rewrite-loose.txt", "01-rewrite.txt"): "rewrite",
}


def _scan(folder: Path) -> dict[tuple[str, str], str]:
    result = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return {(p["a"], p["b"]): p["relation"] for p in json.loads(result.stdout)["pairs"]}


def _syndicated(tmp_path: Path, source: Path, copies: int) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(FOLDER, folder)
    for k in range(copies):
        shutil.copy(source, folder / f"site{k:02d}.txt")
    return folder


@pytest.mark.parametrize("copies", [0, 12, 55])
def test_rewrites_and_partial_reuse_of_a_syndicated_story_are_found(tmp_path: Path, copies: int) -> None:
    pairs = _scan(_syndicated(tmp_path, FOLDER / "01-src.txt", copies))
    # The original's relations, and each copy's the same as the original's.
    assert {k: v for k, v in pairs.items() if "site" not in k[0] + k[1]} == STORY
    for k in range(copies):
        site = f"site{k:02d}.txt"
        assert pairs[("01-src.txt", site)] == "exact"
        for (other, source), relation in STORY.items():
            if source == "01-src.txt":
                assert pairs[(other, site)] == relation
    # The independent report stays unrelated to all of them.
    assert not [k for k in pairs if "01-indep-a.txt" in k]


def test_the_seeds_rewrite_is_found_beside_fifty_copies_of_its_source(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    bbc = next(SEEDS_DIR.glob("000_*.txt"))
    rewrite = next(SEEDS_DIR.glob("003_*.txt"))
    folder.mkdir()
    shutil.copy(rewrite, folder / rewrite.name)
    for k in range(50):
        shutil.copy(bbc, folder / f"bbc{k:02d}.txt")
    pairs = _scan(folder)
    assert sorted({relation for (a, _), relation in pairs.items() if a == rewrite.name}) == ["rewrite"]
    assert len([a for a, _ in pairs if a == rewrite.name]) == 50


def test_a_family_is_the_lower_quartile_of_a_documents_shingle_counts() -> None:
    story = np.arange(0, 100, dtype=np.uint64)
    framed = np.concatenate([story, np.arange(1000, 1010, dtype=np.uint64)])  # a copy with its site's lines
    lifted = np.concatenate([story[:20], np.arange(2000, 2080, dtype=np.uint64)])  # a fifth of the story
    alone = np.arange(3000, 3050, dtype=np.uint64)
    sets = [story, story, framed, lifted, alone, np.empty(0, dtype=np.uint64)]
    # The story and its copies: 3 (a fifth of its shingles is in the fourth text too, no copy).
    assert _family_sizes(sets).tolist() == [3, 3, 3, 1, 1, 1]
    assert _family_sizes([]).tolist() == []
