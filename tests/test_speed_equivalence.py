"""The fast paths of verification and evidence give exactly what the plain versions give.

Each fast path (token offsets from split pieces, vectorised offsets of ASCII text, keyed verbatim
runs, the scipy-free sums of sentence alignment, ...) is checked against the straightforward
computation it replaces, on the repo's texts and on generated ones.
"""

from __future__ import annotations

import bisect
import dataclasses
import random
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from dedupe import evidence, kernels, verify
from dedupe import normalize as normalize_module
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.normalize import normalize, normalize_with_offsets
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.segment import Segmented, quoted_spans, segment
from dedupe.shingle import TokenHasher
from tests.conftest import CASES_DIR, SEEDS_DIR

CALIBRATION_DIR = SEEDS_DIR.parent / "calibration"


def repo_texts() -> list[str]:
    # The calibration sets' text and Markdown documents (multi17's are web pages, some in legacy
    # encodings: what they test is the reading of pages).
    documents = [p for p in CALIBRATION_DIR.glob("multi*/docs/*") if p.suffix in (".txt", ".md")]
    paths = [*SEEDS_DIR.glob("*.txt"), *CASES_DIR.glob("*/*.txt"), *documents]
    return [path.read_text(encoding="utf-8-sig") for path in sorted(paths) if path.is_file()]


TEXTS = repo_texts()
SETTINGS = Settings()
HASHER = TokenHasher(SETTINGS.seed)


def prepared(text: str, doc_id: str = "doc") -> Prepared:
    doc = prepare(Article(id=doc_id, path=doc_id, text=text), SETTINGS, HASHER)
    sentence_grams(doc, SETTINGS, HASHER)
    return doc


# Text made of what the tokeniser, the sentence splitter and the fact finders look at.
ALL_PIECES = (
    "word|Word|WORDS|3|1,850|3.5|12:30|2025|$4|€5|5%|10 million|at least|about|April|May|Mai|mars|Monday"
    "|segunda-feira|Sept.|28th|de|of|p.m.|2025-04-28|28/04/2025|N.|Col.|Mr.|.|,|:|-|!|?|…|\"|'|(|)| | | |  "
    "|\n|\n\n|\t|\r\n|\x0b|\x1c|ß|İ|é|ﬁ|½|²|Ⅻ|٣|Москва|мая|北京|年|月|日|东京大学|ภาษาไทย|“|”|«|»|。|、|’|—"
)
PIECES = ALL_PIECES.split("|")
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ascii_texts = st.lists(st.sampled_from([p for p in PIECES if p.isascii()]), max_size=60).map("".join)


# --- token offsets ---------------------------------------------------------------------------


def _without_spans(seg: Segmented) -> Segmented:
    """The same segmentation without the tokeniser's offsets: ``spans`` found by ``_TOKEN``."""
    return Segmented(seg.text, seg.tokens, seg.sentence_of, seg.quoted, seg.sentence_spans, seg.has_unspaced)


@pytest.mark.parametrize("text", TEXTS)
def test_token_spans_equal_segmented_spans_on_repo_texts(text: str) -> None:
    seg = segment(normalize(text, fold_case=False))
    bare = _without_spans(seg)
    assert not bare.spans_known
    assert evidence.token_spans(bare) == seg.spans == bare.spans
    assert evidence.token_spans(seg) == seg.spans


@settings(max_examples=300)
@given(texts)
def test_token_spans_equal_segmented_spans(text: str) -> None:
    seg = segment(normalize(text, fold_case=False))
    bare = _without_spans(seg)
    assert evidence.token_spans(bare) == seg.spans == bare.spans


def check_side(doc: Prepared) -> None:
    """A side's token offsets and passages are those that every token's span gives, with the
    tokeniser's offsets and without them (found again sentence by sentence in ASCII text)."""
    _check_side(doc)
    if doc.segmented.token_starts is not None:
        _check_side(dataclasses.replace(doc, segmented=_without_spans(doc.segmented)))


