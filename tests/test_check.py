"""``dedupe check`` through CliRunner: exit codes, baseline round-trip, formats and --changed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner, Result

from dedupe.check import RELATION_VERB
from dedupe.cli import expand_changed, main
from dedupe.config import Settings
from dedupe.models import Relation
from dedupe.pipeline import find_duplicates
from dedupe.render.sarif import artifact_uri
from dedupe.sources import iter_articles
from tests.conftest import SEEDS_DIR, TESTS_DIR

ORIGINAL = "000_18cf876f3e1eab20.txt"  # the BBC article, dated in its front matter
REWRITE = "003_c661afd7bc768f5b.txt"  # a paraphrase of it
OTHERS = ("001_464166d64fa40d8a.txt", "002_3bf57c7de5c00ca0.txt", "004_be98cb181ba6487c.txt")
COPY = "005_copy.txt"
SARIF_SCHEMA = json.loads((TESTS_DIR / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def content(isolated: Path) -> Path:
    """The seed articles in ``content/``; ``.git`` stops the config search at the test's folder."""
    (isolated / ".git").mkdir()
    target = isolated / "content"
    target.mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy(seed, target / seed.name)
    return target


def check(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["check", *args], input=stdin)


def seed_pair() -> tuple[str, float]:
    """The relation and score that scan finds between the original and its rewrite."""
    result = CliRunner().invoke(main, ["scan", "content", "--format", "json", "-q"])
    (pair,) = json.loads(result.stdout)["pairs"]
    assert (pair["a"], pair["b"]) == (ORIGINAL, REWRITE)
    return pair["relation"], pair["score"]


def error_line(newer: str, relation: str, older: str, score: float, level: str = "error") -> str:
    return f"content/{newer}: {level}: {RELATION_VERB[Relation(relation)]} content/{older} (score {score})\n"


# --- exit codes ---------------------------------------------------------------------------------


def test_findings_exit_1_naming_both_files(content: Path) -> None:
    relation, score = seed_pair()
    result = check("content")
    assert result.exit_code == 1
    assert result.stdout == error_line(REWRITE, relation, ORIGINAL, score)
    assert result.stderr.endswith(
        f"5 documents: 1 failing pair ({Relation.REWRITE.value} or stronger), 0 accepted by the baseline, "
        "0 below --fail-on\ncheck failed\n"
    )


def test_no_findings_exit_0(content: Path) -> None:
    (content / ORIGINAL).unlink()
    result = check("content")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.endswith("check passed\n")


def test_the_summary_of_one_document_says_document(content: Path) -> None:
    result = check(f"content/{ORIGINAL}")
    assert result.exit_code == 0
    assert result.stderr == (
        "1 document: 0 failing pairs (rewrite or stronger), 0 accepted by the baseline, 0 below --fail-on\n"
        "check passed\n"
    )


def test_pairs_below_fail_on_are_reported_and_pass(content: Path) -> None:
    relation, score = seed_pair()
    result = check("content", "--fail-on", "exact")
    assert result.exit_code == 0
    assert result.stdout == error_line(REWRITE, relation, ORIGINAL, score, level="note")
    assert "1 below --fail-on" in result.stderr


