"""Compiled inner loops of the sketch stage: tokens, xxh64 token hashes, stems and MinHash values.

Every article of a scan passes through here once, so this is the hot path. The loops work on a
text's code points (a numpy array) and a per-code-point class table, and are compiled with numba
when it is installed (``cache=True``: compiled once per machine, then loaded). Without numba the
same functions run as plain Python: slower, same results.

The results equal the slower reference path exactly:

* token boundaries are those of ``segment.tokens`` (numbers with separators, runs of letters,
  marks and digits, character bigrams of unspaced scripts), tested with hypothesis;
* token hashes are XXH64 of each token's UTF-8 bytes with the scan's seed: bit for bit what
  ``xxhash.xxh64_intdigest`` returns (the algorithm is xxHash's, written out here because a
  compiled loop cannot call the library), tested against the library;
* MinHash values are datasketch's "affine32" scheme, equal to ``MinHash.update_batch``.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt
import regex
import xxhash

U8 = npt.NDArray[np.uint8]
U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B = npt.NDArray[np.bool_]

_F = TypeVar("_F", bound=Callable[..., Any])


def _plain(function: _F) -> _F:
    return function


def _compiler() -> tuple[Callable[[_F], _F], bool]:
    if os.environ.get("DEDUPE_NO_NUMBA"):
        return _plain, False
    try:
        import numba
    except ImportError:  # pragma: no cover - numba is a dependency; the fallback is tested via DEDUPE_NO_NUMBA
        return _plain, False
    return cast("Callable[[_F], _F]", numba.njit(cache=True, nogil=True)), True


jit, COMPILED = _compiler()

# Classes of a code point (bits of the table).
NUMBER = 1  # \p{N}: starts and continues a number token
UNSPACED = 2  # a script written without spaces: runs become character bigrams
WORD = 4  # letters, marks and digits of the other scripts
NUMBER_SEPARATOR = 8  # . , : inside a number ("1,850", "3.5", "10:30")
SOUTHEAST = 16  # Thai, Lao, Khmer, Myanmar, Tibetan (longer words: shingle scale 3)
DIGIT = 32  # str.isdigit(): a token starting with one is a number, compared whole

_UNSPACED_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\u30fc\u3005"


def _cached_table(name: str, version: int | str, build: Callable[[], U8]) -> U8:
    """A table of bits per code point, built once and kept in ``__pycache__`` beside this module
    (named after the Python, ``regex`` and Unicode versions it came from) when that is writable."""
    key = xxhash.xxh64_hexdigest(f"{sys.version}|{regex.__version__}|{unicodedata.unidata_version}|{version}".encode())
    cached = Path(__file__).with_name("__pycache__") / f"dedupe-{name}-{key}.npy"
    try:
        table = np.load(cached, allow_pickle=False)
        if table.shape == (0x110000,) and table.dtype == np.uint8:
            return np.asarray(table, dtype=np.uint8)
    except (OSError, ValueError):
        pass
    table = build()
    temporary: str | None = None
    try:
        cached.parent.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cached.parent, suffix=".tmp", delete=False) as handle:
            temporary = handle.name
            np.save(handle, table, allow_pickle=False)
        os.replace(temporary, cached)
        temporary = None
    except OSError:
        pass  # not writable (a read-only install): built again next time
    finally:
        # However the write ended (a full disk, Ctrl-C), no temporary file is left behind.
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return table


@functools.cache
def class_table() -> U8:
    """The class bits of every code point, from the same Unicode properties as ``segment``
    (a few tenths of a second to build; cached, see ``_cached_table``)."""
    return _cached_table("classes", 2, _build_class_table)


# Bits of the sentence table: what ``segment.sentence_spans`` asks of a character.
SPACE = 1  # regex \s
LOWER = 2  # LOWER_CASE
# Lower-case letters that say a ". " before them is no sentence end (an abbreviation): of scripts
# with case. Georgian's letters are lower case to Unicode, but its text is written in them alone.
LOWER_CASE = r"[\p{Ll}--\p{Georgian}]+"
HAN_KANA = 4  # \p{Han}, \p{Hiragana}, \p{Katakana}
ALPHA = 8  # str.isalpha()
LATIN_END = 16  # . ! ? …
OTHER_END = 32  # OTHER_SENTENCE_ENDS
# Full stops and question marks that end a sentence with or without a space after them: CJK,
# Arabic and Urdu, Devanagari (and Bengali), Myanmar, Khmer, Tibetan, Ethiopic, Armenian, Mongolian.
OTHER_SENTENCE_ENDS = (
    "\u3002\uff01\uff1f\u061f\u06d4\u0964\u0965\u104b\u17d4\u17d5\u0f0d\u0f0e\u1362\u1367\u1368\u0589\u1803\u1809"
)
CLOSER = 64  # " ' ) ]


@functools.cache
def sentence_table() -> U8:
    """The sentence bits of every code point (cached like ``class_table``)."""
    # (Keyed on the list of sentence ends too: a table made before an edit of it is not reused.)
    return _cached_table("sentences", f"4|{OTHER_SENTENCE_ENDS}|{LOWER_CASE}", _build_sentence_table)


def _build_sentence_table() -> U8:
    table = np.zeros(0x110000, dtype=np.uint8)
    everything = "".join(map(chr, range(0x110000)))
    for bit, pattern in ((SPACE, r"\s+"), (LOWER, LOWER_CASE), (HAN_KANA, r"[\p{Han}\p{Hiragana}\p{Katakana}]+")):
        for match in regex.finditer(pattern, everything, regex.V1):
            table[match.start() : match.end()] |= bit
    table[[c for c in range(0x110000) if chr(c).isalpha()]] |= ALPHA
    ends = ((LATIN_END, ".!?\u2026"), (OTHER_END, OTHER_SENTENCE_ENDS), (CLOSER, "\"')]"))
    for bit, characters in ends:
        table[[ord(c) for c in characters]] |= bit
    return table


def _build_class_table() -> U8:
    table = np.zeros(0x110000, dtype=np.uint8)
    everything = "".join(map(chr, range(0x110000)))
    patterns = (
        (NUMBER, r"\p{N}+"),
        (UNSPACED, "[" + _UNSPACED_CLASS + "]+"),
        (WORD, r"[[\p{L}\p{M}\p{N}]--[" + _UNSPACED_CLASS + "]]+"),
        (SOUTHEAST, r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]+"),
    )
    for bit, pattern in patterns:
        for match in regex.finditer(pattern, everything, regex.V1):
            table[match.start() : match.end()] |= bit
    digits = [c for c in range(0x110000) if chr(c).isdigit()]
    table[digits] |= DIGIT
    for separator in ".,:":
        table[ord(separator)] |= NUMBER_SEPARATOR
    return table


def code_points(text: str) -> U32:
    """The text's code points (lone surrogates included) as a numpy array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def has_unspaced(text: str) -> bool:
    """Whether the text has a character of a script written without spaces (Han, kana, Thai …)."""
    return not text.isascii() and bool((class_table()[code_points(text)] & UNSPACED).any())


@jit
def tokenize(cps: U32, table: U8) -> tuple[I64, I64]:  # pragma: no cover - compiled; tested through both paths
    """``[start, end)`` of every token, as ``segment.tokens`` finds them, in order."""
    n = len(cps)
    starts = np.empty(n, dtype=np.int64)
    ends = np.empty(n, dtype=np.int64)
    count = 0
    i = 0
    while i < n:
        bits = table[cps[i]]
        if bits & 1:  # NUMBER: digits, then (separator digits)*
            j = i + 1
            while True:
                while j < n and table[cps[j]] & 1:
                    j += 1
                if j + 1 < n and table[cps[j]] & 8 and table[cps[j + 1]] & 1:
                    j += 2
                    continue
                break
            starts[count] = i
            ends[count] = j
            count += 1
            i = j
        elif bits & 2:  # UNSPACED: a run, cut into overlapping bigrams
            j = i + 1
            while j < n and table[cps[j]] & 2:
                j += 1
            if j - i == 1:
                starts[count] = i
                ends[count] = j
                count += 1
            else:
                for p in range(i, j - 1):
                    starts[count] = p
                    ends[count] = p + 2
                    count += 1
            i = j
        elif bits & 4:  # WORD
            j = i + 1
            while j < n and table[cps[j]] & 4:
                j += 1
            starts[count] = i
            ends[count] = j
            count += 1
            i = j
        else:
            i += 1
    return starts[:count], ends[:count]


