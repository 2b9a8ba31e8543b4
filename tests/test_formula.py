"""Formula wording: an agency's items of one kind (phone calls, condolences, verdicts) share whole
sentences whatever they report, and must not link as rewrites of one another.

``tests/data/formula``: twelve phone-call items written from one formula, each with another
counterpart, country, topics and a sentence of its own; ``call-01-repost.md`` is call-01 in a
blog's chrome and ``call-01-rewrite.txt`` another outlet's paraphrase of it. Before formulas
were told, every pair of the thirteen linked (78 pairs). ``tests/data/formula-small``: four
weather warnings of a Turkish agency's week (a reviewer's feed). ``tests/data/formula-reposted``:
four provincial weather warnings of a Persian agency, one of them reposted in a site's chrome
(``calibration/feeds2``). ``tests/data/formula-rewrite``: five Vietnamese market closes of one
formula and another outlet's close rewrite of one of them, which keeps a little of the formula.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.pipeline import FORMULA_DOCS, _formula
from dedupe.prepare import formula_of

DATA = Path(__file__).parent / "data" / "formula"


def test_items_of_one_formula_do_not_link_but_a_repost_and_a_rewrite_do() -> None:
    result = CliRunner().invoke(main, ["scan", str(DATA), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    pairs = {(p["a"], p["b"]): p["relation"] for p in json.loads(result.output)["pairs"]}
    assert pairs == {
        ("call-01-repost.md", "call-01.txt"): "exact",
        ("call-01-repost.md", "call-01-rewrite.txt"): "rewrite",
        ("call-01-rewrite.txt", "call-01.txt"): "rewrite",
    }


SMALL = Path(__file__).parent / "data" / "formula-small"
LIFTED = Path(__file__).parent / "data" / "lifted-lede"
REPOSTED = Path(__file__).parent / "data" / "formula-reposted"
REWORDED = Path(__file__).parent / "data" / "formula-rewrite"


def _pairs(folder: Path) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(p["a"], p["b"], p["relation"]) for p in json.loads(result.output)["pairs"]]


def test_four_items_of_one_formula_are_a_formula_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reviewer's Turkish agency feed: four weather warnings of one week, for other provinces,
    # hazards and days, each with one number (the dateline's day) and no quotation.
    assert _pairs(SMALL) == []
    monkeypatch.setattr("dedupe.pipeline.FORMULA_DOCS", 6)  # too few to be a formula: all six pairs link
    assert [relation for _, _, relation in _pairs(SMALL)] == ["rewrite"] * 6


def test_items_of_one_formula_one_of_them_reposted_are_a_formula() -> None:
    # The repost makes weather_3 a family of 2: five documents, fewer than 3 times 2, so before
    # the families of one were counted every pair of the five linked (9 false rewrites).
    assert _pairs(REPOSTED) == [("fa_reuse_chrome_weather3.txt", "fa_weather_3.txt", "near-duplicate")]


def test_a_rewrite_keeping_a_little_of_an_items_formula_is_measured_whole() -> None:
    # The rewrite shares 5 formula shingles with the item (of its about 90): measured again
    # without them, the item lost most of its sentences and the rewrite was missed. Formula
    # wording is left out only where the two share it for a good part (FORMULA_SHARE).
    assert _pairs(REWORDED) == [("vi_reuse_rewrite_stock2.txt", "vi_stock_2.txt", "rewrite")]


def test_a_passage_three_outlets_lifted_from_a_story_is_no_formula(monkeypatch: pytest.MonkeyPatch) -> None:
    # wire story 01: the agency story, the outlet that lifted two of its passages, and both
    # independent reports with the same two passages put in (and three other stories' reports).
    # The passages are in four documents of families of 1, as a formula of four items would be,
    # but they are a small part of the story (0.05 of its shingles).
    lifting = ("01-indep-a-lifting.txt", "01-indep-b-lifting.txt", "01-partial.txt", "01-src.txt")
    found = _pairs(LIFTED)
    assert {(a, b) for a, b, _ in found} >= {(a, "01-src.txt") for a in lifting[:3]}
    assert {relation for _, _, relation in found} == {"partial"}
    assert all(a in lifting and b in lifting for a, b, _ in found)
    monkeypatch.setattr("dedupe.pipeline.FORMULA_SHARE", 0.0)  # a formula: the partial reuse is lost
    assert len(_pairs(LIFTED)) < len(found)


def _sets(*documents: list[int]) -> list[np.ndarray]:
    return [np.unique(np.asarray(d, dtype=np.uint64)) for d in documents]


def test_a_shingle_many_documents_of_their_own_share_is_a_formula() -> None:
    # Twelve items: shingles 1-3 in all of them, each with 20 of its own.
    items = _sets(*([1, 2, 3, *range(100 * k, 100 * k + 20)] for k in range(1, 13)))
    assert _formula(items, FORMULA_DOCS).tolist() == [1, 2, 3]
    # Below the number of documents, nothing is.
    assert _formula(items[: FORMULA_DOCS - 1], FORMULA_DOCS).tolist() == []


def test_a_story_reposted_many_times_is_no_formula() -> None:
    # One story (shingles 1-40) in 25 copies, each with a little chrome of its own.
    copies = _sets(*([*range(1, 41), 1000 + k] for k in range(25)))
    assert _formula(copies, FORMULA_DOCS).tolist() == []
    # A formula of twenty items of their own stays one when eight copies of a story have it too:
    # 28 documents, at least 3 times the largest family among them (8).
    items = _sets(*([*range(500, 506), *range(2000 + 50 * k, 2000 + 50 * k + 30)] for k in range(20)))
    copies = _sets(*([*range(1, 41), *range(500, 506), 1000 + k] for k in range(8)))
    assert _formula(items + copies, FORMULA_DOCS).tolist() == list(range(500, 506))


def test_no_documents_no_formula() -> None:
    assert _formula([], FORMULA_DOCS).tolist() == []
    assert _formula(_sets([], []), FORMULA_DOCS).tolist() == []


def test_a_story_sentence_its_copies_rewrite_and_partial_reuse_keep_is_no_formula() -> None:
    # Shingle 7 in a story (3 copies: a family of 3) and in 4 texts of their own that kept it
    # (a rewrite, a partial reuse, two more): 7 documents, fewer than 3 x 3.
    copies = _sets(*([7, *range(1, 41), 1000 + k] for k in range(3)))
    others = _sets(*([7, *range(2000 + 50 * k, 2000 + 50 * k + 30)] for k in range(4)))
    assert _formula(copies + others, FORMULA_DOCS).tolist() == []
    # The same sentence in 9 items of their own is a formula (a notice on a manual's pages too,
    # however long the pages). In 3-5 items, only where it is a good part of each (4 of their 34
    # shingles), not where it is a small part (1 of 31: a phrase, a lifted line).
    assert _formula(
        _sets(*([7, *range(3000 + 50 * k, 3000 + 50 * k + 30)] for k in range(9))), FORMULA_DOCS, 6
    ).tolist() == [7]
    assert _formula(
        _sets(*([7, 8, 9, 10, *range(3000 + 50 * k, 3000 + 50 * k + 30)] for k in range(4))), FORMULA_DOCS, 6
    ).tolist() == [7, 8, 9, 10]
    assert (
        _formula(_sets(*([7, *range(3000 + 50 * k, 3000 + 50 * k + 30)] for k in range(4))), FORMULA_DOCS, 6).tolist()
        == []
    )


def test_a_formula_of_few_items_counts_the_items_of_their_own() -> None:
    # Shingles 7-10 in four items of their own (30 shingles each) and in a copy of the first.
    items = [[7, 8, 9, 10, *range(3000 + 50 * k, 3000 + 50 * k + 30)] for k in range(4)]
    reposted = _sets(*items, [*items[0], 99])
    assert _formula(reposted, FORMULA_DOCS, 6).tolist() == [7, 8, 9, 10]
    # Three items of their own are needed: two items and a story with its copy are not enough.
    assert _formula(_sets(*items[:2], items[2], [*items[2], 99]), FORMULA_DOCS, 6).tolist() == []
    # A story sentence (7) that its copy and three texts of their own keep as a good part of each
    # is a small part of the story: beyond its own family, 1 of the story's 42 shingles.
    story = [7, *range(1, 41)]
    keepers = [[7, *range(3000 + 50 * k, 3000 + 50 * k + 5)] for k in range(3)]
    assert _formula(_sets(story, [*story, 99], *keepers), FORMULA_DOCS, 6).tolist() == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 2**64 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 2**64 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 59), max_size=30),
)
def test_a_documents_formula_shingles_are_the_intersection(
    own: list[int], formula: list[int], moved: list[int]
) -> None:
    # Some of the document's shingles are formula shingles too.
    shared = [own[k] for k in moved if k < len(own)]
    formula_set = np.unique(np.array(formula + shared, dtype=np.uint64))
    doc = SimpleNamespace(shingle_set=np.unique(np.array(own, dtype=np.uint64)), formula=None)
    found = formula_of(doc, formula_set)  # type: ignore[arg-type]
    assert found.dtype == np.uint64
    assert found.tolist() == np.intersect1d(doc.shingle_set, formula_set, assume_unique=True).tolist()
