"""dedupe diff and scan --show-diffs: the rendered view, NO_COLOR and widths, the JSON, the errors."""

from __future__ import annotations

import html
import io
import itertools
import json
import re
import shutil
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.evidence import Comparison, compare
from dedupe.models import Article, Measures, Passage
from dedupe.render.diff import render_diff, rows
from dedupe.sources import iter_articles

A = "000_18cf876f3e1eab20.txt"
B = "003_c661afd7bc768f5b.txt"
ESCAPE = "\x1b["
WORD = re.compile(r"\w+")


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, input=input)


def diff_json(*args: str, input: str | None = None) -> dict[str, Any]:
    result = run("diff", *args, "--format", "json", input=input)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def styled(seeds: Path, no_color: bool) -> str:
    """render_diff on a terminal that supports colour (or says NO_COLOR)."""
    articles = [next(iter_articles([str(seeds / name)], print)) for name in (A, B)]
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=160, no_color=no_color)
    render_diff(compare(articles[0], articles[1], Settings()), console)
    return out.getvalue()


# --- text ----------------------------------------------------------------------------------------


def test_diff_of_the_seed_rewrite_side_by_side(seeds: Path) -> None:
    result = run("diff", str(seeds / A), str(seeds / B), env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert ESCAPE not in out  # not a terminal: plain text
    assert f"{A} and {B}: rewrite, score " in out
    assert "sentences aligned: A " in out and "verbatim: A " in out
    assert "Changed facts (" in out
    assert re.search(r"number\s+at least 1,000\s+→\s+approximately 1,000", out)
    assert re.search(r'quote\s+"in every way"\s+→\s+\(only in A\)', out)
    # both articles in columns, words only on one side marked as wdiff does
    assert f"A: {A}" in out and f"B: {B}" in out
    assert "[-border-]" in out and "{+western+}" in out
    assert "[-liberate-]" in out and "{+liberating+}" in out
    assert "not aligned" in out  # the site chrome at the end of 003
    assert max(len(line) for line in out.splitlines()) <= 160


def test_narrow_terminal_interleaves_the_articles(seeds: Path) -> None:
    out = run("diff", str(seeds / A), str(seeds / B), env={"COLUMNS": "80"}).stdout
    assert f"A: {A}" not in out  # no columns
    assert re.search(r"^1 · changed · 0\.\d\d ─+$", out, re.MULTILINE)
    assert re.search(r"^A \[-According-\] to \[-new developments-\], North Korea", out, re.MULTILINE)
    assert re.search(r"^B North Korea has \{\+officially\+\} confirmed", out, re.MULTILINE)
    assert max(len(line) for line in out.splitlines()) <= 80


def test_colour_highlights_shared_and_one_sided_words(seeds: Path) -> None:
    out = styled(seeds, no_color=False)
    assert "\x1b[1mKursk\x1b[0m" in out  # shared: bold
    assert "\x1b[31mborder\x1b[0m" in out  # only in A: red
    assert "\x1b[32mwestern\x1b[0m" in out  # only in B: green
    assert "[-border-]" not in out  # markers only without colour


def test_no_color_output_has_no_escape_codes(seeds: Path) -> None:
    assert ESCAPE not in styled(seeds, no_color=True)
    # and through the command, on a terminal (FORCE_COLOR) that asks for no colour
    forced = {"FORCE_COLOR": "1", "COLUMNS": "160"}
    coloured = run("diff", str(seeds / A), str(seeds / B), env=forced).stdout
    assert ESCAPE in coloured
    plain = run("diff", str(seeds / A), str(seeds / B), env={**forced, "NO_COLOR": "1"}).stdout
    assert ESCAPE not in plain
    assert "[-border-]" in plain and "{+western+}" in plain


# --- JSON ----------------------------------------------------------------------------------------


def test_diff_json_is_the_pair_as_scan_reports_it(seeds: Path) -> None:
    data = diff_json(str(seeds / A), str(seeds / B))
    assert set(data) == {"version", "pairs"}
    assert data["version"] == 1
    (pair,) = data["pairs"]
    scan = run("scan", str(seeds / A), str(seeds / B), "--format", "json", "--quiet")
    assert scan.exit_code == 0
    (scanned,) = json.loads(scan.stdout)["pairs"]
    assert pair == scanned
    assert pair["relation"] == "rewrite"
    for change in pair["changes"]:
        assert set(change) == {"kind", "a", "b", "text_a", "text_b"}
        assert change["kind"] in {"number", "date", "quote"}


def test_diff_json_passages_line_up_in_the_files(seeds: Path) -> None:
    (pair,) = diff_json(str(seeds / A), str(seeds / B))["pairs"]
    text_a = (seeds / A).read_text(encoding="utf-8")
    text_b = (seeds / B).read_text(encoding="utf-8")
    body_a = text_a.index("According to new developments")
    assert pair["passages"]
    for passage in pair["passages"]:
        assert set(passage) == {"a", "b", "kind", "similarity"}
        (sa, ea), (sb, eb) = passage["a"], passage["b"]
        assert body_a <= sa < ea <= len(text_a) and 0 <= sb < eb <= len(text_b)
        assert words(text_a[sa:ea]) & words(text_b[sb:eb])
    for change in pair["changes"]:
        if change["a"] is not None:
            assert text_a[change["a"][0] : change["a"][1]] == change["text_a"]
        if change["b"] is not None:
            assert text_b[change["b"][0] : change["b"][1]] == change["text_b"]


def test_unrelated_articles_still_get_measures_and_evidence(seeds: Path) -> None:
    data = diff_json(str(seeds / "002_3bf57c7de5c00ca0.txt"), str(seeds / "004_be98cb181ba6487c.txt"))
    (pair,) = data["pairs"]
    assert pair["relation"] is None
    assert pair["score"] == 0.0
    assert pair["measures"]["coverage_a"] >= 0.0
    assert isinstance(pair["passages"], list) and isinstance(pair["changes"], list)
    text = run("diff", str(seeds / "002_3bf57c7de5c00ca0.txt"), str(seeds / "004_be98cb181ba6487c.txt")).stdout
    assert ": not related (" in text


def test_diff_reads_one_side_from_stdin(seeds: Path) -> None:
    data = diff_json(str(seeds / A), "-", input=(seeds / B).read_text(encoding="utf-8"))
    (pair,) = data["pairs"]
    assert pair["relation"] == "rewrite"
    assert pair["b"] == "-"


# --- one article of a file that holds several (FILE#RECORD) --------------------------------------


def scanned_pair(path: str) -> dict[str, Any]:
    """The one pair ``dedupe scan PATH`` reports."""
    result = run("scan", path, "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["relation"] == "rewrite"
    return dict(pair)


def seed_texts(seeds: Path) -> tuple[str, str]:
    return (seeds / A).read_text(encoding="utf-8"), (seeds / B).read_text(encoding="utf-8")


def test_diff_takes_the_ids_scan_prints_for_json_lines_records(seeds: Path) -> None:
    text_a, text_b = seed_texts(seeds)
    records = [{"id": "r1", "text": "An unrelated note about the weather in spring."}, {"text": text_a}]
    records.append({"id": "r3", "text": text_b})
    Path("feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    pair = scanned_pair("feed.jsonl")
    assert (pair["a"], pair["b"]) == ("feed.jsonl#2", "feed.jsonl#r3")
    assert diff_json("feed.jsonl#2", "feed.jsonl#r3") == {"version": 1, "pairs": [pair]}
    text = run("diff", "feed.jsonl#2", "feed.jsonl#r3").stdout
    assert text.startswith("feed.jsonl#2 and feed.jsonl#r3: rewrite, score ")


def test_diff_takes_feed_item_ids_whose_guid_holds_a_hash(seeds: Path) -> None:
    items = "".join(
        f"<item><title>T{n}</title><guid>https://example.com/story#{n}</guid>"
        f"<description>{html.escape(text)}</description></item>"
        for n, text in enumerate(seed_texts(seeds))
    )
    Path("feed.rss").write_text(f'<rss version="2.0"><channel><title>F</title>{items}</channel></rss>', "utf-8")
    pair = scanned_pair("feed.rss")
    assert (pair["a"], pair["b"]) == ("feed.rss#https://example.com/story#0", "feed.rss#https://example.com/story#1")
    assert diff_json(pair["a"], pair["b"]) == {"version": 1, "pairs": [pair]}


def test_diff_takes_the_ids_of_a_json_list_under_a_folder(seeds: Path) -> None:
    text_a, text_b = seed_texts(seeds)
    Path("news").mkdir()
    Path("news/list.json").write_text(json.dumps([{"id": "a1", "text": text_a}, {"text": text_b}]), "utf-8")
    pair = scanned_pair("news")
    assert (pair["a"], pair["b"]) == ("list.json#2", "list.json#a1")
    # scan's ids are relative to the folder scanned: the file is named by its path
    assert diff_json("news/list.json#2", "news/list.json#a1") == {"version": 1, "pairs": [pair]}


def test_diff_takes_a_record_of_stdin(seeds: Path) -> None:
    text_a, text_b = seed_texts(seeds)
    lines = json.dumps({"text": text_a}) + "\n" + json.dumps({"text": text_b}) + "\n"
    # "--": an argument that starts with "-" is an option to click otherwise
    result = run("diff", "--format", "json", "--", "-#1", "-#2", input=lines)
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    assert (pair["a"], pair["b"], pair["relation"]) == ("-#1", "-#2", "rewrite")


def test_a_file_whose_name_holds_a_hash_is_read_whole(seeds: Path) -> None:
    shutil.copy(seeds / A, "story#1.txt")
    (pair,) = diff_json("story#1.txt", str(seeds / B))["pairs"]
    assert (pair["a"], pair["relation"]) == ("story#1.txt", "rewrite")


def test_a_record_the_file_does_not_hold_is_a_usage_error(seeds: Path) -> None:
    Path("feed.jsonl").write_text(json.dumps({"id": "r1", "text": seed_texts(seeds)[0]}) + "\n", "utf-8")
    result = run("diff", "feed.jsonl#r1", "feed.jsonl#12")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "error: feed.jsonl#12: feed.jsonl has no record '12'\n"


def test_a_record_on_an_unusable_line_is_an_input_error(seeds: Path) -> None:
    Path("feed.jsonl").write_text(json.dumps({"text": seed_texts(seeds)[0]}) + "\n{broken\n", "utf-8")
    result = run("diff", "feed.jsonl#1", "feed.jsonl#2")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("error: feed.jsonl:2: malformed JSON (")
    assert len(result.stderr.splitlines()) == 1


# --- errors --------------------------------------------------------------------------------------


def test_a_missing_file_is_an_input_error(seeds: Path) -> None:
    result = run("diff", str(seeds / A), "missing.txt")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.strip() == "error: missing.txt: no such file or folder"


def test_a_file_of_several_articles_is_a_usage_error(seeds: Path, tmp_path: Path) -> None:
    # The argument must name one (FILE#RECORD), as a record the file does not hold is (exit 2).
    feed = tmp_path / "two.jsonl"
    feed.write_text('{"id": 1, "text": "One story."}\n{"id": 2, "text": "Another story."}\n', encoding="utf-8")
    result = run("diff", str(seeds / A), str(feed))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {feed}: holds 2 articles; diff compares one article with one article; "
        f"name one as FILE#RECORD: {feed}#1\n"
    )


@pytest.mark.parametrize("args", [["seeds", f"seeds/{A}"], ["-", "-"], [f"seeds/{A}"]])
def test_usage_errors(seeds: Path, args: list[str]) -> None:
    result = run("diff", *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_diff_has_help() -> None:
    result = run("diff", "--help")
    assert result.exit_code == 0
    assert "Usage: main diff [OPTIONS] A B" in result.stdout
    assert "--sentence-similarity" in result.stdout  # judged with the scan's thresholds
    assert "--copy-threshold" not in result.stdout  # no candidate stage in a diff


# --- scan --show-diffs ---------------------------------------------------------------------------


def test_scan_show_diffs_renders_each_pair_after_the_tables(seeds: Path) -> None:
    plain = run("scan", str(seeds), "--quiet", env={"COLUMNS": "160"}).stdout
    assert "Changed facts" not in plain
    result = run("scan", str(seeds), "--quiet", "--show-diffs", env={"COLUMNS": "160"})
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(plain)
    assert f"{A} and {B}: rewrite" in out[len(plain) :]
    assert "[-liberate-]" in out and "approximately 1,000" in out
    # JSON is unchanged by the flag: it always has the passages
    assert (
        run("scan", str(seeds), "--quiet", "--format", "json", "--show-diffs").stdout
        == run("scan", str(seeds), "--quiet", "--format", "json").stdout
    )


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_scan_show_diffs_with_another_format_is_ignored_with_a_warning(seeds: Path, output_format: str) -> None:
    plain = run("scan", str(seeds), "--quiet", "--format", output_format)
    result = run("scan", str(seeds), "--quiet", "--format", output_format, "--show-diffs")
    assert result.exit_code == 0
    assert result.stdout == plain.stdout
    assert result.stderr == (
        f"warning: --show-diffs applies to --format text only; ignored with --format {output_format}\n"
    )


def test_show_diffs_from_a_config_file_is_no_reason_to_warn(seeds: Path) -> None:
    Path(".dedupe.toml").write_text("[scan]\nshow-diffs = true\n", encoding="utf-8")
    result = run("scan", str(seeds), "--quiet", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Changed facts" in run("scan", str(seeds), "--quiet").stdout  # the config does apply to text


# --- the line-up ---------------------------------------------------------------------------------

TEXT = st.text(st.sampled_from(list("ab c.\n")), min_size=1, max_size=60)


@st.composite
def comparisons(draw: st.DrawFn) -> Comparison:
    """Two articles (B with front matter) and passages: disjoint on each side, in any order."""
    text_a, text_b = draw(TEXT), draw(TEXT)
    offset_b = draw(st.integers(0, 20))

    def spans(length: int, base: int) -> list[tuple[int, int]]:
        cuts = sorted(draw(st.sets(st.integers(0, length), max_size=8)))
        pieces = [(base + s, base + e) for s, e in itertools.pairwise(cuts) if s < e]
        return [piece for piece in pieces if draw(st.booleans())]

    spans_a, spans_b = spans(len(text_a), 0), spans(len(text_b), offset_b)
    spans_b = draw(st.permutations(spans_b))
    passages = tuple(
        Passage(a=sa, b=sb, kind="changed", similarity=0.5) for sa, sb in zip(spans_a, spans_b, strict=False)
    )
    measures = Measures(**{f.name: 0 for f in fields(Measures)})
    article_a = Article("a", "a.txt", text_a)
    article_b = Article("b", "b.txt", text_b, body_offset=offset_b)
    return Comparison(article_a, article_b, None, 0.0, measures, passages, ())


def covered(spans: list[tuple[int, int]]) -> list[int]:
    return [i for s, e in spans for i in range(s, e)]


@given(comparisons())
def test_rows_show_every_character_once(comparison: Comparison) -> None:
    lines = rows(comparison)
    assert [row.passage for row in lines if row.passage] == sorted(comparison.passages, key=lambda p: p.a)
    for side, article in (("a", comparison.a), ("b", comparison.b)):
        spans = [span for row in lines if (span := getattr(row, side)) is not None]
        shown = covered(spans)
        assert len(shown) == len(set(shown))  # nothing twice
        body = range(article.body_offset, article.body_offset + len(article.text))
        missing = set(body) - set(shown)
        assert all(article.text[i - article.body_offset].isspace() for i in missing)  # only blank text left out
    if sorted(comparison.passages, key=lambda p: p.b) == sorted(comparison.passages, key=lambda p: p.a):
        # passages in the same order on both sides: B's rows are in B's order too
        starts = [row.b[0] for row in lines if row.b is not None]
        assert starts == sorted(starts)


@given(comparisons(), st.sampled_from([60, 100, 140]), st.booleans())
def test_any_line_up_renders(comparison: Comparison, width: int, no_color: bool) -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=width, no_color=no_color)
    render_diff(comparison, console)
    assert (ESCAPE in out.getvalue()) is not no_color


def test_diff_says_what_a_file_read_in_part_left_out(tmp_path: Path, seeds: Path) -> None:
    # Front matter that does not parse is left out of the text, as in a scan, and said so.
    text = (seeds / A).read_text(encoding="utf-8")
    (tmp_path / "post.md").write_text('---\ntitle: "unclosed\n---\n' + text, encoding="utf-8")
    result = run("diff", str(tmp_path / "post.md"), str(seeds / A), "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {tmp_path / 'post.md'}: front matter not parsed: while scanning a quoted scalar (line 2): "
        "found unexpected end of stream (line 2); left out of the text; its key: value lines read as written\n"
    )
    # The block is not compared: the body holds all of the other text (read as Markdown).
    assert json.loads(result.stdout)["pairs"][0]["measures"]["containment"] == 1.0