def _check_side(doc: Prepared) -> None:
    side = evidence._Side(doc)
    spans = doc.segmented.spans
    starts = [s for s, _ in spans]
    for index in range(len(spans)):
        assert side.token_range(index, index + 1) == spans[index]
    sentences = doc.segmented.sentence_spans
    for first in range(len(sentences)):
        for last in (first, min(first + 2, len(sentences) - 1)):
            begin, span = side.passage(first, last, SETTINGS.min_sentence_tokens)
            # the passage as it was computed from every token's start
            expected_first, start, end = first, sentences[first][0], sentences[last][1]
            while end < len(doc.text) and doc.text[end] in "\"')]":
                end += 1
            while expected_first > 0:
                previous = sentences[expected_first - 1]
                inside = bisect.bisect_left(starts, previous[1]) - bisect.bisect_left(starts, previous[0])
                if "\n" in doc.text[previous[1] : start] or inside >= SETTINGS.min_sentence_tokens:
                    break
                expected_first -= 1
                start = previous[0]
            assert (begin, span) == (expected_first, (start, end))
            expected = doc.segmented.tokens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            assert side.passage_tokens(begin, last, span) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_side_offsets_and_passages_on_repo_texts(text: str) -> None:
    doc = prepared(text)
    assert doc.segmented.token_starts is not None  # both ways are checked
    check_side(doc)


@settings(max_examples=200)
@given(texts)
def test_side_offsets_and_passages(text: str) -> None:
    check_side(prepared(text))


# --- offsets back to the file ------------------------------------------------------------------


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("ab1 .\t\n\r\x0b\x0c\x1c\x1f\"'-"), max_size=40))
def test_ascii_offsets_equal_normalize_with_offsets(text: str) -> None:
    normalized, offsets = evidence._ascii_normalize_with_offsets(text)
    assert (normalized, list(offsets)) == normalize_with_offsets(text, fold_case=False)


@pytest.mark.parametrize("text", [t for t in TEXTS if t.isascii()])
def test_ascii_offsets_on_repo_texts(text: str) -> None:
    normalized, offsets = evidence._ascii_normalize_with_offsets(text)
    assert (normalized, list(offsets)) == normalize_with_offsets(text, fold_case=False)


# --- facts -------------------------------------------------------------------------------------


def digits_by_character(value: str) -> str:
    return normalize_module._digits("é" + value)[1:]  # the general path: the text is not ASCII


@settings(max_examples=300)
@given(ascii_texts)
def test_ascii_fact_shortcuts(text: str) -> None:
    assert [m.span() for m in evidence._numbers(text)] == [m.span() for m in evidence._NUMBER.finditer(text)]
    for match in evidence._NUMBER.finditer(text):
        if evidence._SCALE_AFTER.match(text, match.end()):
            assert evidence._may_scale(text, match.end())
        assert digits_by_character(match.group("value")) == normalize_module._digits(match.group("value"))
    assert set(evidence._ASCII_WORD.findall(text)) == set(evidence._WORD.findall(text))


@settings(max_examples=300)
@given(texts, st.sampled_from(["May", "mai", "Sept", "Sept.", "segunda-feira", "мая", "aa", "1"]))
def test_name_places_equal_the_pattern(text: str, name: str) -> None:
    pattern = re.compile(re.escape(name) + r"(?!\w)")
    assert list(evidence._name_places(text, name)) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_number_starts_on_repo_texts(text: str) -> None:
    text = normalize(text, fold_case=False)
    assert [m.span() for m in evidence._numbers(text)] == [m.span() for m in evidence._NUMBER.finditer(text)]


def pair_up_by_scanning(
    left: list[evidence.Fact], right: list[evidence.Fact]
) -> tuple[list[evidence.Fact], list[evidence.Fact]]:
    remaining = list(right)
    unpaired = []
    for fact in left:
        partner = next((r for r in remaining if evidence._identical(fact, r)), None)
        if partner is None:
            unpaired.append(fact)
        else:
            remaining.remove(partner)
    return unpaired, remaining


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_facts_in_the_same_order_pair_up(text: str) -> None:
    facts = evidence.extract_facts(normalize(text, fold_case=False))
    assert evidence.compare_facts(facts, facts, evidence.Facts(facts), evidence.Facts(facts)) == []
    for kind in ("number", "date", "quote"):
        same_kind = [f for f in facts if f.kind == kind]
        assert pair_up_by_scanning(same_kind, same_kind) == ([], [])


# --- verbatim runs -----------------------------------------------------------------------------


def bridge_by_scanning(ta: Sequence[str], tb: Sequence[str], p: int, q: int, used: bytearray) -> tuple[int, int] | None:
    for total in range(1, 2 * evidence.MAX_GAP + 1):
        for da in range(max(0, total - evidence.MAX_GAP), min(total, evidence.MAX_GAP) + 1):
            pa, qb = p + da, q + total - da
            if pa + evidence.RESUME > len(ta) or qb + evidence.RESUME > len(tb) or any(used[q : qb + evidence.RESUME]):
                continue
            if ta[pa : pa + evidence.RESUME] == tb[qb : qb + evidence.RESUME]:
                return pa, qb
    return None


