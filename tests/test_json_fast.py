"""The JSON report written by orjson where it writes what ``json`` writes: byte for byte the same
output as ``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)``, and as the
pure-Python writer (``_write``) that is left for the rest, for any value a report may hold."""

from __future__ import annotations

import collections
import enum
import json
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any
from unittest.mock import patch

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dedupe.config import Settings
from dedupe.models import (
    Change,
    Cluster,
    DocumentInfo,
    Measures,
    Pair,
    Passage,
    Relation,
    Report,
    Skipped,
    Stats,
)
from dedupe.pipeline import find_duplicates
from dedupe.render import json_output
from dedupe.render.json_output import (
    _indented_json,
    _orjson_text,
    _plain,
    _sections,
    _write,
    render_json,
    report_dict,
)
from dedupe.sources import iter_articles


def reference(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


def old_render_json(report: Report) -> str:
    """``render_json`` as it was before orjson: every record through ``_write``."""
    pieces: list[str] = []
    out = pieces.append
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
    return "".join(pieces)


# --- values -----------------------------------------------------------------------------------

# Every code point: control characters, lone surrogates (from a JSON escape in the input), the
# line and paragraph separators, DEL, beyond the BMP.
characters = (
    st.characters()
    | st.characters(categories=["Cs", "Cc", "Zl", "Zp"])
    | st.sampled_from(["\u2028", "\u2029", "\x7f", "/", "\\", '"', "\n", "\x00", "\x1f", "\ud800", "\udfff"])
)
texts = st.text(alphabet=characters, max_size=8)
# Beyond 64 bits orjson refuses; at the edges of its range it does not.
integers = st.integers() | st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**40])
# Where orjson and repr part (below 1e-4, from 1e16, NaN, the infinities) and around it.
edge_floats = [
    0.0,
    -0.0,
    1e-4,
    math.nextafter(1e-4, 0),
    9.999999999999999e-05,
    1e-5,
    2.5e-7,
    1e-9,
    math.nextafter(1e-9, 0),
    1e-10,
    5e-324,
    1e16,
    math.nextafter(1e16, 0),
    1.2345e17,
    1e22,
    1.7976931348623157e308,
    math.nan,
    math.inf,
    -math.inf,
    0.1,
    0.9794,
    1.0,
]
floats = st.floats() | st.sampled_from(edge_floats) | st.sampled_from(edge_floats).map(lambda x: -x)
scalars = st.none() | st.booleans() | integers | floats | texts
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.lists(children, max_size=3).map(tuple)
        | st.lists(integers, min_size=1, max_size=3)
        | st.dictionaries(texts, children, max_size=5)
    ),
    max_leaves=40,
)


@given(json_values)
@example({"a": 1e-5, "b": [1e16, -0.0, math.nan]})
@example(["\ud800", "\u2028\u2029\x7f/", 2**64])
@example({"\U0001f600": 1, "\uffff": 2, "z": 3, "\x00": {}, "e": [[[[[]]]], {}, [{}], ()]})
def test_indented_json_is_what_json_dumps_writes(value: Any) -> None:
    assert _indented_json(value) == reference(value) + "\n"


@given(json_values)
def test_what_orjson_writes_is_what_json_dumps_writes(value: Any) -> None:
    text = _orjson_text(value)
    assert text is None or text == reference(value)


# Values orjson agrees on: no lone surrogates, integers within 64 bits, floats 0 or from 1e-4 to 1e16.
agreeable = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(1e-4, 1e16, exclude_max=True).flatmap(lambda x: st.sampled_from([x, -x, 0.0, -0.0]))
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=40,
)


@given(agreeable)
def test_orjson_writes_what_it_agrees_on(value: Any) -> None:
    """The fast path is taken (not everything falls back to ``_write``), and it is right."""
    assert _orjson_text(value) == reference(value)


