"""File names say nothing: which of two documents is ``a`` (the smaller id) must not change how
they relate. ``tests/data/rename-invariance``: a Portuguese agency story and a loose blog rewrite
of it (``calibration/multi10``, held out), where three sentences of one side align and two of
the other: counting ``a``'s alone linked them under one pair of names and not under the other.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from dedupe.cli import main
from dedupe.verify import shared_numbers

FOLDER = Path(__file__).parent / "data" / "rename-invariance"


def _scan(folder: Path) -> list[tuple[str, str, str, float, dict[str, float]]]:
    result = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(p["a"], p["b"], p["relation"], p["score"], p["measures"]) for p in json.loads(result.stdout)["pairs"]]


def _named(folder: Path, first: str, second: str) -> Path:
    folder.mkdir()
    shutil.copy(FOLDER / first, folder / "a.txt")
    shutil.copy(FOLDER / second, folder / "b.txt")
    return folder


def _swapped(measures: dict[str, float]) -> dict[str, float]:
    """The measures with the sides' names exchanged (``coverage_a`` <-> ``coverage_b``)."""
    side = {"_a": "_b", "_b": "_a"}
    return {(key[:-2] + side[key[-2:]] if key[-2:] in side else key): value for key, value in measures.items()}


def test_the_relation_is_the_same_whichever_file_is_named_first(tmp_path: Path) -> None:
    [one] = _scan(_named(tmp_path / "one", "pt-src.txt", "pt-rewrite-loose.txt"))
    [other] = _scan(_named(tmp_path / "other", "pt-rewrite-loose.txt", "pt-src.txt"))
    assert one[:4] == other[:4] == ("a.txt", "b.txt", "rewrite", 0.1905)
    assert one[4]["aligned_sentences"] == 3
    assert _swapped(one[4]) == other[4]


def test_shared_numbers_on_a_tie_is_the_same_either_way() -> None:
    # Rounding is one-way: "1.46" rounds to "1.5", and "1.5" is found for both 1.46 and 1.5.
    a, b = frozenset({"1.46", "1.5", "7"}), frozenset({"1.5", "8", "9"})
    assert shared_numbers(a, b) == shared_numbers(b, a) == 2
