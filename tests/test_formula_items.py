"""Items of one formula: their numbers outside the formula's wording, and no partial reuse when
each states its own figures (``pipeline.verify_pair``, ``prepare.without_formula``).

``tests/data/formula-items``: two agency feeds from the held-out ``calibration/feeds6``, each
with the items of two formulas. ``de``: dpa's 24-hour speed-check results (five Länder, each
with its own figures; every item names the same hours, "24-Stunden-Blitzmarathon", the same
fines and points) and Berlin's water-cut notices. ``es``: EFE's weekly speed-check results of
the Guardia Civil (each region its own figures; every item the same campaign dates, fines from
100 to 600 euros and 2 to 6 points) and water-cut notices, with a repost of one notice in a
site's chrome (``es_repost_water_1.txt``). The template's numbers counted as numbers both items
state: two items of other regions read as a rewrite (de) or partial reuse (es).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.pipeline import corpus_statistics
from dedupe.prepare import prepare, without_formula
from dedupe.shingle import TokenHasher
from dedupe.verify import numbers

DATA = Path(__file__).parent / "data" / "formula-items"


def _scan(folder: str) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(main, ["scan", str(DATA / folder), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    return [(pair["a"], pair["b"], pair["relation"]) for pair in json.loads(result.stdout)["pairs"]]


def test_two_speed_check_results_sharing_the_template_s_numbers_are_no_rewrite() -> None:
    assert _scan("de") == []


def test_two_items_sharing_the_template_with_their_own_figures_are_no_partial_reuse() -> None:
    # The repost of a notice is still found.
    assert _scan("es") == [("es_repost_water_1.txt", "es_water_1.txt", "near-duplicate")]


def test_an_item_s_numbers_without_the_formula_leave_out_the_template_s() -> None:
    settings = Settings()
    hasher = TokenHasher(settings.seed)
    paths = sorted((DATA / "de").glob("*.txt"))
    articles = [Article(id=path.name, path=str(path), text=path.read_text(encoding="utf-8")) for path in paths]
    formula = corpus_statistics(articles, settings, hasher).formula_shingles
    item = prepare(next(a for a in articles if a.id == "de_speed_2.txt"), settings, hasher)
    every = set(numbers(item))
    own = set(numbers(without_formula(item, settings, formula)))
    # The item's figures stay; the template's hours ("von Mittwoch 6 Uhr bis Donnerstag 6 Uhr")
    # go.
    assert {"8120", "650", "201300"} <= own
    assert "6" in every
    assert "6" not in own
    assert own < every
