"""File names say nothing: which of two documents is ``a`` (the smaller id) must not change how
they relate. ``tests/data/rename-invariance``: a Portuguese agency story and a loose blog rewrite
of it (``calibration/multi10``, held out), where three sentences of one side align and two of
the other: counting ``a``'s alone linked them under one pair of names and not under the other.
And a wire story with another outlet's partial reuse of it (``../shared/devsets/wire``, story
01), whose changed facts were 15 under one pair of names and 6 under the other.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
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


def _mirrored(pair: dict[str, object]) -> dict[str, object]:
    """A reported pair as it reads with the two documents' names exchanged."""
    passages = [
        {"a": p["b"], "b": p["a"], "kind": p["kind"], "similarity": p["similarity"]}
        for p in pair["passages"]  # type: ignore[attr-defined]
    ]
    changes = [
        {"kind": c["kind"], "a": c["b"], "b": c["a"], "text_a": c["text_b"], "text_b": c["text_a"]}
        for c in pair["changes"]  # type: ignore[attr-defined]
    ]
    return {
        "passages": sorted(passages, key=lambda p: p["a"]),
        "changes": sorted(changes, key=lambda c: (c["a"] or c["b"] or [0, 0], c["b"] or [0, 0], c["kind"])),
    }


@pytest.mark.parametrize(
    ("folder", "first", "second"),
    [
        ("rename-invariance", "pt-src.txt", "pt-rewrite-loose.txt"),
        ("rename-invariance", "en-src.txt", "en-partial.txt"),
        ("lifted", "kk1-src.txt", "kk1-partial.txt"),
        ("lifted", "kk1-src.txt", "kk1-trimmed.txt"),
        ("loose", "source.txt", "loose-rewrite.txt"),
    ],
)
def test_passages_and_changes_are_the_same_whichever_file_is_named_first(
    tmp_path: Path, folder: str, first: str, second: str
) -> None:
    data = Path(__file__).parent / "data" / folder
    reports = []
    for name, (x, y) in {"one": (first, second), "other": (second, first)}.items():
        (tmp_path / name).mkdir()
        shutil.copy(data / x, tmp_path / name / "a.txt")
        shutil.copy(data / y, tmp_path / name / "b.txt")
        result = CliRunner().invoke(main, ["scan", str(tmp_path / name), "--format", "json", "--quiet"])
        assert result.exit_code == 0, result.output
        [pair] = json.loads(result.stdout)["pairs"]
        reports.append(pair)
    one, other = reports
    assert one["passages"] and _mirrored(one) == {"passages": other["passages"], "changes": other["changes"]}


def test_shared_numbers_on_a_tie_is_the_same_either_way() -> None:
    # Rounding is one-way: "1.46" rounds to "1.5", and "1.5" is found for both 1.46 and 1.5.
    a, b = frozenset({"1.46", "1.5", "7"}), frozenset({"1.5", "8", "9"})
    assert shared_numbers(a, b) == shared_numbers(b, a) == 2
