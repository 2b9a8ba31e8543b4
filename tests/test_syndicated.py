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

from dedupe import pipeline
from dedupe.cli import main
from dedupe.config import Settings
from dedupe.pipeline import COPY_QUANTILE, _family_sizes
from dedupe.prepare import Prepared, Sketch, sketch
from dedupe.sources import SourceOptions, iter_articles
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


def _sketched(folder: Path) -> list[Sketch]:
    skipped: list[object] = []
    articles = sorted(iter_articles([str(folder)], skipped.append, SourceOptions()), key=lambda a: a.id)
    assert skipped == []
    return [sketch(article, Settings()) for article in articles]


def test_items_of_one_template_are_no_copies_to_the_statistics(tmp_path: Path) -> None:
    """Weather alerts from one template, each with its own province, kind, day and figures (a
    review's case): read as copies (a lower-quartile family), their template's words were no
    longer common and 25 of 60 alerts gained false rewrite links; the statistics discount only
    documents nineteen twentieths of which are in as many documents (``COPY_QUANTILE``)."""
    provinces = ["Hebei", "Shanxi", "Jilin", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Hunan", "Gansu", "Yunnan"]
    kinds = ["rainstorms", "heat waves", "sandstorms", "gales", "blizzards", "fog"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    folder = tmp_path / "alerts"
    folder.mkdir()
    for k in range(40):
        province, kind, day = provinces[k % 10], kinds[k % 6], days[k % 7]
        (folder / f"alert{k:02d}.txt").write_text(
            f"China issues alert for {kind} in {province}\n\nBEIJING, {day} -- China's National Meteorological "
            f"Center on {day} issued a yellow alert for {kind} in parts of {province}, forecasting that the "
            f"affected areas will see up to {20 + 7 * k} millimeters of precipitation or winds of up to {2 + k} "
            "meters per second. The center advised local governments to take precautions and make emergency "
            "preparations. It urged residents to stay indoors where possible, avoid outdoor activities and pay "
            "close attention to updated forecasts. Transport, power and agricultural authorities were asked to "
            "strengthen monitoring and guard against secondary disasters. China has a four-tier color-coded "
            "weather warning system, with red representing the most severe warning, followed by orange, yellow "
            "and blue.\n",
            encoding="utf-8",
        )
    sets = [prepared.shingle_set for prepared in _sketched(folder)]
    assert set(_family_sizes(sets, COPY_QUANTILE).tolist()) == {1}
    # At the lower quartile (formulas' reading) they are one family: what the statistics must not use.
    assert min(_family_sizes(sets).tolist()) > 1


def test_two_texts_found_unrelated_are_verified_once_however_many_documents_hold_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve copies of a story and an independent report of its event: twelve candidate pairs of
    one verdict, "unrelated", verified once (``pipeline._WORKER_UNRELATED``): a corpus of wire
    stories each on twenty sites verified 400 pairs for each pair of stories sharing a topic."""
    folder = _syndicated(tmp_path, FOLDER / "01-src.txt", 12)
    calls: list[tuple[str, str]] = []
    verify = pipeline.verify_pair

    def counted(a: Prepared, b: Prepared, *args: object) -> object:
        calls.append((a.article.id, b.article.id))
        return verify(a, b, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "verify_pair", counted)
    result = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert not [p for p in report["pairs"] if "01-indep-a.txt" in (p["a"], p["b"])]
    with_indep = [pair for pair in calls if "01-indep-a.txt" in pair]
    # The original's thirteen documents are one text: once against the report (the other texts
    # of the story once each too); without the cache, thirteen times.
    assert len([pair for pair in with_indep if {*pair} & {"01-src.txt", *(f"site{k:02d}.txt" for k in range(12))}]) == 1
    assert report["stats"]["candidates"] > len(calls)
