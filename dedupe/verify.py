"""Exact verification of a candidate pair: measures, then one relation (or none).

Copies are told by shingle containment. Rewrites by sentence alignment: each sentence is a set
of character grams weighted by how rare the gram is among the pair's sentences; two sentences
align when their weighted Dice similarity reaches ``sentence_similarity``; a rewrite needs most
of both texts aligned *in order* (the heaviest increasing chain of aligned sentences), which is
what separates a paraphrase from an independent report that shares names, numbers and a quote
but tells the story its own way. Quoted text is left out of alignment and of verbatim evidence.
A looser rewrite (condensed, sentences merged, facts moved) is accepted on weaker sentence
matches only when quotations say which way the text was borrowed: one side quotes nobody the
other does not (an independent report brings quotations of its own reporting), and both the
sentences and the rare tokens the two share follow the same order. A copy or rewrite must also
state its source's numbers: stories written from one template (market reports, results) repeat
the sentences with other numbers.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from dedupe import kernels
from dedupe.config import Settings
from dedupe.models import Measures, Relation
from dedupe.normalize import digit_run_starts, normalize, number_value
from dedupe.prepare import Prepared, covered, quoted_tokens
from dedupe.segment import quoted_spans
from dedupe.shingle import U64

F64 = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Alignment:
    """Sentence alignment of a pair: best match per sentence and its similarity."""

    similarity: F64
    best_a: npt.NDArray[np.int64]
    best_b: npt.NDArray[np.int64]
    sentences_a: list[int]
    sentences_b: list[int]


_TOP_BIT = np.uint64(1 << 63)


def _members(values: U64, *sorted_sets: U64) -> list[npt.NDArray[np.bool_]]:
    """``np.isin(values, s)`` for each sorted set ``s`` (``np.unique`` output): binary searches of
    the values, sorted once."""
    out: list[npt.NDArray[np.bool_]] = []
    order: npt.NDArray[np.intp] | None = None
    sorted_values = np.zeros(0, dtype=np.int64)
    for sorted_set in sorted_sets:
        if not len(sorted_set) or not len(values):
            out.append(np.zeros(len(values), dtype=bool))
            continue
        if (
            sorted_set.dtype != np.uint64
            or values.dtype != np.uint64
            or (len(sorted_set) > 1 and not bool(np.all(sorted_set[1:] >= sorted_set[:-1])))
        ):
            out.append(np.isin(values, sorted_set))
            continue
        # Flipping the top bit keeps the order and makes the hashes signed: numpy searches those faster.
        if order is None:
            signed = (values ^ _TOP_BIT).view(np.int64)
            order = np.argsort(signed)
            sorted_values = signed[order]
        signed_set = (sorted_set ^ _TOP_BIT).view(np.int64)
        index = np.searchsorted(signed_set, sorted_values)
        index[index == len(signed_set)] = 0
        found = np.empty(len(values), dtype=bool)
        found[order] = signed_set[index] == sorted_values
        out.append(found)
    return out


def _is_sorted_set(values: U64) -> bool:
    """Whether ``values`` are hashes in rising order (``np.unique`` output, as the corpus's
    common shingles are)."""
    return values.dtype == np.uint64 and (len(values) < 2 or bool(np.all(values[1:] >= values[:-1])))


def _runs(flags: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Starts and ends (exclusive) of the maximal runs of ``True`` in ``flags``."""
    edges = np.flatnonzero(np.diff(np.concatenate(([False], flags, [False])).astype(np.int8)))
    return edges[::2], edges[1::2]


def _containment(a: Prepared, b: Prepared, inter: int) -> tuple[float, float, float]:
    """Jaccard similarity and containment of each side's shingle set (``inter``: shared shingles)."""
    union = len(a.shingle_set) + len(b.shingle_set) - inter
    jaccard = inter / union if union else 0.0
    cont_a = inter / len(a.shingle_set) if len(a.shingle_set) else 0.0
    cont_b = inter / len(b.shingle_set) if len(b.shingle_set) else 0.0
    return jaccard, cont_a, cont_b


def _shingle_numbers(doc: Prepared) -> npt.NDArray[np.intp]:
    """Each shingle's place in ``doc.shingle_set``, found once."""
    if doc.shingle_numbers is None:
        signed_set = (doc.shingle_set ^ _TOP_BIT).view(np.int64)
        doc.shingle_numbers = np.searchsorted(signed_set, (doc.shingles ^ _TOP_BIT).view(np.int64))
    return doc.shingle_numbers


def _shared_shingles(
    a: Prepared, b: Prepared, common: list[U64]
) -> tuple[int, list[npt.NDArray[np.bool_]], list[npt.NDArray[np.bool_]]]:
    """How many shingles the two sets share, and ``_members(a.shingles, b.shingle_set, *common)``
    and the same of ``b``: what each distinct shingle is (one merge of the two sorted sets; the
    distinct shingles against ``common``), then per shingle, the answer of its distinct value."""
    set_a_in_b, set_b_in_a = kernels.sorted_members(a.shingle_set, b.shingle_set)
    numbers_a, numbers_b = _shingle_numbers(a), _shingle_numbers(b)
    if all(_is_sorted_set(s) for s in common):
        found_a = [set_a_in_b, *(kernels.sorted_in(a.shingle_set, s) for s in common)]
        found_b = [set_b_in_a, *(kernels.sorted_in(b.shingle_set, s) for s in common)]
    else:
        found_a = [set_a_in_b, *_members(a.shingle_set, *common)]
        found_b = [set_b_in_a, *_members(b.shingle_set, *common)]
    inter = int(np.count_nonzero(set_a_in_b))
    return inter, [found[numbers_a] for found in found_a], [found[numbers_b] for found in found_b]


def _verbatim(
    doc: Prepared,
    in_other: npt.NDArray[np.bool_],
    in_common: npt.NDArray[np.bool_] | None,
    quoted: npt.NDArray[np.bool_],
) -> tuple[float, int]:
    """Share of ``doc``'s unquoted tokens inside shingles shared with the other side; longest run.

    ``in_other``: which of ``doc``'s shingles the other side has; ``quoted``: per token.
    Shingles that are common in the corpus (``in_common``: agency sign-offs, stock phrases that
    boilerplate removal did not catch because they sit inside a paragraph) are no evidence.
    """
    if not len(doc.shingles):
        return 0.0, 0
    shared = in_other & doc.unquoted
    if in_common is not None:
        shared &= ~in_common
    if not shared.any():
        return 0.0, 0
    width = len(doc.token_hashes) - len(doc.shingles) + 1
    inside = covered(doc, shared)
    unquoted_tokens = int((~quoted).sum())
    share = float((inside & ~quoted).sum()) / unquoted_tokens if unquoted_tokens else 0.0
    # longest run of consecutive shared shingles, in tokens
    starts, ends = _runs(shared)
    longest = int((ends - starts).max())
    return share, (longest + width - 1) if longest else 0


def _token_starts(doc: Prepared) -> npt.NDArray[np.intp]:
    """Where each token of ``doc`` starts in its text."""
    starts = doc.segmented.token_starts
    return np.asarray(starts if starts is not None else [s for s, _ in doc.segmented.spans], dtype=np.intp)


def _quotation_of(doc: Prepared) -> npt.NDArray[np.intp]:
    """Per token, the number of the quotation (``quoted_spans``) it stands in; -1 outside."""
    if doc.quotation_of is None:
        spans = quoted_spans(doc.text)
        at = _token_starts(doc)
        if not spans or not len(at):
            doc.quotation_of = np.full(len(at), -1, dtype=np.intp)
        else:
            first = np.fromiter((s for s, _ in spans), dtype=np.intp, count=len(spans))
            last = np.fromiter((e for _, e in spans), dtype=np.intp, count=len(spans))
            number = np.searchsorted(first, at, side="right") - 1
            inside = (number >= 0) & (at < last[np.maximum(number, 0)])
            doc.quotation_of = np.where(inside, number, -1)
    return doc.quotation_of