def runs_by_scanning(ta: Sequence[str], tb: Sequence[str]) -> list[tuple[int, int, int, int, int]]:
    """``verbatim_runs`` token by token, with an index of every gram."""
    if len(ta) < evidence.MIN_RUN or len(tb) < evidence.MIN_RUN:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(tb) - evidence.MIN_RUN + 1):
        index.setdefault(tuple(tb[j : j + evidence.MIN_RUN]), []).append(j)
    used = bytearray(len(tb))
    runs: list[tuple[int, int, int, int, int]] = []
    i = 0
    while i <= len(ta) - evidence.MIN_RUN:
        best: tuple[int, int, int, int, int] | None = None
        places = index.get(tuple(ta[i : i + evidence.MIN_RUN]), [])[: evidence.MAX_PLACES]
        for j in [j for j in places if not any(used[j : j + evidence.MIN_RUN])][: evidence.MAX_SEEDS]:
            p, q, matched = i + evidence.MIN_RUN, j + evidence.MIN_RUN, evidence.MIN_RUN
            while True:
                while p < len(ta) and q < len(tb) and not used[q] and ta[p] == tb[q]:
                    p, q, matched = p + 1, q + 1, matched + 1
                end_a, end_b = p, q
                resume = bridge_by_scanning(ta, tb, p, q, used)
                if resume is None:
                    break
                p, q = resume
            if best is None or matched > best[4]:
                best = (i, end_a, j, end_b, matched)
        if best is None:
            i += 1
            continue
        runs.append(best)
        used[best[2] : best[3]] = b"\x01" * (best[3] - best[2])
        i = best[1]
    return runs


def edited(tokens: list[str], rng: random.Random, vocabulary: int) -> list[str]:
    out = list(tokens)
    for _ in range(rng.randint(0, 8)):
        at = rng.randint(0, len(out))
        action = rng.randint(0, 3)
        if action == 0:
            out.insert(at, str(rng.randint(0, vocabulary)))
        elif action == 1 and out:
            del out[min(at, len(out) - 1)]
        elif action == 2:
            out[at:at] = out[: rng.randint(0, 12)]
        else:
            out = out[at:] + out[:at]
    return out


@settings(max_examples=400)
@given(st.integers(0, 2**32), st.integers(1, 9), st.integers(0, 80))
def test_verbatim_runs_equal_runs_found_token_by_token(seed: int, vocabulary: int, size: int) -> None:
    rng = random.Random(seed)
    ta = [str(rng.randint(0, vocabulary)) for _ in range(size)]
    tb = edited(ta, rng, vocabulary)
    if rng.random() < 0.5:
        ta, tb = tb, ta
    expected = runs_by_scanning(ta, tb)
    found = [(r.a0, r.a1, r.b0, r.b1, r.matched) for r in evidence.verbatim_runs(ta, tb)]
    # hashes that all collide: places come from the tokens alone
    zeros_a, zeros_b = np.zeros(len(ta), dtype=np.uint64), np.zeros(len(tb), dtype=np.uint64)
    colliding = [(r.a0, r.a1, r.b0, r.b1, r.matched) for r in evidence.verbatim_runs(ta, tb, zeros_a, zeros_b)]
    assert found == colliding == expected


@pytest.mark.parametrize("pair", range(0, len(TEXTS) - 1, 3))
def test_verbatim_runs_on_repo_texts(pair: int) -> None:
    a, b = prepared(TEXTS[pair]), prepared(TEXTS[pair + 1])
    for ta, tb, ha, hb in (
        (a.segmented.tokens, a.segmented.tokens[5:], a.token_hashes, a.token_hashes[5:]),
        (a.segmented.tokens, b.segmented.tokens, a.token_hashes, b.token_hashes),
    ):
        found = [(r.a0, r.a1, r.b0, r.b1, r.matched) for r in evidence.verbatim_runs(ta, tb, ha, hb)]
        assert found == runs_by_scanning(ta, tb)


# --- verification --------------------------------------------------------------------------------


