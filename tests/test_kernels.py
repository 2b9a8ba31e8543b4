"""The compiled sketch loops give exactly what the reference path gives.

Tokens equal ``segment.tokens``; token hashes equal ``xxhash.xxh64_intdigest`` of the UTF-8
bytes; stems follow ``prepare.stems_of``; the sketch of an article equals the one the reference
functions build; and the plain-Python fallback (no numba) equals the compiled path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import xxhash
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dedupe import kernels
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.normalize import normalize, without_invisible
from dedupe.prepare import sketch, stems_of, token_scale
from dedupe.segment import Segmented, _pieces, regex_sentence_spans, segment, sentence_spans, tokens
from dedupe.shingle import TokenHasher, shingle_hashes, token_grams

# Letters, digits and separators of spaced and unspaced scripts, with the characters that end
# or join tokens (number separators, spaces, punctuation), so that boundaries get exercised.
_PIECES = st.sampled_from(
    [
        *"abcXYZ019 .,:-'\n",
        "1,850",
        "3.5",
        "İ",
        "ß",
        "ﬁ",
        "é",
        "e\u0301",
        "東京",
        "都",
        "に",
        "ア",
        "ー",
        "〇",
        "ภาษา",
        "ไทย",
        "ລາວ",
        "ខ្មែរ",
        "မြန်",
        "한국",
        "مرحبا",
        "שלום",
        "Ελλάδα",
        "Москва",
        "\U00020000",
        "²",
        "½",
        "٣",
        # Invisible characters the sketch and ``normalize`` leave out (a soft hyphen, a zero-width
        # space, a word joiner, a right-to-left mark).
        "\u00ad",
        "\u200b",
        "\u2060",
        "\u200f",
    ]
)
texts = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
)


def _folded(text: str) -> str:
    # What the sketch tokenises: NFKC, case folded, invisible characters left out.
    return without_invisible(unicodedata.normalize("NFKC", text).casefold())


def _spans(text: str) -> list[str]:
    cps = kernels.code_points(text)
    starts, ends = kernels.tokenize(cps, kernels.class_table())
    return [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]


@settings(max_examples=300, deadline=None)
@given(texts)
@example("abc123 123abc 1,850. 3.5bn 〇〇年 東京都に住む ภาษาไทย x 1.2.3 4:5 6,")
def test_tokens_equal_the_reference_tokeniser(text: str) -> None:
    folded = _folded(text)
    assert _spans(folded) == tokens(folded)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=70), max_size=20),
    st.integers(min_value=0, max_value=2**32 - 1),
)
def test_token_hashes_are_xxh64_of_utf8(words: list[str], seed: int) -> None:
    text = "".join(words)
    cps = kernels.code_points(text)
    ends = np.cumsum([len(w) for w in words], dtype=np.int64)
    starts = ends - np.array([len(w) for w in words], dtype=np.int64)
    hashes, stems, joined = kernels.hash_tokens(cps, starts, ends, seed, 5)
    assert hashes.tolist() == [xxhash.xxh64_intdigest(w.encode("utf-8"), seed) for w in words]
    assert stems.tolist() == [
        xxhash.xxh64_intdigest(w[:5].encode("utf-8"), seed) if len(w) > 2 or not w.isascii() else 0 for w in words
    ]
    assert joined == "\x1f".join(words).encode("utf-8")


def test_lone_surrogates_hash_like_surrogatepass() -> None:
    text = "a\ud800b"
    cps = kernels.code_points(text)
    hashes, _, _ = kernels.hash_tokens(cps, np.array([0], np.int64), np.array([3], np.int64), 0, 5)
    assert int(hashes[0]) == xxhash.xxh64_intdigest(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_sketch_equals_the_reference_functions(text: str) -> None:
    config = Settings()
    folded = _folded(text)
    toks = tokens(folded)
    hasher = TokenHasher(config.seed)
    scale = token_scale(toks, not folded.isascii())
    expected_shingles = np.unique(shingle_hashes(hasher.hash_tokens(toks), config.shingle_size * scale))
    result = sketch(Article(id="x", path="x", text=text), config)
    assert result.words == len(toks)
    assert result.fingerprint == xxhash.xxh64_hexdigest("\x1f".join(toks).encode("utf-8", "surrogatepass"))
    assert np.array_equal(result.shingle_set, expected_shingles)
    assert np.array_equal(result.stems, np.unique(hasher.hash_tokens(stems_of(toks))))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=300))
def test_compiled_minhash_equals_numpy(values: list[int]) -> None:
    rng = np.random.default_rng(len(values))
    a = rng.integers(1, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    b = rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    empty = np.full(128, 2**32 - 1, dtype=np.uint32)
    hashes = np.array(values, dtype=np.uint64)
    assert np.array_equal(kernels.minhash(hashes, a, b, empty), kernels._minhash_numpy(hashes, a, b, empty))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40), max_size=12))
def test_python_fallback_equals_compiled(words: list[str]) -> None:
    text = "".join(words)
    cps = kernels.code_points(text)
    ends = np.cumsum([len(w) for w in words], dtype=np.int64)
    starts = ends - np.array([len(w) for w in words], dtype=np.int64)
    compiled = kernels.hash_tokens(cps, starts, ends, 3, 5)
    fallback = kernels._hash_spans_python(cps, starts, ends, 3, 5)
    assert np.array_equal(compiled[0], fallback[0])
    assert np.array_equal(compiled[1], fallback[1])
    assert compiled[2] == fallback[2]
    table = kernels.class_table()
    tokenize = getattr(kernels.tokenize, "py_func", kernels.tokenize)
    assert [a.tolist() for a in tokenize(cps, table)] == [a.tolist() for a in kernels.tokenize(cps, table)]


def test_kernels_are_compiled_when_numba_is_installed() -> None:
    assert kernels.COMPILED


def test_scan_without_numba_gives_the_same_report() -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    command = [sys.executable, "-m", "dedupe", "scan", str(seeds), "--format", "json", "--quiet", "-j", "1"]
    compiled = subprocess.run(command, capture_output=True, check=True, text=True)
    plain = subprocess.run(
        command, capture_output=True, check=True, text=True, env={**os.environ, "DEDUPE_NO_NUMBA": "1"}
    )
    assert plain.stdout == compiled.stdout
    assert '"relation": "rewrite"' in plain.stdout


@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1)), st.lists(st.integers(min_value=0, max_value=2**64 - 1)))
def test_unique_and_without_equal_numpy(values: list[int], excluded: list[int]) -> None:
    array = np.array(values, dtype=np.uint64)
    assert np.array_equal(kernels.unique(array), np.unique(array))
    common = np.unique(np.array(excluded, dtype=np.uint64))
    assert np.array_equal(kernels.without(array, common), array[~np.isin(array, common)])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12)), max_size=15),
    st.booleans(),
)
def test_gram_hashes_equal_the_reference_grams(words: list[str], unspaced_text: bool) -> None:
    hasher = TokenHasher(5)
    cps, starts, ends = kernels.token_code_points(words)
    hashes, owners = kernels.gram_hashes(cps, starts, ends, unspaced_text, 5)
    expected = [
        (hash_, t)
        for t, word in enumerate(words)
        for hash_ in hasher.hash_tokens(token_grams(word, unspaced_text)).tolist()
    ]
    assert list(zip(hashes.tolist(), owners.tolist(), strict=True)) == expected
    fallback = kernels._gram_hashes_python(cps, starts, ends, unspaced_text, 5)
    assert np.array_equal(fallback[0], hashes)
    assert np.array_equal(fallback[1], owners)


def test_digit_class_is_str_isdigit() -> None:
    table = kernels.class_table()
    digits = np.flatnonzero(table & kernels.DIGIT)
    assert digits.tolist() == [c for c in range(0x110000) if chr(c).isdigit()]


def test_case_folding_keeps_every_character_class() -> None:
    # What lets ``segment`` tokenise a text once and fold each token afterwards.
    table = kernels.class_table()
    bits = kernels.NUMBER | kernels.UNSPACED | kernels.WORD | kernels.NUMBER_SEPARATOR
    changed = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000 and chr(c).casefold() != chr(c)]
    assert changed
    for c in changed:
        assert all(table[ord(f)] & bits == table[c] & bits for f in chr(c).casefold()), hex(c)
        assert not table[c] & kernels.UNSPACED


@settings(max_examples=200, deadline=None)
@given(texts)
@example("0.〇 1.2 東京。3.4")
def test_segment_tokens_equal_tokenising_each_piece(text: str) -> None:
    normalized = normalize(text, fold_case=False)
    seg = segment(normalized)
    unspaced = kernels.has_unspaced(normalized)
    expected: list[tuple[str, int, bool]] = []
    for start, end, number, in_quote in _pieces(normalized, sentence_spans(normalized)):
        expected += [(t, number, in_quote) for t in tokens(normalized[start:end], None if unspaced else False)]
    assert list(zip(seg.tokens, seg.sentence_of, seg.quoted, strict=True)) == expected


def test_cached_class_table_equals_a_fresh_one() -> None:
    assert np.array_equal(kernels.class_table(), kernels._build_class_table())


@settings(max_examples=200, deadline=None)
@given(texts)
@example("0.〇 1.2 東京。3.4 “Quote” said İstanbul")
def test_segment_spans_equal_the_reference_spans(text: str) -> None:
    normalized = normalize(text, fold_case=False)
    fast = segment(normalized)
    reference = Segmented(
        normalized, fast.tokens, fast.sentence_of, fast.quoted, fast.sentence_spans, fast.has_unspaced
    )
    assert fast.spans == reference.spans


def test_cached_sentence_table_equals_a_fresh_one() -> None:
    assert np.array_equal(kernels.sentence_table(), kernels._build_sentence_table())


# Sentence ends, closing quotes, spaces and line breaks, lower- and upper-case letters, initials
# and Han/kana after a full stop: every branch of the splitter.
_SENTENCE_PIECES = st.sampled_from(
    [
        *". ! ? … 。！？؟۔।॥။។៕།༎።፧፨։᠃᠉\"')] \n\t\u3000\u00a0aAbZé",
        *["N.", "e.g.", "Dr.", "東京", "かな", "カ", "1.5", "\r\n", "  ", "မြန်မာ", "ኢትዮጵያ", "Հայաստան"],
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_SENTENCE_PIECES, max_size=40).map("".join), texts))
@example('He said. And then… 東京。Done! "Quoted." N. Korea. x.y. 3.40 p.m. on Monday.\n\nNext')
@example("A run of spaces." + " " * 5000 + "without a break.\t \t\n  Next. " + " " * 300)
def test_compiled_sentence_spans_equal_the_regular_expressions(text: str) -> None:
    assert sentence_spans(text) == regex_sentence_spans(text)
    normalized = normalize(text, fold_case=False)
    assert sentence_spans(normalized) == regex_sentence_spans(normalized)


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), st.integers(min_value=0, max_value=3))
def test_signing_in_one_call_equals_sketch_then_signatures(texts_: list[str], common_count: int) -> None:
    """``Signatures.of_articles`` (one compiled call a document) gives the fingerprints, word
    counts and MinHash signatures of ``sketch`` + ``Signer``, common stems left out alike."""
    from dedupe.lsh import Signer
    from dedupe.pipeline import Signatures

    settings_ = Settings()
    articles = [Article(id=str(i), path="", text=t) for i, t in enumerate(texts_)]
    sketches = [sketch(a, settings_) for a in articles]
    stems = np.unique(np.concatenate([s.stems for s in sketches]))
    common = stems[:common_count]
    signer = Signer(settings_.num_perm, settings_.seed)
    fused = Signatures.of_articles(articles, settings_, signer, common)
    expected = Signatures.of(sketches, signer, common)
    assert fused.fingerprints == expected.fingerprints
    for name in ("words", "copy", "copy_present", "topic", "topic_present"):
        assert np.array_equal(getattr(fused, name), getattr(expected, name)), name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aZ-. ,\n1", "May", "may.", "Jan.", "Sept", "mid-May", "segunda-feira", "x-y-z"]), max_size=30
    )
)
def test_ascii_words_among_are_the_regex_words_with_those_hashes(pieces: list[str]) -> None:
    import re

    text = "".join(pieces)
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?\.?", text)
    wanted = kernels.word_hashes(["may", "may.", "jan.", "sept", "segunda-feira", "y-z"])
    found = kernels.ascii_words_among(text, wanted)
    if found is None:
        return
    assert found == [w for w in words if w.lower() in {"may", "may.", "jan.", "sept", "segunda-feira", "y-z"}]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-5, max_value=30), max_size=60))
def test_longest_rising_is_the_longest_strictly_increasing_subsequence(values: list[int]) -> None:
    best: list[int] = []  # the longest strictly increasing subsequence ending at each value
    for k, value in enumerate(values):
        best.append(1 + max((best[m] for m in range(k) if values[m] < value), default=0))
    expected = max(best, default=0)
    array = np.array(values, dtype=np.int64)
    assert kernels.longest_rising(array) == expected
    assert kernels._longest_rising_python(array) == expected


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 2**64 - 1) | st.integers(0, 6)), max_size=60))
def test_grouped_numbers_equal_a_lexsort(items: list[tuple[int, int]]) -> None:
    groups = np.array(sorted(group for group, _ in items), dtype=np.int64)
    values = np.array([value for _, value in items], dtype=np.uint64)
    compiled = kernels.grouped_numbers(values.copy(), groups)
    plain = kernels._grouped_numbers_numpy(values.copy(), groups)
    assert [a.tolist() for a in compiled] == [a.tolist() for a in plain]
    distinct, numbers, owners = compiled
    assert distinct.tolist() == sorted(set(values.tolist()))
    expected = sorted(set(zip(groups.tolist(), values.tolist(), strict=True)))
    assert list(zip(owners.tolist(), distinct[numbers].tolist(), strict=True)) == expected


_DISTINCT = st.sets(st.integers(0, 2**64 - 1) | st.integers(0, 12), max_size=30).map(sorted)


@given(_DISTINCT, _DISTINCT, st.data())
def test_merged_numbers_equal_np_unique(first: list[int], second: list[int], data: st.DataObject) -> None:
    distinct_a, distinct_b = np.array(first, dtype=np.uint64), np.array(second, dtype=np.uint64)
    numbers_a = np.array(data.draw(st.lists(st.integers(0, len(first) - 1), max_size=40) if first else st.just([])))
    numbers_b = np.array(data.draw(st.lists(st.integers(0, len(second) - 1), max_size=40) if second else st.just([])))
    numbers_a, numbers_b = numbers_a.astype(np.int64), numbers_b.astype(np.int64)
    vocabulary, inverse = np.unique(np.concatenate((distinct_a[numbers_a], distinct_b[numbers_b])), return_inverse=True)
    union = sorted(set(first) | set(second))
    for found in (
        kernels.merged_numbers(distinct_a, numbers_a, distinct_b, numbers_b),
        kernels._merged_numbers_numpy(distinct_a, numbers_a, distinct_b, numbers_b),
    ):
        count, numbers = found
        assert count == len(union)
        assert numbers.dtype == np.int64
        # The same numbers as np.unique's when every value is used (else np.unique counts fewer).
        assert np.array_equal(np.asarray(union, dtype=np.uint64)[numbers], vocabulary[inverse])
        if len(vocabulary) == len(union):
            assert numbers.tolist() == inverse.tolist()


@pytest.mark.parametrize("error", [OSError("No space left on device"), KeyboardInterrupt()])
def test_a_cached_table_write_that_fails_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    # The table cache lives in __pycache__ beside the module: here, a module in tmp_path.
    monkeypatch.setattr(kernels, "__file__", str(tmp_path / "kernels.py"))

    def failing_save(handle: object, *args: object, **kwargs: object) -> None:
        assert hasattr(handle, "write")
        handle.write(b"partial")  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(kernels.np, "save", failing_save)
    table = np.zeros(0x110000, dtype=np.uint8)
    if isinstance(error, OSError):
        assert kernels._cached_table("test", 1, lambda: table) is table  # built, just not kept
    else:
        with pytest.raises(KeyboardInterrupt):
            kernels._cached_table("test", 1, lambda: table)
    assert list((tmp_path / "__pycache__").iterdir()) == []


_TOKENS = st.lists(st.tuples(st.integers(0, 9) | st.just(2**64 - 1), st.booleans()), max_size=40)


@settings(max_examples=200, deadline=None)
@given(_TOKENS, _TOKENS)
def test_rare_positions_equal_the_numpy_path(first: list[tuple[int, bool]], second: list[tuple[int, bool]]) -> None:
    sides = []
    for listed in (first, second):
        hashes = np.array([token for token, _ in listed], dtype=np.uint64)
        quoted = np.array([flag for _, flag in listed], dtype=bool)
        values, inverse, counts = np.unique(hashes, return_inverse=True, return_counts=True)
        sides.append(((values, inverse.astype(np.int64), counts.astype(np.int64)), quoted))
    (distinct_a, quoted_a), (distinct_b, quoted_b) = sides
    compiled = kernels.rare_positions(distinct_a, quoted_a, distinct_b, quoted_b)
    plain = kernels._rare_positions_numpy(distinct_a, quoted_a, distinct_b, quoted_b)
    assert (compiled[0].tolist(), compiled[1:]) == (plain[0].tolist(), plain[1:])
    # The longest rising run of the positions is the longest common subsequence of the two
    # sequences of shared rare tokens outside quotations.
    count_a, count_b = Counter(t for t, _ in first), Counter(t for t, _ in second)
    rare = {t for t in count_a if count_a[t] <= 2 and count_b.get(t, 3) <= 2}
    seq_a = [t for t, quoted in first if t in rare and not quoted]
    seq_b = [t for t, quoted in second if t in rare and not quoted]
    assert compiled[1:] == (len(seq_a), len(seq_b))
    common = [[0] * (len(seq_b) + 1) for _ in range(len(seq_a) + 1)]
    for i, x in enumerate(seq_a):
        for j, y in enumerate(seq_b):
            common[i + 1][j + 1] = common[i][j] + 1 if x == y else max(common[i][j + 1], common[i + 1][j])
    assert kernels.longest_rising(compiled[0]) == common[-1][-1]


_SORTED_SET = st.sets(st.integers(0, 2**64 - 1) | st.integers(0, 20), max_size=40).map(sorted)


@given(_SORTED_SET, _SORTED_SET)
def test_sorted_members_equal_isin(first: list[int], second: list[int]) -> None:
    a, b = np.array(first, dtype=np.uint64), np.array(second, dtype=np.uint64)
    expected = (np.isin(a, b).tolist(), np.isin(b, a).tolist())
    for found in (kernels.sorted_members(a, b), (kernels._sorted_in_numpy(a, b), kernels._sorted_in_numpy(b, a))):
        assert (found[0].tolist(), found[1].tolist()) == expected


@given(st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 20), max_size=40).map(sorted), _SORTED_SET)
def test_sorted_in_equals_isin(values: list[int], members: list[int]) -> None:
    a, b = np.array(values, dtype=np.uint64), np.array(members, dtype=np.uint64)
    expected = np.isin(a, b).tolist()
    assert kernels.sorted_in(a, b).tolist() == expected
    assert kernels._sorted_in_numpy(a, b).tolist() == expected


@given(st.text(alphabet=st.sampled_from("ab1 .\t\n\r\x0b\x0c\x1c\x1f\"'-"), max_size=40))
def test_collapse_ascii_spaces_equal_the_numpy_path(text: str) -> None:
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    compiled = kernels.collapse_ascii_spaces(codes)
    plain = kernels._collapse_ascii_spaces_numpy(codes)
    assert [a.tolist() for a in compiled] == [a.tolist() for a in plain]
    assert compiled[1].dtype == np.int64
