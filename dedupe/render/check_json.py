"""``dedupe check`` as versioned JSON and JSON Lines, built in one place from the CheckResult."""

from __future__ import annotations

import json
from typing import Any

from dedupe.check import CheckResult, Finding, Stale

VERSION = 1


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "a": finding.a.id,
        "b": finding.b.id,
        "a_path": finding.a.path,
        "b_path": finding.b.path,
        "newer": finding.newer.id,
        "relation": finding.pair.relation.value,
        "score": finding.pair.score,
        "status": finding.status.value,
        # What the baseline accepted before an edit brought the pair closer (else null).
        "accepted_before_edit": None
        if finding.outgrown is None
        else {"relation": finding.outgrown.relation.value, "score": finding.outgrown.score},
    }


def _stale(stale: Stale) -> dict[str, Any]:
    entry = stale.entry
    return {"a": entry.a, "b": entry.b, "relation": entry.relation.value, "score": entry.score, "reason": stale.reason}


def check_dict(result: CheckResult) -> dict[str, Any]:
    """The whole result: verdict, pairs with their status, stale baseline entries."""
    return {
        "version": VERSION,
        "passed": not result.failing,
        "fail_on": result.fail_on.value,
        "documents": result.documents,
        "changed": sorted(result.changed) if result.changed is not None else None,
        "pairs": [_finding(f) for f in result.findings],
        "stale": [_stale(s) for s in result.stale],
    }


def render_check_json(result: CheckResult) -> str:
    """One JSON document, keys sorted, deterministic."""
    return json.dumps(check_dict(result), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def render_check_jsonl(result: CheckResult) -> str:
    """One object per line: each pair (``"type": "pair"``), then each stale entry (``"stale"``)."""
    data = check_dict(result)
    records = [{"type": "pair", **p} for p in data["pairs"]] + [{"type": "stale", **s} for s in data["stale"]]
    return "".join(json.dumps({"version": VERSION, **r}, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
