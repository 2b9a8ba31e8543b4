"""Loose rewrites compete for their borrower (``dedupe.loose``): a borrower keeps its loose links
to the story it follows best, not to an independent report that carries the same quotations."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.loose import settle_loose
from dedupe.models import Measures, Pair, Relation
from dedupe.verify import loose_only
from tests.test_verify import LOOSE

SETTINGS = Settings()
DATA = Path(__file__).parent / "data" / "loose"

ZERO = Measures(**{f.name: 0 for f in fields(Measures)})
CLOSE = replace(LOOSE, ordered_a=0.6, ordered_b=0.75, coverage_a=0.65, coverage_b=0.8, weak_ordered_a=0.7)
COPY = replace(ZERO, containment=0.95)


def _pair(a: str, b: str, relation: Relation, m: Measures) -> Pair:
    return Pair(a=a, b=b, relation=relation, score=0.5, measures=m)


def _mirror(m: Measures) -> Measures:
    """The measures with a and b swapped (the borrower on side a)."""
    return replace(
        m,
        weak_ordered_a=m.weak_ordered_b,
        weak_ordered_b=m.weak_ordered_a,
        own_quotes_a=m.own_quotes_b,
        own_quotes_b=m.own_quotes_a,
        ordered_a=m.ordered_b,
        ordered_b=m.ordered_a,
        coverage_a=m.coverage_b,
        coverage_b=m.coverage_a,
    )


def _kept(pairs: list[Pair]) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in settle_loose(pairs, SETTINGS)}


def test_the_measures_read_as_intended() -> None:
    assert loose_only(LOOSE, SETTINGS)
    assert not loose_only(CLOSE, SETTINGS)


def test_a_borrower_keeps_the_story_it_follows_best() -> None:
    # "blog" loosely follows the agency story (and its repost) better than an independent report.
    pairs = [
        _pair("agency", "repost", Relation.NEAR_DUPLICATE, COPY),
        _pair("agency", "blog", Relation.REWRITE, LOOSE),
        _pair("blog", "repost", Relation.REWRITE, _mirror(LOOSE)),
        _pair("blog", "report", Relation.REWRITE, replace(_mirror(LOOSE), weak_ordered_b=0.4, rare_order=0.45)),
    ]
    assert _kept(pairs) == {("agency", "repost"), ("agency", "blog"), ("blog", "repost")}


def test_a_close_rewrite_outweighs_a_loose_reading_of_another_report() -> None:
    # "paraphrase" rewrites the agency story sentence by sentence; it also reads as a loose
    # borrower of an independent report quoting the same minister.
    pairs = [
        _pair("agency", "paraphrase", Relation.REWRITE, CLOSE),
        _pair("paraphrase", "report", Relation.REWRITE, _mirror(LOOSE)),
    ]
    assert _kept(pairs) == {("agency", "paraphrase")}


def test_copies_and_close_rewrites_are_never_dropped() -> None:
    pairs = [
        _pair("a", "b", Relation.REWRITE, replace(LOOSE, weak_ordered_a=0.9, weak_ordered_b=0.9, rare_order=1.0)),
        _pair("b", "c", Relation.NEAR_DUPLICATE, replace(COPY, own_quotes_a=0, shared_quotes=1)),
        _pair("b", "d", Relation.REWRITE, replace(CLOSE, own_quotes_a=0, own_quotes_b=3)),
    ]
    assert _kept(pairs) == {("a", "b"), ("b", "c"), ("b", "d")}


def test_a_copy_of_the_borrower_does_not_compete_with_its_source() -> None:
    # A blog's loose rewrite, syndicated verbatim: the copy is the borrower itself.
    pairs = [
        _pair("agency", "blog", Relation.REWRITE, LOOSE),
        _pair("blog", "syndicated", Relation.NEAR_DUPLICATE, COPY),
        _pair("agency", "syndicated", Relation.REWRITE, LOOSE),
    ]
    assert _kept(pairs) == {(p.a, p.b) for p in pairs}


def test_a_rewrite_of_the_story_borrowing_from_its_loose_rewrite_stays() -> None:
    # The loose rewrite joins the agency story's group in the first round; in the second, the
    # close rewrite's loose link to it follows its own group.
    pairs = [
        _pair("agency", "loose", Relation.REWRITE, LOOSE),
        _pair("agency", "close", Relation.REWRITE, CLOSE),
        _pair("close", "loose", Relation.REWRITE, replace(_mirror(LOOSE), weak_ordered_a=0.35, rare_order=0.4)),
    ]
    assert _kept(pairs) == {(p.a, p.b) for p in pairs}


def test_a_pair_where_both_sides_read_as_borrowers_is_kept() -> None:
    both = replace(LOOSE, own_quotes_a=0, weak_ordered_a=0.6, rare_order=0.31)
    pairs = [_pair("agency", "blog", Relation.REWRITE, CLOSE), _pair("blog", "report", Relation.REWRITE, both)]
    assert _kept(pairs) == {("agency", "blog"), ("blog", "report")}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),
            st.integers(0, 6),
            st.sampled_from(["loose", "mirrored", "close", "copy"]),
            st.floats(0.3, 1.0),
        ),
        max_size=14,
    ),
    st.randoms(use_true_random=False),
)
def test_what_stays_does_not_depend_on_the_order_of_pairs(
    edges: list[tuple[int, int, str, float]], rng: object
) -> None:
    kinds = {
        "loose": (Relation.REWRITE, LOOSE),
        "mirrored": (Relation.REWRITE, _mirror(LOOSE)),
        "close": (Relation.REWRITE, CLOSE),
        "copy": (Relation.NEAR_DUPLICATE, COPY),
    }
    unique = {(f"d{min(i, j)}", f"d{max(i, j)}"): (kind, w) for i, j, kind, w in edges if i != j}
    pairs = [_pair(a, b, kinds[kind][0], replace(kinds[kind][1], rare_order=w)) for (a, b), (kind, w) in unique.items()]
    shuffled = list(pairs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    kept = _kept(pairs)
    assert kept == _kept(shuffled)
    assert kept <= {(p.a, p.b) for p in pairs}
    assert {(p.a, p.b) for p in pairs if not loose_only(p.measures, SETTINGS)} <= kept


def test_scan_links_a_loose_rewrite_to_its_source_and_not_to_an_independent_report() -> None:
    # wire story 01: the agency original, a blog's loose rewrite and an independent report that
    # shares its quotations; the rewrite reads as a loose borrower of both.
    result = CliRunner().invoke(main, ["scan", str(DATA), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    pairs = [(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]]
    assert pairs == [("loose-rewrite.txt", "source.txt", "rewrite")]


def test_a_check_of_some_documents_settles_their_loose_links_as_a_scan_does(tmp_path: Path) -> None:
    # A check verifies only the changed documents' pairs; the pairs that group the others (the
    # repost and its original) and a borrower's other candidates are verified for the loose
    # links alone. Without them, the rewrite kept one of its two sources, and a check of the
    # independent report failed on the link a scan drops.
    for name in ("source.txt", "loose-rewrite.txt", "independent.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    source = (DATA / "source.txt").read_text(encoding="utf-8")
    (tmp_path / "repost.md").write_text(
        f"---\ntitle: Reposted\n---\n\nFrom our wire partners.\n\n{source}\n\nShare this story.\n", encoding="utf-8"
    )
    scan = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "json", "--quiet"])
    found = {(p["a"], p["b"], p["relation"]) for p in json.loads(scan.stdout)["pairs"]}
    assert found == {
        ("loose-rewrite.txt", "repost.md", "rewrite"),
        ("loose-rewrite.txt", "source.txt", "rewrite"),
        ("repost.md", "source.txt", "near-duplicate"),
    }
    for name in ("source.txt", "loose-rewrite.txt", "independent.txt", "repost.md"):
        result = CliRunner().invoke(
            main,
            ["check", str(tmp_path), "--changed", str(tmp_path / name), "--fail-on", "partial", "--format", "json"],
        )
        checked = {(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]}
        assert checked == {pair for pair in found if name in pair[:2]}, name
        assert result.exit_code == (0 if name == "independent.txt" else 1), name
