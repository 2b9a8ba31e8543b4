"""Two reports each quoting their own sources are not rewrites of each other (``verify.quotes_apart``).

``tests/data/quotes-apart``: two Russian agency readouts of a leader's phone calls with two other
presidents, written from one formula (a reviewer's feed), each with its own quoted statement.
Sentence by sentence they read as a rewrite (in-order shares 0.69 and 0.71).
``tests/data/quotes-apart-short``: two Chinese items on envoys presenting credentials and two
Arabic weather warnings (``calibration/feeds3``, held out), each of one formula: three sentences
that follow the other's in order over 0.8 to 0.94 of it, each with its own quoted official; and two
Hindi traffic advisories (``calibration/feeds4``) whose officials are quoted between doubled
apostrophes (''…''), as Hindi agencies type quotations.
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
from dedupe.config import Settings
from dedupe.models import Measures, Relation
from dedupe.verify import QUOTES_APART_MIN_SENTENCES, _copy_or_rewrite, other_quotes, quotes_apart

CALLS = Path(__file__).parent / "data" / "quotes-apart"
SHORT = Path(__file__).parent / "data" / "quotes-apart-short"


def _scan(*extra: str, folder: Path = CALLS) -> list[tuple[str, str, str]]:
    files = sorted(str(path) for path in folder.glob("*.txt"))
    result = CliRunner().invoke(main, ["scan", *files, "--format", "json", "--quiet", *extra])
    assert result.exit_code == 0, result.output
    return [(pair["a"], pair["b"], pair["relation"]) for pair in json.loads(result.stdout)["pairs"]]


def test_items_of_one_formula_quoting_their_own_statements_do_not_link(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _scan() == []
    assert _scan("--quotes-apart-ordered", "0.5") == []  # 3 sentences aligned: too few to say
    # Asked to accept them at the in-order share and the sentences they have, a rewrite.
    monkeypatch.setattr("dedupe.verify.QUOTES_APART_MIN_SENTENCES", 3)
    assert _scan("--quotes-apart-ordered", "0.5") == [("call-1.txt", "call-2.txt", "rewrite")]


def test_short_items_of_one_formula_in_order_but_quoting_their_own_officials_do_not_link() -> None:
    # In order over 0.85 of one side, but three sentences aligned: a formula is followed by design.
    assert _scan(folder=SHORT) == []


def test_the_diff_command_says_the_quotations_decided() -> None:
    files = [str(CALLS / name) for name in ("call-1.txt", "call-2.txt")]
    result = CliRunner().invoke(main, ["diff", *files])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "not related: worded like a rewrite, but each quotes what the other does not" in said
    assert "quotations: in both 0, only in A 1, only in B 1" in said


def test_the_option_is_a_share() -> None:
    files = [str(CALLS / name) for name in ("call-1.txt", "call-2.txt")]
    result = CliRunner().invoke(main, ["scan", *files, "--quotes-apart-ordered", "1.5"])
    assert result.exit_code == 2
    assert "quotes-apart-ordered must be in (0, 1], got 1.5" in result.output


_ZERO = Measures(**{f.name: 0 for f in fields(Measures)})
_share = st.floats(0, 1).map(lambda x: round(x, 2))


@given(
    st.builds(
        lambda ca, cb, oa, ob, n, qa, qb, qs: replace(
            _ZERO,
            coverage_a=max(ca, oa),
            coverage_b=max(cb, ob),
            ordered_a=oa,
            ordered_b=ob,
            aligned_sentences=n,
            own_quotes_a=qa,
            own_quotes_b=qb,
            shared_quotes=qs,
        ),
        _share,
        _share,
        _share,
        _share,
        st.integers(0, 12),
        st.integers(0, 3),
        st.integers(0, 3),
        st.integers(0, 3),
    )
)
def test_a_rewrite_never_has_quotations_apart_below_the_guard(m: Measures) -> None:
    settings = Settings()
    verdict = _copy_or_rewrite(m, settings)
    apart = m.shared_quotes == 0 and m.own_quotes_a >= 1 and m.own_quotes_b >= 1
    assert quotes_apart(m) == apart
    if apart and (
        max(m.ordered_a, m.ordered_b) < settings.quotes_apart_ordered
        or m.aligned_sentences < QUOTES_APART_MIN_SENTENCES
    ):
        assert verdict is None
        # What the diff command reports: worded like a rewrite (were it quoting nobody), not one.
        quoting_nobody = replace(m, own_quotes_a=0, own_quotes_b=0)
        assert other_quotes(m, settings) == (_copy_or_rewrite(quoting_nobody, settings) is not None)
    elif verdict is not None:
        assert verdict[0] is Relation.REWRITE


def test_a_rewrite_in_order_with_its_quotations_reworded_needs_six_sentences() -> None:
    settings = Settings()
    close = replace(
        _ZERO, coverage_a=0.9, coverage_b=0.9, ordered_a=0.9, ordered_b=0.88, own_quotes_a=1, own_quotes_b=1
    )
    assert _copy_or_rewrite(replace(close, aligned_sentences=6), settings) == (Relation.REWRITE, 0.89)
    assert _copy_or_rewrite(replace(close, aligned_sentences=5), settings) is None
    assert other_quotes(replace(close, aligned_sentences=5), settings)