def _quote_runs(doc: Prepared, quoted: npt.NDArray[np.bool_], min_tokens: int) -> list[tuple[int, int]]:
    """The quotations of ``doc`` (runs of ``quoted`` tokens, cut where one quotation ends and the
    next begins with no word between, as a headline's quotation and the lead's opening one) of
    at least ``min_tokens`` tokens, as ``[start, end)`` of its tokens."""
    starts, ends = _runs(quoted)
    if len(starts) and len(quoted) == len(doc.token_hashes):
        number = _quotation_of(doc)
        if len(number) == len(quoted):
            cuts = np.flatnonzero(quoted[1:] & quoted[:-1] & (number[1:] != number[:-1])) + 1
            if len(cuts):
                edges = np.sort(np.concatenate((starts, ends, cuts, cuts)))
                starts, ends = edges[::2], edges[1::2]
    keep = ends - starts >= min_tokens
    headline = _headline_tokens(doc)
    if headline:
        keep &= starts >= headline
    return list(zip(starts[keep].tolist(), ends[keep].tolist(), strict=True))


_HEADLINE_ENDS = ".!?\u2026\u3002\uff01\uff1f\u061f\u06d4\u0964"


def _headline_tokens(doc: Prepared) -> int:
    """How many tokens the headline has: a first line that does not end a sentence (a phrase
    quoted in a headline, 'Minister: "We will rebuild"', is the body's quotation again, or a
    catchphrase of the outlet's own); 0 when the first line is a sentence."""
    text = doc.text
    end = text.find("\n")
    if end <= 0 or text[:end].rstrip(" \"')]")[-1:] in _HEADLINE_ENDS:
        return 0
    starts = doc.segmented.token_starts
    if starts is None:
        starts = [s for s, _ in doc.segmented.spans]
    return bisect.bisect_left(starts, end)


def _quote_windows(doc: Prepared, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each quotation's shingles as ``[start, stop)`` of ``doc.shingles``: those starting inside
    it (at least the first, for a quotation shorter than a shingle)."""
    size = len(doc.token_hashes) - len(doc.shingles) + 1
    return [(start, max(start + 1, end - size + 1)) for start, end in runs]


def _occurs(part: U64, tokens: U64, quoted: npt.NDArray[np.bool_] | None = None) -> bool:
    """Whether the token hashes ``part`` come one after another somewhere in ``tokens`` (with
    ``quoted``, a flag per token, only where every one of them is quoted)."""
    width = len(part)
    if not width or width > len(tokens):
        return False
    starts = np.flatnonzero(tokens[: len(tokens) - width + 1] == part[0])
    return any(
        np.array_equal(tokens[k : k + width], part) and (quoted is None or bool(quoted[k : k + width].all()))
        for k in starts.tolist()
    )


def _after_clitic(
    doc: Prepared, start: int, end: int, other: Prepared, other_quoted: npt.NDArray[np.bool_]
) -> int | None:
    """Where the quotation ``[start, end)`` of ``doc`` (tokens) stands inside one of ``other``'s
    quotations with its first word the end of a word there that one or two letters more begin
    (a clitic: Arabic و ف ب ل ك, Hebrew ו ה ב ל מ ש כ), the rest word for word (at least three
    words): the position of that longer word, or ``None``. The first word has three letters or
    more: "5 people were hurt" is no clitic's cut of "15 people …", nor "he was" of "she was"."""
    part = doc.token_hashes[start + 1 : end]
    width = len(part)
    tokens = other.token_hashes
    first = doc.segmented.tokens[start]
    if width < 3 or width + 1 > len(tokens) or len(first) < 3 or not first.isalpha():
        return None
    last = len(tokens) - width + 1
    # Candidates: the second and third words in place, the word before them quoted.
    maybe = (tokens[1:last] == part[0]) & (tokens[2 : last + 1] == part[1]) & other_quoted[: last - 1]
    for k in (np.flatnonzero(maybe) + 1).tolist():
        word = other.segmented.tokens[k - 1]
        clitic = word[: len(word) - len(first)]
        if (
            1 <= len(clitic) <= 2
            and clitic.isalpha()
            and word.endswith(first)
            and np.array_equal(tokens[k : k + width], part)
            and bool(other_quoted[k - 1 : k + width].all())
        ):
            return int(k - 1)
    return None


def _quotes_matched(
    a: Prepared,
    b: Prepared,
    a_in_b: npt.NDArray[np.bool_],
    b_in_a: npt.NDArray[np.bool_],
    quoted: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]],
) -> tuple[int, int, int, int]:
    """How many quotations (4+ words) each side has, and how many of them the other side has too:
    found verbatim in it (at least half of the quotation's shingles; a quotation shorter than a
    shingle, its tokens one after another inside one of the other's quotations), or holding one
    of its quotations found so (a quotation the other side shortened: "We will rebuild every
    house" of "We will rebuild every house. It will take years."; shortened after a clitic,
    ``_after_clitic``).
    Returns (matched in ``a``, quotations of ``a``, matched in ``b``, quotations of ``b``)."""
    docs = (a, b)
    runs = (_quote_runs(a, quoted[0], 4 * a.shingle_scale), _quote_runs(b, quoted[1], 4 * b.shingle_scale))
    windows = (_quote_windows(a, runs[0]), _quote_windows(b, runs[1]))
    # A quotation shorter than a shingle: its one shingle reaches past it, into the words after.
    short = [
        [end - start < len(doc.token_hashes) - len(doc.shingles) + 1 for start, end in side]
        for doc, side in zip(docs, runs, strict=True)
    ]
    # (A short one is found in the other's quotations only: four words of a statement are
    # common enough in narrative.)
    found = [
        [
            _occurs(doc.token_hashes[s:e], other.token_hashes, other_quoted)
            if is_short
            else bool(len(in_other[start:stop]) and in_other[start:stop].mean() >= 0.5)
            for (start, stop), (s, e), is_short in zip(side, side_runs, side_short, strict=True)
        ]
        for side, side_runs, side_short, in_other, doc, other, other_quoted in zip(
            windows, runs, short, (a_in_b, b_in_a), docs, docs[::-1], quoted[::-1], strict=True
        )
    ]
    matched = [list(flags) for flags in found]
    # A quotation cut off after a clitic the other side's quotation has glued to its first word
    # (Arabic "فسلامة أبنائنا …" shortened to "سلامة أبنائنا …"): both sides have it.
    for this, other in ((0, 1), (1, 0)):
        for k, (s, e) in enumerate(runs[this]):
            if found[this][k]:
                continue
            at = _after_clitic(docs[this], s, e, docs[other], quoted[other])
            if at is not None:
                matched[this][k] = found[this][k] = True
                for i, (start, end) in enumerate(runs[other]):
                    if start <= at < end:
                        matched[other][i] = True
    for this, other, doc, other_doc in ((0, 1, a, b), (1, 0, b, a)):
        for k, (start, stop) in enumerate(windows[other]):
            if not found[other][k]:
                continue
            if short[other][k]:
                tokens = other_doc.token_hashes[runs[other][k][0] : runs[other][k][1]]
                for i, (s, e) in enumerate(runs[this]):
                    if not matched[this][i] and _occurs(tokens, doc.token_hashes[s:e]):
                        matched[this][i] = True
                continue
            part = np.unique(other_doc.shingles[start:stop])
            for i, (s, e) in enumerate(windows[this]):
                if not matched[this][i] and 2 * np.isin(part, doc.shingles[s:e]).sum() >= len(part):
                    matched[this][i] = True
    return sum(matched[0]), len(windows[0]), sum(matched[1]), len(windows[1])


