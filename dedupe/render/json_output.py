"""The versioned JSON and JSON Lines outputs, built from the report's dataclasses in one place."""

from __future__ import annotations

import inspect
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from itertools import chain
from json.encoder import encode_basestring
from typing import Any

import orjson

from dedupe.evidence import Comparison
from dedupe.models import Change, Cluster, Pair, Passage, Report

VERSION = 1


# A dataclass's field names, and whether ``_plain`` may copy its instances' ``__dict__``.
_FIELD_NAMES: dict[type, tuple[tuple[str, ...], bool]] = {}


def _plain(record: Any) -> dict[str, Any]:
    """A dataclass of plain values (str, numbers, None) as a dict: what ``asdict`` gives, without its deep copy.

    A copy of the instance's ``__dict__`` when that holds the fields, in their order, as ``getattr``
    reads them (``_field_names``): several times faster than a ``getattr`` per field.
    """
    known = _FIELD_NAMES.get(type(record))
    if known is None:
        known = _FIELD_NAMES[type(record)] = _field_names(type(record))
    names, read_from_dict = known
    if read_from_dict:
        attributes = getattr(record, "__dict__", None)
        if type(attributes) is dict and tuple(attributes) == names:
            return attributes.copy()
    return {name: getattr(record, name) for name in names}


