"""The versioned JSON and JSON Lines outputs, built from the report's dataclasses in one place."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from dedupe.evidence import Comparison
from dedupe.models import Change, Pair, Passage, Report

VERSION = 1


def _passage(passage: Passage) -> dict[str, Any]:
    return {"a": list(passage.a), "b": list(passage.b), "kind": passage.kind, "similarity": passage.similarity}


def _change(change: Change) -> dict[str, Any]:
    # "a"/"b" are null when the fact is on one side only; the texts save a script from slicing
    # the files (they are the files' characters at those offsets).
    return {
        "kind": change.kind,
        "a": list(change.a) if change.a is not None else None,
        "b": list(change.b) if change.b is not None else None,
        "text_a": change.text_a,
        "text_b": change.text_b,
    }


def _pair(pair: Pair) -> dict[str, Any]:
    data = asdict(pair)
    data["relation"] = pair.relation.value
    data["passages"] = [_passage(p) for p in pair.passages]
    data["changes"] = [_change(c) for c in pair.changes]
    return data


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """``dedupe diff --format json``: the pair as ``scan`` reports it; ``relation`` null (and
    ``score`` 0) when the two articles are not related, with the evidence found anyway."""
    pair = {
        "a": comparison.a.id,
        "b": comparison.b.id,
        "relation": comparison.relation.value if comparison.relation is not None else None,
        "score": comparison.score,
        "measures": asdict(comparison.measures),
        "passages": [_passage(p) for p in comparison.passages],
        "changes": [_change(c) for c in comparison.changes],
    }
    return {"version": VERSION, "pairs": [pair]}


def render_comparison_json(comparison: Comparison) -> str:
    """One JSON document, keys sorted, deterministic."""
    return json.dumps(comparison_dict(comparison), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    """The report as the JSON contract (version 1) describes it."""
    return {
        "version": VERSION,
        "documents": [asdict(d) for d in report.documents],
        "pairs": [_pair(p) for p in report.pairs],
        "clusters": [
            {"id": c.id, "members": list(c.members), "origin": c.origin, "relation": c.relation.value}
            for c in report.clusters
        ],
        "stats": asdict(report.stats),
        "skipped": [asdict(s) for s in report.skipped],
    }


def render_json(report: Report) -> str:
    """One JSON document, keys sorted, deterministic."""
    return json.dumps(report_dict(report), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def render_jsonl(report: Report) -> str:
    """One JSON object per line: each pair (``"type": "pair"``), then each cluster."""
    data = report_dict(report)
    records = [{"type": "pair", "version": VERSION, **p} for p in data["pairs"]]
    records += [{"type": "cluster", "version": VERSION, **c} for c in data["clusters"]]
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records]
    return "".join(line + "\n" for line in lines)