@jit
def _sentence_spans(cps: U32, table: U8) -> tuple[I64, I64]:  # pragma: no cover - compiled; tested against regex
    n = len(cps)
    starts = np.empty(n + 1, dtype=np.int64)
    ends = np.empty(n + 1, dtype=np.int64)
    count = 0
    start = 0
    p = 0
    while p < n:
        cp = cps[p]
        bits = table[cp]
        end = -1
        broken = False  # blanks holding a line break follow the full stop: an end whatever comes
        is_latin = bits & 16 != 0
        if bits & 48:
            q = p + 1
            while q < n and table[cps[q]] & 64:
                q += 1
            r = q
            while r < n and table[cps[r]] & 1:
                if cps[r] == 10:
                    broken = True
                r += 1
            if is_latin:
                if r > q:  # "[.!?…]closers*\s+"
                    end = r
                elif cp != 0x2026 and q < n and table[cps[q]] & 4:  # "[.!?]closers*(?=Han|kana)"
                    end = q
            else:  # "[OTHER_SENTENCE_ENDS]closers*\s*"
                end = r
        if end < 0 and bits & 1:  # "\s*\n\s*": a whitespace run holding a line break
            r = p
            line_break = False
            while r < n and table[cps[r]] & 1:
                if cps[r] == 10:
                    line_break = True
                r += 1
            if line_break:
                end = r
            else:
                p = r  # no match starts anywhere in a run of spaces without a line break
                continue
        if end < 0:
            p += 1
            continue
        skip = False
        if broken:
            pass
        elif end < n and is_latin and table[cps[end]] & 2:
            skip = True  # ". " before a lower-case letter: an abbreviation
        elif cp == 46 and p >= 1 and table[cps[p - 1]] & 8 and (p == 1 or not table[cps[p - 2]] & 8):
            skip = True  # a single letter before the full stop: an initial ("N. Korea")
        if not skip:
            if p > start:
                starts[count] = start
                ends[count] = p + (1 if bits & 48 else 0)
                count += 1
            start = max(start, end)
        p = end
    if start < n:
        starts[count] = start
        ends[count] = n
        count += 1
    return starts[:count], ends[:count]


def sentence_spans(cps: U32) -> tuple[I64, I64] | None:
    """``[start, end)`` of the sentences (``segment.sentence_spans``) of a text's code points;
    ``None`` without numba (the caller's regular expressions are faster than plain Python)."""
    if not COMPILED:
        return None
    return _sentence_spans(cps, sentence_table())


_P1 = np.uint64(0x9E3779B185EBCA87)
_P2 = np.uint64(0xC2B2AE3D27D4EB4F)
_P3 = np.uint64(0x165667B19E3779F9)
_P4 = np.uint64(0x85EBCA77C2B2AE63)
_P5 = np.uint64(0x27D4EB2F165667C5)


@jit
def _rotl(value: np.uint64, bits: int) -> np.uint64:  # pragma: no cover - compiled
    return (value << np.uint64(bits)) | (value >> np.uint64(64 - bits))


@jit
def _round(acc: np.uint64, lane: np.uint64) -> np.uint64:  # pragma: no cover - compiled
    acc = acc + lane * _P2
    return _rotl(acc, 31) * _P1


@jit
def _merge(acc: np.uint64, value: np.uint64) -> np.uint64:  # pragma: no cover - compiled
    acc = acc ^ _round(np.uint64(0), value)
    return acc * _P1 + _P4


@jit
def _read64(data: U8, at: int) -> np.uint64:  # pragma: no cover - compiled
    value = np.uint64(0)
    for k in range(8):
        value |= np.uint64(data[at + k]) << np.uint64(8 * k)
    return value


@jit
def _read32(data: U8, at: int) -> np.uint64:  # pragma: no cover - compiled
    value = np.uint64(0)
    for k in range(4):
        value |= np.uint64(data[at + k]) << np.uint64(8 * k)
    return value


@jit
def xxh64(data: U8, length: int, seed: np.uint64) -> np.uint64:  # pragma: no cover - compiled
    """XXH64 of ``data[:length]`` (xxHash's reference algorithm)."""
    at = 0
    if length >= 32:
        v1 = seed + _P1 + _P2
        v2 = seed + _P2
        v3 = seed
        v4 = seed - _P1
        while at + 32 <= length:
            v1 = _round(v1, _read64(data, at))
            v2 = _round(v2, _read64(data, at + 8))
            v3 = _round(v3, _read64(data, at + 16))
            v4 = _round(v4, _read64(data, at + 24))
            at += 32
        h = _rotl(v1, 1) + _rotl(v2, 7) + _rotl(v3, 12) + _rotl(v4, 18)
        h = _merge(h, v1)
        h = _merge(h, v2)
        h = _merge(h, v3)
        h = _merge(h, v4)
    else:
        h = seed + _P5
    h = h + np.uint64(length)
    while at + 8 <= length:
        h = h ^ _round(np.uint64(0), _read64(data, at))
        h = _rotl(h, 27) * _P1 + _P4
        at += 8
    if at + 4 <= length:
        h = h ^ (_read32(data, at) * _P1)
        h = _rotl(h, 23) * _P2 + _P3
        at += 4
    while at < length:
        h = h ^ (np.uint64(data[at]) * _P5)
        h = _rotl(h, 11) * _P1
        at += 1
    h = h ^ (h >> np.uint64(33))
    h = h * _P2
    h = h ^ (h >> np.uint64(29))
    h = h * _P3
    return h ^ (h >> np.uint64(32))


@jit
def _utf8(cp: int, out: U8, at: int) -> int:  # pragma: no cover - compiled
    """Write one code point as UTF-8 (surrogates as their 3-byte form); return the new end."""
    if cp < 0x80:
        out[at] = cp
        return at + 1
    if cp < 0x800:
        out[at] = 0xC0 | (cp >> 6)
        out[at + 1] = 0x80 | (cp & 0x3F)
        return at + 2
    if cp < 0x10000:
        out[at] = 0xE0 | (cp >> 12)
        out[at + 1] = 0x80 | ((cp >> 6) & 0x3F)
        out[at + 2] = 0x80 | (cp & 0x3F)
        return at + 3
    out[at] = 0xF0 | (cp >> 18)
    out[at + 1] = 0x80 | ((cp >> 12) & 0x3F)
    out[at + 2] = 0x80 | ((cp >> 6) & 0x3F)
    out[at + 3] = 0x80 | (cp & 0x3F)
    return at + 4


@jit
def _hash_spans(
    cps: U32, starts: I64, ends: I64, seed: np.uint64, stem_length: int
) -> tuple[U64, U64, U8]:  # pragma: no cover - compiled; tested through both paths
    """Per token: XXH64 of its UTF-8 bytes; its stem's hash (its first ``stem_length`` code
    points, ``prepare.stems_of``'s rule) or 0 when it has no stem; and the UTF-8 bytes of all
    tokens joined by U+001F (what the fingerprint hashes)."""
    count = len(starts)
    hashes = np.empty(count, dtype=np.uint64)
    stems = np.zeros(count, dtype=np.uint64)
    total = 0
    for t in range(count):
        total += 4 * (ends[t] - starts[t]) + 1
    joined = np.empty(max(total, 1), dtype=np.uint8)
    buffer = np.empty(64, dtype=np.uint8)
    at = 0
    for t in range(count):
        start = starts[t]
        end = ends[t]
        if 4 * (end - start) > len(buffer):
            buffer = np.empty(4 * (end - start), dtype=np.uint8)
        size = 0
        stem_size = 0
        ascii_only = True
        for p in range(start, end):
            cp = cps[p]
            if cp >= 0x80:
                ascii_only = False
            size = _utf8(cp, buffer, size)
            if p - start + 1 == stem_length:
                stem_size = size
        hashes[t] = xxh64(buffer, size, seed)
        if end - start > 2 or not ascii_only:
            stems[t] = hashes[t] if stem_size == 0 else xxh64(buffer, stem_size, seed)
        if t:
            joined[at] = 0x1F
            at += 1
        joined[at : at + size] = buffer[:size]
        at += size
    return hashes, stems, joined[:at]


