"""Numbers of one's own: a rewrite tells its source's figures; two items of one formula, or two
reports of one event, each state figures the other does not (``verify.numbers_apart``).

``tests/data/numbers-own``: two Turkish football results of one agency formula (another score,
scorers and table position each) and two Japanese weather warnings of one JMA formula (another
prefecture, rainfall and times; both from ``calibration/feeds2``), and a Russian rewrite of
a heating-main story with a later follow-up written without seeing it, which quotes one of its
statements (``calibration/multi8``, held out). Every pair reads as a rewrite on its wording.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.config import ConfigError, Settings
from dedupe.models import Article, Measures
from dedupe.prepare import prepare
from dedupe.shingle import TokenHasher
from dedupe.verify import _found_in, _rounds_to, numbers_agree, numbers_apart, own_numbers

FOLDER = Path(__file__).parent / "data" / "numbers-own"
SETTINGS = Settings()
OWN = ("own_numbers_a", "own_numbers_b", "numbers_in_both")
ZERO = Measures(**{f.name: 0 for f in fields(Measures)})  # type: ignore[arg-type]


def _scan(*extra: str) -> list[tuple[str, str, str, int, int, int]]:
    result = CliRunner().invoke(main, ["scan", str(FOLDER), "--format", "json", "--quiet", *extra])
    assert result.exit_code == 0, result.output
    return [
        (p["a"], p["b"], p["relation"], *(p["measures"][k] for k in OWN)) for p in json.loads(result.stdout)["pairs"]
    ]


def test_items_of_one_formula_and_two_reports_each_with_figures_of_their_own_do_not_link() -> None:
    assert _scan() == []


def test_without_the_rule_they_read_as_rewrites() -> None:
    assert _scan("--numbers-own", "0", "--numbers-conflicts", "0") == [
        ("ja-warning-1.txt", "ja-warning-2.txt", "rewrite", 3, 3, 1),
        ("ru-follow-up.txt", "ru-rewrite.txt", "rewrite", 7, 12, 5),
        ("tr-result-1.txt", "tr-result-2.txt", "rewrite", 4, 3, 1),
    ]
    # At 4, the two formulas' items (3 and 3, 4 and 3 of their own) link; the follow-up and the
    # rewrite (7 and 12 of their own, 5 in both) are still apart.
    assert [pair[:2] for pair in _scan("--numbers-own", "4", "--numbers-conflicts", "0")] == [
        ("ja-warning-1.txt", "ja-warning-2.txt"),
        ("tr-result-1.txt", "tr-result-2.txt"),
    ]


def test_the_diff_command_says_the_numbers_of_their_own_decided() -> None:
    files = [str(FOLDER / name) for name in ("tr-result-1.txt", "tr-result-2.txt")]
    result = CliRunner().invoke(main, ["diff", *files])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())  # wrapped to the terminal
    assert said.startswith(
        "tr-result-1.txt and tr-result-2.txt: not related: worded like a rewrite, but each states numbers the"
        " other does not (A 4, B 3), more than the 1 both state (items of one formula, or two reports, each"
        " with figures of its own)"
    )
    assert "numbers anywhere: only in A 4, only in B 3, in both 1" in said


def _doc(text: str, doc_id: str) -> object:
    return prepare(Article(id=doc_id, path=doc_id, text=text), SETTINGS, TokenHasher(SETTINGS.seed))


def test_own_numbers_count_anywhere_outside_quotations_with_rounding() -> None:
    source = (
        "The storm cut power to 41,250 homes on Tuesday. Crews restored 12.6 km of line by noon. "
        'The utility said 300 workers were out. "We saw 90 km/h gusts," a spokesman said.'
    )
    rewrite = (
        "About 41,250 households lost power in Tuesday's storm. By midday 13 km of line was back, "
        "with 300 staff in the field and 2 helicopters. Gusts reached 90 km/h, the spokesman said."
    )
    a, b = _doc(source, "a.txt"), _doc(rewrite, "b.txt")
    # A: 41250, 12.6, 300 (90 is quoted); B: 41250, 13, 300, 2, 90. 13 rounds 12.6.
    assert own_numbers(a, b) == (0, 2, 3)  # type: ignore[arg-type]
    assert own_numbers(b, a) == (2, 0, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("own_a", "own_b", "in_both", "apart"),
    [
        (4, 3, 1, True),  # two results of one formula
        (2, 2, 1, True),
        (2, 2, 2, False),  # no more than both state
        (1, 9, 0, False),  # a rewrite that brings one figure of its own
        (0, 12, 5, False),  # a condensed rewrite: its source has the figures it dropped
        (7, 12, 5, True),  # a follow-up with the figures of its own reporting
    ],
)
def test_numbers_apart(own_a: int, own_b: int, in_both: int, apart: bool) -> None:
    m = replace(ZERO, own_numbers_a=own_a, own_numbers_b=own_b, numbers_in_both=in_both)
    assert numbers_apart(m, SETTINGS) is apart
    assert numbers_agree(m, SETTINGS) is not apart  # no stated numbers: the rest of the rule says yes
    assert numbers_agree(m, SETTINGS, copy=True)  # a copy with updated figures is still a copy
    assert not numbers_apart(m, replace(SETTINGS, numbers_own=0))


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(1, 10))
def test_numbers_apart_is_symmetric_and_needs_the_minimum_on_each_side(
    own_a: int, own_b: int, in_both: int, minimum: int
) -> None:
    settings = replace(SETTINGS, numbers_own=minimum)
    m = replace(ZERO, own_numbers_a=own_a, own_numbers_b=own_b, numbers_in_both=in_both)
    swapped = replace(m, own_numbers_a=own_b, own_numbers_b=own_a)
    assert numbers_apart(m, settings) == numbers_apart(swapped, settings)
    if numbers_apart(m, settings):
        assert min(own_a, own_b) >= minimum and min(own_a, own_b) > in_both


def test_a_negative_minimum_is_refused() -> None:
    with pytest.raises(ConfigError, match="numbers-own must be >= 0"):
        Settings(numbers_own=-1)


def test_own_numbers_are_the_same_whichever_side_is_first() -> None:
    # Rounding can match two numbers of one side (1.46 and 1.5) to one of the other (1.5): the
    # numbers both state are the larger count, so the pair is judged alike both ways.
    a = _doc("Rates rose 1.46 points, then 1.5 points, over 7 days and 70 weeks.", "a.txt")
    b = _doc("Rates rose 1.5 points over 8 days, 9 weeks and 90 months.", "b.txt")
    forth, back = own_numbers(a, b), own_numbers(b, a)  # type: ignore[arg-type]
    assert forth == (2, 3, 2)
    assert back == (forth[1], forth[0], forth[2])


def _found_in_reference(numbers_of: frozenset[str], other: frozenset[str]) -> int:
    return sum(
        1
        for number in numbers_of
        if number in other or any(_rounds_to(number, value) or _rounds_to(value, number) for value in other)
    )


_number = st.one_of(
    st.integers(0, 2000).map(str),
    st.tuples(st.integers(0, 200), st.integers(0, 999), st.integers(1, 3)).map(
        lambda t: f"{t[0]}.{str(t[1]).zfill(3)[: t[2]]}"
    ),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
)


@given(st.frozensets(_number, max_size=30), st.frozensets(_number, max_size=30))
def test_found_in_tries_only_near_numbers_and_finds_what_trying_every_one_finds(
    numbers_of: frozenset[str], other: frozenset[str]
) -> None:
    assert _found_in(numbers_of, other) == _found_in_reference(numbers_of, other)