def test_quiet_prints_findings_only(content: Path) -> None:
    result = check("content", "-q")
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["content", "--fail-on", "similar"],
        [],  # no PATHS and none configured
        ["content", "--update-baseline", "b.json", "--changed", f"content/{REWRITE}"],
        ["content", "--baseline", "-", "--changed-from-stdin"],
        ["content", "--changed"],
        ["content", "--format", "xml"],
    ],
)
def test_usage_errors_exit_2(content: Path, args: list[str]) -> None:
    result = check(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Error:" in result.stderr


def test_missing_baseline_exits_3_with_one_line(content: Path) -> None:
    result = check("content", "--baseline", "nope.json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == "error: baseline nope.json does not exist; create it with --update-baseline nope.json\n"


def test_malformed_baseline_exits_3(content: Path) -> None:
    Path("b.json").write_text("{not json", encoding="utf-8")
    result = check("content", "--baseline", "b.json")
    assert result.exit_code == 3
    assert result.stderr.startswith("error: b.json: baseline is not valid JSON")
    assert result.stderr.count("\n") == 1


def test_strict_skipped_input_exits_3(content: Path) -> None:
    (content / "bad.txt").write_bytes(b"\x00\x01\x02 binary")
    assert check("content").exit_code == 1  # warned, findings still decide
    result = check("content", "--strict")
    assert result.exit_code == 3
    assert "bad.txt: binary file" in result.stderr


def test_strict_skipped_input_does_not_write_a_baseline(content: Path) -> None:
    (content / "bad.txt").write_bytes(b"\x00\x01\x02 binary")
    result = check("content", "--strict", "--update-baseline", "b.json")
    assert result.exit_code == 3
    assert "b.json was not written" in result.stderr
    assert not Path("b.json").exists()


def test_options_update_baseline_does_not_use_say_so(content: Path) -> None:
    result = check("content", "--update-baseline", "b.json", "--format", "sarif", "--baseline", "b.json", "-q")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        "warning: --format is ignored with --update-baseline (it writes the baseline's JSON)\n"
        "warning: --baseline is ignored with --update-baseline (it records every current finding)\n"
    )
    assert json.loads(Path("b.json").read_text(encoding="utf-8"))["version"] == 1


# --- baseline round trip ------------------------------------------------------------------------


def test_baseline_round_trip(content: Path) -> None:
    relation, score = seed_pair()
    fingerprints = {
        d["id"]: d["fingerprint"]
        for d in json.loads(CliRunner().invoke(main, ["scan", "content", "--format", "json", "-q"]).stdout)["documents"]
    }

    # Accept today's pairs.
    result = check("content", "--update-baseline", ".dedupe-baseline.json")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.endswith("wrote 1 accepted pair (rewrite or stronger) to .dedupe-baseline.json\n")
    assert json.loads(Path(".dedupe-baseline.json").read_text(encoding="utf-8")) == {
        "version": 1,
        "accepted": [
            {
                "a": ORIGINAL,
                "a_fingerprint": fingerprints[ORIGINAL],
                "b": REWRITE,
                "b_fingerprint": fingerprints[REWRITE],
                "relation": relation,
                "score": score,
            }
        ],
    }

    # The accepted pair passes.
    result = check("content", "--baseline", ".dedupe-baseline.json")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "0 failing pairs (rewrite or stronger), 1 accepted by the baseline" in result.stderr

    # A new exact copy of the original fails, blamed on the new file (as dated as the original,
    # as long: the pair's second id). The paraphrase, undated, counts as later than the dated copy:
    # their new pair is reported on it, as a cluster never names an undated article its origin.
    shutil.copy(content / ORIGINAL, content / COPY)
    result = check("content", "--baseline", ".dedupe-baseline.json")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"content/{COPY}: error: exact copy of content/{ORIGINAL} (score 1.0)",
        f"content/{REWRITE}: error: {relation} of content/{COPY} (score {score})",
    ]
    (content / COPY).unlink()

    # Renaming an accepted file keeps it accepted.
    (content / ORIGINAL).rename(content / "000_renamed.txt")
    result = check("content", "--baseline", ".dedupe-baseline.json")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "stale" not in result.stderr

    # Deleting one side leaves a stale entry, reported for information only.
    (content / REWRITE).unlink()
    result = check("content", "--baseline", ".dedupe-baseline.json")
    assert (result.exit_code, result.stdout) == (0, "")
    assert (
        f"stale baseline entry: {ORIGINAL} + {REWRITE} ({relation}): {REWRITE} is no longer in the corpus\n"
        "drop stale entries with --update-baseline\n"
    ) in result.stderr


def test_edited_into_a_closer_copy_is_not_covered(content: Path) -> None:
    relation, score = seed_pair()
    assert check("content", "--update-baseline", "b.json").exit_code == 0
    # The rewrite becomes the original's body with two words changed: a near-duplicate now.
    body = (content / ORIGINAL).read_text(encoding="utf-8").split("---", 2)[2]
    (content / REWRITE).write_text(body.replace("said", "stated", 2), encoding="utf-8")
    result = check("content", "--baseline", "b.json")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"content/{REWRITE}: error: near-duplicate of content/{ORIGINAL} (score ")
    # The failure says what the baseline accepted, and why that no longer covers the pair.
    assert result.stdout.endswith(f"; the baseline accepted {relation} {score} before an edit brought them closer\n")
    pair = json.loads(check("content", "--baseline", "b.json", "--format", "json").stdout)["pairs"][0]
    assert (pair["status"], pair["accepted_before_edit"]) == ("fail", {"relation": relation, "score": score})


