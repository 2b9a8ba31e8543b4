"""The versioned JSON and JSON Lines outputs, built from the report's dataclasses in one place."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from dedupe.models import Pair, Report

VERSION = 1


def _pair(pair: Pair) -> dict[str, Any]:
    data = asdict(pair)
    data["relation"] = pair.relation.value
    data["passages"] = [
        {"a": list(p.a), "b": list(p.b), "kind": p.kind, "similarity": p.similarity} for p in pair.passages
    ]
    data["changes"] = [
        {"kind": c.kind, "a": list(c.a) if c.a else None, "b": list(c.b) if c.b else None, "text_a": c.text_a, "text_b": c.text_b}
        for c in pair.changes
    ]
    return data


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
    lines = [json.dumps({"type": "pair", "version": VERSION, **p}, ensure_ascii=False, sort_keys=True) for p in data["pairs"]]
    lines += [json.dumps({"type": "cluster", "version": VERSION, **c}, ensure_ascii=False, sort_keys=True) for c in data["clusters"]]
    return "".join(line + "\n" for line in lines)
