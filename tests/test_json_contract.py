"""The JSON contract, version 1, as the README documents it: shape, types, order, determinism."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from dedupe.cli import main

SCHEMA = json.loads((Path(__file__).parent / "data" / "report-v1.schema.json").read_text(encoding="utf-8"))
RELATIONS = ["exact", "near-duplicate", "rewrite", "partial"]


@pytest.fixture
def corpus(seeds: Path) -> Path:
    """The seeds plus a verbatim copy and a trimmed copy of 000, in a subfolder: every kind of link."""
    bbc = (seeds / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8")
    body = bbc.split("---", 2)[2]
    (seeds / "reposts").mkdir()
    (seeds / "reposts" / "bbc-copy.txt").write_text(body, encoding="utf-8")
    (seeds / "reposts" / "bbc-trimmed.md").write_text(body[: len(body) * 2 // 3], encoding="utf-8")
    return seeds


def scan(*args: str) -> str:
    result = CliRunner().invoke(main, ["scan", *args, "--format", "json", "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture
def output(corpus: Path) -> str:
    return scan("seeds")


@pytest.fixture
def report(output: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(output)
    return data


def test_report_matches_the_schema(report: dict[str, Any]) -> None:
    jsonschema.validate(report, SCHEMA)


def test_version_is_1(report: dict[str, Any]) -> None:
    assert report["version"] == 1


def test_top_level_keys(report: dict[str, Any]) -> None:
    assert sorted(report) == ["clusters", "documents", "pairs", "skipped", "stats", "version"]


def test_documents(report: dict[str, Any]) -> None:
    ids = [d["id"] for d in report["documents"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    # A document's id is its path relative to the folder given on the command line.
    by_id = {d["id"]: d for d in report["documents"]}
    assert by_id["reposts/bbc-copy.txt"]["path"] == "seeds/reposts/bbc-copy.txt"
    for document in report["documents"]:
        assert isinstance(document["title"], str)
        assert isinstance(document["words"], int)
        assert document["words"] > 0


def test_pairs(report: dict[str, Any]) -> None:
    ids = {d["id"] for d in report["documents"]}
    pairs = report["pairs"]
    assert pairs
    assert [(p["a"], p["b"]) for p in pairs] == sorted((p["a"], p["b"]) for p in pairs)
    for pair in pairs:
        assert pair["a"] < pair["b"]
        assert {pair["a"], pair["b"]} <= ids
        assert pair["relation"] in RELATIONS
        assert isinstance(pair["score"], float)
        assert 0.0 <= pair["score"] <= 1.0
        assert isinstance(pair["measures"], dict)
        assert pair["measures"]
        for name, value in pair["measures"].items():
            assert isinstance(value, int | float), name
    assert len({(p["a"], p["b"]) for p in pairs}) == len(pairs)


def test_every_kind_of_link_in_the_corpus(report: dict[str, Any]) -> None:
    relations = {(p["a"], p["b"]): p["relation"] for p in report["pairs"]}
    assert relations[("000_18cf876f3e1eab20.txt", "reposts/bbc-copy.txt")] == "exact"
    assert relations[("000_18cf876f3e1eab20.txt", "reposts/bbc-trimmed.md")] == "near-duplicate"


def test_clusters(report: dict[str, Any]) -> None:
    ids = {d["id"] for d in report["documents"]}
    clusters = report["clusters"]
    assert clusters
    assert [c["members"][0] for c in clusters] == sorted(c["members"][0] for c in clusters)
    seen: set[str] = set()
    for cluster in clusters:
        members = cluster["members"]
        assert len(members) >= 2
        assert members == sorted(members)
        assert set(members) <= ids
        assert not seen & set(members), "a document is in two clusters"
        seen |= set(members)
        assert cluster["origin"] in members
        assert cluster["relation"] in RELATIONS[:3]  # partial links never make a cluster
        assert isinstance(cluster["id"], str)
        assert cluster["id"]
    assert len({c["id"] for c in clusters}) == len(clusters)


def test_cluster_origin_is_the_dated_member(report: dict[str, Any]) -> None:
    cluster = next(c for c in report["clusters"] if "reposts/bbc-copy.txt" in c["members"])
    assert cluster["origin"] == "000_18cf876f3e1eab20.txt"
    assert cluster["relation"] in ("near-duplicate", "rewrite")  # the weakest link holding it


def test_stats(report: dict[str, Any]) -> None:
    stats = report["stats"]
    assert all(isinstance(v, int) for v in stats.values())
    assert stats["documents"] == len(report["documents"])
    assert stats["pairs"] == len(report["pairs"])
    assert stats["clusters"] == len(report["clusters"])
    assert stats["skipped"] == len(report["skipped"]) == 0
    assert stats["candidates"] >= stats["pairs"]


def test_keys_are_sorted_and_output_is_canonical(output: str) -> None:
    canonical = json.dumps(json.loads(output), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert output == canonical


def test_byte_identical_across_runs(output: str) -> None:
    assert scan("seeds") == output


def test_independent_of_where_the_files_came_from(corpus: Path, output: str) -> None:
    # Copy the corpus file by file in reverse order: new inodes, new creation order, same report.
    shutil.move(str(corpus), "original")
    for source in sorted(Path("original").rglob("*"), reverse=True):
        target = corpus / source.relative_to("original")
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    assert scan("seeds") == output
