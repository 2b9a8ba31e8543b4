"""The baseline file (format, parsing, atomic writes) and how check_report matches it."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dedupe.baseline import (
    Baseline,
    BaselineEntry,
    dump_baseline,
    load_baseline,
    parse_baseline,
    save_baseline,
)
from dedupe.check import SCORE_MARGIN, Status, accepted_baseline, check_report
from dedupe.cli import main
from dedupe.entry import Interrupted
from dedupe.errors import ExitCode, InputError
from dedupe.models import DocumentInfo, Measures, Pair, Relation, Report, Stats

MEASURES = Measures(**{f.name: 0 for f in fields(Measures)})  # type: ignore[arg-type]
STATS = Stats(**{f.name: 0 for f in fields(Stats)})  # type: ignore[arg-type]


def doc(doc_id: str, fingerprint: str, date: str = "") -> DocumentInfo:
    return DocumentInfo(
        id=doc_id, path=f"content/{doc_id}", title=doc_id, words=100, date=date, fingerprint=fingerprint
    )


def pair(a: str, b: str, relation: Relation = Relation.REWRITE, score: float = 0.7) -> Pair:
    return Pair(a=a, b=b, relation=relation, score=score, measures=MEASURES)


def report(documents: list[DocumentInfo], pairs: list[Pair]) -> Report:
    return Report(documents=tuple(documents), pairs=tuple(pairs), clusters=(), stats=STATS)


def entry(
    a: str, b: str, a_fp: str, b_fp: str, relation: Relation = Relation.REWRITE, score: float = 0.7
) -> BaselineEntry:
    return BaselineEntry(a=a, b=b, a_fingerprint=a_fp, b_fingerprint=b_fp, relation=relation, score=score)


ACCEPTED = Baseline.of([entry("orig.md", "syndicated.md", "f-orig", "f-synd")])


def statuses(result_report: Report, baseline: Baseline = ACCEPTED, **kwargs: object) -> dict[tuple[str, str], Status]:
    result = check_report(result_report, Relation.REWRITE, baseline, **kwargs)  # type: ignore[arg-type]
    return {(f.a.id, f.b.id): f.status for f in result.findings}


# --- the file ---------------------------------------------------------------------------------


def test_dump_is_sorted_one_entry_per_line() -> None:
    baseline = Baseline.of(
        [
            entry("b.md", "c.md", "22", "33", Relation.EXACT, 1.0),
            entry("a.md", "b.md", "11", "22", Relation.PARTIAL, 0.25),
        ]
    )
    assert dump_baseline(baseline) == (
        "{\n"
        '  "version": 1,\n'
        '  "accepted": [\n'
        '    {"a": "a.md", "a_fingerprint": "11", "b": "b.md", "b_fingerprint": "22", "relation": "partial", '
        '"score": 0.25},\n'
        '    {"a": "b.md", "a_fingerprint": "22", "b": "c.md", "b_fingerprint": "33", "relation": "exact", '
        '"score": 1.0}\n'
        "  ]\n"
        "}\n"
    )


def test_empty_baseline() -> None:
    assert dump_baseline(Baseline()) == '{\n  "version": 1,\n  "accepted": []\n}\n'
    assert parse_baseline(dump_baseline(Baseline()), "x") == Baseline()


entries = st.builds(
    entry,
    a=st.text(min_size=1, max_size=12),
    b=st.text(min_size=1, max_size=12),
    a_fp=st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    b_fp=st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    relation=st.sampled_from(Relation),
    score=st.floats(0, 1).map(lambda x: round(x, 4)),
).filter(lambda e: e.a < e.b)


@given(st.lists(entries, max_size=8))
def test_dump_parse_round_trip(items: list[BaselineEntry]) -> None:
    baseline = Baseline.of(items)
    text = dump_baseline(baseline)
    assert parse_baseline(text, "x") == baseline
    assert dump_baseline(parse_baseline(text, "x")) == text
    assert json.loads(text)["version"] == 1


def test_parse_accepts_a_pair_written_either_way_round() -> None:
    text = json.dumps(
        {
            "version": 1,
            "accepted": [
                {"a": "z.md", "a_fingerprint": "zz", "b": "a.md", "b_fingerprint": "aa"}
                | {"relation": "exact", "score": 1},
            ],
        }
    )
    assert parse_baseline(text, "x").entries == (entry("a.md", "z.md", "aa", "zz", Relation.EXACT, 1.0),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "b.json: baseline is not valid JSON"),
        ('{"version": 1, "accepted": ' + "[" * 100_000 + "]" * 100_000 + "}", "b.json: not a dedupe baseline (nested"),
        ("[]", "b.json: not a dedupe baseline"),
        ('{"version": 2, "accepted": []}', "b.json: baseline version 2 is not 1"),
        ('{"version": 1, "accepted": [{"a": "x"}]}', "b.json: accepted entry 1 needs the keys"),
        (
            '{"version": 1, "accepted": [{"a": "x", "b": "y", "a_fingerprint": "1", "b_fingerprint": "2", '
            '"relation": "copy", "score": 1}]}',
            "b.json: accepted entry 1: relation 'copy' is not one of exact, near-duplicate, rewrite, partial",
        ),
        (
            '{"version": 1, "accepted": [{"a": "x", "b": "y", "a_fingerprint": "1", "b_fingerprint": "2", '
            '"relation": "exact", "score": "high"}]}',
            "b.json: accepted entry 1: score must be a number",
        ),
    ],
)
def test_parse_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        parse_baseline(text, "b.json")


def test_load_missing_file_says_how_to_create_it(tmp_path: Path) -> None:
    missing = tmp_path / "b.json"
    with pytest.raises(InputError, match="create it with --update-baseline"):
        load_baseline(missing)


def test_a_baseline_saved_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    target.write_bytes(b"\xef\xbb\xbf" + dump_baseline(ACCEPTED).encode("utf-8"))
    assert load_baseline(target) == ACCEPTED


def test_a_baseline_that_is_a_link_stays_a_link(isolated: Path) -> None:
    shared = isolated / "shared.json"
    save_baseline(Baseline(), shared)
    link = isolated / "baseline.json"
    link.symlink_to(shared.name)
    save_baseline(ACCEPTED, link)
    assert link.is_symlink()
    assert load_baseline(shared) == ACCEPTED
    assert sorted(p.name for p in isolated.iterdir()) == ["baseline.json", "shared.json"]


def test_save_is_atomic_and_keeps_the_file_mode(isolated: Path) -> None:
    target = isolated / "baseline.json"
    save_baseline(ACCEPTED, target)
    assert load_baseline(target) == ACCEPTED
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.chmod(target, 0o664)
    save_baseline(Baseline(), target)
    assert load_baseline(target) == Baseline()
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert sorted(p.name for p in isolated.iterdir()) == ["baseline.json"]


def test_save_failure_leaves_no_temporary_file(isolated: Path) -> None:
    target = isolated / "baseline.json"
    target.mkdir()  # os.replace cannot put a file over a folder
    with pytest.raises(InputError, match="cannot write baseline"):
        save_baseline(ACCEPTED, target)
    assert sorted(p.name for p in isolated.iterdir()) == ["baseline.json"]
    assert target.is_dir()


def _raising(error: BaseException) -> Callable[..., None]:
    def fail(*args: object) -> None:
        raise error

    return fail


@pytest.mark.parametrize("step", ["fsync", "chmod", "replace"])
@pytest.mark.parametrize(
    "error",
    [KeyboardInterrupt(), Interrupted(), MemoryError(), RuntimeError("a bug")],
    ids=lambda error: type(error).__name__,
)
def test_an_interrupted_save_keeps_the_old_baseline_and_leaves_no_temporary_file(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, step: str
) -> None:
    target = isolated / "baseline.json"
    save_baseline(ACCEPTED, target)
    before = target.read_bytes()
    with monkeypatch.context() as patched:
        patched.setattr(os, step, _raising(error))
        with pytest.raises(type(error)):
            save_baseline(Baseline(), target)
    assert sorted(p.name for p in isolated.iterdir()) == ["baseline.json"]
    assert target.read_bytes() == before


def test_ctrl_c_while_check_writes_the_baseline_keeps_the_old_one(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["check", "seeds", "--update-baseline", "baseline.json", "--quiet"])
    assert (first.exit_code, first.stderr) == (ExitCode.SUCCESS, "")
    before = Path("baseline.json").read_bytes()
    assert load_baseline("baseline.json").entries  # the seed rewrite, accepted
    Path("seeds", "000_18cf876f3e1eab20.txt").unlink()  # the next baseline would differ
    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", _raising(Interrupted()))  # what Ctrl-C raises under the dedupe command
        with pytest.raises(Interrupted):
            runner.invoke(main, ["check", "seeds", "--update-baseline", "baseline.json", "--quiet"])
    assert sorted(p.name for p in Path().iterdir()) == ["baseline.json", "seeds"]
    assert Path("baseline.json").read_bytes() == before


# --- matching ----------------------------------------------------------------------------------


def test_unchanged_accepted_pair_is_covered() -> None:
    corpus = report([doc("orig.md", "f-orig"), doc("syndicated.md", "f-synd")], [pair("orig.md", "syndicated.md")])
    assert statuses(corpus) == {("orig.md", "syndicated.md"): Status.ACCEPTED}


def test_renamed_accepted_file_is_covered_by_fingerprint() -> None:
    corpus = report([doc("orig.md", "f-orig"), doc("renamed.md", "f-synd")], [pair("orig.md", "renamed.md")])
    result = check_report(corpus, Relation.REWRITE, ACCEPTED)
    assert [f.status for f in result.findings] == [Status.ACCEPTED]
    assert result.stale == ()


def test_both_files_renamed_is_covered() -> None:
    corpus = report([doc("new-a.md", "f-orig"), doc("new-b.md", "f-synd")], [pair("new-a.md", "new-b.md")])
    assert statuses(corpus) == {("new-a.md", "new-b.md"): Status.ACCEPTED}


def test_new_copy_of_an_accepted_article_fails() -> None:
    # copy.md has the fingerprint of syndicated.md, but syndicated.md is still there: a new copy.
    corpus = report(
        [doc("copy.md", "f-synd"), doc("orig.md", "f-orig"), doc("syndicated.md", "f-synd")],
        [
            pair("copy.md", "orig.md"),
            pair("copy.md", "syndicated.md", Relation.EXACT, 1.0),
            pair("orig.md", "syndicated.md"),
        ],
    )
    assert statuses(corpus) == {
        ("copy.md", "orig.md"): Status.FAIL,
        ("copy.md", "syndicated.md"): Status.FAIL,
        ("orig.md", "syndicated.md"): Status.ACCEPTED,
    }


def test_renamed_and_edited_file_is_a_new_document() -> None:
    corpus = report([doc("orig.md", "f-orig"), doc("renamed.md", "f-edited")], [pair("orig.md", "renamed.md")])
    assert statuses(corpus) == {("orig.md", "renamed.md"): Status.FAIL}


@pytest.mark.parametrize(
    ("relation", "score", "status"),
    [
        (Relation.REWRITE, 0.7, Status.ACCEPTED),  # edited, no closer
        (Relation.REWRITE, 0.7 + SCORE_MARGIN / 2, Status.ACCEPTED),  # within the margin
        (Relation.REWRITE, 0.7 + SCORE_MARGIN * 2, Status.FAIL),  # clearly higher
        (Relation.NEAR_DUPLICATE, 0.7, Status.FAIL),  # stronger relation
        (Relation.EXACT, 1.0, Status.FAIL),
        (Relation.REWRITE, 0.5, Status.ACCEPTED),  # further apart
    ],
)
def test_edited_accepted_article_is_covered_only_while_no_closer(
    relation: Relation, score: float, status: Status
) -> None:
    corpus = report(
        [doc("orig.md", "f-orig"), doc("syndicated.md", "f-edited")],
        [pair("orig.md", "syndicated.md", relation, score)],
    )
    assert statuses(corpus) == {("orig.md", "syndicated.md"): status}


def test_weaker_relation_after_an_edit_is_covered() -> None:
    baseline = Baseline.of([entry("orig.md", "syndicated.md", "f-orig", "f-synd", Relation.NEAR_DUPLICATE, 0.9)])
    corpus = report(
        [doc("orig.md", "f-orig"), doc("syndicated.md", "f-edited")],
        [pair("orig.md", "syndicated.md", Relation.REWRITE, 0.95)],
    )
    assert statuses(corpus, baseline) == {("orig.md", "syndicated.md"): Status.ACCEPTED}


def test_unedited_pair_stays_covered_whatever_the_settings_say() -> None:
    # Same texts (same fingerprints), judged closer only because thresholds changed: still accepted.
    corpus = report(
        [doc("orig.md", "f-orig"), doc("syndicated.md", "f-synd")],
        [pair("orig.md", "syndicated.md", Relation.NEAR_DUPLICATE, 0.9)],
    )
    assert statuses(corpus) == {("orig.md", "syndicated.md"): Status.ACCEPTED}


def test_pairs_below_fail_on_pass_and_are_not_accepted_into_a_baseline() -> None:
    corpus = report(
        [doc("a.md", "1"), doc("b.md", "2"), doc("c.md", "3")],
        [pair("a.md", "b.md", Relation.PARTIAL, 0.2), pair("b.md", "c.md", Relation.EXACT, 1.0)],
    )
    result = check_report(corpus, Relation.REWRITE)
    assert [f.status for f in result.findings] == [Status.INFO, Status.FAIL]
    assert [e.key for e in accepted_baseline(result).entries] == [("b.md", "c.md")]
    assert [f.status for f in check_report(corpus, Relation.PARTIAL).findings] == [Status.FAIL, Status.FAIL]


def test_stale_entries_say_why() -> None:
    baseline = Baseline.of(
        [
            entry("gone.md", "kept.md", "f-gone", "f-kept"),
            entry("kept.md", "other.md", "f-kept", "f-other"),
        ]
    )
    corpus = report([doc("kept.md", "f-kept"), doc("other.md", "f-other")], [])
    stale = check_report(corpus, Relation.REWRITE, baseline).stale
    assert [(s.entry.key, s.reason) for s in stale] == [
        (("gone.md", "kept.md"), "gone.md is no longer in the corpus"),
        (("kept.md", "other.md"), "the pair is no longer found"),
    ]


def test_with_changed_only_entries_of_changed_or_gone_documents_can_be_stale() -> None:
    baseline = Baseline.of(
        [
            entry("a.md", "b.md", "fa", "fb"),
            entry("c.md", "d.md", "fc", "fd"),
            entry("d.md", "gone.md", "fd", "fg"),
        ]
    )
    corpus = report([doc(name, "f" + name[0]) for name in ("a.md", "b.md", "c.md", "d.md")], [])
    stale = check_report(corpus, Relation.REWRITE, baseline, frozenset({"a.md"})).stale
    assert [s.entry.key for s in stale] == [("a.md", "b.md"), ("d.md", "gone.md")]


def test_changed_keeps_only_pairs_involving_changed_documents() -> None:
    corpus = report(
        [doc("a.md", "1"), doc("b.md", "2"), doc("c.md", "3")],
        [pair("a.md", "b.md"), pair("a.md", "c.md"), pair("b.md", "c.md")],
    )
    result = check_report(corpus, Relation.REWRITE, changed=frozenset({"c.md"}))
    assert [(f.a.id, f.b.id) for f in result.findings] == [("a.md", "c.md"), ("b.md", "c.md")]


@pytest.mark.parametrize(
    ("date_a", "date_b", "changed", "newer"),
    [
        ("2025-01-02", "2025-01-01", None, "a.md"),
        ("2025-01-01", "2025-01-02", None, "b.md"),
        ("2025-01-01", "", None, "b.md"),  # one date only: no comparison, b
        ("", "", frozenset({"a.md"}), "a.md"),  # the changed one
        ("", "", frozenset({"a.md", "b.md"}), "b.md"),
        ("2025-01-01", "2025-01-01", None, "b.md"),
    ],
)
def test_newer_document(date_a: str, date_b: str, changed: frozenset[str] | None, newer: str) -> None:
    corpus = report([doc("a.md", "1", date_a), doc("b.md", "2", date_b)], [pair("a.md", "b.md")])
    (finding,) = check_report(corpus, Relation.REWRITE, changed=changed).findings
    assert finding.newer.id == newer
    assert finding.older.id == ({"a.md", "b.md"} - {newer}).pop()