# Fewer shared rare tokens than this (outside quotations) say nothing of order: one or two
# names in the same order would make a perfect score.
_MIN_RARE_TOKENS = 5


def _distinct_tokens(doc: Prepared) -> tuple[U64, npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """``np.unique`` of the document's token hashes with inverse and counts, found once."""
    if doc.distinct_tokens is None:
        doc.distinct_tokens = np.unique(doc.token_hashes, return_inverse=True, return_counts=True)
    return doc.distinct_tokens


def _rare_order(a: Prepared, b: Prepared, quoted_a: npt.NDArray[np.bool_], quoted_b: npt.NDArray[np.bool_]) -> float:
    """How much the two texts agree on the order of the rare tokens they share.

    Rare: at most twice in each text (names, numbers, distinctive words of either language,
    character bigrams of unspaced scripts). Outside quotations, each text's shared rare tokens
    form a sequence; the longest common subsequence of the two, as a share of the shorter one.
    A rewrite tells its source's facts in its source's order; an independent report, even when it
    shares most of the names and numbers, orders them its own way.
    """
    distinct_a, distinct_b = _distinct_tokens(a), _distinct_tokens(b)
    if not len(distinct_a[0]) or not len(distinct_b[0]):
        return 0.0
    # A token is at most twice in each sequence: the common subsequence is the longest increasing
    # run of its matches, each token of ``a`` giving its positions in ``b`` in decreasing order.
    positions, length_a, length_b = kernels.rare_positions(distinct_a, quoted_a, distinct_b, quoted_b)
    if min(length_a, length_b) < _MIN_RARE_TOKENS:
        return 0.0  # too few shared rare tokens to say anything of their order
    return kernels.longest_rising(positions) / min(length_a, length_b)


# Sentence pairs an alignment may hold: its similarity matrix is dense (8 bytes a cell, a few
# copies while it is built and read), so two documents of 2,000 sentences each take about 32 MB
# and two 60,000-line changelogs would take tens of GB. Beyond this, a pair is judged without
# sentence alignment: on shingles and verbatim runs (copies and partial reuse are still found).
ALIGN_MAX_CELLS = 4_000_000


def align(a: Prepared, b: Prepared) -> Alignment | None:
    """Similarity of every sentence of ``a`` to every sentence of ``b`` (grams must be filled);
    ``None`` when either has no sentence grams or the pair is too long (``ALIGN_MAX_CELLS``)."""
    ga, gb = a.sentence_grams or [], b.sentence_grams or []
    if not ga or not gb or len(ga) * len(gb) > ALIGN_MAX_CELLS:
        return None
    lengths = np.fromiter(map(len, ga + gb), dtype=np.intp, count=len(ga) + len(gb))
    vocabulary, inverse = _gram_numbers(a, b)
    counts = np.bincount(inverse, minlength=vocabulary).astype(np.float64)
    weights = np.log1p((len(ga) + len(gb)) / counts)
    ends = np.cumsum(lengths)
    rising = np.diff(inverse) > 0
    last_of_sentence = ends[:-1] - 1
    rising[last_of_sentence[(last_of_sentence >= 0) & (last_of_sentence < len(rising))]] = True
    if rising.all():
        similarity = _similarity(len(ga), len(gb), vocabulary, inverse, weights, lengths)
    else:  # pragma: no cover - the grams of a sentence are sorted and distinct (np.unique)
        similarity = _sparse_similarity(ga, gb, vocabulary, inverse, weights)
    return Alignment(
        similarity=similarity,
        best_a=similarity.argmax(axis=1),
        best_b=similarity.argmax(axis=0),
        sentences_a=a.sentence_index or [],
        sentences_b=b.sentence_index or [],
    )


def _gram_numbers(a: Prepared, b: Prepared) -> tuple[int, npt.NDArray[np.intp]]:
    """How many distinct grams the sentences of ``a`` and ``b`` have, and each sentence's grams
    as their numbers among those: ``np.unique(np.concatenate(grams), return_inverse=True)``,
    found by merging the two documents' own distinct grams (``Prepared.gram_numbers``, sorted
    once per document) rather than sorting the grams of both again for every pair."""
    if a.gram_numbers is None or b.gram_numbers is None:
        vocab, inverse = np.unique(
            np.concatenate((a.sentence_grams or []) + (b.sentence_grams or [])), return_inverse=True
        )
        return len(vocab), inverse
    (distinct_a, numbers_a), (distinct_b, numbers_b) = a.gram_numbers, b.gram_numbers
    return kernels.merged_numbers(distinct_a, numbers_a, distinct_b, numbers_b)


def _similarity(
    count_a: int,
    count_b: int,
    vocabulary: int,
    inverse: npt.NDArray[np.intp],
    weights: F64,
    lengths: npt.NDArray[np.intp],
) -> F64:
    """``_sparse_similarity`` when each sentence's grams (``inverse``: their vocabulary numbers)
    rise: the same sums, term for term and in the same order, so equal to the last bit, faster.

    Scipy sums a row of the matrix of ``a`` with ``np.add.reduceat`` and the rows of a product
    and of a matrix-vector product left to right; a product only adds the grams both sentences
    have, where adding zeros for the others changes nothing.
    """
    ends = np.cumsum(lengths)
    starts = ends - lengths
    split = int(ends[count_a - 1])
    grams_a, grams_b = inverse[:split], inverse[split:]
    weights_a = weights[grams_a]
    rows_b = np.repeat(np.arange(count_b), lengths[count_a:])
    mass_a = np.zeros(count_a, dtype=np.float64)
    filled = lengths[:count_a] > 0
    if filled.any():
        mass_a[filled] = np.add.reduceat(weights_a, starts[:count_a][filled])
    mass_b = _sequential_row_sums(weights[grams_b], rows_b, starts[count_a:] - split, lengths[count_a:])
    shared = kernels.shared_weights(inverse, lengths, count_a, count_b, weights)
    if shared is not None:
        return np.asarray(2.0 * shared / (mass_a[:, None] + mass_b[None, :]), dtype=np.float64)
    # Only grams of both sides count: ``a``'s weights over those × ``b``'s 0/1 incidence.
    in_a = np.zeros(vocabulary, dtype=bool)
    in_a[grams_a] = True
    in_both = np.zeros(vocabulary, dtype=bool)
    in_both[grams_b] = True
    in_both &= in_a
    column = np.cumsum(in_both) - 1
    shared_grams = int(column[-1]) + 1 if vocabulary else 0
    if shared_grams:
        keep_b = in_both[grams_b]
        incidence_b = np.zeros((shared_grams, count_b), dtype=np.float64)
        incidence_b[column[grams_b[keep_b]], rows_b[keep_b]] = 1.0
        keep = in_both[grams_a]
        per_row = np.bincount(np.repeat(np.arange(count_a), lengths[:count_a])[keep], minlength=count_a)
        matrix_a = sparse.csr_matrix(
            (weights_a[keep], column[grams_a[keep]], np.concatenate(([0], np.cumsum(per_row)))),
            shape=(count_a, shared_grams),
        )
        shared = np.asarray(matrix_a @ incidence_b, dtype=np.float64)
    else:
        shared = np.zeros((count_a, count_b), dtype=np.float64)
    return np.asarray(2.0 * shared / (mass_a[:, None] + mass_b[None, :]), dtype=np.float64)


def _sparse_similarity(
    ga: list[U64], gb: list[U64], vocabulary: int, inverse: npt.NDArray[np.intp], weights: F64
) -> F64:
    """Weighted Dice of every pair of sentences through sentence × gram incidence matrices."""
    total = len(ga) + len(gb)
    rows = np.repeat(np.arange(total), [len(g) for g in ga + gb])
    split = sum(len(g) for g in ga)
    matrix_a = sparse.csr_matrix(
        (weights[inverse[:split]], (rows[:split], inverse[:split])), shape=(len(ga), vocabulary)
    )
    matrix_b = sparse.csr_matrix(
        (np.ones(len(inverse) - split), (rows[split:] - len(ga), inverse[split:])), shape=(len(gb), vocabulary)
    )
    shared = np.asarray((matrix_a @ matrix_b.T).todense(), dtype=np.float64)
    mass_a = np.asarray(matrix_a.sum(axis=1), dtype=np.float64).ravel()
    mass_b = np.asarray(matrix_b @ weights, dtype=np.float64).ravel()
    return np.asarray(2.0 * shared / (mass_a[:, None] + mass_b[None, :]), dtype=np.float64)


def _sequential_row_sums(
    values: F64, rows: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], lengths: npt.NDArray[np.intp]
) -> F64:
    """Per row, its ``values`` (stored row after row) added left to right, as a sparse matrix-vector
    product does (``np.sum`` would add pairwise, which can differ in the last bit)."""
    width = int(lengths.max()) if len(lengths) else 0
    padded = np.zeros((len(lengths), width + 1), dtype=np.float64)
    padded[rows, np.arange(len(values)) - np.repeat(starts, lengths)] = values
    return np.asarray(np.cumsum(padded, axis=1)[:, -1], dtype=np.float64)


