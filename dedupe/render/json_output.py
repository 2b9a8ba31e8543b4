"""The versioned JSON and JSON Lines outputs, built from the report's dataclasses in one place."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from json.encoder import encode_basestring
from typing import Any

from dedupe.evidence import Comparison
from dedupe.models import Change, Cluster, Pair, Passage, Report

VERSION = 1


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(record: Any) -> dict[str, Any]:
    """A dataclass of plain values (str, numbers, None) as a dict: what ``asdict`` gives, without its deep copy."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


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
    data = _plain(pair)
    data["relation"] = pair.relation.value
    data["measures"] = _plain(pair.measures)
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
        "measures": _plain(comparison.measures),
        "passages": [_passage(p) for p in comparison.passages],
        "changes": [_change(c) for c in comparison.changes],
    }
    return {"version": VERSION, "pairs": [pair]}


def render_comparison_json(comparison: Comparison) -> str:
    """One JSON document, keys sorted, deterministic."""
    return _indented_json(comparison_dict(comparison))


def report_dict(report: Report) -> dict[str, Any]:
    """The report as the JSON contract (version 1) describes it."""
    return {
        "version": VERSION,
        "documents": [_plain(d) for d in report.documents],
        "pairs": [_pair(p) for p in report.pairs],
        "clusters": [_cluster(c) for c in report.clusters],
        "stats": _plain(report.stats),
        "skipped": [_plain(s) for s in report.skipped],
    }


def _cluster(cluster: Cluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "members": list(cluster.members),
        "origin": cluster.origin,
        "relation": cluster.relation.value,
    }


def _sections(report: Report) -> list[tuple[str, Any]]:
    """The report's top-level keys in sorted order; lists as (records, converter) to write one
    record at a time."""
    return [
        ("clusters", (report.clusters, _cluster)),
        ("documents", (report.documents, _plain)),
        ("pairs", (report.pairs, _pair)),
        ("skipped", (report.skipped, _plain)),
        ("stats", _plain(report.stats)),
        ("version", VERSION),
    ]


def write_json(report: Report, out: Callable[[str], object]) -> None:
    """Write the report as ``render_json`` gives it, piece by piece: a million documents are
    never one dict or one string in memory."""
    separator = "{\n  "
    for key, value in _sections(report):
        out(f"{separator}{encode_basestring(key)}: ")
        if isinstance(value, tuple):
            records, convert = value
            if not records:
                out("[]")
            else:
                item_separator = "[\n    "
                for record in records:
                    out(item_separator)
                    _write(convert(record), "\n    ", out)
                    item_separator = ",\n    "
                out("\n  ]")
        else:
            _write(value, "\n  ", out)
        separator = ",\n  "
    out("\n}\n")


def render_json(report: Report) -> str:
    """One JSON document, keys sorted, deterministic."""
    pieces: list[str] = []
    write_json(report, pieces.append)
    return "".join(pieces)


def write_jsonl(report: Report, out: Callable[[str], object]) -> None:
    """One JSON object per line: each pair (``"type": "pair"``), then each cluster."""
    for pair in report.pairs:
        out(json.dumps({"type": "pair", "version": VERSION, **_pair(pair)}, ensure_ascii=False, sort_keys=True) + "\n")
    for cluster in report.clusters:
        record = {"type": "cluster", "version": VERSION, **_cluster(cluster)}
        out(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def render_jsonl(report: Report) -> str:
    """``write_jsonl`` as one string."""
    pieces: list[str] = []
    write_jsonl(report, pieces.append)
    return "".join(pieces)


def _indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\\n"``, byte for byte.

    The standard library writes indented JSON in pure Python, through a generator per level of
    nesting; appending the pieces to one list is several times faster on a large report.
    """
    pieces: list[str] = []
    _write(value, "\n", pieces.append)
    pieces.append("\n")
    return "".join(pieces)


_INFINITY = float("inf")


def _write(value: Any, newline: str, out: Callable[[str], object]) -> None:
    """Append ``value`` as indented JSON; ``newline`` is a line break and the current indentation.

    Strings, finite floats, integers and lists of integers are written inline, without a call:
    they are most of a report.
    """
    if isinstance(value, dict):
        if not value:
            out("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        # Keys are strings (encode_basestring refuses anything else).
        for key in sorted(value):
            item = value[key]
            kind = type(item)
            if kind is str:
                out(f"{separator}{encode_basestring(key)}: {encode_basestring(item)}")
            elif kind is int:
                out(f"{separator}{encode_basestring(key)}: {int.__repr__(item)}")
            elif kind is float and -_INFINITY < item < _INFINITY:
                out(f"{separator}{encode_basestring(key)}: {float.__repr__(item)}")
            elif kind is list and item and all(type(x) is int for x in item):
                deeper = inner + "  "
                numbers = f",{deeper}".join(map(int.__repr__, item))
                out(f"{separator}{encode_basestring(key)}: [{deeper}{numbers}{inner}]")
            else:
                out(f"{separator}{encode_basestring(key)}: ")
                _write(item, inner, out)
            separator = "," + inner
        out(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            kind = type(item)
            if kind is str:
                out(separator + encode_basestring(item))
            elif kind is int:
                out(separator + int.__repr__(item))
            else:
                out(separator)
                _write(item, inner, out)
            separator = "," + inner
        out(newline + "]")
    else:
        scalar = _scalar(value)
        if scalar is None:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        out(scalar)


def _scalar(value: Any) -> str | None:
    """A string, number, boolean or null as JSON (as ``json`` writes them), ``None`` for anything else."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    # Subclasses (an enum of strings or numbers) are written as their base type is.
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return None


def _float(value: float) -> str:
    # As json writes floats (allow_nan): repr, and the JavaScript names of the special values.
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def json_escape_unencodable(piece: str, encoding: str) -> str:
    """``piece`` of JSON with each character ``encoding`` cannot encode written as a JSON escape
    (``\\uXXXX``, a surrogate pair beyond the BMP): the same JSON value, encodable."""
    out: list[str] = []
    for character in piece:
        try:
            character.encode(encoding)
        except UnicodeEncodeError:
            code = ord(character)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(character)
    return "".join(out)