def similarity_by_sparse_matrices(a: Prepared, b: Prepared) -> np.ndarray:
    ga, gb = a.sentence_grams or [], b.sentence_grams or []
    all_grams = np.concatenate(ga + gb)
    vocab, inverse = np.unique(all_grams, return_inverse=True)
    counts = np.bincount(inverse, minlength=len(vocab)).astype(np.float64)
    total = len(ga) + len(gb)
    weights = np.log1p(total / counts)
    rows = np.repeat(np.arange(total), [len(g) for g in ga + gb])
    split = sum(len(g) for g in ga)
    matrix_a = sparse.csr_matrix(
        (weights[inverse[:split]], (rows[:split], inverse[:split])), shape=(len(ga), len(vocab))
    )
    matrix_b = sparse.csr_matrix(
        (np.ones(len(inverse) - split), (rows[split:] - len(ga), inverse[split:])), shape=(len(gb), len(vocab))
    )
    shared = np.asarray((matrix_a @ matrix_b.T).todense(), dtype=np.float64)
    mass_a = np.asarray(matrix_a.sum(axis=1), dtype=np.float64).ravel()
    mass_b = np.asarray(matrix_b @ weights, dtype=np.float64).ravel()
    return np.asarray(2.0 * shared / (mass_a[:, None] + mass_b[None, :]))


@pytest.mark.parametrize("pair", range(0, len(TEXTS) - 1))
def test_alignment_equals_sparse_matrices_to_the_last_bit(pair: int) -> None:
    a, b = prepared(TEXTS[pair], "a"), prepared(TEXTS[pair + 1], "b")
    for x, y in ((a, b), (a, a), (b, a)):
        alignment = verify.align(x, y)
        if alignment is None:
            continue
        assert np.array_equal(alignment.similarity, similarity_by_sparse_matrices(x, y))


gram_sets = st.lists(st.sets(st.integers(0, 40), max_size=25).map(sorted), min_size=1, max_size=8)


@settings(max_examples=300)
@given(gram_sets, gram_sets, st.lists(st.floats(0.01, 9.0), min_size=41, max_size=41))
def test_shared_weights_equal_a_sparse_product_to_the_last_bit(
    a: list[list[int]], b: list[list[int]], weights: list[float]
) -> None:
    inverse = np.array([g for sentence in a + b for g in sentence], dtype=np.intp)
    lengths = np.array([len(sentence) for sentence in a + b], dtype=np.intp)
    vector = np.array(weights)
    found = kernels.shared_weights(inverse, lengths, len(a), len(b), vector)
    assert found is not None
    rows = np.repeat(np.arange(len(a) + len(b)), lengths)
    split = int(lengths[: len(a)].sum())
    matrix_a = sparse.csr_matrix((vector[inverse[:split]], (rows[:split], inverse[:split])), shape=(len(a), 41))
    matrix_b = sparse.csr_matrix(
        (np.ones(len(inverse) - split), (rows[split:] - len(a), inverse[split:])), shape=(len(b), 41)
    )
    assert np.array_equal(found, np.asarray((matrix_a @ matrix_b.T).todense()))


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(1, 40)), max_size=40), st.booleans())
def test_heaviest_chain_equals_trying_every_match(matches: list[tuple[int, int, int]], fractions: bool) -> None:
    weighted = [(i, j, w / 7 if fractions else float(w)) for i, j, w in matches]
    assert verify._heaviest_chain(list(weighted)) == verify._heaviest_chain_quadratic(sorted(weighted))


@settings(max_examples=200)
@given(
    st.lists(st.integers(0, 2**64 - 1), max_size=30),
    st.lists(st.integers(0, 2**64 - 1), max_size=30),
    st.lists(st.integers(0, 2**64 - 1), max_size=30),
)
def test_members_equal_isin(values: list[int], first: list[int], second: list[int]) -> None:
    array = np.array(values + first[:3], dtype=np.uint64)
    sets = [np.unique(np.array(s, dtype=np.uint64)) for s in (first, second)]
    found = verify._members(array, *sets)
    assert [f.tolist() for f in found] == [np.isin(array, s).tolist() for s in sets]


@pytest.mark.parametrize("text", TEXTS[:12])
def test_quotes_and_runs_of_flags(text: str) -> None:
    # The reference: token by token, the quotation each stands in (a plain scan of the spans); a
    # run ends where the flag drops or the quotation changes; runs in a headline left out.
    doc = prepared(text)
    quoted = np.asarray(doc.segmented.quoted, dtype=bool)
    spans = quoted_spans(doc.text)
    first_line = doc.text.split("\n", 1)[0]
    headline = "\n" in doc.text and first_line.rstrip(" \"')]")[-1:] not in verify._HEADLINE_ENDS
    expected: list[tuple[int, int]] = []
    start, current = -1, -1
    flags = [*doc.segmented.quoted, False]
    offsets = [s for s, _ in doc.segmented.spans] + [len(doc.text)]
    for index, flag in enumerate(flags):
        number = next((k for k, (s, e) in enumerate(spans) if s <= offsets[index] < e), -1) if flag else -1
        if start >= 0 and (not flag or number != current):
            if index - start >= 4 and not (headline and offsets[start] < len(first_line)):
                expected.append((start, index))
            start = -1
        if flag and start < 0:
            start, current = index, number
    assert verify._quote_runs(doc, quoted, 4) == expected


