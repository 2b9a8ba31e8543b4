"""The compiled loops of ``prepare`` and ``segment`` (``kernels``' ``# --- prepare ---``) give what
their plain-Python form and the numpy or reference code they replace give."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import xxhash
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe import kernels
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.normalize import normalize
from dedupe.prepare import _sentence_grams, prepare, sentence_grams, unquoted_shingles
from dedupe.segment import _joined_points, segment
from dedupe.shingle import TokenHasher, shingle_hashes

SETTINGS = Settings()
PIECES = [
    "The",
    "mayor",
    "said",
    '"we will rebuild"',
    "it",
    ".",
    ". ",
    "! ",
    "? ",
    "…",
    "\n",
    "\n\n",
    " ",
    " ",
    ",",
    ":",
    "-",
    "1,850",
    "3.5",
    "10:30",
    "2025",
    "N.",
    "Col.",
    "p.m.",
    "a",
    "ab",
    "abc",
    "abcd",
    "abcdefghijklmnopq",
    "x2yz",
    "12abc",
    "ß",
    "İ",
    "é",
    "ﬁ",
    "½",
    "²",
    "Ⅻ",
    "٣",
    "Москва",
    "мая",
    "北京",
    "年",
    "东京大学",
    "ภาษาไทย",
    "“",
    "”",
    "«",
    "»",
    "。",
    "、",
    "’",
    "—",
    "\x1f",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def plain(function: Callable[..., Any]) -> Callable[..., Any]:
    """The plain-Python form of a compiled kernel (the kernel itself without numba), run with
    numpy's scalar overflow warnings off (the hashes multiply modulo 2**64 on purpose)."""
    python = getattr(function, "py_func", function)

    def run(*arguments: Any) -> Any:
        with np.errstate(over="ignore"):
            return python(*arguments)

    return run


def same(first: Any, second: Any) -> bool:
    """Whether two results (arrays, tuples of them, plain values) are equal, dtypes included."""
    if isinstance(first, tuple | list) and isinstance(second, tuple | list):
        return len(first) == len(second) and all(same(a, b) for a, b in zip(first, second, strict=True))
    if isinstance(first, np.ndarray) or isinstance(second, np.ndarray):
        return bool(np.array_equal(first, second)) and np.asarray(first).dtype == np.asarray(second).dtype
    return bool(first == second)


def tokens_of(text: str) -> tuple[kernels.U32, kernels.I64, kernels.I64]:
    """The code points of ``text`` and its tokens' ``[start, end)`` (``kernels.tokenize``)."""
    cps = kernels.code_points(text)
    starts, ends = kernels.tokenize(cps, kernels.class_table())
    return cps, starts, ends


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4), st.booleans()), max_size=12), st.data())
def test_token_pieces_equal_binary_searches(gaps: list[tuple[int, int, bool]], data: st.DataObject) -> None:
    rows, at = [], 0
    for number, (gap, length, quoted) in enumerate(gaps):
        rows.append((at + gap, at + gap + length + 1, number, int(quoted)))
        at += gap + length + 1
    pieces = np.array(rows, dtype=np.int64).reshape(-1, 4)
    bounds = sorted(data.draw(st.lists(st.integers(0, at + 2), max_size=20)))
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if b > a]
    starts = np.array([a for a, _ in spans], dtype=np.int64)
    ends = np.array([b for _, b in spans], dtype=np.int64)
    expected = kernels.token_pieces_numpy(starts, ends, pieces)
    assert same(kernels.token_pieces(starts, ends, pieces), expected)
    sentences, quoted, inside = plain(kernels._token_pieces)(
        starts, ends, pieces[:, 0], pieces[:, 1], pieces[:, 2], pieces[:, 3]
    )
    assert same((sentences, quoted) if inside else None, expected)
    if expected is not None:  # by hand: the piece each token starts in holds it
        for (start, end), sentence, flag in zip(spans, *expected, strict=True):
            row = next(r for r in rows if r[0] <= start < r[1])
            assert end <= row[1] and (sentence, flag) == (row[2], bool(row[3]))