def _heaviest_chain(matches: list[tuple[int, int, float]]) -> float:
    """Weight of the heaviest chain of matches strictly increasing in both coordinates."""
    matches = sorted(matches)
    if not all(weight > 0 for _, _, weight in matches):
        return _heaviest_chain_quadratic(matches)
    # The best chain ending at a match is its weight plus the best chain it can extend (or none):
    # with positive weights, the same float as trying every earlier match in turn, since adding
    # one weight keeps the order of the candidates. The chains that can still be extended form a
    # staircase: second coordinates and weights both increasing.
    columns: list[int] = []
    weights: list[float] = []
    heaviest = 0.0
    pending: list[tuple[int, float]] = []  # chains ending at the current first coordinate
    for k, (i, j, weight) in enumerate(matches):
        if k and i != matches[k - 1][0]:
            for column, value in pending:
                _climb(columns, weights, column, value)
            pending.clear()
        below = bisect.bisect_left(columns, j)
        value = (weights[below - 1] if below else 0.0) + weight
        heaviest = max(heaviest, value)
        pending.append((j, value))
    return heaviest


def _climb(columns: list[int], weights: list[float], column: int, value: float) -> None:
    """Add a chain ending at ``column`` with weight ``value`` to the staircase."""
    at = bisect.bisect_left(columns, column)
    if (at and weights[at - 1] >= value) or (at < len(columns) and columns[at] == column and weights[at] >= value):
        return  # a chain at least as heavy ends at or before ``column``
    stop = at
    while stop < len(columns) and weights[stop] <= value:
        stop += 1
    columns[at:stop] = [column]
    weights[at:stop] = [value]


def _heaviest_chain_quadratic(matches: list[tuple[int, int, float]]) -> float:
    best: list[float] = []
    for k, (i, j, weight) in enumerate(matches):
        value = weight
        for m in range(k):
            if matches[m][0] < i and matches[m][1] < j and best[m] + weight > value:
                value = best[m] + weight
        best.append(value)
    return max(best, default=0.0)


@dataclass(frozen=True)
class _Chain:
    """Sentence alignment of a pair at one similarity threshold (see ``Measures``)."""

    coverage_a: float = 0.0
    coverage_b: float = 0.0
    ordered_a: float = 0.0
    ordered_b: float = 0.0
    aligned: int = 0


def _sentence_measures(
    a: Prepared, b: Prepared, alignment: Alignment | None, thresholds: tuple[float, ...]
) -> list[_Chain]:
    """Per threshold: the share of each side's tokens in sentences whose best match reaches it, and
    in the heaviest chain of those best matches that keeps the order on both sides."""
    if alignment is None:
        return [_Chain() for _ in thresholds]
    sizes_a = np.asarray(a.sentence_tokens, dtype=np.float64)
    sizes_b = np.asarray(b.sentence_tokens, dtype=np.float64)
    total_a, total_b = float(sizes_a.sum()), float(sizes_b.sum())
    sim = alignment.similarity
    best_a = sim.max(axis=1)
    best_b = sim.max(axis=0)
    chains = []
    for threshold in thresholds:
        ok_a = best_a >= threshold
        ok_b = best_b >= threshold
        # Each aligned sentence with its best match on the other side, in sentence order.
        rows_a, rows_b = np.flatnonzero(ok_a), np.flatnonzero(ok_b)
        chains.append(
            _Chain(
                coverage_a=float(sizes_a[ok_a].sum() / total_a),
                coverage_b=float(sizes_b[ok_b].sum() / total_b),
                ordered_a=_chain_weight(rows_a, alignment.best_a[rows_a], sizes_a[rows_a]) / total_a,
                ordered_b=_chain_weight(rows_b, alignment.best_b[rows_b], sizes_b[rows_b]) / total_b,
                # The side with more: the same whichever document is ``a`` (ids order the pair,
                # so a count of ``a``'s alone made a rewrite depend on the files' names).
                aligned=max(int(ok_a.sum()), int(ok_b.sum())),
            )
        )
    return chains


def _chain_weight(first: npt.NDArray[np.int64], second: npt.NDArray[np.int64], weight: F64) -> float:
    """``_heaviest_chain`` of the matches ``(first[k], second[k], weight[k])`` (``first`` rising),
    by the compiled loop when there is one."""
    found = kernels.heaviest_chain(first.astype(np.int64), second.astype(np.int64), weight)
    if found is None:
        return _heaviest_chain(list(zip(first.tolist(), second.tolist(), weight.tolist(), strict=True)))
    return found