@pytest.mark.parametrize(
    "number",
    [*edge_floats, *(-x for x in edge_floats), 1e-4 * 3, 123456789.123, 9999999999999998.0, 1e15, 5e15],
)
def test_floats_as_repr_writes_them(number: float) -> None:
    assert _indented_json({"x": [number]}) == reference({"x": [number]}) + "\n"
    if number == 0.0 or 1e-4 <= abs(number) < 1e16:
        assert _orjson_text([number]) is not None
    else:
        assert _orjson_text([number]) is None


@pytest.mark.parametrize(
    "value",
    [[0.5, math.nan], [math.nan, 0.5], {"a": 0.5, "b": math.nan, "c": 0.0}, [1.0, -math.inf, 0.0], [0.0, 1e-7, 0.5]],
)
def test_a_float_orjson_writes_otherwise_among_others_is_found(value: Any) -> None:
    assert _orjson_text(value) is None
    assert _indented_json(value) == reference(value) + "\n"


def test_every_character_is_escaped_as_json_escapes_it() -> None:
    everything = "".join(map(chr, range(0x110000)))
    assert _indented_json([everything]) == reference([everything]) + "\n"
    without_surrogates = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert _orjson_text(without_surrogates) == encode_basestring(without_surrogates)


class Colour(enum.Enum):
    RED = 1


class Number(enum.IntEnum):
    ONE = 1


class Text(str):
    pass


class Real(float):
    pass


Point = collections.namedtuple("Point", "x y")


@pytest.mark.parametrize(
    "value",
    [
        Relation.EXACT,
        {"relation": Relation.PARTIAL},
        [Number.ONE, Text("a"), Real(0.5), Real(1e-5), Real(math.nan)],
        {Text("key"): 1, "a": 1},
        {"a": Point(1, [2.0])},
        collections.OrderedDict(b=1, a=[collections.OrderedDict(d=None)]),
        [collections.defaultdict(list, a=[])],
    ],
)
def test_subclasses_are_written_as_their_base_type(value: Any) -> None:
    """orjson writes enums as their values, and refuses the other subclasses (or passes them to
    ``default``): all are written as ``json`` writes them, by ``_write``."""
    assert _orjson_text(value) is None
    assert _indented_json(value) == reference(value) + "\n"


@pytest.mark.parametrize("value", [Colour.RED, [uuid.UUID(int=1)], {"a": orjson.Fragment(b"[1]")}, [b"bytes"]])
def test_what_json_refuses_is_refused(value: Any) -> None:
    """orjson writes enums, UUIDs and fragments; ``json`` (and so this writer) refuses them."""
    with pytest.raises(TypeError):
        reference(value)
    with pytest.raises(TypeError):
        _indented_json(value)


@pytest.mark.parametrize("value", [{1: "a"}, {"a": {(1, 2): 3}}, [{None: 1}]])
def test_keys_other_than_strings_are_refused(value: Any) -> None:
    """As the writer always did (``json`` writes numbers, booleans and ``None`` as strings)."""
    with pytest.raises(TypeError):
        _indented_json(value)


def test_deep_values_are_written_as_json_writes_them() -> None:
    # Deeper than orjson writes (255 levels) and than the fast path looks.
    value: Any = 1.5
    for depth in range(300):
        value = [value] if depth % 2 else {"k": value}
    assert _indented_json(value) == reference(value) + "\n"


def test_a_value_that_contains_itself_raises() -> None:
    looped: list[Any] = [1]
    looped.append(looped)
    looped.append(looped)  # walked level by level, it doubles at each
    with pytest.raises(RecursionError):
        _indented_json(looped)


# --- dataclasses as dicts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Plain:
    a: int
    b: str = "b"


@dataclass(frozen=True, slots=True)
class Slotted:
    a: int
    b: str = "b"


@dataclass
class Later:
    a: int
    b: list[int] = field(init=False)