def test_word_pattern_is_the_ascii_word_pattern() -> None:
    # The ASCII patterns are the general ones restricted to ASCII: no other character matches.
    for code in range(128):
        char = chr(code)
        assert bool(re.fullmatch(r"[^\W\d_]", char)) == bool(re.fullmatch(r"[A-Za-z]", char))
        assert bool(re.fullmatch(r"\w", char)) == evidence._ASCII_WORD_CHAR[code]
        assert bool(re.fullmatch(r"\s", char)) == evidence._ASCII_WHITESPACE[code] == char.isspace()


def test_sides_are_kept_for_their_document_only() -> None:
    a, b = prepared(TEXTS[0], "a"), prepared(TEXTS[1], "b")
    assert evidence._Side.of(a) is evidence._Side.of(a)
    assert evidence._Side.of(b).doc is b
    for number in range(evidence._SIDES_KEPT + 5):
        evidence._Side.of(prepared(f"Text number {number}.", f"d{number}"))
    assert len(evidence._SIDES) <= evidence._SIDES_KEPT


def test_repo_texts_are_found() -> None:
    assert len(TEXTS) > 20
    assert any(not t.isascii() for t in TEXTS) and any(t.isascii() for t in TEXTS)


# --- folding with offsets: the plain per-character version -------------------------------------


def _plain_fold(text: str, fold_case: bool) -> str:
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text)
        if fold_case:
            folded = folded.casefold()
        folded = folded.translate(normalize_module._TRANSLATION)
        if folded == text:
            break
        text = folded
    return text