# A number: thousands grouped by single spaces after a first group of one to three digits
# ("318 000 000", "4 192"; the no-break and narrow no-break spaces are spaces once normalised),
# else digits with separators ("70,000", "2.5", "10:30"); any script's digits.
# (No match ends before a digit, so none starts after one: ``_number_matches`` may look only
# at digits that follow no digit.)
_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?![.,:\u066b\u066c]?\d)|\d+(?:[.,:\u066b\u066c]\d+)*")


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(text)``, tried only where a digit follows no digit, which is several
    times faster than the scan of every character."""
    end = 0
    for start in digit_run_starts(text):
        if start >= end and (match := _NUMBER.match(text, start)) is not None:
            yield match
            end = match.end()


_SEPARATOR = re.compile(r"[.,:]")
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})


# Found once per distinct number (few: years, days, small counts recur in every text); bounded.
@functools.lru_cache(maxsize=4096)
def _values(number: str) -> tuple[str, ...]:
    """The values a number states (``number_value``), thousands grouped by spaces joined:
    "70,000", "70.000", "70 000" and "70000" are 70000; "2,5" is 2.5; "٣٥" is 35. A run of two
    or more separators of one kind that are not thousands groups (a date, a time with seconds)
    states each of its parts: "23.11.2025" is 23, 11 and 2025, as "23 November 2025" states 23
    and 2025; "1.500.000", "1,50,000" and "1,234.5" stay one. Arabic's decimal and thousands
    separators are a full stop and a comma: "١٫٦٥" is 1.65, "۳٬۹۰۰" 3900."""
    plain = number.replace(" ", "").translate(_ARABIC_SEPARATORS)
    parts = _SEPARATOR.split(plain)
    grouped = (
        all(len(p) == 3 for p in parts[1:])
        or (  # thousands, or lakhs and crores: 1,50,000
            len(parts[-1]) == 3 and all(len(p) == 2 for p in parts[1:-1])
        )
    )
    if len(parts) >= 3 and len(set(_SEPARATOR.findall(plain))) == 1 and not grouped:
        return tuple(number_value(part) for part in parts)
    return (number_value(plain),)


def _number_matches_unquoted(text: str) -> Iterator[re.Match[str]]:
    """``_number_matches`` outside quotations."""
    if '"' not in text and "''" not in text:
        yield from _number_matches(text)
        return
    quotes = quoted_spans(text)
    starts = [start for start, _ in quotes]
    for match in _number_matches(text):
        k = bisect.bisect_right(starts, match.start()) - 1
        if k < 0 or match.start() >= quotes[k][1]:
            yield match


def _numbers_in(text: str) -> set[str]:
    """The distinct numbers of a normalised text outside quotations (``_NUMBER``, ``_values``)."""
    return {value for match in _number_matches_unquoted(text) for value in _values(match.group())}


def numbers(doc: Prepared) -> dict[str, int]:
    """The distinct numbers a text states outside quotations, as values (``_values``): digits
    without the letters glued to them ("4.5bn", "10am": 4.5, 10), in any script's digits, with
    thousands grouped by spaces joined ("318 000 000": 318000000); each with the sentences
    stating it, as a bit set (bit ``k``: sentence ``k`` of ``segmented.sentence_spans``). Found
    once per document."""
    if doc.numbers is None:
        matches = _stated_matches(doc)
        starts = np.fromiter((start for start, _ in doc.segmented.sentence_spans), dtype=np.int64)
        at = np.fromiter((match.start() for match in matches), dtype=np.int64, count=len(matches))
        sentences = np.maximum(np.searchsorted(starts, at, side="right") - 1, 0).tolist()
        found: dict[str, int] = {}
        for match, sentence in zip(matches, sentences, strict=True):
            for value in _values(match.group()):
                found[value] = found.get(value, 0) | 1 << sentence
        doc.numbers = found
    return doc.numbers


def _stated_matches(doc: Prepared) -> list[re.Match[str]]:
    """The numbers of ``doc`` outside quotations and outside a formula's wording (``formula_tokens``),
    as matches of ``_NUMBER``; found once for ``numbers`` and ``_number_units``."""
    if doc.number_matches is None:
        matches = list(_number_matches_unquoted(doc.text))
        if doc.formula_tokens is not None and matches:
            matches = _outside_formula(doc, matches, doc.formula_tokens)
        doc.number_matches = matches
    return doc.number_matches


def _number_units(doc: Prepared) -> dict[int, list[tuple[tuple[str, ...], int]]]:
    """Per sentence (of ``segmented.sentence_spans``), the numbers it states outside quotations
    (``_values``), each with the hash of the token right after it in that sentence: what it
    counts ("6 fishermen", "9 December", "3 900 subscribers"); 0 when the sentence ends there or
    a number follows. Found once per document."""
    if doc.number_units is None:
        matches = _stated_matches(doc)
        units: dict[int, list[tuple[tuple[str, ...], int]]] = {}
        if matches:
            spans = doc.segmented.sentence_spans
            sentence_starts = np.fromiter((start for start, _ in spans), dtype=np.int64, count=len(spans))
            token_starts = _token_starts(doc)
            starts = np.fromiter((match.start() for match in matches), dtype=np.int64, count=len(matches))
            ends = np.fromiter((match.end() for match in matches), dtype=np.int64, count=len(matches))
            sentences = np.maximum(np.searchsorted(sentence_starts, starts, side="right") - 1, 0).tolist()
            following = np.searchsorted(token_starts, ends, side="left").tolist()
            for match, sentence, token in zip(matches, sentences, following, strict=True):
                unit = 0
                if token < len(token_starts) and sentence < len(spans):
                    start = int(token_starts[token])
                    if start < spans[sentence][1] and not doc.text[start : start + 1].isdecimal():
                        unit = int(doc.token_hashes[token])
                units.setdefault(sentence, []).append((_values(match.group()), unit))
        doc.number_units = units
    return doc.number_units


def _by_unit(units: dict[int, list[tuple[tuple[str, ...], int]]]) -> dict[int, frozenset[str]]:
    """Every value a document states before each unit token, whatever the sentence."""
    found: dict[int, set[str]] = {}
    for stated in units.values():
        for values, unit in stated:
            if unit:
                found.setdefault(unit, set()).update(values)
    return {unit: frozenset(values) for unit, values in found.items()}


def _rounded_whole(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a whole number of one side rounds to one of the other written with two or more
    trailing zeros ("3,184 hectares", "roughly 3,200 hectares"): a rewrite rounds its source's
    figures. (Not to tens: "15 December" is not "20 December" rounded.)"""
    for number, other in itertools.chain(itertools.product(mine, theirs), itertools.product(theirs, mine)):
        zeros = len(other) - len(other.rstrip("0"))
        same_size = number != other and len(number) == len(other) and number.isdigit() and other.isdigit()
        if zeros >= 2 and same_size and round(int(number), -zeros) == int(other):
            return True
    return False


def number_conflicts(a: Prepared, b: Prepared, alignment: Alignment | None, threshold: float) -> int:
    """How many quantities the sentences that align one to one (each the other's best match, at
    ``threshold`` at least) state otherwise: numbers followed by the same token on both sides ("6
    fishermen" / "3 fishermen", "9 December" / "3 December") none of which the other side states
    in a sentence that aligns so, nor anywhere before that token, equal or rounded ("3,184" and
    "3,200" too). (A text with two sentences of one wording, "forecast to 3.7 percent", "forecast
    to 10.2 percent", may align them crosswise.) Each quantity counts once, however many aligned
    sentences restate it. A rewrite restates its source's figures (rounded at most); two items of
    one formula (a water cut on another day in another district, a boat with another crew) state
    others in the same words. The same whichever side is ``a``."""
    if alignment is None:
        return 0
    units_a, units_b = _number_units(a), _number_units(b)
    if not units_a or not units_b:
        return 0
    similarity = alignment.similarity
    # Each the other's best match, ties and all (a text that repeats a sentence has tied best
    # matches; whichever ``argmax`` picks would depend on which side is ``a``, on the names).
    mutual = (
        (similarity >= threshold)
        & (similarity >= similarity.max(axis=1, keepdims=True) - _TIE)
        & (similarity >= similarity.max(axis=0, keepdims=True) - _TIE)
    )
    aligned = [
        (found_a, found_b)
        for row, column in zip(*np.nonzero(mutual), strict=True)
        if (found_a := units_a.get(alignment.sentences_a[int(row)]))
        and (found_b := units_b.get(alignment.sentences_b[int(column)]))
    ]
    if not aligned:
        return 0
    values_a = frozenset(value for found_a, _ in aligned for values, _ in found_a for value in values)
    values_b = frozenset(value for _, found_b in aligned for values, _ in found_b for value in values)
    by_unit_a, by_unit_b = _by_unit(units_a), _by_unit(units_b)
    # What each side states in the aligned sentences or before a unit, looked up per unit once.
    among_a: dict[int, _Among] = {}
    among_b: dict[int, _Among] = {}
    conflicts: set[tuple[int, frozenset[str], frozenset[str]]] = set()
    for found_a, found_b in aligned:
        for unit in {unit for _, unit in found_a if unit} & {unit for _, unit in found_b if unit}:
            mine = frozenset(value for values, other in found_a if other == unit for value in values)
            theirs = frozenset(value for values, other in found_b if other == unit for value in values)
            if (unit, mine, theirs) in conflicts:
                continue
            if unit not in among_a:
                among_a[unit] = _Among(values_a | by_unit_a.get(unit, frozenset()))
                among_b[unit] = _Among(values_b | by_unit_b.get(unit, frozenset()))
            if (
                not any(among_b[unit].has(value) for value in mine)
                and not any(among_a[unit].has(value) for value in theirs)
                and not _rounded_whole(mine, theirs)
            ):
                conflicts.add((unit, mine, theirs))
    return len(conflicts)