def _field_names(kind: type) -> tuple[tuple[str, ...], bool]:
    """The fields of a dataclass, and whether ``getattr`` reads each from the instance's
    ``__dict__`` when it is there: no ``__getattribute__`` of its own, and no data descriptor (a
    property, a slot) of the class by a field's name, which ``getattr`` would prefer."""
    names = tuple(f.name for f in fields(kind))
    read_from_dict = inspect.getattr_static(kind, "__getattribute__") is object.__getattribute__ and not any(
        hasattr(type(attribute), "__set__") or hasattr(type(attribute), "__delete__")
        for attribute in (inspect.getattr_static(kind, name, None) for name in names)
    )
    return names, read_from_dict


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
    never one dict or one string in memory (a batch of records is, ``_write_records``)."""
    separator = "{\n  "
    for key, value in _sections(report):
        out(f"{separator}{encode_basestring(key)}: ")
        if isinstance(value, tuple):
            records, convert = value
            if not records:
                out("[]")
            else:
                out("[")
                _write_records(records, convert, out)
                out("\n  ]")
        else:
            _write_indented(value, "\n  ", "", out)
        separator = ",\n  "
    out("\n}\n")


# Records are converted and written by orjson a batch at a time: fewer calls (of orjson, of
# ``out``, of ``_orjson_agrees``) than one by one. A batch's records (their dicts and lists) are
# all alive until it is written: each batch is sized from the last to about ``_BATCH_CHARS`` of
# JSON, a few hundred dicts and lists, fewer than the cycle collector lets be made before it runs
# (700). In larger batches enough of them outlive its collections to set off collections of
# every object, the whole report: measured, batches of 256 records did about once a render of a
# 10,000-document report, 50-80 ms each; one record at a time, as before, never does.
_BATCH_CHARS = 8_192
_BATCH_RECORDS = 64


def _write_records(records: Sequence[Any], convert: Callable[[Any], Any], out: Callable[[str], object]) -> None:
    """The elements of one of the report's lists, each as ``convert`` makes it, at indentation
    depth 2, each after a line break and all but the first after a ``,``: what is between the
    list's ``[`` and the line break before its ``]``.

    A batch orjson agrees on is written as one orjson document, ``[batch]``, which indents the
    records as deep: ``[\\n  [`` + ``\\n    record`` joined by ``,`` + ``\\n  ]\\n]``, less its
    first and last line. A batch it does not agree on is written record by record
    (``_write_indented``).
    """
    start, size = 0, 1
    while start < len(records):
        batch = [convert(record) for record in records[start : start + size]]
        text = _orjson_text([batch])
        if text is not None:
            inner = text[len("[\n  [") : -len("\n  ]\n]")]
            out(inner if start == 0 else "," + inner)
            size = max(1, min(_BATCH_RECORDS, len(batch) * _BATCH_CHARS // len(text)))
        else:
            for i, record in enumerate(batch):
                _write_indented(record, "\n    ", "\n    " if start + i == 0 else ",\n    ", out)
        start += len(batch)


def render_json(report: Report) -> str:
    """One JSON document, keys sorted, deterministic."""
    pieces: list[str] = []
    write_json(report, pieces.append)
    return "".join(pieces)


def write_jsonl(report: Report, out: Callable[[str], object]) -> None:
    """One JSON object per line: each pair (``"type": "pair"``), each cluster (``"cluster"``),
    each document (``"document"``: where a pair's ids and offsets lead), each skipped input
    (``"skipped"``), and last the counts (``"stats"``: the stream ended whole). Each record is
    the JSON document's element with ``type`` and ``version`` added.

    Written by ``json``'s encoder in C (it is in pure Python only when indenting). orjson has no
    ``", "`` and ``": "`` separators, and putting them into its indented output was measured no
    faster.
    """
    sections: list[tuple[str, Sequence[Any], Callable[[Any], dict[str, Any]]]] = [
        ("pair", report.pairs, _pair),
        ("cluster", report.clusters, _cluster),
        ("document", report.documents, _plain),
        ("skipped", report.skipped, _plain),
        ("stats", [report.stats], _plain),
    ]
    for kind, records, convert in sections:
        for record in records:
            line = {"type": kind, "version": VERSION, **convert(record)}
            out(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


def render_jsonl(report: Report) -> str:
    """``write_jsonl`` as one string."""
    pieces: list[str] = []
    write_jsonl(report, pieces.append)
    return "".join(pieces)


def _indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\\n"``, byte for byte.

    The standard library writes indented JSON in pure Python, through a generator per level of
    nesting; orjson (``_orjson_text``) or, for what it may write differently, ``_write`` are
    several times faster on a large report.
    """
    pieces: list[str] = []
    _write_indented(value, "\n", "", pieces.append)
    pieces.append("\n")
    return "".join(pieces)


def _write_indented(value: Any, newline: str, prefix: str, out: Callable[[str], object]) -> None:
    """Append ``prefix`` and ``value`` as ``json.dumps(value, ensure_ascii=False, sort_keys=True,
    indent=2)`` writes it; ``newline`` is a line break and the current indentation.

    orjson writes it when it is known to write the same (``_orjson_text``), ``_write`` otherwise.
    orjson indents from column 0; its line breaks are all between tokens (it escapes those in
    strings as ``\\n``), so replacing each indents the whole value.
    """
    text = _orjson_text(value)
    if text is not None:
        out(prefix + (text if newline == "\n" else text.replace("\n", newline)))
    else:
        if prefix:
            out(prefix)
        _write(value, newline, out)


_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def _orjson_text(value: Any) -> str | None:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)`` as orjson writes it,
    ``None`` when orjson might write it otherwise (``_orjson_agrees``) or refuses it.

    orjson refuses integers beyond 64 bits, strings with lone surrogates and keys that are not
    strings: ``_write`` writes the first two as ``json`` does (the command line escapes the
    surrogates later) and raises TypeError on the last, as it always has (``json`` would write
    number, boolean and ``None`` keys as strings).
    """
    if not _orjson_agrees(value):
        return None
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return None


# The types orjson writes exactly as ``json`` does (or refuses). Subclasses are left out: orjson
# writes enums as their value, refuses other subclasses of float, and writes types ``json``
# refuses (``uuid.UUID``, ``orjson.Fragment``, dataclasses, datetimes).
_ORJSON_CONTAINERS = frozenset({dict, list, tuple})
_ORJSON_TYPES = frozenset({str, int, bool, type(None), float}) | _ORJSON_CONTAINERS
# Deeper or larger values are left to ``_write``: orjson refuses 255 levels of nesting or more,
# and a value that contains itself would be walked until these limits (``_write`` raises
# RecursionError on it, where ``json`` raises ValueError).
_ORJSON_MAX_DEPTH = 64
_ORJSON_MAX_VALUES = 1 << 20


def _orjson_agrees(value: Any) -> bool:
    """True when orjson writes ``value`` (indented, keys sorted) as ``json.dumps`` does, or refuses it.

    That is when it holds only dicts, lists, tuples, strings (both escape ``"``, ``\\``, the
    control characters and nothing else, with the same short forms), integers, booleans, ``None``
    and floats ``_orjson_floats_agree`` accepts, of exactly these types. Keys are not looked at:
    orjson refuses any but ``str`` (subclasses too), and sorts those by code point as ``sorted``
    does. The value is walked one level of nesting at a time, each level as one list, with
    builtins only (``map``, ``filter``, ``chain``): no call in Python per value.
    """
    level: list[Any] = [value]
    seen = 0
    for _ in range(_ORJSON_MAX_DEPTH):
        seen += len(level)
        kinds = set(map(type, level))
        if not kinds <= _ORJSON_TYPES or seen > _ORJSON_MAX_VALUES:
            return False
        if float in kinds and not _orjson_floats_agree(filter(float.__instancecheck__, level)):
            return False
        # The next level: the dicts' values, the lists' and tuples' elements. ``__instancecheck__``
        # is ``isinstance``, and the types are exact (checked above).
        deeper: list[Any] = []
        for container in kinds & _ORJSON_CONTAINERS:
            of_kind: Iterable[Any] = level if len(kinds) == 1 else filter(container.__instancecheck__, level)
            deeper.extend(chain.from_iterable(map(dict.values, of_kind) if container is dict else of_kind))
        if not deeper:
            return True
        level = deeper
    return False


def _orjson_floats_agree(numbers: Iterable[float]) -> bool:
    """True when orjson writes each of ``numbers`` as ``repr`` does: zero, and magnitudes from
    1e-4 to 1e16, which both write in positional notation with the shortest digits that read back.

    Outside that range the forms differ, and with the orjson version: ``repr`` writes ``1e-05``
    and ``1e+16``; orjson 3.9 and 3.10 write ``0.00001`` and ``1e16``, 3.13 writes ``0.00001``
    and ``1e+16``. orjson writes NaN and the infinities as ``null``.
    """
    # Zeros (0.0, -0.0) are false, NaN is true; min and max may step over a NaN, isnan not.
    magnitudes = list(filter(None, map(abs, numbers)))
    return not magnitudes or (
        min(magnitudes) >= 1e-4 and max(magnitudes) < 1e16 and not any(map(math.isnan, magnitudes))
    )


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
