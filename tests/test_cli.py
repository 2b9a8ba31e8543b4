"""The command line through click's CliRunner: the seeds' expected outcome, streams, formats, exit codes, help."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from dedupe.cli import main
from dedupe.config import Settings
from dedupe.errors import ExitCode

REPO = Path(__file__).resolve().parent.parent

BBC = "000_18cf876f3e1eab20.txt"
SHORT_REWRITE = "001_464166d64fa40d8a.txt"
AFP = "002_3bf57c7de5c00ca0.txt"
PARAPHRASE = "003_c661afd7bc768f5b.txt"
YONHAP = "004_be98cb181ba6487c.txt"
SEEDS = [BBC, SHORT_REWRITE, AFP, PARAPHRASE, YONHAP]
STRONG = {"exact", "near-duplicate", "rewrite"}
SUMMARY = re.compile(r"^\d+ documents?, \d+ candidate pairs?, \d+ pairs?, \d+ clusters?, \d+ skipped$", re.MULTILINE)


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def scan_json(*args: str) -> dict[str, Any]:
    result = invoke("scan", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def pair_of(report: dict[str, Any], a: str, b: str) -> dict[str, Any] | None:
    return next((p for p in report["pairs"] if {p["a"], p["b"]} == {a, b}), None)


# --- the seeds -----------------------------------------------------------------------------------


def test_scan_seeds_text_shows_the_bbc_cluster(seeds: Path) -> None:
    result = invoke("scan", "seeds/")
    assert result.exit_code == 0
    clusters = result.stdout.partition("Pairs")[0]
    assert "Clusters" in clusters
    assert BBC in clusters
    assert PARAPHRASE in clusters
    assert re.search(r"\b(exact|near-duplicate|rewrite)\b", clusters)
    for independent in (AFP, YONHAP):
        assert independent not in result.stdout
    assert SUMMARY.search(result.stderr)


def test_scan_finds_the_paraphrase_whatever_the_files_are_called(seeds: Path) -> None:
    # Names that say nothing: no suffix, or one that names no format; the content decides.
    folder = seeds.parent / "unnamed"
    folder.mkdir()
    names = {BBC: "k2", SHORT_REWRITE: "a9.dat", AFP: "x", PARAPHRASE: "q7.article", YONHAP: "0013"}
    for seed, name in names.items():
        (folder / name).write_bytes((seeds / seed).read_bytes())
    report = scan_json("unnamed")
    assert sorted(d["id"] for d in report["documents"]) == sorted(names.values())
    assert [(c["members"], c["relation"]) for c in report["clusters"]] == [(["k2", "q7.article"], "rewrite")]


def test_scan_seeds_json_clusters_bbc_with_its_paraphrase(seeds: Path) -> None:
    report = scan_json("seeds")
    cluster = next(c for c in report["clusters"] if BBC in c["members"])
    assert PARAPHRASE in cluster["members"]
    assert cluster["relation"] in STRONG
    assert cluster["origin"] == BBC  # the only dated member (front matter)
    pair = pair_of(report, BBC, PARAPHRASE)
    assert pair is not None
    assert pair["relation"] in STRONG


@pytest.mark.parametrize("independent", [AFP, YONHAP])
def test_scan_seeds_independent_reports_have_no_strong_link(seeds: Path, independent: str) -> None:
    report = scan_json("seeds")
    strong = [p for p in report["pairs"] if independent in (p["a"], p["b"]) and p["relation"] in STRONG]
    assert strong == []
    assert all(independent not in c["members"] for c in report["clusters"])


@pytest.mark.parametrize("independent", [AFP, YONHAP])
def test_scan_seeds_independent_reports_are_unlinked(seeds: Path, independent: str) -> None:
    # Issue 2: "the seeds' 002 (AFP) and 004 (Yonhap) link to no other seed" - not even partial.
    report = scan_json("seeds")
    assert [p for p in report["pairs"] if independent in (p["a"], p["b"])] == []


def test_scan_seeds_short_rewrite_never_links_the_independent_reports(seeds: Path) -> None:
    # 001 takes several BBC passages: any relation (or none) to 000/003 is fine.
    report = scan_json("seeds")
    for independent in (AFP, YONHAP):
        assert pair_of(report, SHORT_REWRITE, independent) is None
    cluster = next((c for c in report["clusters"] if SHORT_REWRITE in c["members"]), None)
    if cluster is not None:
        assert AFP not in cluster["members"]
        assert YONHAP not in cluster["members"]


def test_text_output_shows_names_with_brackets_as_they_are(seeds: Path) -> None:
    # File names are text, never rich markup: "[draft]" is not a style tag to drop.
    folder = seeds.parent / "brackets"
    folder.mkdir()
    (folder / "[draft] bbc.txt").write_bytes((seeds / BBC).read_bytes())
    (folder / "[x] paraphrase.txt").write_bytes((seeds / PARAPHRASE).read_bytes())
    (folder / "[bold] bad.txt").write_bytes(b"\x00\x01\x02 binary")
    result = CliRunner().invoke(main, ["scan", str(folder)], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert result.stdout.count("[draft] bbc.txt") == 3  # members, origin, pair
    assert result.stdout.count("[x] paraphrase.txt") == 2
    assert f"warning: {folder / '[bold] bad.txt'}: binary file" in result.stderr


def test_scan_seeds_documents(seeds: Path) -> None:
    report = scan_json("seeds")
    documents = {d["id"]: d for d in report["documents"]}
    assert set(SEEDS) <= set(documents)
    assert documents[BBC]["path"] == f"seeds/{BBC}"
    # Front matter is metadata: the title comes from it and is not counted as body words.
    assert documents[BBC]["title"] == "Big News: N Korea confirms it sent troops to fight for Russia in Ukraine war"
    assert documents[BBC]["date"] == "2025-04-28T03:37:19"
    assert documents[PARAPHRASE]["title"] == "North Korea Confirms Military Support for Russia in Ukraine War"


def test_scan_seeds_reads_only_the_five_articles(seeds: Path) -> None:
    assert (seeds / "README.md").exists()
    report = scan_json("seeds")
    assert [d["id"] for d in report["documents"]] == SEEDS


# --- streams -------------------------------------------------------------------------------------


def test_json_stdout_is_pure_json_and_stderr_has_the_summary(seeds: Path) -> None:
    result = invoke("scan", "seeds", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout.startswith("{")
    assert result.stdout.endswith("}\n")
    json.loads(result.stdout)
    assert SUMMARY.search(result.stderr)
    assert "{" not in result.stderr


def test_quiet_prints_nothing_on_stderr(seeds: Path) -> None:
    for output_format in ("text", "json", "jsonl"):
        result = invoke("scan", "seeds", "--format", output_format, "--quiet")
        assert result.exit_code == 0
        assert result.stderr == ""
        assert result.stdout


def test_quiet_still_warns_about_skipped_input(seeds: Path) -> None:
    # --quiet drops progress and summary (see --help); an unusable input is still worth a line.
    result = invoke("scan", "seeds", "missing.txt", "--format", "json", "-q")
    assert result.exit_code == 0
    assert result.stderr == "warning: missing.txt: no such file or folder\n"


def test_jsonl_lines_parse(seeds: Path) -> None:
    result = invoke("scan", "seeds", "--format", "jsonl", "--quiet")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines
    records = [json.loads(line) for line in lines]
    assert {r["type"] for r in records} == {"pair", "cluster", "document", "stats"}
    assert all(r["version"] == 1 for r in records)
    pairs = [r for r in records if r["type"] == "pair"]
    clusters = [r for r in records if r["type"] == "cluster"]
    # Same content as the JSON document, one object per line.
    report = scan_json("seeds", "--quiet")
    assert [{k: v for k, v in p.items() if k not in ("type", "version")} for p in pairs] == report["pairs"]
    assert [{k: v for k, v in c.items() if k not in ("type", "version")} for c in clusters] == report["clusters"]


# --- exit codes ----------------------------------------------------------------------------------


def test_exit_code_enum_is_the_documented_one() -> None:
    assert [(c.name, int(c)) for c in ExitCode] == [("SUCCESS", 0), ("FINDINGS", 1), ("USAGE", 2), ("INPUT_ERROR", 3)]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["scan"], id="no-paths"),
        pytest.param(["scan", "seeds", "--bogus"], id="unknown-option"),
        pytest.param(["scan", "seeds", "--format", "xml"], id="bad-format"),
        pytest.param(["scan", "seeds", "--copy-threshold", "abc"], id="not-a-number"),
        pytest.param(["scan", "seeds", "--copy-threshold", "2"], id="threshold-out-of-range"),
        pytest.param(["scan", "seeds", "--num-perm", "4"], id="too-few-permutations"),
        pytest.param(["nosuchcommand"], id="unknown-command"),
    ],
)
def test_usage_errors_exit_2(seeds: Path, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.strip()
    assert "Traceback" not in result.stderr


def test_config_error_is_one_line(seeds: Path) -> None:
    result = invoke("scan", "seeds", "--copy-threshold", "2")
    assert result.stderr == "error: copy-threshold must be in (0, 1], got 2.0\n"


def test_missing_path_warns_and_exits_0(seeds: Path) -> None:
    result = invoke("scan", "seeds", "nope", "--format", "json")
    assert result.exit_code == ExitCode.SUCCESS
    assert "warning: nope: no such file or folder" in result.stderr
    report = json.loads(result.stdout)
    assert report["skipped"] == [{"path": "nope", "reason": "no such file or folder", "line": None}]
    assert report["stats"]["skipped"] == 1


def test_missing_path_with_strict_exits_3(seeds: Path) -> None:
    result = invoke("scan", "seeds", "nope", "--format", "json", "--strict")
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "warning: nope: no such file or folder" in result.stderr
    json.loads(result.stdout)  # the report is still written


def test_strict_without_skips_exits_0(seeds: Path) -> None:
    assert invoke("scan", "seeds", "--strict", "-q").exit_code == ExitCode.SUCCESS


def test_empty_folder_is_an_empty_report() -> None:
    Path("empty").mkdir()
    report = scan_json("empty", "-q")
    assert (report["documents"], report["pairs"], report["clusters"]) == ([], [], [])


# --- help ----------------------------------------------------------------------------------------


def test_python_m_dedupe_help() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-m", "dedupe", "--help"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout
    assert "scan" in done.stdout


def test_version() -> None:
    from dedupe import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"dedupe, version {__version__}\n"


def _commands() -> list[str]:
    assert isinstance(main, click.Group)
    return sorted(main.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    cmd = main.commands[command]
    assert cmd.help and cmd.help.strip(), f"{command} has no docstring"
    assert cmd.short_help or cmd.help.splitlines()[0].strip()
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage:")
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.help, f"{command} {param.opts[0]} has no help text"


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_listed_in_main_help(command: str) -> None:
    assert re.search(rf"^\s+{re.escape(command)}\s", invoke("--help").stdout, re.MULTILINE)


@pytest.mark.parametrize("command", _commands())
def test_every_command_documents_exit_codes(command: str) -> None:
    text = invoke(command, "--help").stdout
    assert "Exit codes:" in text
    for code in ("0", "2", "3"):
        assert re.search(rf"^\s+{code}\s", text, re.MULTILINE)


def test_scan_help_shows_every_threshold_default() -> None:
    # A threshold option's help shows the Settings default: "[0.3]" after the text.
    defaults = Settings()
    scan = main.commands["scan"]
    for param in scan.params:
        if not isinstance(param, click.Option) or param.name is None:
            continue
        if param.name in vars(defaults) and param.name not in ("rewrites", "jobs"):
            assert param.help is not None
            assert param.help.endswith(f"[{getattr(defaults, param.name)}]."), param.name


def test_rewrite_survives_abbreviated_names(tmp_path: Path, seeds: Path) -> None:
    # "North Korea" written "N. Korea" throughout must not break the paraphrase into fragments.
    original = seeds / "000_18cf876f3e1eab20.txt"
    text = (seeds / "003_c661afd7bc768f5b.txt").read_text(encoding="utf-8").replace("North Korea", "N. Korea")
    (tmp_path / "003_abbreviated.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["diff", str(original), str(tmp_path / "003_abbreviated.txt"), "--format", "json"]
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["pairs"][0]["relation"] == "rewrite"


def test_an_unexpected_error_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch, seeds: Path) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("dedupe.cli.find_duplicates", broken)
    monkeypatch.delenv("DEDUPE_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["scan", str(seeds), "--quiet"])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "option",
    [
        ["--loose-rewrite-ordered", "0.99"],
        ["--loose-rewrite-origin", "0.99"],
        ["--loose-rewrite-rare-order", "0.99"],
        ["--weak-sentence-similarity", "0.9"],
    ],
)
def test_loose_rewrite_options_reach_the_rule(option: list[str]) -> None:
    """The loose rewrite of the flood case links to the original by the loose-rewrite rule only:
    raising any one of its thresholds out of reach drops that link."""
    case = Path(__file__).parent / "data" / "cases" / "en-river-flood"
    files = [str(case / name) for name in ("original.txt", "loose.txt")]

    def relations(*extra: str) -> list[str]:
        result = invoke("scan", *files, "--format", "json", "--quiet", *extra)
        assert result.exit_code == 0
        return [pair["relation"] for pair in json.loads(result.stdout)["pairs"]]

    assert relations() == ["rewrite"]
    assert relations(*option) == []


def test_lone_surrogates_in_a_record_reach_the_json_report_as_escapes(tmp_path: Path) -> None:
    """A JSON escape of a lone surrogate in the input is not UTF-8: the report writes it as the
    same escape (a real process, whose stdout encodes strictly), so no data is lost."""
    text = "Lone surrogates are valid JSON escapes though not valid Unicode text on their own. " * 3
    record = {"id": "x", "title": "T\ud800itle", "text": text + "\udc00 end."}
    corpus = tmp_path / "records.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="ascii")
    result = subprocess.run(
        [sys.executable, "-m", "dedupe", "scan", str(corpus), "--format", "json", "--quiet"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"\\ud800" in result.stdout
    report = json.loads(result.stdout)
    assert [d["title"] for d in report["documents"]] == ["T\ud800itle"]


def test_a_deeply_nested_field_reads_as_empty_text(tmp_path: Path) -> None:
    nested: Any = "deep"
    for _ in range(900):
        nested = [nested]
    corpus = tmp_path / "records.jsonl"
    body = "A record whose author field is a list nested nine hundred levels deep. " * 3
    corpus.write_text(json.dumps({"id": "x", "author": nested, "text": body}) + "\n", encoding="utf-8")
    result = invoke("scan", str(corpus), "--format", "json", "--quiet")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["stats"]["documents"] == 1


def test_text_output_of_a_scan_with_nothing_to_compare_says_so(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text("One article, on its own, about the council's budget vote.\n", encoding="utf-8")
    assert invoke("scan", str(tmp_path)).stdout == "No clusters: 1 article read, nothing to compare.\n"
    (tmp_path / "only.txt").unlink()
    assert invoke("scan", str(tmp_path)).stdout == "No clusters: 0 articles read, nothing to compare.\n"


def test_the_summary_counts_one_of_a_thing_in_the_singular(seeds: Path) -> None:
    Path("two").mkdir()
    for name in (BBC, PARAPHRASE):
        shutil.copy(seeds / name, Path("two") / name)
    assert invoke("scan", "two").stderr == "2 documents, 1 candidate pair, 1 pair, 1 cluster, 0 skipped\n"
    assert invoke("scan", f"two/{BBC}").stderr == "1 document, 0 candidate pairs, 0 pairs, 0 clusters, 0 skipped\n"


def test_files_of_one_name_get_their_paths_whatever_the_order(seeds: Path) -> None:
    for folder, seed in (("A", BBC), ("B", PARAPHRASE)):
        (seeds.parent / folder).mkdir()
        (seeds.parent / folder / "x.txt").write_bytes((seeds / seed).read_bytes())
    first = invoke("scan", "A/x.txt", "B/x.txt", "--format", "json", "-q").stdout
    assert invoke("scan", "B/x.txt", "A/x.txt", "--format", "json", "-q").stdout == first
    assert [d["id"] for d in json.loads(first)["documents"]] == ["A/x.txt", "B/x.txt"]
    # A file reached twice is one document, under the smaller of its ids, in either order.
    for args in (("A", "A/x.txt"), ("A/x.txt", "A")):
        assert [d["id"] for d in json.loads(invoke("scan", *args, "--format", "json", "-q").stdout)["documents"]] == [
            "x.txt"
        ]