# Similarities this close are a tie (the same sentences summed in another order).
_TIE = 1e-9


def content_first(a: Prepared, b: Prepared) -> bool:
    """Whether ``a`` comes before ``b`` in an order of the texts themselves (not their names)."""
    return (a.fingerprint, a.text) < (b.fingerprint, b.text)


def transposed(alignment: Alignment) -> Alignment:
    """The alignment of ``b`` with ``a``."""
    return Alignment(
        similarity=alignment.similarity.T,
        best_a=alignment.best_b,
        best_b=alignment.best_a,
        sentences_a=alignment.sentences_b,
        sentences_b=alignment.sentences_a,
    )


def _outside_formula(
    doc: Prepared, matches: list[re.Match[str]], left_out: npt.NDArray[np.bool_]
) -> list[re.Match[str]]:
    """The ``matches`` (numbers of ``doc.text``) that start in no token of ``left_out``."""
    at = _token_starts(doc)
    if not len(at):
        return matches
    first = np.fromiter((match.start() for match in matches), dtype=np.intp, count=len(matches))
    token = np.searchsorted(at, first, side="right") - 1
    inside = (token >= 0) & left_out[np.maximum(token, 0)]
    return [match for match, out in zip(matches, inside.tolist(), strict=True) if not out]


def text_numbers(text: str) -> set[str]:
    """``numbers`` of a raw text: what ``pipeline.corpus_statistics`` counts to find the corpus's
    common numbers (the same values, so that leaving them out of a pair's numbers works)."""
    return _numbers_in(normalize(text, fold_case=False))


def stated_numbers(doc: Prepared, alignment: Alignment | None, side: int, threshold: float) -> frozenset[str]:
    """The numbers of ``doc`` (side 0 or 1 of ``alignment``) that count in the numbers rule:
    those stated in a sentence the other side has too (best match ≥ ``threshold``), in one too
    short to align, or in one made mostly of numbers. A sentence of words the other side lacks
    (cut from a trimmed copy, added by an extended one) need not share its numbers; a line of
    figures ("EUR 1.0594 1.1093 …": each number one heavy gram) matches nothing once the figures
    differ, which is what the rule is there to see."""
    found = numbers(doc)
    if alignment is None:
        return frozenset(found)
    best = alignment.similarity.max(axis=1 - side)
    sentences = alignment.sentences_a if side == 0 else alignment.sentences_b
    lacking = 0
    for k in np.flatnonzero(best < threshold).tolist():
        if not _mostly_numbers(doc, sentences[k]):
            lacking |= 1 << sentences[k]
    return frozenset(value for value, stated in found.items() if stated & ~lacking)


def _mostly_numbers(doc: Prepared, sentence: int) -> bool:
    """Whether at least half the tokens of sentence ``sentence`` start with a digit."""
    tokens = doc.segmented.sentence_tokens(sentence, sentence)
    return 2 * sum(1 for token in tokens if token[:1].isdecimal()) >= len(tokens)


def _rounds_to(number: str, other: str) -> bool:
    """Whether ``other``, written with more decimals, rounds to ``number`` ("34" ~ "34.4",
    "6.5" ~ "6.47"): a rewrite rounds its source's figures."""
    if ":" in number or ":" in other:
        return False
    places = len(number.partition(".")[2])
    if len(other.partition(".")[2]) <= places:
        return False
    value, rounded = float(other), float(number)
    return abs(value - rounded) <= 0.5 * 10.0**-places + 1e-9


# How far apart two numbers can be and one still round to the other (``_rounds_to``: half a unit
# of the last place of a number without decimals, less with them), with a margin for floats.
_ROUNDING_REACH = 0.5 + 1e-6


def _rounding_index(values: frozenset[str]) -> tuple[list[float], list[str], list[str]]:
    """``values`` that may round or be rounded (no time), sorted by value, with their strings;
    and those that are not numbers to ``float`` (compared one by one)."""
    parsed, odd = [], []
    for value in values:
        if ":" in value:
            continue
        try:
            parsed.append((float(value), value))
        except ValueError:
            odd.append(value)
    parsed.sort()
    return [number for number, _ in parsed], [value for _, value in parsed], odd


def _rounds_either_way(number: str, values: Iterable[str]) -> bool:
    return any(_rounds_to(number, value) or _rounds_to(value, number) for value in values)


class _Among:
    """Whether numbers are found among ``values``, equal or rounded (``_rounds_to``, either way).
    Only the values within ``_ROUNDING_REACH`` are tried for rounding (a results table or a
    market report states hundreds); their index is built once, when first needed."""

    def __init__(self, values: frozenset[str]) -> None:
        self.values = values
        self._index: tuple[list[float], list[str], list[str]] | None = None

    def has(self, number: str) -> bool:
        if number in self.values:
            return True
        if ":" in number:
            return False
        if self._index is None:
            self._index = _rounding_index(self.values)
        floats, strings, odd = self._index
        try:
            value = float(number)
        except ValueError:
            return _rounds_either_way(number, self.values)
        low = bisect.bisect_left(floats, value - _ROUNDING_REACH)
        near = strings[low : bisect.bisect_right(floats, value + _ROUNDING_REACH)]
        return _rounds_either_way(number, near) or _rounds_either_way(number, odd)


def _found_in(numbers_of: frozenset[str], other: frozenset[str]) -> int:
    """How many of ``numbers_of`` are found in ``other``, equal or rounded (``_Among``)."""
    among = _Among(other)
    return sum(1 for number in numbers_of if among.has(number))


def shared_numbers(a: frozenset[str], b: frozenset[str]) -> int:
    """How many of the numbers of the side with fewer are found in the other, equal or rounded
    (``_rounds_to``, either way). With as many on each side, the larger of the two counts (rounding
    may match two numbers of one side to one of the other): the same whichever side is ``a``."""
    if len(a) == len(b):
        return max(_found_in(a, b), _found_in(b, a))
    fewer, more = (a, b) if len(a) < len(b) else (b, a)
    return _found_in(fewer, more)


def own_numbers(a: Prepared, b: Prepared) -> tuple[int, int, int]:
    """How many numbers each side states outside quotations, anywhere (``numbers``), that the
    other states nowhere, equal or rounded; and how many numbers both state: the larger count of
    the two sides' found in the other (rounding may match two numbers of one side to one of the
    other; the larger count makes the result the same whichever side is ``a``). Numbers common in
    the corpus count: in a corpus of many stories, the figures of a follow-up's own reporting are
    often common ones, and in a corpus of one story's versions, its figures are."""
    all_a, all_b = frozenset(numbers(a)), frozenset(numbers(b))
    in_b, in_a = _found_in(all_a, all_b), _found_in(all_b, all_a)
    return len(all_a) - in_b, len(all_b) - in_a, max(in_b, in_a)