@jit
def scale_counts(cps: U32, starts: I64, table: U8) -> tuple[int, int]:  # pragma: no cover - compiled
    """How many tokens begin with a character of an unspaced script, and how many of those
    with one of Southeast Asia (``prepare.token_scale``'s counts)."""
    unspaced = 0
    southeast = 0
    for start in starts:
        bits = table[cps[start]]
        if bits & 2:
            unspaced += 1
            if bits & 16:
                southeast += 1
    return unspaced, southeast


@jit
def _signature_values(hashes: U64) -> U32:  # pragma: no cover - compiled
    out = np.empty(len(hashes), dtype=np.uint32)
    mask = np.uint64(0xFFFFFFFF)
    for i in range(len(hashes)):
        h = hashes[i]
        v = (h ^ (h >> np.uint64(32))) & mask
        v = v ^ (v >> np.uint64(16))
        v = (v * np.uint64(0x85EBCA6B)) & mask
        v = v ^ (v >> np.uint64(13))
        v = (v * np.uint64(0xC2B2AE35)) & mask
        out[i] = v ^ (v >> np.uint64(16))
    return out


@jit
def _combined_shingles(hashes: U64, width: int) -> U64:  # pragma: no cover - compiled
    """``shingle.shingle_hashes``: each run of ``width`` token hashes combined (multiply-add),
    then mixed by murmur3's 64-bit finaliser (``shingle._mix``)."""
    count = len(hashes) - width + 1
    shingles = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        for i in range(count):
            shingles[i] = shingles[i] * np.uint64(0x9E3779B97F4A7C15) + hashes[offset + i]
    for i in range(count):
        v = shingles[i]
        v = (v ^ (v >> np.uint64(33))) * np.uint64(0xFF51AFD7ED558CCD)
        v = (v ^ (v >> np.uint64(33))) * np.uint64(0xC4CEB9FE1A85EC53)
        shingles[i] = v ^ (v >> np.uint64(33))
    return shingles


@jit
def _minhash(hashes: U64, a: U32, b: U32, empty: U32) -> U32:  # pragma: no cover - compiled
    values = _signature_values(hashes)
    out = empty.copy()
    for k in range(len(a)):
        ak = np.uint32(a[k])
        bk = np.uint32(b[k])
        low = np.uint32(out[k])
        for i in range(len(values)):
            x = np.uint32(ak * values[i] + bk)
            if x < low:
                low = x
        out[k] = low
    return out


def _fmix32(values: U32) -> U32:
    # MurmurHash3's 32-bit finaliser, as datasketch's "affine32" scheme applies it.
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


_CHUNK = 8192


