"""Quantities stated otherwise: a rewrite restates its source's figures; two items of one formula
about another day, place or count state others in the same words (``verify.number_conflicts``).

``tests/data/number-conflicts``: two Georgian water-cut notices of one utility's formula (another
date, district and street each; ``calibration/feeds6``). Their wording aligns sentence by
sentence and most of their figures are the template's (the hours, the hotline), so they read as a
rewrite on every other measure.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.config import ConfigError, Settings
from dedupe.models import Article, Measures
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.shingle import TokenHasher
from dedupe.verify import CONFLICT_CONTAINMENT_MAX, align, number_conflicts, numbers_agree, numbers_conflict

FOLDER = Path(__file__).parent / "data" / "number-conflicts"
SETTINGS = Settings()
HASHER = TokenHasher(SETTINGS.seed)
ZERO = Measures(**{f.name: 0 for f in fields(Measures)})  # type: ignore[arg-type]


def _scan(*extra: str) -> list[tuple[str, str, str, int]]:
    result = CliRunner().invoke(main, ["scan", str(FOLDER), "--format", "json", "--quiet", *extra])
    assert result.exit_code == 0, result.output
    return [
        (p["a"], p["b"], p["relation"], p["measures"]["conflicting_numbers"])
        for p in json.loads(result.stdout)["pairs"]
    ]


def test_two_items_of_one_formula_about_other_days_do_not_link() -> None:
    assert _scan() == []


def test_without_the_rule_they_read_as_a_rewrite() -> None:
    assert _scan("--numbers-conflicts", "0") == [("ka-water-cut-1.txt", "ka-water-cut-2.txt", "rewrite", 2)]
    assert _scan("--numbers-conflicts", "3") == [("ka-water-cut-1.txt", "ka-water-cut-2.txt", "rewrite", 2)]


def test_the_diff_command_says_the_quantities_decided() -> None:
    files = [str(FOLDER / name) for name in ("ka-water-cut-1.txt", "ka-water-cut-2.txt")]
    result = CliRunner().invoke(main, ["diff", *files])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())  # wrapped to the terminal
    assert said.startswith(
        "ka-water-cut-1.txt and ka-water-cut-2.txt: not related: worded like a rewrite, but the sentences that"
        " align state 2 quantities otherwise (the same word after another number, as '6 fishermen' and"
        " '3 fishermen': items of one formula about another day, place or count)"
    )
    assert "stated otherwise where sentences align 2" in said


def _pair(text_a: str, text_b: str) -> tuple[Prepared, Prepared]:
    a = prepare(Article(id="a.txt", path="a.txt", text=text_a), SETTINGS, HASHER)
    b = prepare(Article(id="b.txt", path="b.txt", text=text_b), SETTINGS, HASHER)
    sentence_grams(a, SETTINGS, HASHER)
    sentence_grams(b, SETTINGS, HASHER)
    return a, b


def _conflicts(text_a: str, text_b: str) -> int:
    a, b = _pair(text_a, text_b)
    return number_conflicts(a, b, align(a, b), SETTINGS.sentence_similarity)


BOAT = (
    "A fishing boat with {crew} fishermen sank off the coast on {day} November. "
    "Rescuers pulled {saved} fishermen from the water after four hours. "
    "The coast guard said the search for the missing men would go on overnight."
)


def test_other_counts_and_another_day_in_the_same_words_conflict() -> None:
    assert _conflicts(BOAT.format(crew=11, day=15, saved=5), BOAT.format(crew=8, day=3, saved=5)) == 2
    assert _conflicts(BOAT.format(crew=11, day=15, saved=5), BOAT.format(crew=8, day=3, saved=6)) == 3


def test_the_same_figures_rounded_or_reworded_do_not_conflict() -> None:
    source = "The storm cut power to 41,250 homes on Tuesday. Crews restored 12.6 km of line by noon."
    rewrite = "On Tuesday the storm cut power to 41,250 homes. By noon crews had restored 13 km of line."
    assert _conflicts(source, rewrite) == 0
    # Another figure with another word after it is another quantity, not a conflict.
    assert _conflicts(source, rewrite.replace("13 km", "130 metres")) == 0


def test_two_sentences_of_one_wording_aligned_crosswise_do_not_conflict() -> None:
    source = (
        "The bank cut its growth forecast to 3.7 percent from 9.0 percent, citing weak exports. "
        "Analysts expect the central bank to act soon. "
        "The ministry raised its inflation forecast to 10.2 percent from 5.2 percent, citing food prices."
    )
    rewrite = (
        "Citing food prices, the ministry raised its inflation forecast to 10.2 percent, from 5.2 percent before. "
        "Analysts expect the central bank to act soon. "
        "Citing weak exports, the bank cut its growth forecast to 3.7 percent, from 9.0 percent before."
    )
    assert _conflicts(source, rewrite) == 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 999), min_size=6, max_size=6))
def test_conflicts_are_the_same_whichever_side_is_first(values: list[int]) -> None:
    text_a = BOAT.format(crew=values[0], day=values[1], saved=values[2])
    text_b = BOAT.format(crew=values[3], day=values[4], saved=values[5])
    assert _conflicts(text_a, text_b) == _conflicts(text_b, text_a)
    assert _conflicts(text_a, text_a) == 0


@pytest.mark.parametrize(("conflicts", "minimum", "apart"), [(0, 2, False), (1, 2, False), (2, 2, True), (5, 0, False)])
def test_the_rule_reads_the_measure(conflicts: int, minimum: int, apart: bool) -> None:
    m = replace(ZERO, conflicting_numbers=conflicts)
    rule = replace(SETTINGS, numbers_conflicts=minimum)
    assert numbers_conflict(m, rule) is apart
    assert numbers_agree(m, rule) is not apart
    assert numbers_agree(m, rule, copy=True)  # a copy with revised figures is still a copy


def test_a_version_of_one_story_with_revised_figures_is_no_conflict() -> None:
    """Mostly the same text (the benchmark's edited copies: 0.70-0.76 of shingles) with two figures
    revised stays a copy or rewrite; items of a formula share only its wording (0.19-0.59)."""
    m = replace(ZERO, conflicting_numbers=3)
    assert numbers_conflict(replace(m, containment=CONFLICT_CONTAINMENT_MAX - 0.01), SETTINGS)
    assert not numbers_conflict(replace(m, containment=CONFLICT_CONTAINMENT_MAX), SETTINGS)
    assert numbers_agree(replace(m, containment=0.7), SETTINGS)


def test_a_negative_minimum_is_refused() -> None:
    with pytest.raises(ConfigError, match="numbers-conflicts must be >= 0"):
        Settings(numbers_conflicts=-1)


def test_a_figure_restated_in_two_aligned_sentences_counts_once() -> None:
    source = (
        "The storm killed 12 people in the north on Monday. Rescue teams searched the valley all day. "
        "Officials said the 12 people killed were mostly farmers."
    )
    update = (
        "The storm killed 14 people in the north on Monday. Rescue teams searched the valley all day. "
        "Officials said the 14 people killed were mostly farmers."
    )
    assert _conflicts(source, update) == 1


def test_a_figure_rounded_to_hundreds_is_no_conflict_but_a_day_is_no_rounding() -> None:
    source = "Fire crews said the blaze burned 3,184 hectares of forest near the town on Tuesday."
    rewrite = "Crews said on Tuesday that the blaze near the town burned roughly 3,200 hectares of forest."
    assert _conflicts(source, rewrite) == 0
    # "15 December" is no rounding of "20 December".
    assert _conflicts(BOAT.format(crew=11, day=15, saved=5), BOAT.format(crew=11, day=20, saved=5)) == 1


def test_arabic_decimal_separators_are_separators() -> None:
    source = "وقال البنك إن النمو بلغ 1.65 في المئة هذا العام. وأضاف أن التضخم تراجع إلى 3 في المئة."
    rewrite = "وأوضح البنك أن النمو بلغ ١٫٦٥ في المئة هذا العام. وتابع أن التضخم تراجع إلى ٣ في المئة."
    assert _conflicts(source, rewrite) == 0


def test_a_repeated_sentence_counts_the_same_whichever_side_is_first() -> None:
    one = "Police said 4 men were arrested. Police said 4 men were arrested. The market reopened on Friday."
    other = "Police said 5 men were arrested. The market reopened on Friday. Police said 6 men were arrested."
    assert _conflicts(one, other) == _conflicts(other, one)