@given(texts)
def test_joined_tokens_are_the_sliced_tokens(text: str) -> None:
    folded = normalize(text, fold_case=False).casefold()
    cps, starts, ends = tokens_of(folded)
    strings = [folded[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    points = kernels.token_code_points(strings)
    assert same(_joined_points(cps, starts, ends), points)
    found = kernels.joined_tokens(cps, starts, ends)
    if kernels.COMPILED:
        assert found is not None and found[0] == strings and same(found[1], points)
    else:
        assert found is None
    gathered, joined_starts, joined_ends, separated = plain(kernels._joined_tokens)(cps, starts, ends)
    assert same((gathered, joined_starts, joined_ends), points)
    assert separated.tobytes().decode("utf-32-le", "surrogatepass") == "\x1f".join(strings)


@settings(max_examples=200)
@given(texts, st.lists(st.booleans(), max_size=80), st.integers(1, 9), st.integers(0, 2**64 - 1))
def test_prepared_hashes_equal_the_numpy_path(text: str, flags: list[bool], size: int, seed: int) -> None:
    cps, starts, ends = tokens_of(normalize(text))
    quoted = np.array((flags + [False] * len(starts))[: len(starts)], dtype=bool)
    hashes, _, joined = kernels.hash_tokens(cps, starts, ends, seed, 5)
    shingles = shingle_hashes(hashes, size)
    expected = (hashes, shingles, unquoted_shingles(quoted, len(shingles)), xxhash.xxh64_hexdigest(joined))
    if kernels.COMPILED:
        assert same(kernels.prepared_hashes(cps, starts, ends, seed, quoted, size), expected)
    hashes, shingles, unquoted, fingerprint = plain(kernels._prepared_hashes)(
        cps, starts, ends, np.uint64(seed), quoted, size
    )
    assert same((hashes, shingles, unquoted, f"{int(fingerprint):016x}"), expected)
    # the running count of quoted tokens, by hand
    width = len(hashes) - len(shingles) + 1
    assert unquoted.tolist() == [not any(quoted[i : i + width]) for i in range(len(shingles))]


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 2**64 - 1) | st.integers(0, 6) | st.integers(2**63, 2**63 + 3)),
        max_size=60,
    )
)
def test_numbered_equals_a_lexsort(items: list[tuple[int, int]]) -> None:
    groups = np.array(sorted(group for group, _ in items), dtype=np.int64)
    values = np.array([value for _, value in items], dtype=np.uint64)
    expected = kernels._grouped_numbers_numpy(values.copy(), groups)
    assert same(kernels.numbered(values.copy(), groups), expected)
    assert same(kernels.grouped_numbers(values.copy(), groups), expected)
    mask = np.uint64((1 << max(len(values) - 1, 1).bit_length()) - 1)
    keys = np.sort((values & ~mask) | np.arange(len(values), dtype=np.uint64))
    assert same(plain(kernels._numbered)(values, groups, keys, mask), expected)


@settings(max_examples=200)
@given(texts, st.integers(0, 2**64 - 1))
def test_ascii_gram_hashes_equal_the_token_grams(text: str, seed: int) -> None:
    seg = segment(normalize(text, fold_case=False))
    cps, starts, ends = kernels.token_code_points(seg.tokens)
    expected = kernels._gram_hashes_python(cps, starts, ends, seg.has_unspaced, seed)
    arguments = (cps, starts, ends, kernels.class_table(), seg.has_unspaced, np.uint64(seed))
    if kernels.COMPILED:
        assert same(kernels._ascii_gram_hashes(*arguments), expected)
    assert same(plain(kernels._ascii_gram_hashes)(*arguments), expected)


@settings(max_examples=200)
@given(texts, st.integers(1, 6), st.lists(st.booleans(), max_size=80))
def test_sentence_gram_hashes_equal_the_numpy_path(text: str, minimum: int, flags: list[bool]) -> None:
    seg = segment(normalize(text, fold_case=False))
    cps, starts, ends = kernels.token_code_points(seg.tokens)
    sentences = np.asarray(seg.sentence_of, dtype=np.int64)
    unquoted = np.array((flags + [True] * len(starts))[: len(starts)], dtype=bool)
    arguments = (cps, starts, ends, sentences, unquoted, minimum, seg.has_unspaced, 5)
    expected = kernels.sentence_gram_hashes_numpy(*arguments)
    assert same(kernels.sentence_gram_hashes(*arguments), expected)
    compiled = (cps, starts, ends, sentences, unquoted, minimum, kernels.class_table(), seg.has_unspaced, np.uint64(5))
    assert same(plain(kernels._sentence_gram_hashes)(*compiled), expected)


def _prepared(text: str) -> tuple[Any, ...]:
    """Everything ``prepare`` and ``_sentence_grams`` make of ``text`` that later stages read."""
    hasher = TokenHasher(SETTINGS.seed)
    doc = prepare(Article(id="a", path="a", text=text), SETTINGS, hasher)
    sentence_grams(doc, SETTINGS, hasher)
    seg = doc.segmented
    left_out = np.zeros(len(doc.token_hashes), dtype=bool)
    left_out[::3] = True
    return (
        doc.text,
        seg.tokens,
        seg.sentence_of,
        seg.quoted,
        seg.spans,
        seg.sentence_spans,
        doc.token_hashes,
        doc.shingles,
        doc.unquoted,
        doc.shingle_set,
        doc.fingerprint,
        doc.words,
        doc.shingle_scale,
        doc.sentence_index,
        doc.sentence_tokens,
        doc.sentence_grams,
        doc.gram_numbers,
        _sentence_grams(doc, SETTINGS, left_out),
    )


@settings(max_examples=200, deadline=None)
@given(texts)
def test_prepare_equals_its_path_without_the_new_loops(text: str) -> None:
    fast = _prepared(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kernels, "COMPILED", False)
        assert same(_prepared(text), fast)


def test_segment_lists_are_made_from_its_arrays() -> None:
    seg = segment(normalize('He said "we will rebuild it" today. Work starts in May.\nNext line', fold_case=False))
    assert seg.sentence_of_array is not None and seg.quoted_array is not None
    assert seg.sentence_of == seg.sentence_of_array.tolist() == [0] * 7 + [1] * 4 + [2] * 2
    assert seg.quoted == seg.quoted_array.tolist() == [False] * 2 + [True] * 4 + [False] * 7
    assert seg.spans_known and seg.spans == [
        (s, e) for s, e in zip(seg.token_starts or [], seg.token_ends or [], strict=True)
    ]