def _minhash_numpy(hashes: U64, a: U32, b: U32, empty: U32) -> U32:
    folded = ((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    values = _fmix32(folded)
    result = empty.copy()
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK, None]
        np.minimum(result, (chunk * a + b).min(axis=0), out=result)
    return np.asarray(result, dtype=np.uint32)


def minhash(hashes: U64, a: U32, b: U32, empty: U32) -> U32:
    """datasketch's "affine32" MinHash of a set of 64-bit hashes: each folded to 32 bits and
    mixed with MurmurHash3's finaliser, then ``min((a·v + b) mod 2³²)`` per permutation."""
    if COMPILED and len(hashes) >= 8:
        return _minhash(hashes, a, b, empty)
    return _minhash_numpy(hashes, a, b, empty)


def _hash_spans_python(cps: U32, starts: I64, ends: I64, seed: int, stem_length: int) -> tuple[U64, U64, bytes]:
    text = cps.tobytes().decode("utf-32-le", "surrogatepass")
    tokens = [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    hashes = [xxhash.xxh64_intdigest(t.encode("utf-8", "surrogatepass"), seed) for t in tokens]
    stems = [
        xxhash.xxh64_intdigest(t[:stem_length].encode("utf-8", "surrogatepass"), seed)
        if len(t) > 2 or not t.isascii()
        else 0
        for t in tokens
    ]
    joined = "\x1f".join(tokens).encode("utf-8", "surrogatepass")
    return np.array(hashes, dtype=np.uint64), np.array(stems, dtype=np.uint64), joined


def hash_tokens(cps: U32, starts: I64, ends: I64, seed: int, stem_length: int) -> tuple[U64, U64, bytes]:
    """Per token ``[starts[i], ends[i])`` of the code points: its XXH64 (``xxhash.xxh64_intdigest``
    of its UTF-8 bytes with ``seed``); its stem's hash (first ``stem_length`` code points, for
    tokens longer than two characters or not ASCII; 0 for the others); and the UTF-8 bytes of
    all tokens joined by U+001F."""
    if COMPILED:
        hashes, stems, joined = _hash_spans(cps, starts, ends, np.uint64(seed), stem_length)
        return hashes, stems, joined.tobytes()
    return _hash_spans_python(cps, starts, ends, seed, stem_length)


def unique(values: U64) -> U64:
    """The distinct values, sorted: ``np.unique`` without its hash-table pass (several times
    faster on the few hundred values of one document)."""
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def without(values: U64, excluded: U64) -> U64:
    """``values`` minus the members of ``excluded`` (sorted, unique), order kept."""
    if not len(excluded) or not len(values):
        return values
    at = np.minimum(np.searchsorted(excluded, values), len(excluded) - 1)
    return np.asarray(values[excluded[at] != values], dtype=np.uint64)


GRAM = 4


def _gram_hashes_python(cps: U32, starts: I64, ends: I64, unspaced_text: bool, seed: int) -> tuple[U64, I64]:
    from dedupe.shingle import token_grams

    text = cps.tobytes().decode("utf-32-le", "surrogatepass")
    hashes: list[int] = []
    owners: list[int] = []
    for t, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        grams = token_grams(text[s:e], unspaced_text)
        hashes += [xxhash.xxh64_intdigest(g.encode("utf-8", "surrogatepass"), seed) for g in grams]
        owners += [t] * len(grams)
    return np.array(hashes, dtype=np.uint64), np.array(owners, dtype=np.int64)


def gram_hashes(cps: U32, starts: I64, ends: I64, unspaced_text: bool, seed: int) -> tuple[U64, I64]:
    """The character grams of every token (``shingle.token_grams``), hashed like tokens (XXH64
    of their UTF-8 bytes with ``seed``), with the index of the token each belongs to."""
    if COMPILED:
        return _ascii_gram_hashes(cps, starts, ends, class_table(), unspaced_text, np.uint64(seed))
    return _gram_hashes_python(cps, starts, ends, unspaced_text, seed)


@jit
def _grouped_numbers(values: U64, groups: I64, order: I64) -> tuple[U64, I64, I64]:  # pragma: no cover - compiled
    n = len(values)
    # The distinct values in order, and each value's number among them (``order`` sorts ``values``).
    distinct = np.empty(n, dtype=np.uint64)
    number = np.empty(n, dtype=np.int64)
    count = -1
    for r in range(n):
        k = order[r]
        if count < 0 or values[k] != distinct[count]:
            count += 1
            distinct[count] = values[k]
        number[k] = count
    # Each value to the next free place of its group (a run of ``groups``), in rising order: a
    # counting sort by group of the values already sorted, which leaves each group sorted.
    first = np.empty(n, dtype=np.int64)
    for k in range(n):
        first[k] = k if k == 0 or groups[k] != groups[k - 1] else first[k - 1]
    free = first.copy()
    placed = np.empty(n, dtype=np.int64)
    for r in range(n):
        k = order[r]
        at = free[first[k]]
        free[first[k]] = at + 1
        placed[at] = number[k]
    # Repeats within a group dropped.
    numbers = np.empty(n, dtype=np.int64)
    owners = np.empty(n, dtype=np.int64)
    kept = 0
    for k in range(n):
        if k == first[k] or placed[k] != placed[k - 1]:
            numbers[kept] = placed[k]
            owners[kept] = groups[k]
            kept += 1
    return distinct[: count + 1], numbers[:kept], owners[:kept]


def grouped_numbers(values: U64, groups: I64) -> tuple[U64, I64, I64]:
    """The distinct ``values``, sorted (``np.unique``), and each group's distinct values as their
    numbers among those, rising, the groups in order (``groups`` never decreases), with their
    groups: the numbers of ``values`` sorted by (group, value), repeats within a group dropped."""
    if COMPILED:
        # numpy's sort is vectorised, numba's is not: sorted here, grouped in the compiled loop.
        return _grouped_numbers(values, groups, np.argsort(values))
    return _grouped_numbers_numpy(values, groups)


def _grouped_numbers_numpy(values: U64, groups: I64) -> tuple[U64, I64, I64]:
    distinct, numbers = np.unique(values, return_inverse=True)
    order = np.lexsort((numbers, groups))
    numbers, groups = numbers[order], groups[order]
    keep = np.ones(len(numbers), dtype=bool)
    keep[1:] = (numbers[1:] != numbers[:-1]) | (groups[1:] != groups[:-1])
    return distinct, numbers[keep].astype(np.int64), groups[keep]


@jit
def _merged_numbers(
    distinct_a: U64, numbers_a: I64, distinct_b: U64, numbers_b: I64
) -> tuple[int, I64]:  # pragma: no cover - compiled; tested against np.unique
    # Each distinct value's number in the union, by one merge of the two sorted lists.
    union_a = np.empty(len(distinct_a), dtype=np.int64)
    union_b = np.empty(len(distinct_b), dtype=np.int64)
    i = j = count = 0
    while i < len(distinct_a) or j < len(distinct_b):
        if j == len(distinct_b) or (i < len(distinct_a) and distinct_a[i] < distinct_b[j]):
            union_a[i] = count
            i += 1
        elif i == len(distinct_a) or distinct_b[j] < distinct_a[i]:
            union_b[j] = count
            j += 1
        else:
            union_a[i] = union_b[j] = count
            i += 1
            j += 1
        count += 1
    out = np.empty(len(numbers_a) + len(numbers_b), dtype=np.int64)
    for k in range(len(numbers_a)):
        out[k] = union_a[numbers_a[k]]
    for k in range(len(numbers_b)):
        out[len(numbers_a) + k] = union_b[numbers_b[k]]
    return count, out


def merged_numbers(distinct_a: U64, numbers_a: I64, distinct_b: U64, numbers_b: I64) -> tuple[int, I64]:
    """Two lists of numbers into two sorted lists of distinct values (``numbers_a`` into
    ``distinct_a``, ``numbers_b`` into ``distinct_b``) as numbers into the sorted union of both:
    how many distinct values there are and ``np.unique(np.concatenate((distinct_a[numbers_a],
    distinct_b[numbers_b])), return_inverse=True)[1]``, without sorting anything."""
    if COMPILED:
        return _merged_numbers(distinct_a, numbers_a, distinct_b, numbers_b)
    return _merged_numbers_numpy(distinct_a, numbers_a, distinct_b, numbers_b)


def _merged_numbers_numpy(distinct_a: U64, numbers_a: I64, distinct_b: U64, numbers_b: I64) -> tuple[int, I64]:
    # A value's number in the union: the values of either list below it, less those of both.
    below_a = np.searchsorted(distinct_b, distinct_a)  # values of b below each value of a
    below_b = np.searchsorted(distinct_a, distinct_b)
    shared_a = np.zeros(len(distinct_a), dtype=np.int64)
    shared_b = np.zeros(len(distinct_b), dtype=np.int64)
    if len(distinct_a) and len(distinct_b):
        shared_a[:] = distinct_b[np.minimum(below_a, len(distinct_b) - 1)] == distinct_a
        shared_b[:] = distinct_a[np.minimum(below_b, len(distinct_a) - 1)] == distinct_b
    union_a = np.arange(len(distinct_a)) + below_a - (np.cumsum(shared_a) - shared_a)
    union_b = np.arange(len(distinct_b)) + below_b - (np.cumsum(shared_b) - shared_b)
    count = len(distinct_a) + len(distinct_b) - int(shared_a.sum())
    return count, np.concatenate((union_a[numbers_a], union_b[numbers_b])).astype(np.int64)


@jit
def _shared_weights(
    inverse: I64, lengths: I64, count_a: int, count_b: int, weights: F64, vocabulary: int
) -> F64:  # pragma: no cover - compiled; tested against sparse matrices
    ends = np.cumsum(lengths)
    split = ends[count_a - 1] if count_a else 0
    # Which sentences of ``b`` hold each gram, in sentence order.
    holders = np.zeros(vocabulary + 1, dtype=np.int64)
    for k in range(split, len(inverse)):
        holders[inverse[k] + 1] += 1
    for g in range(vocabulary):
        holders[g + 1] += holders[g]
    filled = holders[:-1].copy()
    sentence_of = np.empty(len(inverse) - split, dtype=np.int64)
    k = split
    for j in range(count_b):
        for _ in range(lengths[count_a + j]):
            g = inverse[k]
            sentence_of[filled[g]] = j
            filled[g] += 1
            k += 1
    shared = np.zeros((count_a, count_b), dtype=np.float64)
    k = 0
    for i in range(count_a):
        for _ in range(lengths[i]):
            g = inverse[k]
            weight = weights[g]
            for p in range(holders[g], holders[g + 1]):
                shared[i, sentence_of[p]] += weight
            k += 1
    return shared


def shared_weights(
    inverse: npt.NDArray[np.intp], lengths: npt.NDArray[np.intp], count_a: int, count_b: int, weights: F64
) -> F64 | None:
    """Per pair of sentences (``count_a`` of ``a``, then ``count_b`` of ``b``, their grams as
    vocabulary numbers ``inverse``, rising within each sentence, ``lengths`` grams each): the
    ``weights`` of the grams both hold, added in rising gram order, as a sparse matrix product
    adds them (so equal to the last bit). ``None`` without numba."""
    if not COMPILED:
        return None
    return _shared_weights(inverse.astype(np.int64), lengths.astype(np.int64), count_a, count_b, weights, len(weights))


def token_code_points(tokens: list[str]) -> tuple[U32, I64, I64]:
    """A list of tokens as one code-point array with each token's ``[start, end)`` in it."""
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    ends = np.cumsum(lengths)
    return code_points("".join(tokens)), ends - lengths, ends


@jit
def _agreement(signatures: U32, codes: U64) -> npt.NDArray[np.float64]:  # pragma: no cover - compiled
    out = np.empty(len(codes), dtype=np.float64)
    width = signatures.shape[1]
    for p in range(len(codes)):
        i = np.int64(codes[p] >> np.uint64(32))
        j = np.int64(codes[p] & np.uint64(0xFFFFFFFF))
        same = 0
        for k in range(width):
            if signatures[i, k] == signatures[j, k]:
                same += 1
        out[p] = same / width
    return out


def agreement(signatures: U32, codes: U64) -> npt.NDArray[np.float64]:
    """For each pair (``lsh.encode_pairs`` codes of rows), the share of signature values the two
    rows agree on: their estimated Jaccard similarity."""
    if COMPILED:
        return _agreement(signatures, codes)
    first = (codes >> np.uint64(32)).astype(np.int64)
    second = (codes & np.uint64(0xFFFFFFFF)).astype(np.int64)
    return np.asarray((signatures[first] == signatures[second]).mean(axis=1), dtype=np.float64)


@jit
def _bucket_pairs(
    signatures: U32, ids: I64, block: U64, order: I64, keys: U64, min_agreement: float, max_bucket: int
) -> tuple[U64, bool]:  # pragma: no cover - compiled; tested against lsh.band_pairs
    """Pairs (codes ``i << 32 | j``, ``i < j``) of rows ``ids`` whose band values (``block``) are
    equal, kept when their whole signatures agree on at least ``min_agreement`` of the values.

    ``order`` sorts ``keys``, which are equal when the band values are; ``False`` when two
    different band values share a key (a hash collision): the caller then takes the exact path.
    A bucket of more than ``max_bucket`` rows pairs its lowest row with each other one.
    """
    width = signatures.shape[1]
    rows = block.shape[1]
    out = np.empty(1024, dtype=np.uint64)
    count = 0
    start = 0
    n = len(order)
    while start < n:
        stop = start + 1
        while stop < n and keys[order[stop]] == keys[order[start]]:
            stop += 1
        size = stop - start
        if size > 1:
            lowest = start
            for m in range(start + 1, stop):
                if rows > 2:
                    for k in range(rows):
                        if block[order[m], k] != block[order[start], k]:
                            return out[:0], False
                if ids[order[m]] < ids[order[lowest]]:
                    lowest = m
            star = size > max_bucket
            for m in range(lowest if star else start, lowest + 1 if star else stop):
                i = ids[order[m]]
                for o in range(start if star else m + 1, stop):
                    j = ids[order[o]]
                    if o == m:
                        continue
                    if min_agreement > 0:
                        same = 0
                        for k in range(width):
                            if signatures[i, k] == signatures[j, k]:
                                same += 1
                        if same / width < min_agreement:
                            continue
                    if count == len(out):
                        grown = np.empty(2 * len(out), dtype=np.uint64)
                        grown[:count] = out[:count]
                        out = grown
                    low, high = (i, j) if i < j else (j, i)
                    out[count] = (np.uint64(low) << np.uint64(32)) | np.uint64(high)
                    count += 1
        start = stop
    return out[:count], True


def bucket_pairs(signatures: U32, ids: I64, first: int, rows: int, min_agreement: float, max_bucket: int) -> U64 | None:
    """The pairs of rows ``ids`` sharing a bucket of the band of ``rows`` values at ``first``,
    kept when their signatures agree on ``min_agreement`` of the values (all when 0), as
    ``lsh.band_pairs`` and ``agreement`` give them, without listing the pairs the agreement
    drops; ``None`` without numba, or on a collision of the 64-bit keys (never seen)."""
    if not COMPILED:
        return None
    block = signatures[ids, first : first + rows].astype(np.uint64)
    if rows <= 2:  # the values themselves: keys equal exactly when the band values are
        keys = block[:, 0] << np.uint64(32) | block[:, 1] if rows == 2 else block[:, 0].copy()
    else:
        keys = np.zeros(len(ids), dtype=np.uint64)
        for column in range(rows):
            keys = (keys ^ block[:, column]) * np.uint64(0x9E3779B185EBCA87)
            keys ^= keys >> np.uint64(29)
    order = np.argsort(keys)
    codes, exact = _bucket_pairs(signatures, ids, block, order, keys, min_agreement, max_bucket)
    return codes if exact else None


@jit
def _sketch_signatures(
    cps: U32,
    table: U8,
    seed: np.uint64,
    stem_length: int,
    shingle_size: int,
    a: U32,
    b: U32,
    empty: U32,
    common: U64,
    copy_row: U32,
    topic_row: U32,
) -> tuple[np.uint64, int, bool, bool]:  # pragma: no cover - compiled; tested against prepare.sketch
    starts, ends = tokenize(cps, table)
    hashes, stems, joined = _hash_spans(cps, starts, ends, seed, stem_length)
    unspaced, southeast = scale_counts(cps, starts, table)
    n = len(starts)
    scale = 1 if unspaced * 2 <= n else 3 if southeast * 2 > unspaced else 2
    has_copy = False
    if n:
        shingles = _combined_shingles(hashes, min(shingle_size * scale, n))
        # Repeats change no minimum: the shingles need not be made a set first.
        copy_row[:] = _minhash(shingles, a, b, empty)
        has_copy = True
    kept = 0  # the stems (0: a token without one) not in ``common``, repeats and all
    for stem in stems:
        if stem != 0:
            if len(common):
                at = min(np.searchsorted(common, stem), len(common) - 1)
                if common[at] == stem:
                    continue
            stems[kept] = stem
            kept += 1
    has_topic = kept > 0
    if has_topic:
        topic_row[:] = _minhash(stems[:kept], a, b, empty)
    return xxh64(joined, len(joined), np.uint64(0)), n, has_copy, has_topic


def sketch_signatures(
    folded: str,
    seed: int,
    stem_length: int,
    shingle_size: int,
    permutations: tuple[U32, U32, U32],
    common: U64,
    copy_row: U32,
    topic_row: U32,
) -> tuple[str, int, bool, bool] | None:
    """The sketch of a normalised, case-folded text turned into its signatures in one compiled
    call: the copy signature (MinHash of its shingles) into ``copy_row`` and the topic one
    (stems not in ``common``) into ``topic_row``; returns the fingerprint, the number of
    tokens and whether each signature was written. ``None`` without numba."""
    if not COMPILED:
        return None
    fingerprint, words, has_copy, has_topic = _sketch_signatures(
        code_points(folded),
        class_table(),
        np.uint64(seed),
        stem_length,
        shingle_size,
        *permutations,
        common,
        copy_row,
        topic_row,
    )
    return f"{int(fingerprint):016x}", int(words), bool(has_copy), bool(has_topic)


# The whitespace of ASCII (``str.isspace()``, regex ``\s``), by code.
ASCII_WHITESPACE = np.zeros(128, dtype=np.bool_)
ASCII_WHITESPACE[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True


@jit
def _collapse_ascii_spaces(codes: U8, space: B) -> tuple[U8, I64]:  # pragma: no cover - compiled
    out = np.empty(len(codes), dtype=np.uint8)
    kept = np.empty(len(codes), dtype=np.int64)
    count = 0
    in_run = False
    for i in range(len(codes)):
        code = codes[i]
        if not space[code]:
            out[count] = code
            kept[count] = i
            count += 1
            in_run = False
            continue
        if not in_run:  # a run's first character stands for it
            out[count] = 32
            kept[count] = i
            count += 1
            in_run = True
        if code == 10 or code == 13:
            out[count - 1] = 10
    return out[:count], kept[:count]


def collapse_ascii_spaces(codes: U8) -> tuple[U8, I64]:
    """An ASCII text's codes with every maximal whitespace run made one character at the run's
    first position, a line break if the run holds one (LF or CR), else a space; and the
    position each character kept comes from."""
    if COMPILED:
        return _collapse_ascii_spaces(codes, ASCII_WHITESPACE)
    return _collapse_ascii_spaces_numpy(codes)


def _collapse_ascii_spaces_numpy(codes: U8) -> tuple[U8, I64]:
    space = ASCII_WHITESPACE[codes]
    first = space.copy()
    first[1:] &= ~space[:-1]
    keep = ~space | first
    out = codes.copy()
    if first.any():
        run = np.cumsum(first) - 1
        has_break = np.zeros(int(run[-1]) + 1, dtype=bool)
        has_break[run[(codes == 10) | (codes == 13)]] = True
        out[first] = np.where(has_break, 10, 32)
    return out[keep], np.flatnonzero(keep).astype(np.int64)


@jit
def _word_hash(codes: U8, start: int, end: int) -> np.uint64:  # pragma: no cover - compiled
    value = np.uint64(0xCBF29CE484222325)  # FNV-1a of the lower-cased bytes
    for p in range(start, end):
        c = codes[p]
        if 65 <= c <= 90:
            c += 32
        value = (value ^ np.uint64(c)) * np.uint64(0x100000001B3)
    return value


@jit
def _ascii_words_among(codes: U8, wanted: U64) -> I64:  # pragma: no cover - compiled; tested against the regex
    out = np.empty(2 * (len(codes) // 2 + 1), dtype=np.int64)
    count = 0
    n = len(codes)
    i = 0
    while i < n:
        c = codes[i]
        if not (65 <= c <= 90 or 97 <= c <= 122):
            i += 1
            continue
        j = i + 1
        while j < n and (65 <= codes[j] <= 90 or 97 <= codes[j] <= 122):
            j += 1
        if j + 1 < n and codes[j] == 45 and (65 <= codes[j + 1] <= 90 or 97 <= codes[j + 1] <= 122):
            j += 2
            while j < n and (65 <= codes[j] <= 90 or 97 <= codes[j] <= 122):
                j += 1
        if j < n and codes[j] == 46:
            j += 1
        value = _word_hash(codes, i, j)
        at = np.searchsorted(wanted, value)
        if at < len(wanted) and wanted[at] == value:
            out[count] = i
            out[count + 1] = j
            count += 2
        i = j
    return out[:count]


def word_hashes(words: list[str]) -> U64:
    """The sorted hashes ``ascii_words_among`` compares ASCII words by (case-insensitive)."""
    values = []
    for word in words:
        value = 0xCBF29CE484222325
        for byte in word.lower().encode("ascii"):
            value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        values.append(value)
    return np.unique(np.array(values, dtype=np.uint64))


def ascii_words_among(text: str, wanted: U64) -> list[str] | None:
    """The words ``[A-Za-z]+(?:-[A-Za-z]+)?\\.?`` finds in an ASCII text (``findall``: each match
    from where the last one ended) whose hash (``word_hashes``, any case) is in ``wanted``: a
    superset of those words that are, without building a string for every word. ``None``
    without numba."""
    if not COMPILED:
        return None
    bounds = _ascii_words_among(np.frombuffer(text.encode("ascii"), dtype=np.uint8), wanted).tolist()
    return [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]


@jit
def _heaviest_chain(first: I64, second: I64, weight: F64) -> float:  # pragma: no cover - compiled
    best = np.empty(len(first), dtype=np.float64)
    heaviest = 0.0
    for k in range(len(first)):
        value = weight[k]
        for m in range(k):
            if first[m] < first[k] and second[m] < second[k] and best[m] + weight[k] > value:
                value = best[m] + weight[k]
        best[k] = value
        if k == 0 or value > heaviest:
            heaviest = value
    return heaviest


def heaviest_chain(first: I64, second: I64, weight: F64) -> float | None:
    """Weight of the heaviest chain of matches ``(first, second, weight)`` (sorted by ``first``)
    strictly increasing in both coordinates: each match's best chain is its weight plus the
    heaviest earlier one it extends, tried in turn (``verify._heaviest_chain_quadratic``).
    ``None`` without numba."""
    if not COMPILED:
        return None
    return float(_heaviest_chain(first, second, weight))


@jit
def _sorted_members(first: U64, second: U64) -> tuple[B, B]:  # pragma: no cover - compiled; tested against np.isin
    in_second = np.zeros(len(first), dtype=np.bool_)
    in_first = np.zeros(len(second), dtype=np.bool_)
    i = j = 0
    while i < len(first) and j < len(second):
        if first[i] < second[j]:
            i += 1
        elif second[j] < first[i]:
            j += 1
        else:
            in_second[i] = in_first[j] = True
            i += 1
            j += 1
    return in_second, in_first


def sorted_members(first: U64, second: U64) -> tuple[B, B]:
    """For two sorted lists of distinct values, which values of each the other has:
    ``np.isin`` both ways, by one merge of the two."""
    if COMPILED:
        return _sorted_members(first, second)
    return _sorted_in_numpy(first, second), _sorted_in_numpy(second, first)


@jit
def _sorted_in(values: U64, sorted_set: U64) -> B:  # pragma: no cover - compiled; tested against np.isin
    found = np.zeros(len(values), dtype=np.bool_)
    low = 0  # the values rise: so does the first member not below each
    for i in range(len(values)):
        high = len(sorted_set)
        while low < high:
            middle = (low + high) // 2
            if sorted_set[middle] < values[i]:
                low = middle + 1
            else:
                high = middle
        found[i] = low < len(sorted_set) and sorted_set[low] == values[i]
    return found


def sorted_in(values: U64, sorted_set: U64) -> B:
    """``np.isin(values, sorted_set)`` for sorted ``values`` and a sorted ``sorted_set``: binary
    searches, each from where the last one ended (``sorted_set`` may be far longer)."""
    if COMPILED:
        return _sorted_in(values, sorted_set)
    return _sorted_in_numpy(values, sorted_set)


def _sorted_in_numpy(values: U64, sorted_set: U64) -> B:
    if not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return np.asarray(sorted_set[at] == values, dtype=bool)


@jit
def _rare_positions(
    values_a: U64,
    inverse_a: I64,
    counts_a: I64,
    quoted_a: B,
    values_b: U64,
    inverse_b: I64,
    counts_b: I64,
    quoted_b: B,
) -> tuple[I64, int, int]:  # pragma: no cover - compiled; tested against the numpy path
    # Each distinct token of ``a`` with the number of the same token among ``b``'s (a merge of the
    # two sorted lists), if both texts have it at most twice.
    partner = np.full(len(values_a), -1, dtype=np.int64)
    shared_b = np.zeros(len(values_b), dtype=np.bool_)
    i = j = 0
    while i < len(values_a) and j < len(values_b):
        if values_a[i] < values_b[j]:
            i += 1
        elif values_b[j] < values_a[i]:
            j += 1
        else:
            if counts_a[i] <= 2 and counts_b[j] <= 2:
                partner[i] = j
                shared_b[j] = True
            i += 1
            j += 1
    # Where each shared token is in ``b``'s sequence (at most twice: it is rare).
    first = np.full(len(values_b), -1, dtype=np.int64)
    second = np.full(len(values_b), -1, dtype=np.int64)
    length_b = 0
    for t in range(len(inverse_b)):
        j = inverse_b[t]
        if shared_b[j] and not quoted_b[t]:
            if first[j] < 0:
                first[j] = length_b
            else:
                second[j] = length_b
            length_b += 1
    positions = np.empty(2 * len(inverse_a), dtype=np.int64)
    count = 0
    length_a = 0
    for t in range(len(inverse_a)):
        j = partner[inverse_a[t]]
        if j >= 0 and not quoted_a[t]:
            length_a += 1
            if second[j] >= 0:
                positions[count] = second[j]
                count += 1
            if first[j] >= 0:
                positions[count] = first[j]
                count += 1
    return positions[:count], length_a, length_b


def rare_positions(
    distinct_a: tuple[U64, I64, I64], quoted_a: B, distinct_b: tuple[U64, I64, I64], quoted_b: B
) -> tuple[I64, int, int]:
    """The rare tokens two texts share, outside quotations, in order (``verify._rare_order``).

    ``distinct_a``, ``distinct_b``: ``np.unique`` of each text's token hashes with inverse and
    counts; ``quoted_a``, ``quoted_b``: per token. Rare: at most twice in each text. Returns,
    for each shared rare token of ``a`` in turn, its positions in ``b``'s sequence of them,
    decreasing (whose longest rising run is the longest common subsequence of the two), and the
    lengths of the two sequences."""
    if COMPILED:
        return _rare_positions(*distinct_a, quoted_a, *distinct_b, quoted_b)
    return _rare_positions_numpy(distinct_a, quoted_a, distinct_b, quoted_b)


def _rare_positions_numpy(
    distinct_a: tuple[U64, I64, I64], quoted_a: B, distinct_b: tuple[U64, I64, I64], quoted_b: B
) -> tuple[I64, int, int]:
    values_a, inverse_a, counts_a = distinct_a
    values_b, inverse_b, counts_b = distinct_b
    if not len(values_a) or not len(values_b):
        return np.zeros(0, dtype=np.int64), 0, 0
    # Each distinct token of ``a`` as the number of the same token among ``b``'s, if shared and rare.
    in_b = np.minimum(np.searchsorted(values_b, values_a), len(values_b) - 1)
    shared = (values_b[in_b] == values_a) & (counts_a <= 2) & (counts_b[in_b] <= 2)
    shared_b = np.zeros(len(values_b), dtype=bool)
    shared_b[in_b[shared]] = True
    seq_a = in_b[inverse_a[shared[inverse_a] & ~quoted_a]]
    seq_b = inverse_b[shared_b[inverse_b] & ~quoted_b]
    # Each token of ``a`` with its positions in ``b`` in decreasing order.
    order_b = np.argsort(seq_b, kind="stable")
    first = np.searchsorted(seq_b[order_b], seq_a, side="left")
    count = np.searchsorted(seq_b[order_b], seq_a, side="right") - first
    rows = np.repeat(np.arange(len(seq_a)), count)
    matches = order_b[np.repeat(first, count) + np.arange(len(rows)) - np.repeat(np.cumsum(count) - count, count)]
    positions = np.asarray(matches[np.lexsort((-matches, rows))], dtype=np.int64)
    return positions, len(seq_a), len(seq_b)


@jit
def _longest_rising(values: I64) -> int:  # pragma: no cover - compiled
    tails = np.empty(len(values), dtype=np.int64)
    size = 0
    for value in values:
        at = np.searchsorted(tails[:size], value)  # bisect_left
        tails[at] = value
        if at == size:
            size += 1
    return size


def longest_rising(values: I64) -> int:
    """Length of the longest strictly increasing subsequence of ``values`` (patience sorting)."""
    if COMPILED:
        return int(_longest_rising(values))
    return _longest_rising_python(values)


def _longest_rising_python(values: I64) -> int:
    tails: list[int] = []
    for value in values.tolist():
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
    return len(tails)


# --- prepare ---
# ``segment.segment`` and ``prepare.prepare``/``sentence_grams`` in fewer calls: each of the few
# numpy calls these replace on a document's few hundred tokens costs more in overhead than work.


@jit
def _token_pieces(
    starts: I64, ends: I64, piece_starts: I64, piece_ends: I64, piece_sentences: I64, piece_quoted: I64
) -> tuple[I64, B, bool]:  # pragma: no cover - compiled; tested against token_pieces_numpy
    n = len(starts)
    sentences = np.empty(n, dtype=np.int64)
    quoted = np.empty(n, dtype=np.bool_)
    p = -1
    for t in range(n):
        while p + 1 < len(piece_starts) and piece_starts[p + 1] <= starts[t]:
            p += 1
        if p < 0 or ends[t] > piece_ends[p]:
            return sentences[:0], quoted[:0], False
        sentences[t] = piece_sentences[p]
        quoted[t] = piece_quoted[p] != 0
    return sentences, quoted, True


def token_pieces(starts: I64, ends: I64, pieces: I64) -> tuple[I64, B] | None:
    """Per token ``[starts[i], ends[i])`` (rising, as ``tokenize`` gives them), the sentence and
    the quotation flag of the piece it lies in (``pieces``: rows ``(start, end, sentence,
    quoted)`` of ``segment._pieces``, rising); ``None`` when a token is not inside one piece."""
    if COMPILED:
        sentences, quoted, inside = _token_pieces(starts, ends, pieces[:, 0], pieces[:, 1], pieces[:, 2], pieces[:, 3])
        return (sentences, quoted) if inside else None
    return token_pieces_numpy(starts, ends, pieces)


def token_pieces_numpy(starts: I64, ends: I64, pieces: I64) -> tuple[I64, B] | None:
    """``token_pieces`` by numpy (binary searches of the pieces' starts)."""
    if not len(pieces):
        empty = np.zeros(0, dtype=np.int64)
        return None if len(starts) else (empty, empty.astype(np.bool_))
    piece_of = np.searchsorted(pieces[:, 0], starts, side="right") - 1
    if not ((piece_of >= 0) & (ends <= pieces[:, 1][piece_of])).all():
        return None
    return np.asarray(pieces[:, 2][piece_of], dtype=np.int64), np.asarray(pieces[:, 3][piece_of] != 0, dtype=np.bool_)


@jit
def _joined_tokens(cps: U32, starts: I64, ends: I64) -> tuple[U32, I64, I64, U32]:  # pragma: no cover - compiled
    n = len(starts)
    total = 0
    for t in range(n):
        total += ends[t] - starts[t]
    gathered = np.empty(total, dtype=np.uint32)
    separated = np.empty(total + max(n - 1, 0), dtype=np.uint32)
    joined_starts = np.empty(n, dtype=np.int64)
    joined_ends = np.empty(n, dtype=np.int64)
    at = 0
    for t in range(n):
        joined_starts[t] = at
        if t:
            separated[at + t - 1] = 0x1F
        for p in range(starts[t], ends[t]):
            gathered[at] = cps[p]
            separated[at + t] = cps[p]
            at += 1
        joined_ends[t] = at
    return gathered, joined_starts, joined_ends, separated


def joined_tokens(cps: U32, starts: I64, ends: I64) -> tuple[list[str], tuple[U32, I64, I64]] | None:
    """The tokens at ``[starts, ends)`` of a text's code points ``cps`` (none holding U+001F), as
    strings and as ``token_code_points`` gives them, gathered in one compiled pass (the strings
    split from one decoded text); ``None`` without numba."""
    if not COMPILED:
        return None
    gathered, joined_starts, joined_ends, separated = _joined_tokens(cps, starts, ends)
    strings = separated.tobytes().decode("utf-32-le", "surrogatepass").split("\x1f") if len(starts) else []
    return strings, (gathered, joined_starts, joined_ends)


@jit
def _prepared_hashes(
    cps: U32, starts: I64, ends: I64, seed: np.uint64, quoted: B, size: int
) -> tuple[U64, U64, B, np.uint64]:  # pragma: no cover - compiled; tested against the numpy path
    count = len(starts)
    hashes = np.empty(count, dtype=np.uint64)
    total = 0
    for t in range(count):
        total += 4 * (ends[t] - starts[t]) + 1
    joined = np.empty(max(total, 1), dtype=np.uint8)
    at = 0
    for t in range(count):
        if t:
            joined[at] = 0x1F
            at += 1
        first = at
        for p in range(starts[t], ends[t]):
            at = _utf8(cps[p], joined, at)
        hashes[t] = xxh64(joined[first:], at - first, seed)
    fingerprint = xxh64(joined, at, np.uint64(0))
    if count == 0:
        return hashes, np.empty(0, dtype=np.uint64), np.zeros(0, dtype=np.bool_), fingerprint
    width = min(size, count)
    shingled = count - width + 1
    shingles = _combined_shingles(hashes, width)
    # A shingle is unquoted when none of its ``width`` tokens is quoted: a running count.
    unquoted = np.empty(shingled, dtype=np.bool_)
    inside = 0
    for t in range(width - 1):
        inside += 1 if quoted[t] else 0
    for i in range(shingled):
        inside += 1 if quoted[i + width - 1] else 0
        unquoted[i] = inside == 0
        inside -= 1 if quoted[i] else 0
    return hashes, shingles, unquoted, fingerprint


def prepared_hashes(
    cps: U32, starts: I64, ends: I64, seed: int, quoted: B, size: int
) -> tuple[U64, U64, B, str] | None:
    """What ``prepare`` makes of a document's tokens at ``[starts, ends)`` of ``cps`` in one
    compiled call: their hashes (``hash_tokens``), their shingles of ``size`` tokens
    (``shingle.shingle_hashes``), whether each shingle has no ``quoted`` token, and the
    fingerprint (XXH64 of the tokens joined by U+001F, in hex); ``None`` without numba."""
    if not COMPILED:
        return None
    hashes, shingles, unquoted, fingerprint = _prepared_hashes(cps, starts, ends, np.uint64(seed), quoted, size)
    return hashes, shingles, unquoted, f"{int(fingerprint):016x}"


@jit
def _numbered(
    values: U64, groups: I64, keys: U64, mask: np.uint64
) -> tuple[U64, I64, I64]:  # pragma: no cover - compiled; tested against _grouped_numbers_numpy
    # ``keys`` sorted: each value's high bits with its index in the low bits (``mask``). Sorted
    # by the high bits and, where those are equal, by index: an insertion sort of the order puts
    # the values that share their high bits but differ below them (rare) in rising order.
    n = len(values)
    order = np.empty(n, dtype=np.int64)
    for r in range(n):
        k = np.int64(keys[r] & mask)
        while r > 0 and values[order[r - 1]] > values[k]:
            order[r] = order[r - 1]
            r -= 1
        order[r] = k
    return _grouped_numbers(values, groups, order)


def numbered(values: U64, groups: I64) -> tuple[U64, I64, I64]:
    """``grouped_numbers``, faster: numpy sorts the values with their indices in their low bits
    (an integer sort, several times faster than ``np.argsort``), and the compiled loop reads the
    order from them."""
    if not COMPILED:
        return _grouped_numbers_numpy(values, groups)
    mask = np.uint64((1 << max(len(values) - 1, 1).bit_length()) - 1)
    keys = values & ~mask
    keys |= np.arange(len(values), dtype=np.uint64)
    keys.sort()
    return _numbered(values, groups, keys, mask)


@jit
def _xxh64_of_four(value: np.uint64, seed: np.uint64) -> np.uint64:  # pragma: no cover - compiled
    """``xxh64`` of four bytes, ``value`` their little-endian number."""
    h = seed + _P5 + np.uint64(4)
    h = h ^ (value * _P1)
    h = _rotl(h, 23) * _P2 + _P3
    h = h ^ (h >> np.uint64(33))
    h = h * _P2
    h = h ^ (h >> np.uint64(29))
    h = h * _P3
    return h ^ (h >> np.uint64(32))


@jit
def _ascii_gram_hashes(
    cps: U32, starts: I64, ends: I64, table: U8, unspaced_text: bool, seed: np.uint64
) -> tuple[U64, I64]:  # pragma: no cover - compiled; tested against _gram_hashes_python
    # ``gram_hashes``'s compiled loop, with the four-character grams of ASCII words hashed from their code
    # points at once (no UTF-8 buffer, no general XXH64 loop): most grams of most texts.
    total = 0
    for t in range(len(starts)):
        total += max(ends[t] - starts[t], 3)
    hashes = np.empty(total, dtype=np.uint64)
    owners = np.empty(total, dtype=np.int64)
    buffer = np.empty(64, dtype=np.uint8)
    count = 0
    for t in range(len(starts)):
        start = starts[t]
        end = ends[t]
        length = end - start
        if 4 * (length + 2) > len(buffer):
            buffer = np.empty(4 * (length + 2), dtype=np.uint8)
        ascii_only = True
        for p in range(start, end):
            if cps[p] >= 0x80:
                ascii_only = False
        whole = unspaced_text and length <= 2 and not ascii_only and (table[cps[start]] & 2) != 0
        if whole or table[cps[start]] & 32:
            size = 0
            for p in range(start, end):
                size = _utf8(cps[p], buffer, size)
            hashes[count] = xxh64(buffer, size, seed)
            owners[count] = t
            count += 1
            if whole and length > 1:
                for p in range(start, end):
                    if table[cps[p]] & SOUTHEAST:
                        continue  # a letter of a script that writes sounds (shingle.token_grams)
                    size = _utf8(cps[p], buffer, 0)
                    hashes[count] = xxh64(buffer, size, seed)
                    owners[count] = t
                    count += 1
            continue
        padded = length + 2
        if ascii_only and padded > GRAM + 1:
            # Grams of four characters (one byte each): a sliding little-endian number of the
            # last four, from " " and the first two characters on.
            value = np.uint64(32) | (np.uint64(cps[start]) << np.uint64(8))
            value |= np.uint64(cps[start + 1]) << np.uint64(16)
            for q in range(3, padded):
                code = np.uint64(32) if q == padded - 1 else np.uint64(cps[start + q - 1])
                value = ((value >> np.uint64(8)) if q > 3 else value) | (code << np.uint64(24))
                hashes[count] = _xxh64_of_four(value, seed)
                owners[count] = t
                count += 1
            continue
        # " token " cut into grams of GRAM characters (the whole of it when shorter).
        width = GRAM if padded > GRAM + 1 else padded
        for first in range(padded - width + 1):
            size = 0
            for q in range(first, first + width):
                cp = 32 if q == 0 or q == padded - 1 else cps[start + q - 1]
                size = _utf8(cp, buffer, size)
            hashes[count] = xxh64(buffer, size, seed)
            owners[count] = t
            count += 1
    return hashes[:count], owners[:count]


@jit
def _sentence_gram_hashes(
    cps: U32,
    starts: I64,
    ends: I64,
    sentences: I64,
    unquoted: B,
    minimum: int,
    table: U8,
    unspaced_text: bool,
    seed: np.uint64,
) -> tuple[I64, I64, U64, I64]:  # pragma: no cover - compiled; tested against sentence_gram_hashes_numpy
    n = len(starts)
    last = -1
    for t in range(n):
        last = max(last, sentences[t])
    sizes = np.zeros(last + 1, dtype=np.int64)
    for t in range(n):
        if unquoted[t]:
            sizes[sentences[t]] += 1
    chosen = 0
    for s in range(last + 1):
        if sizes[s] >= minimum:
            chosen += 1
    index = np.empty(chosen, dtype=np.int64)
    tokens = np.empty(chosen, dtype=np.int64)
    chosen = 0
    for s in range(last + 1):
        if sizes[s] >= minimum:
            index[chosen] = s
            tokens[chosen] = sizes[s]
            chosen += 1
    wanted = 0
    for t in range(n):
        if unquoted[t] and sizes[sentences[t]] >= minimum:
            wanted += 1
    wanted_starts = np.empty(wanted, dtype=np.int64)
    wanted_ends = np.empty(wanted, dtype=np.int64)
    wanted_sentences = np.empty(wanted, dtype=np.int64)
    wanted = 0
    for t in range(n):
        if unquoted[t] and sizes[sentences[t]] >= minimum:
            wanted_starts[wanted] = starts[t]
            wanted_ends[wanted] = ends[t]
            wanted_sentences[wanted] = sentences[t]
            wanted += 1
    grams, token_of = _ascii_gram_hashes(cps, wanted_starts, wanted_ends, table, unspaced_text, seed)
    owners = np.empty(len(grams), dtype=np.int64)
    for g in range(len(grams)):
        owners[g] = wanted_sentences[token_of[g]]
    return index, tokens, grams, owners


def sentence_gram_hashes(
    cps: U32, starts: I64, ends: I64, sentences: I64, unquoted: B, minimum: int, unspaced_text: bool, seed: int
) -> tuple[I64, I64, U64, I64]:
    """The sentences (numbers, rising; ``sentences``: each token's, never decreasing) with at
    least ``minimum`` ``unquoted`` tokens, their numbers of such tokens, and the character grams
    of those tokens (``gram_hashes``) with the sentence of each, in one compiled call."""
    if COMPILED:
        return _sentence_gram_hashes(
            cps, starts, ends, sentences, unquoted, minimum, class_table(), unspaced_text, np.uint64(seed)
        )
    return sentence_gram_hashes_numpy(cps, starts, ends, sentences, unquoted, minimum, unspaced_text, seed)


def sentence_gram_hashes_numpy(
    cps: U32, starts: I64, ends: I64, sentences: I64, unquoted: B, minimum: int, unspaced_text: bool, seed: int
) -> tuple[I64, I64, U64, I64]:
    """``sentence_gram_hashes`` by numpy."""
    sizes = np.bincount(sentences[unquoted], minlength=int(sentences.max()) + 1 if len(sentences) else 0)
    chosen = np.flatnonzero(sizes >= minimum).astype(np.int64)
    wanted = unquoted & (sizes[sentences] >= minimum)
    grams, token_of = gram_hashes(cps, starts[wanted], ends[wanted], unspaced_text, seed)
    return chosen, sizes[chosen].astype(np.int64), grams, np.asarray(sentences[wanted][token_of], dtype=np.int64)