class Doubled:
    """A data descriptor keeping its value in the instance's ``__dict__``: ``getattr`` reads it
    through ``__get__``, which the ``__dict__`` does not."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        return self if instance is None else instance.__dict__[self.name] * 2

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = value


@dataclass
class Stored:
    a: int
    b: int


class Doubling(Stored):
    b = Doubled()


class Shouting(Plain):
    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        return value.upper() if isinstance(value, str) else value


def test_a_dataclass_as_a_dict_is_its_fields_as_getattr_reads_them() -> None:
    plain = Plain(1)
    assert _plain(plain) == {"a": 1, "b": "b"} and list(_plain(plain)) == ["a", "b"]
    assert _plain(plain) is not plain.__dict__
    object.__setattr__(plain, "extra", 2)  # not a field
    assert _plain(plain) == {"a": 1, "b": "b"}
    assert _plain(Slotted(2)) == {"a": 2, "b": "b"}
    later = Later(3)
    with pytest.raises(AttributeError):
        _plain(later)  # as getattr: the field was never set
    later.b = [1]
    assert _plain(later) == {"a": 3, "b": [1]}
    doubling = Doubling(1, 2)
    assert doubling.__dict__ == {"a": 1, "b": 2}
    assert _plain(doubling) == {"a": 1, "b": 4}
    assert _plain(Shouting(1, "quiet")) == {"a": 1, "b": "QUIET"}


# --- reports ----------------------------------------------------------------------------------

spans = st.tuples(integers, integers)
measures = st.builds(Measures, *([scalars] * len(fields(Measures))))
passages = st.builds(Passage, spans, spans, texts, floats)
changes = st.builds(Change, texts, st.none() | spans, st.none() | spans, texts, texts)
pairs = st.builds(
    Pair,
    texts,
    texts,
    st.sampled_from(list(Relation)),
    floats,
    measures,
    st.lists(passages, max_size=3).map(tuple),
    st.lists(changes, max_size=2).map(tuple),
)
documents = st.builds(DocumentInfo, texts, texts, texts, integers, texts, texts, texts)
clusters = st.builds(Cluster, texts, st.lists(texts, max_size=3).map(tuple), texts, st.sampled_from(list(Relation)))
reports = st.builds(
    Report,
    st.lists(documents, max_size=6).map(tuple),
    st.lists(pairs, max_size=4).map(tuple),
    st.lists(clusters, max_size=3).map(tuple),
    st.builds(Stats, integers, integers, integers, integers, integers, integers),
    st.lists(st.builds(Skipped, texts, texts, st.none() | integers), max_size=3).map(tuple),
)


def rendered_in_batches(render: Callable[[Report], str], report: Report, records: int, chars: int) -> str:
    with patch.multiple(json_output, _BATCH_RECORDS=records, _BATCH_CHARS=chars):
        return render(report)


@given(reports, st.integers(1, 4), st.sampled_from([1, 300, 16_384]))
def test_a_report_is_written_as_before_and_as_json_dumps_writes_it(report: Report, records: int, chars: int) -> None:
    """Small batches, so that a list is written in several, some by orjson and some not."""
    written = rendered_in_batches(render_json, report, records, chars)
    assert written == old_render_json(report)
    assert written == reference(report_dict(report)) + "\n"


def scan(seeds: Path) -> Report:
    (seeds / "broken.jsonl").write_text('{"id": "a", "text": "A record."}\n{broken\n', encoding="utf-8")
    skipped: list[Skipped] = []
    articles = list(iter_articles([str(seeds)], skipped.append))
    return find_duplicates(articles, Settings(), skipped=skipped)


@pytest.mark.parametrize(("records", "chars"), [(1, 1), (2, 300), (64, 16_384)])
def test_the_seeds_report_is_written_as_before(seeds: Path, records: int, chars: int) -> None:
    report = scan(seeds)
    assert report.pairs and report.skipped
    assert _orjson_text(report_dict(report)) is not None  # all of it written by orjson
    written = rendered_in_batches(render_json, report, records, chars)
    assert written == old_render_json(report)
    assert written == reference(report_dict(report)) + "\n"