def test_update_baseline_to_stdout_and_baseline_from_stdin(content: Path) -> None:
    written = check("content", "--update-baseline", "-", "-q")
    assert written.exit_code == 0
    assert json.loads(written.stdout)["accepted"][0]["a"] == ORIGINAL
    result = check("content", "--baseline", "-", stdin=written.stdout)
    assert (result.exit_code, result.stdout) == (0, "")


def test_update_baseline_rewrites_the_file_sorted_and_stable(content: Path) -> None:
    shutil.copy(content / ORIGINAL, content / COPY)
    assert check("content", "--update-baseline", "b.json").exit_code == 0
    first = Path("b.json").read_text(encoding="utf-8")
    assert check("content", "--update-baseline", "b.json").exit_code == 0
    assert Path("b.json").read_text(encoding="utf-8") == first
    keys = [(e["a"], e["b"]) for e in json.loads(first)["accepted"]]
    assert keys == sorted(keys) == [(ORIGINAL, REWRITE), (ORIGINAL, COPY), (REWRITE, COPY)]
    assert sorted(p.name for p in Path().iterdir()) == [".git", "b.json", "content"]


# --- formats ------------------------------------------------------------------------------------


def test_sarif_is_valid_and_names_the_newer_document(content: Path) -> None:
    relation, _ = seed_pair()
    shutil.copy(content / ORIGINAL, content / COPY)
    result = check("content", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (run,) = log["runs"]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["exact", "near-duplicate", "rewrite", "partial"]
    located = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in run["results"]]
    # The undated paraphrase counts as later than both dated articles: its two pairs are on it.
    assert sorted(located) == sorted(
        [("exact", f"content/{COPY}"), (relation, f"content/{REWRITE}"), (relation, f"content/{REWRITE}")]
    )
    results = dict(zip(located, run["results"], strict=True))
    exact = results[("exact", f"content/{COPY}")]
    assert exact["level"] == "error"
    assert exact["message"]["text"] == f"Exact copy of [content/{ORIGINAL}](1) (score 1.0)."
    (related,) = exact["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == f"content/{ORIGINAL}"
    assert run["tool"]["driver"]["rules"][exact["ruleIndex"]]["id"] == "exact"


def test_sarif_uris_are_relative_to_the_checkout_from_any_of_its_folders(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Code scanning resolves a URI against the checkout: run from a subfolder (paths from the
    config at its root), they were "../content/…" (audit 16)."""
    shutil.copy(content / ORIGINAL, content / COPY)
    (content.parent / ".dedupe.toml").write_text('paths = ["content"]\n', encoding="utf-8")
    (content.parent / "sub").mkdir()
    monkeypatch.chdir(content.parent / "sub")
    result = check("--format", "sarif", "--fail-on", "exact")
    assert result.exit_code == 1
    (found,) = json.loads(result.stdout)["runs"][0]["results"]
    assert found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"content/{COPY}"
    assert found["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"content/{ORIGINAL}"


def test_a_sarif_uri_outside_the_checkout_is_a_file_uri(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "sub").mkdir()
    repo = str(tmp_path / "repo" / "sub")
    assert artifact_uri("../a b.txt", repo) == "a%20b.txt"
    assert artifact_uri("x/../../top.txt", repo) == "top.txt"
    assert artifact_uri("../../outside.txt", repo) == (tmp_path / "outside.txt").as_uri()
    assert artifact_uri(str(tmp_path / "abs.txt"), repo) == (tmp_path / "abs.txt").as_uri()
    # An absolute path inside the checkout is relative to it too (a review).
    assert artifact_uri(str(tmp_path / "repo" / "sub" / "in.txt"), repo) == "sub/in.txt"


def test_sarif_uris_from_a_symlinked_folder_of_the_checkout(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The current folder reached through a symlink: the system resolves it (outside the
    checkout, no .git found, URIs without their folder); the shell's $PWD does not (a review)."""
    shutil.copy(content / ORIGINAL, content / COPY)
    (content.parent / "site").symlink_to(content, target_is_directory=True)
    monkeypatch.chdir(content.parent / "site")
    monkeypatch.setenv("PWD", str(content.parent / "site"))
    result = check(".", "--format", "sarif", "--fail-on", "exact")
    (found,) = json.loads(result.stdout)["runs"][0]["results"]
    assert found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"site/{COPY}"


def test_sarif_without_findings_is_valid(content: Path) -> None:
    result = check("content", "--format", "sarif", "--fail-on", "exact")
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["runs"][0]["results"] == []


def test_github_workflow_commands(content: Path) -> None:
    relation, score = seed_pair()
    Path("b.json").write_text(
        '{"version": 1, "accepted": [{"a": "gone.txt", "a_fingerprint": "0", "b": "x.txt", "b_fingerprint": "1", '
        '"relation": "exact", "score": 1.0}]}',
        encoding="utf-8",
    )
    result = check("content", "--format", "github", "--baseline", "b.json")
    assert result.exit_code == 1
    assert result.stdout == (
        f"::error file=content/{REWRITE},title=dedupe%3A {relation}::"
        f"{RELATION_VERB[Relation(relation)]} content/{ORIGINAL} (score {score})\n"
        "::notice title=dedupe%3A stale baseline entry::gone.txt + x.txt (exact): gone.txt is no longer in the corpus; "
        "drop it with --update-baseline\n"
    )


def test_json_and_jsonl(content: Path) -> None:
    relation, score = seed_pair()
    result = check("content", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "version": 1,
        "passed": False,
        "fail_on": "rewrite",
        "documents": 5,
        "changed": None,
        "pairs": [
            {
                "a": ORIGINAL,
                "b": REWRITE,
                "a_path": f"content/{ORIGINAL}",
                "b_path": f"content/{REWRITE}",
                "newer": REWRITE,
                "relation": relation,
                "score": score,
                "status": "fail",
                "accepted_before_edit": None,
            }
        ],
        "stale": [],
    }
    lines = check("content", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["pair"]
    assert json.loads(lines[0])["status"] == "fail"


# --- only what changed --------------------------------------------------------------------------


def pairs_of(result: Result) -> set[tuple[str, str]]:
    return {(p["a"], p["b"]) for p in json.loads(result.stdout)["pairs"]}


def test_changed_reports_only_pairs_touching_changed_files(content: Path) -> None:
    shutil.copy(content / ORIGINAL, content / COPY)
    everything = check("content", "--format", "json")
    assert pairs_of(everything) == {(ORIGINAL, REWRITE), (ORIGINAL, COPY), (REWRITE, COPY)}

    only_copy = check("content", "--format", "json", "--changed", f"content/{COPY}")
    assert only_copy.exit_code == 1
    assert pairs_of(only_copy) == {(ORIGINAL, COPY), (REWRITE, COPY)}
    assert json.loads(only_copy.stdout)["changed"] == [COPY]
    assert "6 documents (1 changed)" in only_copy.stderr

    rewrite = check("content", "--format", "json", "--changed", f"content/{REWRITE}")
    assert pairs_of(rewrite) == {(ORIGINAL, REWRITE), (REWRITE, COPY)}
    assert all(p["newer"] == REWRITE for p in json.loads(rewrite.stdout)["pairs"])


def test_changed_unrelated_files_pass(content: Path) -> None:
    result = check("content", "--changed", *(f"content/{name}" for name in OTHERS), "README.md")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "5 documents (3 changed): 0 failing pairs" in result.stderr


@pytest.mark.parametrize("flag", ["--changed-from-stdin", "--changed=-"])
def test_changed_from_stdin(content: Path, flag: str) -> None:
    shutil.copy(content / ORIGINAL, content / COPY)
    stdin = f"content/{OTHERS[0]}\ncontent/deleted.txt\n\ncontent/{COPY}\n"
    result = check("content", "--format", "json", flag, stdin=stdin)
    assert result.exit_code == 1
    assert pairs_of(result) == {(ORIGINAL, COPY), (REWRITE, COPY)}


def test_changed_takes_every_argument_up_to_the_next_option(content: Path) -> None:
    result = check("content", "--changed", f"content/{OTHERS[0]}", f"content/{REWRITE}", "--format", "json")
    assert pairs_of(result) == {(ORIGINAL, REWRITE)}


def test_changed_does_not_report_unchanged_baseline_entries_as_stale(content: Path) -> None:
    accepted = {"a": OTHERS[0], "a_fingerprint": "0", "b": OTHERS[1], "b_fingerprint": "1"}
    accepted |= {"relation": "exact", "score": 1}
    Path("b.json").write_text(json.dumps({"version": 1, "accepted": [accepted]}), encoding="utf-8")
    unrelated = check("content", "--baseline", "b.json", "--changed", f"content/{REWRITE}")
    assert "stale" not in unrelated.stderr
    involved = check("content", "--baseline", "b.json", "--changed", f"content/{OTHERS[0]}")
    assert f"stale baseline entry: {OTHERS[0]} + {OTHERS[1]} (exact): the pair is no longer found" in involved.stderr


def test_focus_verifies_only_pairs_involving_focused_documents(content: Path) -> None:
    shutil.copy(content / ORIGINAL, content / COPY)
    articles = list(iter_articles(["content"], lambda skipped: None))
    focused = find_duplicates(articles, Settings(jobs=1), focus={COPY})
    assert {(p.a, p.b) for p in focused.pairs} == {(ORIGINAL, COPY), (REWRITE, COPY)}
    assert len(focused.documents) == 6


@pytest.mark.parametrize(
    ("args", "expanded"),
    [
        (["c", "--changed", "a", "b"], ["c", "--changed", "a", "--changed", "b"]),
        (["--changed", "a", "--format", "json", "c"], ["--changed", "a", "--format", "json", "c"]),
        (["--changed", "-", "c"], ["--changed", "-", "--changed", "c"]),
        (["--changed", "--format", "json"], ["--changed", "--format", "json"]),  # click reports the missing value
        (["--changed=a", "b"], ["--changed=a", "b"]),
        (["c", "--", "--changed", "a"], ["c", "--", "--changed", "a"]),
    ],
)
def test_expand_changed(args: list[str], expanded: list[str]) -> None:
    assert expand_changed(args) == expanded


def test_help_documents_exit_codes() -> None:
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0
    assert "0  success (scan) / no findings (check)" in result.stdout
    assert "1  findings (check only)" in result.stdout
    assert "--fail-on [exact|near-duplicate|rewrite|partial]" in result.stdout


def test_records_of_a_jsonl_file_are_named_by_file_and_record(isolated: Path) -> None:
    body = (SEEDS_DIR / ORIGINAL).read_text(encoding="utf-8").split("---", 2)[2]
    records = [{"id": "x1", "text": body, "date": "2025-01-02"}, {"id": "x2", "text": body, "date": "2025-01-01"}]
    Path("feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = check("feed.jsonl", "-q")
    assert result.exit_code == 1
    assert result.stdout == "feed.jsonl#x1: error: exact copy of feed.jsonl#x2 (score 1.0)\n"  # x1 is dated later


@pytest.mark.parametrize("name", ["export", "articles.json"])
def test_records_of_any_file_of_several_articles_are_named_by_file_and_record(isolated: Path, name: str) -> None:
    # A JSON Lines file under a name that says nothing, and a JSON list of records.
    body = (SEEDS_DIR / ORIGINAL).read_text(encoding="utf-8").split("---", 2)[2]
    records = [{"id": "x1", "text": body, "date": "2025-01-02"}, {"id": "x2", "text": body, "date": "2025-01-01"}]
    text = json.dumps(records) if name.endswith(".json") else "".join(json.dumps(r) + "\n" for r in records)
    Path(name).write_text(text, encoding="utf-8")
    result = check(name, "-q")
    assert result.exit_code == 1
    assert result.stdout == f"{name}#x1: error: exact copy of {name}#x2 (score 1.0)\n"


def test_pre_commit_hook_runs_the_whole_check() -> None:
    (hook,) = yaml.safe_load((TESTS_DIR.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "dedupe"
    assert hook["entry"] == "dedupe check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False


def test_a_mistyped_path_is_an_error_not_an_empty_corpus(content: Path) -> None:
    result = check("content", "contnet")
    assert result.exit_code == 2
    assert "no such file or folder: contnet" in result.stderr
    assert check("missing/").exit_code == 2


def test_a_changed_file_that_was_not_read_gets_a_note(content: Path) -> None:
    result = check("content", "--changed", "content/gone.txt")
    assert result.exit_code == 0
    assert "note: changed file content/gone.txt was not read (deleted, or outside PATHS)\n" in result.stderr
    assert "note:" not in check("content", "--changed", "content/gone.txt", "-q").stderr


@pytest.mark.parametrize("name", ["000_undated.txt", "zzz_undated.txt"])
def test_the_undated_side_is_blamed_whatever_the_names(tmp_path: Path, name: str) -> None:
    """The dated article is the cluster's origin in ``scan``; ``check`` never blames it."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    folder = tmp_path / "feed"
    folder.mkdir()
    shutil.copy(seeds / ORIGINAL, folder / "111_dated.txt")
    body = (seeds / ORIGINAL).read_text(encoding="utf-8").split("---", 2)[2]
    (folder / name).write_text(body, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(folder), "-q"])
    assert result.exit_code == 1, result.output
    [line] = result.stdout.splitlines()
    assert line == f"{folder / name}: error: exact copy of {folder / '111_dated.txt'} (score 1.0)"


def test_pairs_below_fail_on_keep_their_baseline_entries(content: Path) -> None:
    """A stronger --fail-on finds the accepted pairs below it: they are not stale (following the
    hint to drop them would have emptied the baseline)."""
    assert check("content", "--update-baseline", "b.json").exit_code == 0
    result = check("content", "--baseline", "b.json", "--fail-on", "exact")
    assert result.exit_code == 0, result.output
    assert "stale" not in result.stderr
    assert "0 failing pairs (exact or stronger), 0 accepted by the baseline, 1 below --fail-on" in result.stderr


def test_a_baseline_kept_among_the_articles_is_not_read_as_one(content: Path) -> None:
    assert check("content", "--update-baseline", "content/dedupe-baseline.json").exit_code == 0
    result = check("content", "--baseline", "content/dedupe-baseline.json", "--strict")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    assert "0 failing pairs (rewrite or stronger), 1 accepted by the baseline" in result.stderr


# --- a file name that is not UTF-8 (session 15 audit: it ended the run with an internal error) ---


def test_a_name_that_is_not_utf8_is_baselined_and_reported_in_every_json_format(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    text = (SEEDS_DIR / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(text, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    made = check(str(folder), "--update-baseline", str(baseline), "--quiet")
    assert made.exit_code == 0, made.output
    saved = baseline.read_text(encoding="utf-8")
    assert '"b": "caf\\udce9.txt"' in saved
    assert json.loads(saved)["accepted"][0]["b"] == os.fsdecode(b"caf\xe9.txt")
    assert check(str(folder), "--baseline", str(baseline), "--quiet").exit_code == 0
    sarif = check(str(folder), "--format", "sarif", "--quiet")
    assert sarif.exit_code == 1
    [result] = json.loads(sarif.stdout)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (folder / "caf").as_uri() + "%E9.txt"
    for output_format in ("json", "jsonl"):
        found = check(str(folder), "--format", output_format, "--quiet")
        assert found.exit_code == 1
        assert "caf\\udce9.txt" in found.stdout


CHANGED_TOO = "an article from stdin ('-') and changed files from stdin cannot both read stdin."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-", "--changed-from-stdin"], CHANGED_TOO),
        (["-", "--changed", "-"], CHANGED_TOO),
        (["-", "--baseline", "-"], "an article from stdin ('-') and --baseline - cannot both read stdin."),
    ],
)
def test_stdin_is_read_for_one_thing_only(args: list[str], message: str) -> None:
    result = check(*args, stdin="a.txt\n")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_a_gate_refuses_a_path_it_may_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated (tests may run as root): the check would pass without the file it could not read."""
    locked = tmp_path / "locked.txt"
    shutil.copy(SEEDS_DIR / "000_18cf876f3e1eab20.txt", locked)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: str(path) != str(locked) and real_access(path, mode))
    result = check(str(locked), str(SEEDS_DIR))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: not readable: {locked}"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_baseline_is_never_written_over_a_device() -> None:
    result = check(str(SEEDS_DIR), "--update-baseline", "/dev/null")
    assert result.exit_code == 3
    assert result.stderr == "error: cannot write baseline /dev/null (not a regular file)\n"
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("option", ["--update-baseline", "--baseline"])
def test_an_empty_baseline_name_is_a_usage_error(content: Path, option: str) -> None:
    """A CI step's unset variable (``--update-baseline "$BASELINE"``) ran an ordinary check (audit 16)."""
    result = check("content", option, "")
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: {option}: an empty file name\n")
    config = content.parent / ".dedupe.toml"
    config.write_text('[check]\nbaseline = ""\n', encoding="utf-8")
    result = check("content")
    assert (result.exit_code, result.stderr) == (2, f"error: {config}: baseline = '': an empty file name\n")