def _plain_fold_pieces(text: str, folded: str, fold_case: bool) -> tuple[list[int], list[int]] | None:
    """Every piece (a starter and its marks) folded on its own, neighbours merged where they fold
    differently together; each output character from its piece's range."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text)):
        if unicodedata.combining(text[index]) == 0:
            pieces.append((start, index))
            start = index
    if text:
        pieces.append((start, len(text)))
    outputs = [_plain_fold(text[s:e], fold_case) for s, e in pieces]
    if "".join(outputs) != folded:
        merged: list[tuple[int, int]] = []
        merged_out: list[str] = []
        for (s, e), out in zip(pieces, outputs, strict=True):
            if merged:
                ps, _ = merged[-1]
                joined = _plain_fold(text[ps:e], fold_case)
                if joined != merged_out[-1] + out:
                    merged[-1] = (ps, e)
                    merged_out[-1] = joined
                    continue
            merged.append((s, e))
            merged_out.append(out)
        pieces, outputs = merged, merged_out
        if "".join(outputs) != folded:
            return None
    starts: list[int] = []
    ends: list[int] = []
    for (s, e), out in zip(pieces, outputs, strict=True):
        starts.extend([s] * len(out))
        ends.extend([e] * len(out))
    return starts, ends


FOLDING = st.text(
    st.sampled_from(
        [
            *"ab Z.\n\u00a0\u0301\u0327\u1100\u1161\u11a8\ufb01\u00bd\u2460\u0f73\u0f71\u00df\u03a3\u01c5",
            *"\u201c\u2014\u3000\u1e9b\u0323\u212b\u00a8\uff0c\uff21\uff62\u5317\u4eac\u0416\u0928\u094d\ud800",
        ]
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(FOLDING, st.booleans())
def test_folding_equals_the_plain_version(text: str, fold_case: bool) -> None:
    folded = _plain_fold(text, fold_case)
    assert normalize_module._fold(text, fold_case) == folded
    assert normalize_module._translate(text) == text.translate(normalize_module._TRANSLATION)
    assert normalize_module._fold_pieces(text, folded, fold_case) == _plain_fold_pieces(text, folded, fold_case)


@pytest.mark.parametrize("fold_case", [False, True])
def test_folding_equals_the_plain_version_on_the_repo_texts(fold_case: bool) -> None:
    for text in TEXTS:
        # fullwidth and compatibility forms, as Chinese and Japanese text has them
        for variant in (text, text.replace(",", "\uff0c").replace(" ", "\u00a0"), text.upper()):
            folded = _plain_fold(variant, fold_case)
            assert normalize_module._fold(variant, fold_case) == folded
            plain = _plain_fold_pieces(variant, folded, fold_case)
            assert normalize_module._fold_pieces(variant, folded, fold_case) == plain


NFKC_TEXT = st.text(
    st.sampled_from(
        [
            *"ab Z.\u00a0\u0301\u0327\u0344\u1100\u1161\u11a8\uac00\ufb01\u00bd\u2460\u0f73\u0f71\u212b",
            *"\uff0c\uff21\uff62\u5317\u4eac\u3002\u0416\u0928\u094d\u093c\u0915\u0e01\u0e33\u2126\ud800\U0002f800",
        ]
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NFKC_TEXT, st.text(max_size=40)))
def test_nfkc_equals_unicodedata(text: str) -> None:
    assert normalize_module.nfkc(text) == unicodedata.normalize("NFKC", text)


def test_nfkc_equals_unicodedata_on_the_repo_texts() -> None:
    for text in TEXTS:
        for variant in (text, text.replace(",", "\uff0c").replace(" ", "\u00a0"), text.replace("e", "e\u0301")):
            assert normalize_module.nfkc(variant) == unicodedata.normalize("NFKC", variant)


@pytest.mark.parametrize(
    "text",
    [
        "北京大学的学生说，今天很好。",
        "ภาษาไทยเป็นภาษาที่สวยงาม และ คน ไทย",
        "Mixed 北京 text with a few 字 and many English words in it",
        "日本語の文章です。東京で会議が開かれた。",
        "",
        "plain words only",
    ],
)
def test_shingle_scale_from_code_points_equals_token_scale(text: str) -> None:
    from dedupe import kernels
    from dedupe.prepare import shingle_scale, token_scale

    for sample in [text, *TEXTS[:40]]:
        seg = segment(normalize(sample, fold_case=False))
        points = kernels.token_code_points(seg.tokens)
        assert shingle_scale(seg, points) == token_scale(seg.tokens, seg.has_unspaced) == shingle_scale(seg)


NUMBER_TEXT = st.lists(
    st.sampled_from(["1", "23", "456", "7", " ", ",", ".", ":", "a", "x9", "٣", "٥٠", "３", "१२", "\u00a0", "-", "€"]),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NUMBER_TEXT, st.text(max_size=30)))
def test_numbers_are_found_where_a_scan_of_every_character_finds_them(text: str) -> None:
    assert [m.span() for m in verify._number_matches(text)] == [m.span() for m in verify._NUMBER.finditer(text)]


def test_numbers_of_the_repo_texts_are_found_where_a_scan_finds_them() -> None:
    for text in TEXTS:
        text = normalize(text, fold_case=False)
        assert [m.span() for m in verify._number_matches(text)] == [m.span() for m in verify._NUMBER.finditer(text)]


def test_decimal_digits_are_what_a_regex_calls_digits() -> None:
    import sys

    digit = re.compile(r"\d")
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    # each character on its own, so that every digit begins a run
    assert normalize_module.digit_run_starts("x".join(chars)) == [2 * i for i, c in enumerate(chars) if digit.match(c)]


FACT_NUMBERS = st.lists(
    st.sampled_from(["1", "23", "4.5", " ", ",", "€", "$", "₽ ", "a", "x", "é", "м", "-", "٣", "３", "%", "km", "年"]),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, FACT_NUMBERS))
def test_fact_numbers_of_any_text_equal_the_pattern(text: str) -> None:
    assert [m.span() for m in evidence._numbers(text)] == [m.span() for m in evidence._NUMBER.finditer(text)]


def check_segment_arrays(text: str) -> None:
    seg = segment(text)
    if seg.token_points is not None:
        joined = kernels.token_code_points(seg.tokens)
        assert all(np.array_equal(x, y) and x.dtype == y.dtype for x, y in zip(seg.token_points, joined, strict=True))
    if seg.sentence_of_array is not None:
        assert seg.sentence_of_array.tolist() == seg.sentence_of
    if seg.quoted_array is not None:
        assert seg.quoted_array.tolist() == seg.quoted


@given(texts)
def test_segment_arrays_equal_its_lists(text: str) -> None:
    check_segment_arrays(normalize(text, fold_case=False))


@pytest.mark.parametrize("text", TEXTS)
def test_segment_arrays_on_repo_texts(text: str) -> None:
    check_segment_arrays(normalize(text, fold_case=False))
