"""Text without spaces shown whole in diffs, readable diff headers, dates in time order, site files."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rich.cells import cell_len

from dedupe.cli import main
from dedupe.cluster import build_clusters, date_order
from dedupe.evidence import Comparison
from dedupe.models import Article, DocumentInfo, Measures, Pair, Relation
from dedupe.render.diff import header
from dedupe.sources import iter_articles

from .conftest import CASES_DIR, SEEDS_DIR

CALIBRATION_DIR = SEEDS_DIR.parent / "calibration"
# Chinese, Japanese and Thai: sentences with no space to break a line at.
UNSPACED_PAIRS = [
    (CASES_DIR / "zh-city-library" / "original.txt", CASES_DIR / "zh-city-library" / "paraphrase.txt"),
    (CALIBRATION_DIR / "multi2" / "docs" / "ja1-src.txt", CALIBRATION_DIR / "multi2" / "docs" / "ja1-rewrite.txt"),
    (CALIBRATION_DIR / "multi3" / "docs" / "th1-src.txt", CALIBRATION_DIR / "multi3" / "docs" / "th1-rewrite.txt"),
]
LEGEND_END = "both sides of the passage."
MARKERS = ("[-", "-]", "{+", "+}")


def run(*args: str, columns: int = 200) -> Result:
    return CliRunner().invoke(main, list(args), env={"COLUMNS": str(columns)})


def squeezed(text: str) -> str:
    """``text`` without whitespace or wdiff markers: what must be shown, however lines are broken."""
    text = "".join(text.split())
    for marker in MARKERS:
        text = text.replace(marker, "")
    return text


def body(path: Path) -> str:
    return next(iter_articles([str(path)], print)).text


def shown_texts(out: str) -> tuple[str, str]:
    """The text of A's and of B's column (or lines) of the passages, in the order shown."""
    lines = out[out.index(LEGEND_END) + len(LEGEND_END) :].splitlines()[1:]
    shown = {"a": "", "b": ""}
    if lines[0].startswith("+"):  # side by side: | label | A | B |, after the header row
        separators = 0
        for line in lines:
            if line.startswith("+"):
                separators += 1
            elif separators >= 2:
                cells = line.split("|")
                shown["a"] += cells[2]
                shown["b"] += cells[3]
    else:  # interleaved: "A text", "B text", continued two spaces in, under a rule per passage
        side = None
        for line in lines:
            if line[:2] in ("A ", "B "):
                side = line[0].lower()
            elif not line.startswith("  "):
                side = None
                continue
            if side is not None:
                shown[side] += line[2:]
    return squeezed(shown["a"]), squeezed(shown["b"])


# --- 1. text with no spaces is folded, never cut -----------------------------------------------------


@pytest.mark.parametrize("columns", [60, 120, 200])
@pytest.mark.parametrize(("path_a", "path_b"), UNSPACED_PAIRS, ids=["zh", "ja", "th"])
def test_diff_shows_every_passage_whole(path_a: Path, path_b: Path, columns: int) -> None:
    text_a, text_b = body(path_a), body(path_b)
    assert "|" not in text_a + text_b and not any(m in text_a + text_b for m in MARKERS)
    result = run("diff", str(path_a), str(path_b), columns=columns)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    shown_a, shown_b = shown_texts(result.stdout)
    assert shown_a == squeezed(text_a)  # A's passages in A's order
    assert sorted(shown_b) == sorted(squeezed(text_b))  # B's in the order they align with A
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns  # Thai marks take no cell


@pytest.mark.parametrize("columns", [60, 200])
def test_scan_show_diffs_shows_every_passage_whole(isolated: Path, columns: int) -> None:
    path_b, path_a = UNSPACED_PAIRS[1]  # a scan's pair is in the order of the ids: ja1-rewrite, ja1-src
    for path in (path_a, path_b):
        shutil.copy(path, isolated / path.name)
    result = run("scan", ".", "--quiet", "--show-diffs", columns=columns)
    assert result.exit_code == 0, result.output
    shown_a, shown_b = shown_texts(result.stdout)
    assert shown_a == squeezed(body(path_a))
    assert sorted(shown_b) == sorted(squeezed(body(path_b)))


@pytest.mark.parametrize("columns", [60, 120, 200])
@pytest.mark.parametrize(("path_a", "path_b"), UNSPACED_PAIRS[1:], ids=["ja", "th"])
def test_changed_facts_are_shown_whole(path_a: Path, path_b: Path, columns: int) -> None:
    changes = json.loads(run("diff", str(path_a), str(path_b), "--format", "json").stdout)["pairs"][0]["changes"]
    out = run("diff", str(path_a), str(path_b), columns=columns).stdout
    block = out[out.index("Changed facts") : out.index("[-words-]")]
    wanted = Counter("".join(squeezed(c["text_a"]) + squeezed(c["text_b"]) for c in changes))
    assert any(c["kind"] == "quote" for c in changes)
    assert not wanted - Counter(squeezed(block))  # every character of every fact is there
    assert "…" not in block


# --- 2. and 3. the header: titles cut with an ellipsis, measures in words -----------------------------


def test_a_long_title_is_cut_between_graphemes_with_an_ellipsis(isolated: Path) -> None:
    body_text = (SEEDS_DIR / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8").split("---", 2)[2]
    english = "Dockers' strike shuts Antwerp-Bruges container terminals as ships queue in Scheldt estuary"
    # 78 characters, then ฝุ่น: consonant, vowel sign and tone mark at characters 79 to 81
    thai = "ก" * 78 + "ฝุ่น PM2.5"
    Path("a.md").write_text(f'---\ntitle: "{english}"\n---\n{body_text}', encoding="utf-8")
    Path("b.md").write_text(f'---\ntitle: "{thai}"\n---\n{body_text}', encoding="utf-8")
    lines = run("diff", "a.md", "b.md").stdout.splitlines()
    assert lines[1].endswith(" · Dockers' strike shuts Antwerp-Bruges container terminals as ships queue in Sche…")
    assert lines[2].endswith(" · " + "ก" * 78 + "…")


def test_the_header_says_every_measure_in_words_with_two_decimals() -> None:
    a, b = SEEDS_DIR / "000_18cf876f3e1eab20.txt", SEEDS_DIR / "003_c661afd7bc768f5b.txt"
    lines = run("diff", str(a), str(b)).stdout.split("\n\n")[0].splitlines()
    assert lines[3:] == [
        "  shingles: Jaccard 0.04, containment 0.08 (A 0.08, B 0.08)",
        "  sentences aligned: A 0.75, B 0.75; in order: A 0.72, B 0.72 (13 sentences)",
        "  verbatim: A 0.12, B 0.13; longest run 11 words",
        "  in order, loosely aligned: A 0.79, B 0.80; rare words in the same order 0.61; length ratio 0.94",
        "  quotations: in both 2, only in A 2, only in B 1; numbers: A 2, B 3, in both 2",
        "  numbers anywhere: only in A 0, only in B 1, in both 2; stated otherwise where sentences align 0",
    ]
    measures = json.loads(run("diff", str(a), str(b), "--format", "json").stdout)["pairs"][0]["measures"]
    assert measures["weak_ordered_a"] == 0.7903 and measures["rare_order"] == 0.6132  # JSON as it was


@dataclass(frozen=True)
class _MoreMeasures(Measures):
    new_share: float = 0.123456


def test_a_measure_the_header_does_not_know_is_shown_by_name() -> None:
    measures = _MoreMeasures(**{f.name: 0 for f in fields(Measures)})
    article = Article("a", "a.txt", "Text.")
    comparison = Comparison(article, article, None, 0.0, measures, (), ())
    assert header(comparison, plain=True).plain.splitlines()[-1] == "  new share 0.12"


@pytest.mark.parametrize(
    ("numbers", "said"),
    [
        ((1, 1, 0), "the one number of the side with fewer is not found in the other"),
        ((3, 2, 0), "none of the 2 numbers of the side with fewer is found in the other"),
        ((8, 6, 2), "2 of the 6 numbers of the side with fewer are found in the other"),
    ],
)
def test_the_header_says_how_many_numbers_are_found(numbers: tuple[int, int, int], said: str) -> None:
    found = dict(zip(("numbers_a", "numbers_b", "shared_numbers"), numbers, strict=True))
    measures = Measures(**{f.name: 0 for f in fields(Measures)} | found)
    article = Article("a", "a.txt", "Text.")
    comparison = Comparison(article, article, None, 0.0, measures, (), (), 1, 2, other_numbers=True)
    assert header(comparison, plain=True).plain.splitlines()[0] == (
        f"a and a: not related: worded like a copy or rewrite, but {said}"
        " (a template story, items of one formula, or revised figures)"
    )


def test_the_header_counts_one_of_a_thing_in_the_singular() -> None:
    ones = {"aligned_sentences": 1, "longest_run": 1, "numbers_a": 5, "numbers_b": 3, "shared_numbers": 1}
    measures = Measures(**{f.name: 0 for f in fields(Measures)} | ones)
    article = Article("a", "a.txt", "Text.")
    comparison = Comparison(article, article, None, 0.0, measures, (), (), 1, 2, other_numbers=True)
    lines = header(comparison, plain=True).plain.splitlines()
    assert lines[0] == (
        "a and a: not related: worded like a copy or rewrite, but 1 of the 3 numbers of the side with fewer"
        " is found in the other (a template story, items of one formula, or revised figures)"
    )
    assert lines[1:3] == ["  A  a.txt · 1 word", "  B  a.txt · 2 words"]
    assert lines[4].endswith("(1 sentence)")
    assert lines[5].endswith("; longest run 1 word")


# --- 4. dates compared as instants -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Mon, 13 Oct 2025 09:00:00 +0000", "2025-10-20"),  # RSS against ISO
        ("2025-10-20T09:00+02:00", "2025-10-20T08:30Z"),  # 07:00 UTC against 08:30 UTC
        ("2025-10-20T09:00:00+02:00", "2025-10-20T08:00:00"),  # a time with no offset is UTC
        ("2025-10-20", "2025-10-20T00:00:01Z"),  # a date alone is its midnight
        ("2025-10-20T08:00:00Z", "10/13/2025"),  # a date that cannot be read comes after
        ("0001-01-01T00:00+05:00", "9999-12-31T23:59-05:00"),  # no overflow at the ends
    ],
)
def test_date_order(earlier: str, later: str) -> None:
    assert date_order(earlier) < date_order(later)


def test_unreadable_dates_are_equal_and_fall_back_to_the_other_tie_breaks() -> None:
    assert date_order("10/13/2025") == date_order("sometime") == (1,)
    docs = {
        "a": DocumentInfo("a", "a", "", 100, date="sometime"),
        "b": DocumentInfo("b", "b", "", 300, date="10/13/2025"),
        "c": DocumentInfo("c", "c", "", 200),
    }
    pairs = [Pair("a", "b", Relation.EXACT, 1.0, _measures()), Pair("b", "c", Relation.EXACT, 1.0, _measures())]
    assert build_clusters(pairs, docs)[0].origin == "b"  # the longer of the two dated


def _measures() -> Measures:
    return Measures(**{f.name: 0 for f in fields(Measures)})


def _dated_copies(dates: dict[str, str]) -> None:
    text = (SEEDS_DIR / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8").split("---", 2)[2]
    for name, date in dates.items():
        Path(name).write_text(f'---\ndate: "{date}"\n---\n{text}', encoding="utf-8")


def scan_json(*args: str) -> dict[str, Any]:
    result = run("scan", *args, "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize(
    ("original", "copy"),
    [("Mon, 13 Oct 2025 09:00:00 +0000", "2025-10-20"), ("2025-10-20T09:00+02:00", "2025-10-20T08:30Z")],
)
def test_the_earliest_in_time_is_the_origin_and_the_later_is_blamed(isolated: Path, original: str, copy: str) -> None:
    _dated_copies({"a.md": copy, "b.md": original})
    assert [c["origin"] for c in scan_json(".")["clusters"]] == ["b.md"]
    result = run("check", ".", "-q")
    assert result.exit_code == 1
    assert result.stdout == "a.md: error: exact copy of b.md (score 1.0)\n"


def test_records_dated_rss_and_iso_are_blamed_in_time_order(isolated: Path) -> None:
    text = (SEEDS_DIR / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8").split("---", 2)[2]
    records = [
        {"id": "x1", "text": text, "date": "2025-10-20"},
        {"id": "x2", "text": text, "date": "Mon, 13 Oct 2025 09:00:00 +0000"},
    ]
    Path("feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert [c["origin"] for c in scan_json("feed.jsonl")["clusters"]] == ["feed.jsonl#x2"]
    result = run("check", "feed.jsonl", "-q")
    assert result.stdout == "feed.jsonl#x1: error: exact copy of feed.jsonl#x2 (score 1.0)\n"


# --- 5. a web site's own files are not articles ------------------------------------------------------

SITE_FILES = {
    "robots.txt": "User-agent: *\nDisallow: /admin/\nSitemap: https://example.org/sitemap.xml\n",
    "humans.txt": "/* TEAM */\nEditor: Jane Doe\nSite: https://example.org\n",
    "ads.txt": "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n",
    "app-ads.txt": "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n",
    "llms.txt": "# Example News\n\n> The news of the example city, written by its own reporters.\n",
    "security.txt": "Contact: mailto:security@example.org\nExpires: 2030-01-01T00:00:00Z\n",
    ".well-known/security.txt": "Contact: mailto:security@example.org\nExpires: 2030-01-01T00:00:00Z\n",
    "sitemap.xml": '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://example.org/news/flood</loc></url></urlset>\n",
    "news-sitemap.xml": '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://example.org/news/flood</loc></url></urlset>\n",
}


def test_a_site_folder_passes_over_the_site_files(isolated: Path) -> None:
    site = isolated / "site"
    for name, content in SITE_FILES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(content, encoding="utf-8")
    shutil.copy(SEEDS_DIR / "000_18cf876f3e1eab20.txt", site / "flood.txt")
    shutil.copy(SEEDS_DIR / "000_18cf876f3e1eab20.txt", site / "security.md")  # an article, whatever its name
    result = CliRunner().invoke(main, ["scan", "site", "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "2 documents, 1 candidate pair, 1 pair, 1 cluster, 0 skipped"
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["flood.txt", "security.md"]


@pytest.mark.parametrize("name", ["robots.txt", "humans.txt", "llms.txt"])
def test_a_site_file_named_on_the_command_line_is_read(isolated: Path, name: str) -> None:
    Path(name).write_text(SITE_FILES[name], encoding="utf-8")
    assert [d["id"] for d in scan_json(name)["documents"]] == [name]