def measure(
    a: Prepared,
    b: Prepared,
    settings: Settings,
    alignment: Alignment | None,
    common_shingles: U64 | None = None,
    common_numbers: frozenset[str] = frozenset(),
) -> Measures:
    """All measures of a pair (``common_shingles``, ``common_numbers``: corpus-frequent shingles
    and numbers, not evidence: a year, the day's index close in every market report)."""
    common = [np.asarray(common_shingles)] if common_shingles is not None and len(common_shingles) else []
    inter, (a_in_b, *a_common), (b_in_a, *b_common) = _shared_shingles(a, b, common)
    jaccard, cont_a, cont_b = _containment(a, b, inter)
    quoted_a, quoted_b = quoted_tokens(a), quoted_tokens(b)
    verbatim_a, run_a = _verbatim(a, a_in_b, a_common[0] if a_common else None, quoted_a)
    verbatim_b, run_b = _verbatim(b, b_in_a, b_common[0] if b_common else None, quoted_b)
    strong, weak = _sentence_measures(
        a, b, alignment, (settings.sentence_similarity, settings.weak_sentence_similarity)
    )
    found_a, quotes_a, found_b, quotes_b = _quotes_matched(a, b, a_in_b, b_in_a, (quoted_a, quoted_b))
    numbers_a = stated_numbers(a, alignment, 0, settings.sentence_similarity) - common_numbers
    numbers_b = stated_numbers(b, alignment, 1, settings.sentence_similarity) - common_numbers
    own_numbers_a, own_numbers_b, numbers_in_both = own_numbers(a, b)
    conflicting = number_conflicts(a, b, alignment, settings.sentence_similarity)
    return Measures(
        jaccard=round(jaccard, 4),
        containment=round(max(cont_a, cont_b), 4),
        containment_a=round(cont_a, 4),
        containment_b=round(cont_b, 4),
        coverage_a=round(strong.coverage_a, 4),
        coverage_b=round(strong.coverage_b, 4),
        ordered_a=round(strong.ordered_a, 4),
        ordered_b=round(strong.ordered_b, 4),
        aligned_sentences=strong.aligned,
        weak_ordered_a=round(weak.ordered_a, 4),
        weak_ordered_b=round(weak.ordered_b, 4),
        verbatim_a=round(verbatim_a, 4),
        verbatim_b=round(verbatim_b, 4),
        longest_run=max(run_a, run_b),
        shared_quotes=min(found_a, found_b),
        own_quotes_a=quotes_a - found_a,
        own_quotes_b=quotes_b - found_b,
        rare_order=round(_rare_order(a, b, quoted_a, quoted_b), 4),
        length_ratio=round(min(a.words, b.words) / max(a.words, b.words, 1), 4),
        numbers_a=len(numbers_a),
        numbers_b=len(numbers_b),
        shared_numbers=shared_numbers(numbers_a, numbers_b),
        own_numbers_a=own_numbers_a,
        own_numbers_b=own_numbers_b,
        numbers_in_both=numbers_in_both,
        conflicting_numbers=conflicting,
    )


def classify(a: Prepared, b: Prepared, m: Measures, settings: Settings) -> tuple[Relation, float] | None:
    """The relation the measures support, with a score in [0, 1], or ``None``."""
    if a.fingerprint == b.fingerprint and a.words:
        return Relation.EXACT, 1.0
    min_run = settings.partial_min_run * max(a.shingle_scale, b.shingle_scale)
    verdict = _copy_or_rewrite(m, settings)
    if (
        verdict is not None
        and verdict[0] is Relation.REWRITE
        and max(m.verbatim_a, m.verbatim_b) >= LIFTED_VERBATIM
        and m.longest_run >= min_run
        and max(m.coverage_a, m.coverage_b) < LIFTED_COVERAGE_MAX
    ):
        # What a rewrite borrows it rewords (its quotations aside). A text that has a third of
        # its text or more from the other verbatim, in runs as long as paragraphs, where each
        # side has much of its own (neither aligns with the other for the most part), lifted
        # paragraphs as they stand: partial reuse (below), whatever else it tells in its own
        # words, however closely the rest follows the other. (A condensed or an extended
        # republication, which keeps paragraphs verbatim and rewords the rest, aligns most of
        # one side: a rewrite.)
        verdict = None
    if verdict is not None:
        if numbers_agree(m, settings, copy=verdict[0] is Relation.NEAR_DUPLICATE):
            return verdict
        # A copy or a rewrite states its source's numbers; a story written from the same template
        # (a market report, a result, the weather) states others: not a rewrite. Text that is
        # mostly the same with other numbers (a revised version, or a template with little to
        # fill in) may still be partial reuse.
        if verdict[0] is not Relation.NEAR_DUPLICATE:
            return None
    verbatim = max(m.verbatim_a, m.verbatim_b)
    if verbatim >= settings.partial_verbatim and m.longest_run >= min_run:
        return Relation.PARTIAL, verbatim
    return None


def numbers_agree(m: Measures, settings: Settings, copy: bool = False) -> bool:
    """Whether the pair's numbers allow a copy or rewrite: with at least ``numbers_min`` distinct
    numbers on each side, at least ``numbers_shared`` of the smaller side's shared with the other;
    with at least ``numbers_any`` (but fewer), one shared, for a rewrite; with fewer, too few to
    judge. A ``copy`` (near-duplicate: most of its text verbatim) with a few numbers, all of them
    other (a death toll updated), is still a copy."""
    if not copy and (numbers_apart(m, settings) or numbers_conflict(m, settings)):
        return False
    fewer = min(m.numbers_a, m.numbers_b)
    if fewer >= settings.numbers_min:
        return m.shared_numbers >= round(settings.numbers_shared * fewer, 9)
    return copy or settings.numbers_any == 0 or fewer < settings.numbers_any or m.shared_numbers >= 1


def numbers_apart(m: Measures, settings: Settings) -> bool:
    """Whether each side states at least ``numbers_own`` numbers the other states nowhere
    (``own_numbers_a``, ``own_numbers_b``), and more of them than the two state
    (``numbers_in_both``). A rewrite tells its source's figures:
    it drops some (its source then has its own) and rarely brings more than a couple of its own.
    Two items of one formula (each result its score and table position, each warning its
    temperatures and dates) or two reports of one event (each with the figures of its own
    reporting) each have their own. None of the 204 rewrite pairs of the labelled sets (37
    languages) is apart this way."""
    fewer = min(m.own_numbers_a, m.own_numbers_b)
    return settings.numbers_own > 0 and fewer >= settings.numbers_own and fewer > m.numbers_in_both


def numbers_conflict(m: Measures, settings: Settings) -> bool:
    """Whether the sentences that align state at least ``numbers_conflicts`` quantities otherwise
    (``conflicting_numbers``), in a pair that is not mostly the same text (``containment`` below
    ``CONFLICT_CONTAINMENT_MAX``). In the labelled sets no rewrite pair (402, 57 languages) states
    more than one so (a figure written in words on one side, "6 a.m." and "06:00"); items of one
    formula reporting another day, district, crew or price state two to four."""
    return (
        settings.numbers_conflicts > 0
        and m.conflicting_numbers >= settings.numbers_conflicts
        and m.containment < CONFLICT_CONTAINMENT_MAX
    )


