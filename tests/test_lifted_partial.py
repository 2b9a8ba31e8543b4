"""A text that lifts paragraphs as they stand is partial reuse, not a rewrite, whichever
rewrite rule reads it (``verify.LIFTED_VERBATIM`` in ``classify``).

``tests/data/lifted-partial``: an Odia report of a village fire and another outlet's piece on
fires in the season, which tells the fire in a lead of its own and lifts three of the report's
paragraphs verbatim (``calibration/multi20``, written by a helper who never read the code). It
quotes nobody the report does not and follows its order, so the loose-rewrite rule read it as a
rewrite.

``tests/data/lifted-quoted``: a Basque report of a fire at a recycling plant and another outlet's
piece on the recycling sector that lifts paragraphs of it verbatim, three quotations among them
(``calibration/multi21``, the same way). Sharing three quotations and following the report's
order, it was read as a close rewrite (the rule's variant for texts sharing quotations).

``tests/data/lifted-rewrites``: an English story and two republications that keep paragraphs of
it verbatim and reword the rest (written by a review, which found them read as partial reuse):
one condensed to half (it aligns whole), one extended with reporting of its own (it covers most
of the story). Each side of a partial has much of its own; each of these reproduces the story.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.models import Article, Measures, Relation
from dedupe.prepare import prepare
from dedupe.shingle import TokenHasher
from dedupe.verify import LIFTED_COVERAGE_MAX, LIFTED_VERBATIM, classify, loose_only

FOLDER = Path(__file__).parent / "data" / "lifted-partial"
QUOTED = Path(__file__).parent / "data" / "lifted-quoted"
REPUBLISHED = Path(__file__).parent / "data" / "lifted-rewrites"
SETTINGS = Settings()
ZERO = Measures(**{f.name: 0 for f in fields(Measures)})  # type: ignore[arg-type]


def test_paragraphs_lifted_as_they_stand_are_partial_reuse() -> None:
    result = CliRunner().invoke(main, ["scan", str(FOLDER), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    [pair] = json.loads(result.stdout)["pairs"]
    assert (pair["a"], pair["b"], pair["relation"], pair["score"]) == (
        "or-partial.txt",
        "or-src.txt",
        "partial",
        0.5257,
    )
    assert pair["measures"]["longest_run"] == 78
    assert loose_only(Measures(**pair["measures"]), SETTINGS)


def test_paragraphs_lifted_with_their_quotations_are_partial_reuse() -> None:
    result = CliRunner().invoke(main, ["scan", str(QUOTED), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    [pair] = json.loads(result.stdout)["pairs"]
    assert (pair["a"], pair["b"], pair["relation"], pair["score"]) == (
        "eu-partial.txt",
        "eu-src.txt",
        "partial",
        0.4387,
    )
    m = Measures(**pair["measures"])
    assert (m.longest_run, m.shared_quotes) == (43, 3)
    assert not loose_only(m, SETTINGS)
    # Without the verbatim runs, the same alignment is a close rewrite.
    assert _classified(replace(m, verbatim_a=0.1, verbatim_b=0.1)) == (Relation.REWRITE, 0.3706)


@pytest.mark.parametrize(
    ("folder", "expected", "verbatim", "longest_run"),
    [
        ("condensed", ("condensed.txt", "src.txt", "rewrite", 0.7705), 0.6237, 48),
        ("extended", ("extended.txt", "src.txt", "rewrite", 0.6667), 0.6628, 129),
    ],
)
def test_republications_that_keep_paragraphs_verbatim_stay_rewrites(
    folder: str, expected: tuple[str, str, str, float], verbatim: float, longest_run: int
) -> None:
    result = CliRunner().invoke(main, ["scan", str(REPUBLISHED / folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    [pair] = json.loads(result.stdout)["pairs"]
    assert (pair["a"], pair["b"], pair["relation"], pair["score"]) == expected
    m = Measures(**pair["measures"])
    # As much verbatim, in runs as long, as the partials above; but one side aligns for the most part.
    assert (max(m.verbatim_a, m.verbatim_b), m.longest_run) == (verbatim, longest_run)
    assert min(m.coverage_a, m.coverage_b) < LIFTED_COVERAGE_MAX <= max(m.coverage_a, m.coverage_b)


# A borrower as the loose-rewrite rule reads it: quotes only what the other does, follows its order.
LOOSE = replace(
    ZERO,
    aligned_sentences=8,
    shared_quotes=1,
    own_quotes_b=2,
    rare_order=0.8,
    weak_ordered_a=0.5,
    weak_ordered_b=0.4,
    ordered_a=0.4,
    ordered_b=0.3,
    coverage_a=0.45,
    coverage_b=0.55,
)


def _classified(m: Measures) -> tuple[Relation, float] | None:
    doc = prepare(Article(id="x.txt", path="x.txt", text="One two three four five six."), SETTINGS, TokenHasher(1))
    other = prepare(Article(id="y.txt", path="y.txt", text="Seven eight nine ten."), SETTINGS, TokenHasher(1))
    return classify(doc, other, m, SETTINGS)


def test_a_loose_rewrite_keeping_sentences_verbatim_here_and_there_stays_a_rewrite() -> None:
    assert loose_only(LOOSE, SETTINGS)
    # Much of it verbatim, in short runs (every other sentence kept, as a generated rewrite does).
    interleaved = replace(LOOSE, verbatim_a=0.56, verbatim_b=0.46, longest_run=17)
    assert _classified(interleaved) == (Relation.REWRITE, 0.35)
    # Long runs, little of it verbatim: a rewrite that kept one paragraph.
    one_paragraph = replace(LOOSE, verbatim_a=LIFTED_VERBATIM - 0.01, longest_run=60)
    assert _classified(one_paragraph) == (Relation.REWRITE, 0.35)


def test_a_third_verbatim_in_long_runs_is_partial_reuse() -> None:
    lifted = replace(LOOSE, verbatim_a=LIFTED_VERBATIM, longest_run=SETTINGS.partial_min_run)
    assert _classified(lifted) == (Relation.PARTIAL, LIFTED_VERBATIM)


def test_a_reordered_copy_that_aligns_most_of_both_sides_stays_a_rewrite() -> None:
    """A copy with its sentences reordered fails the close rule on disorder and is read loosely;
    it aligns most of both sides (0.76-0.94 on the benchmark), where a partial leaves much of its
    source aside."""
    reordered = replace(
        LOOSE,
        verbatim_a=0.82,
        longest_run=31,
        coverage_a=LIFTED_COVERAGE_MAX,
        coverage_b=0.86,
        weak_ordered_a=0.6,
        weak_ordered_b=0.8,
    )
    assert loose_only(reordered, SETTINGS)
    assert _classified(reordered) == (Relation.REWRITE, 0.35)
