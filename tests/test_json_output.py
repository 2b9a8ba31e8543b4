"""The JSON outputs: the report's dataclasses as dicts (what ``asdict`` gives), written byte for
byte as ``json.dumps`` writes them (indented, keys sorted), without its pure-Python slowness."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from dedupe.config import Settings
from dedupe.models import Relation, Report, Skipped
from dedupe.pipeline import find_duplicates
from dedupe.render.json_output import _indented_json, render_json, render_jsonl, report_dict
from dedupe.sources import iter_articles

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.sampled_from(list(Relation)),
    lambda children: (
        st.lists(children, max_size=5)
        | st.lists(children, max_size=3).map(tuple)
        | st.lists(st.integers(), min_size=1, max_size=3)
        | st.dictionaries(st.text(max_size=6), children, max_size=5)
    ),
    max_leaves=30,
)


@given(json_values)
def test_indented_json_is_what_json_dumps_writes(value: Any) -> None:
    assert _indented_json(value) == json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def scan(seeds: Path) -> Report:
    (seeds / "broken.jsonl").write_text('{"id": "a", "text": "A record."}\n{broken\n', encoding="utf-8")
    skipped: list[Skipped] = []
    articles = list(iter_articles([str(seeds)], skipped.append))
    return find_duplicates(articles, Settings(), skipped=skipped)


def test_the_report_as_json_is_its_dataclasses(seeds: Path) -> None:
    report = scan(seeds)
    data = report_dict(report)
    assert data["documents"] == [asdict(d) for d in report.documents]
    assert data["stats"] == asdict(report.stats)
    assert (
        data["skipped"]
        == [asdict(s) for s in report.skipped]
        == [
            {
                "path": str(seeds / "broken.jsonl"),
                "reason": "malformed JSON (Expecting property name enclosed in double quotes)",
                "line": 2,
            }
        ]
    )
    (pair,) = report.pairs
    expected = asdict(pair) | {"relation": pair.relation.value}
    expected["passages"] = [p | {"a": list(p["a"]), "b": list(p["b"])} for p in expected["passages"]]
    expected["changes"] = [
        c | {"a": list(c["a"]) if c["a"] else None, "b": list(c["b"]) if c["b"] else None} for c in expected["changes"]
    ]
    assert data["pairs"] == [expected]
    assert expected["passages"] and expected["changes"]
    assert render_json(report) == json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_json_lines_are_the_pairs_clusters_documents_skipped_inputs_and_counts(seeds: Path) -> None:
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    report = scan(seeds)
    data = report_dict(report)
    assert data["skipped"]
    records = [json.loads(line) for line in render_jsonl(report).splitlines()]
    assert records == [
        *({"type": "pair", "version": 1, **p} for p in data["pairs"]),
        *({"type": "cluster", "version": 1, **c} for c in data["clusters"]),
        *({"type": "document", "version": 1, **d} for d in data["documents"]),
        *({"type": "skipped", "version": 1, **s} for s in data["skipped"]),
        {"type": "stats", "version": 1, **data["stats"]},
    ]


def test_an_empty_report_streams_as_json_dumps_writes_it() -> None:
    report = find_duplicates([], Settings(jobs=1))
    assert render_json(report) == json.dumps(report_dict(report), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    stats = {"type": "stats", "version": 1, **report_dict(report)["stats"]}
    assert render_jsonl(report) == json.dumps(stats, sort_keys=True) + "\n"