# Two items of one formula share its wording, not the words of their own slots (another district,
# street, crew): 0.19-0.66 of a side's shingles in the other in the feeds (0.66: feeds9's
# Brazilian storm warning renewed three days later, two of its four paragraphs the template's,
# word for word). A version of one story with revised figures, mostly the same text, has more
# (0.70-0.76 on the benchmark's edited copies), and stays a copy or rewrite of it.
CONFLICT_CONTAINMENT_MAX = 0.68


def other_numbers(m: Measures, settings: Settings) -> bool:
    """Whether the text reads as a copy or rewrite but the numbers differ (``numbers_agree``):
    a template story, or a version with revised figures."""
    verdict = _copy_or_rewrite(m, settings)
    return verdict is not None and not numbers_agree(m, settings, copy=verdict[0] is Relation.NEAR_DUPLICATE)


# A rewrite aligns at least this many sentences: one or two short sentences in the same order
# (two one-line summaries of a feed: "Bank of England holds rates at 5%", "ECB holds rates at
# 4%") say nothing of reuse, however well they align.
REWRITE_MIN_SENTENCES = 3


def _copy_or_rewrite(m: Measures, settings: Settings) -> tuple[Relation, float] | None:
    """Near-duplicate or rewrite, as the text's measures say (numbers aside), or ``None``."""
    if m.containment >= settings.near_duplicate_containment:
        return Relation.NEAR_DUPLICATE, m.containment
    if m.aligned_sentences < REWRITE_MIN_SENTENCES or _reports_apart(m, settings):
        return None
    if _close_rewrite(m, settings) or _loose_rewrite(m, settings):
        low, high = sorted((m.ordered_a, m.ordered_b))
        return Relation.REWRITE, round((low + high) / 2, 4)
    return None


def quotes_apart(m: Measures) -> bool:
    """Whether each side has a quotation (4+ words) the other does not have verbatim, and they
    share none. A rewrite repeats its source's quotations, or quotes nobody; two reports each
    quoting their own sources, or two agency items of one formula (a leader's phone calls, each
    with its own statement), have quotations this way. No rewrite in the labelled sets (104
    pairs, 21 languages) has; 114 of their 306 unrelated candidate pairs do."""
    return m.shared_quotes == 0 and m.own_quotes_a >= 1 and m.own_quotes_b >= 1


# Sentences a pair with quotations apart must align for its order to make it a rewrite: items of
# one formula (a weather warning, a harvest report, an envoy's credentials, a football transfer:
# three to five sentences, each with its own quoted official) follow each other sentence by
# sentence by design.
QUOTES_APART_MIN_SENTENCES = 6


def _reports_apart(m: Measures, settings: Settings) -> bool:
    """``quotes_apart``, and neither side follows the other in order over
    ``quotes_apart_ordered`` of it, or they align fewer than ``QUOTES_APART_MIN_SENTENCES``
    sentences: two reports, not a rewrite. (A rewrite that follows its source sentence by
    sentence is one whatever its quotations: reworded, or transliterated as between Simplified
    and Traditional Chinese, they are not found verbatim.)"""
    return quotes_apart(m) and (
        max(m.ordered_a, m.ordered_b) < settings.quotes_apart_ordered
        or m.aligned_sentences < QUOTES_APART_MIN_SENTENCES
    )


def other_quotes(m: Measures, settings: Settings) -> bool:
    """Whether the text reads as a rewrite but ``_reports_apart`` says the two are reports."""
    return (
        m.containment < settings.near_duplicate_containment
        and m.aligned_sentences >= REWRITE_MIN_SENTENCES
        and _reports_apart(m, settings)
        and _close_rewrite(m, settings)
    )


def _close_rewrite(m: Measures, settings: Settings) -> bool:
    """Sentence by sentence, in order: enough of each side aligns in order and little out of it
    (or, with several shared quotations, somewhat less in order)."""
    low, high = sorted((m.ordered_a, m.ordered_b))
    if max(m.coverage_a - m.ordered_a, m.coverage_b - m.ordered_b) > settings.rewrite_disorder:
        return False
    return (low >= settings.rewrite_ordered and high >= settings.rewrite_ordered_max) or (
        m.shared_quotes >= settings.quoted_rewrite_quotes
        and low >= settings.quoted_rewrite_ordered
        and high >= settings.quoted_rewrite_ordered_max
    )


def _loose_rewrite(m: Measures, settings: Settings) -> bool:
    """A rewrite told more freely (condensed, merged, reordered in places), recognised by what it
    borrows: one side quotes nobody the other does not, and follows the other's order.

    An independent report carries quotations of its own reporting; a rewrite only repeats its
    source's, however freely it words the rest. So when one side (the borrower) has quotations
    (4+ words), every one found verbatim in the other, and they share at least one, weaker
    sentence matches count as evidence, checked twice: at ``weak_sentence_similarity``, at least
    ``loose_rewrite_ordered`` of the borrower and ``loose_rewrite_origin`` of the other side align
    in order (a condensed rewrite drops details: its source is covered less), and the rare tokens
    both texts share come in the same order for at least ``loose_rewrite_rare_order`` of them.
    Character grams, tokens and quote marks of any script: no language knowledge.
    """
    return any(loose_borrowers(m, settings))


# The verbatim share (of the side with more) at which a pair read as a rewrite, with a verbatim
# run as long as partial reuse needs, reads as partial reuse (``classify``): the labelled
# rewrites (418 pairs, 22 sets) reach 0.31 at most, and that with both sides aligned whole; a
# piece that lifts three of its source's paragraphs and tells the event in a lead of its own is
# 0.53 its source's text in runs of 78 words (multi20's Odia partial, which only the loose rule
# linked), or 0.44 in runs of 43 (multi21's Basque one, which shares three quotations and
# follows the source's order closely enough for the close rule's quoted variant).
LIFTED_VERBATIM = 0.35
# ... and when neither side aligns this share with the other: partial reuse takes part of its
# source and tells much of its own (0.58 and 0.45 of multi20's Odia pair align, 0.44 and 0.30 of
# multi21's Basque one); a condensed republication aligns nearly whole (1.0 on its side), an
# extended one covers most of its source (0.8), and a copy or rewrite with its sentences
# reordered aligns most of both sides (0.76-0.94 on the benchmark).
LIFTED_COVERAGE_MAX = 0.6


def loose_borrowers(m: Measures, settings: Settings) -> tuple[bool, bool]:
    """Which sides of a pair borrow from the other as ``_loose_rewrite`` reads it: (a, b)."""
    if m.shared_quotes < 1 or m.rare_order < settings.loose_rewrite_rare_order:
        return False, False
    sides = ((m.own_quotes_a, m.weak_ordered_a, m.weak_ordered_b), (m.own_quotes_b, m.weak_ordered_b, m.weak_ordered_a))
    first, second = (
        own == 0 and ordered >= settings.loose_rewrite_ordered and other >= settings.loose_rewrite_origin
        for own, ordered, other in sides
    )
    return first, second


def loose_only(m: Measures, settings: Settings) -> bool:
    """Whether a rewrite stands on the loose-rewrite rule alone (no closer reading holds)."""
    return (
        m.containment < settings.near_duplicate_containment
        and m.aligned_sentences >= REWRITE_MIN_SENTENCES
        and not _close_rewrite(m, settings)
        and _loose_rewrite(m, settings)
    )


def loose_strength(m: Measures) -> float:
    """How well two texts follow each other: both sides' in-order shares at the weak similarity,
    the order of their shared rare tokens (what the loose-rewrite rule reads), and both sides'
    in-order shares at the strong similarity (a blog condensing a story follows its sentences;
    an independent report it shares a quotation with may share more rare words in order)."""
    return (m.weak_ordered_a + m.weak_ordered_b) / 2 + m.rare_order + (m.ordered_a + m.ordered_b) / 2
