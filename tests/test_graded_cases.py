"""Graded cases as data: tests/data/cases/<case>/ holds an original and variants of it, expected.json the
relation each variant must have with the original. Adding a case is adding a folder.

expected.json:
    {"language": "English",
     "original": "original.txt",
     "relations": {"copy.txt": ["exact", "near-duplicate"], "independent.txt": [null, "partial"], ...},
     "known_failures": {"paraphrase.txt": "why it fails today"}}     (optional: strict xfail)

A variant whose accepted relations are all strong (exact, near-duplicate, rewrite) must share the
original's cluster; one that accepts null must have no strong link to any document of the case.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dedupe.cli import main

CASES_DIR = Path(__file__).parent / "data" / "cases"
STRONG = {"exact", "near-duplicate", "rewrite"}
RELATIONS = {"exact", "near-duplicate", "rewrite", "partial", None}


def _expected(case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES_DIR / case / "expected.json").read_text(encoding="utf-8"))
    return data


CASES = sorted(p.parent.name for p in CASES_DIR.glob("*/expected.json"))


@functools.cache
def scan_case(case: str) -> dict[str, Any]:
    """The JSON report of a scan of the case's files (named one by one: ids are the file names)."""
    expected = _expected(case)
    files = [expected["original"], *expected["relations"]]
    result = CliRunner().invoke(
        main, ["scan", *(str(CASES_DIR / case / f) for f in files), "--format", "json", "--quiet"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _relation(report: dict[str, Any], a: str, b: str) -> str | None:
    pair = next((p for p in report["pairs"] if {p["a"], p["b"]} == {a, b}), None)
    return None if pair is None else str(pair["relation"])


def _measures(report: dict[str, Any], a: str, b: str) -> dict[str, Any]:
    pair = next((p for p in report["pairs"] if {p["a"], p["b"]} == {a, b}), None)
    return {} if pair is None else dict(pair["measures"])


def _variant_params() -> list[Any]:
    params = []
    for case in CASES:
        expected = _expected(case)
        failures = expected.get("known_failures", {})
        for variant in expected["relations"]:
            marks = [pytest.mark.xfail(strict=True, reason=failures[variant])] if variant in failures else []
            params.append(pytest.param(case, variant, marks=marks, id=f"{case}/{variant}"))
    return params


def test_at_least_two_languages() -> None:
    assert len({_expected(case)["language"] for case in CASES}) >= 2


@pytest.mark.parametrize("case", CASES)
def test_expected_file_is_well_formed(case: str) -> None:
    expected = _expected(case)
    folder = CASES_DIR / case
    assert (folder / expected["original"]).is_file()
    for variant, accepted in expected["relations"].items():
        assert (folder / variant).is_file(), variant
        assert accepted, variant
        assert set(accepted) <= RELATIONS, variant
    assert set(expected.get("known_failures", {})) <= set(expected["relations"])


@pytest.mark.parametrize(("case", "variant"), _variant_params())
def test_variant_relation_to_the_original(case: str, variant: str) -> None:
    expected = _expected(case)
    report = scan_case(case)
    original = expected["original"]
    found = _relation(report, original, variant)
    accepted = expected["relations"][variant]
    assert found in accepted, f"{variant}: {found} not in {accepted}; measures {_measures(report, original, variant)}"


@pytest.mark.parametrize(("case", "variant"), _variant_params())
def test_variant_cluster(case: str, variant: str) -> None:
    expected = _expected(case)
    report = scan_case(case)
    original = expected["original"]
    accepted = set(expected["relations"][variant])
    cluster_of = {m: c["id"] for c in report["clusters"] for m in c["members"]}
    if accepted <= STRONG:
        assert variant in cluster_of, f"{variant} is in no cluster"
        assert cluster_of[variant] == cluster_of.get(original), f"{variant} is not in the original's cluster"
    elif None in accepted:
        strong = {
            (p["a"], p["b"]): p["relation"]
            for p in report["pairs"]
            if variant in (p["a"], p["b"]) and p["relation"] in STRONG
        }
        assert strong == {}, f"{variant} has strong links: {strong}"
        assert variant not in cluster_of
