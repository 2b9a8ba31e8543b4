"""Exact verification of a candidate pair: measures, then one relation (or none).

Copies are told by shingle containment. Rewrites by sentence alignment: each sentence is a set
of character grams weighted by how rare the gram is among the pair's sentences; two sentences
align when their weighted Dice similarity reaches ``sentence_similarity``; a rewrite needs most
of both texts aligned *in order* (the heaviest increasing chain of aligned sentences), which is
what separates a paraphrase from an independent report that shares names, numbers and a quote
but tells the story its own way. Quoted text is left out of alignment and of verbatim evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from dedupe.config import Settings
from dedupe.models import Measures, Relation
from dedupe.prepare import Prepared
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


def _containment(a: Prepared, b: Prepared) -> tuple[float, float, float, int]:
    shared = np.intersect1d(a.shingle_set, b.shingle_set, assume_unique=True)
    inter = len(shared)
    union = len(a.shingle_set) + len(b.shingle_set) - inter
    jaccard = inter / union if union else 0.0
    cont_a = inter / len(a.shingle_set) if len(a.shingle_set) else 0.0
    cont_b = inter / len(b.shingle_set) if len(b.shingle_set) else 0.0
    return jaccard, cont_a, cont_b, inter


def _verbatim(doc: Prepared, other: Prepared, common: U64 | None) -> tuple[float, int]:
    """Share of ``doc``'s unquoted tokens inside shingles shared with ``other``; longest run.

    Shingles that are common in the corpus (``common``: agency sign-offs, stock phrases that
    boilerplate removal did not catch because they sit inside a paragraph) are no evidence.
    """
    if not len(doc.shingles):
        return 0.0, 0
    shared = np.isin(doc.shingles, other.shingle_set) & doc.unquoted
    if common is not None and len(common):
        shared &= ~np.isin(doc.shingles, common)
    if not shared.any():
        return 0.0, 0
    width = len(doc.token_hashes) - len(doc.shingles) + 1
    covered = np.zeros(len(doc.token_hashes), dtype=bool)
    for offset in range(width):
        covered[offset : offset + len(shared)] |= shared
    quoted = np.asarray(doc.segmented.quoted, dtype=bool)
    unquoted_tokens = int((~quoted).sum())
    share = float((covered & ~quoted).sum()) / unquoted_tokens if unquoted_tokens else 0.0
    # longest run of consecutive shared shingles, in tokens
    longest = 0
    run = 0
    for flag in shared.tolist():
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return share, (longest + width - 1) if longest else 0


def _quote_runs(doc: Prepared, min_tokens: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = -1
    quoted = doc.segmented.quoted
    for index, flag in enumerate([*quoted, False]):
        if flag and start < 0:
            start = index
        elif not flag and start >= 0:
            if index - start >= min_tokens:
                runs.append((start, index))
            start = -1
    return runs


def _quotes_found(doc: Prepared, other: Prepared) -> int:
    """How many of ``doc``'s quotations (4+ words) appear verbatim in ``other``."""
    found = 0
    size = len(doc.token_hashes) - len(doc.shingles) + 1
    for start, end in _quote_runs(doc, 4 * doc.shingle_scale):
        window = doc.shingles[start : max(start + 1, end - size + 1)]
        if len(window) and np.isin(window, other.shingle_set).mean() >= 0.5:
            found += 1
    return found


def align(a: Prepared, b: Prepared) -> Alignment | None:
    """Similarity of every sentence of ``a`` to every sentence of ``b`` (grams must be filled)."""
    ga, gb = a.sentence_grams or [], b.sentence_grams or []
    if not ga or not gb:
        return None
    all_grams = np.concatenate(ga + gb)
    vocab, inverse = np.unique(all_grams, return_inverse=True)
    counts = np.bincount(inverse, minlength=len(vocab)).astype(np.float64)
    total = len(ga) + len(gb)
    weights = np.log1p(total / counts)
    rows = np.repeat(np.arange(total), [len(g) for g in ga + gb])
    split = sum(len(g) for g in ga)
    # sentence × gram incidence, sparse: a pair has a few thousand grams, a sentence a few dozen
    matrix_a = sparse.csr_matrix(
        (weights[inverse[:split]], (rows[:split], inverse[:split])), shape=(len(ga), len(vocab))
    )
    matrix_b = sparse.csr_matrix(
        (np.ones(len(inverse) - split), (rows[split:] - len(ga), inverse[split:])), shape=(len(gb), len(vocab))
    )
    shared = np.asarray((matrix_a @ matrix_b.T).todense(), dtype=np.float64)
    mass_a = np.asarray(matrix_a.sum(axis=1), dtype=np.float64).ravel()
    mass_b = np.asarray(matrix_b @ weights, dtype=np.float64).ravel()
    similarity = 2.0 * shared / (mass_a[:, None] + mass_b[None, :])
    return Alignment(
        similarity=similarity,
        best_a=similarity.argmax(axis=1),
        best_b=similarity.argmax(axis=0),
        sentences_a=a.sentence_index or [],
        sentences_b=b.sentence_index or [],
    )


def _heaviest_chain(matches: list[tuple[int, int, float]]) -> float:
    """Weight of the heaviest chain of matches strictly increasing in both coordinates."""
    matches = sorted(matches)
    best: list[float] = []
    for k, (i, j, weight) in enumerate(matches):
        value = weight
        for m in range(k):
            if matches[m][0] < i and matches[m][1] < j and best[m] + weight > value:
                value = best[m] + weight
        best.append(value)
    return max(best, default=0.0)


def _sentence_measures(
    a: Prepared, b: Prepared, alignment: Alignment | None, threshold: float
) -> tuple[float, float, float, float, int]:
    if alignment is None:
        return 0.0, 0.0, 0.0, 0.0, 0
    sizes_a = np.asarray(a.sentence_tokens, dtype=np.float64)
    sizes_b = np.asarray(b.sentence_tokens, dtype=np.float64)
    sim = alignment.similarity
    best_a = sim.max(axis=1)
    best_b = sim.max(axis=0)
    ok_a = best_a >= threshold
    ok_b = best_b >= threshold
    coverage_a = float(sizes_a[ok_a].sum() / sizes_a.sum())
    coverage_b = float(sizes_b[ok_b].sum() / sizes_b.sum())
    chain_a = [(int(i), int(alignment.best_a[i]), float(sizes_a[i])) for i in np.flatnonzero(ok_a)]
    chain_b = [(int(alignment.best_b[j]), int(j), float(sizes_b[j])) for j in np.flatnonzero(ok_b)]
    ordered_a = _heaviest_chain(chain_a) / float(sizes_a.sum())
    ordered_b = _heaviest_chain([(j, i, w) for i, j, w in chain_b]) / float(sizes_b.sum())
    return coverage_a, coverage_b, ordered_a, ordered_b, int(ok_a.sum())


def measure(
    a: Prepared, b: Prepared, settings: Settings, alignment: Alignment | None, common_shingles: U64 | None = None
) -> Measures:
    """All measures of a pair (``common_shingles``: corpus-frequent shingles, not evidence)."""
    jaccard, cont_a, cont_b, _ = _containment(a, b)
    verbatim_a, run_a = _verbatim(a, b, common_shingles)
    verbatim_b, run_b = _verbatim(b, a, common_shingles)
    coverage_a, coverage_b, ordered_a, ordered_b, aligned = _sentence_measures(
        a, b, alignment, settings.sentence_similarity
    )
    return Measures(
        jaccard=round(jaccard, 4),
        containment=round(max(cont_a, cont_b), 4),
        containment_a=round(cont_a, 4),
        containment_b=round(cont_b, 4),
        coverage_a=round(coverage_a, 4),
        coverage_b=round(coverage_b, 4),
        ordered_a=round(ordered_a, 4),
        ordered_b=round(ordered_b, 4),
        aligned_sentences=aligned,
        verbatim_a=round(verbatim_a, 4),
        verbatim_b=round(verbatim_b, 4),
        longest_run=max(run_a, run_b),
        shared_quotes=min(_quotes_found(a, b), _quotes_found(b, a)),
        length_ratio=round(min(a.words, b.words) / max(a.words, b.words, 1), 4),
    )


def classify(a: Prepared, b: Prepared, m: Measures, settings: Settings) -> tuple[Relation, float] | None:
    """The relation the measures support, with a score in [0, 1], or ``None``."""
    if a.fingerprint == b.fingerprint and a.words:
        return Relation.EXACT, 1.0
    if m.containment >= settings.near_duplicate_containment:
        return Relation.NEAR_DUPLICATE, m.containment
    low, high = sorted((m.ordered_a, m.ordered_b))
    disorder = max(m.coverage_a - m.ordered_a, m.coverage_b - m.ordered_b)
    if disorder <= settings.rewrite_disorder:
        if low >= settings.rewrite_ordered and high >= settings.rewrite_ordered_max:
            return Relation.REWRITE, round((low + high) / 2, 4)
        if (
            m.shared_quotes >= settings.quoted_rewrite_quotes
            and low >= settings.quoted_rewrite_ordered
            and high >= settings.quoted_rewrite_ordered_max
        ):
            return Relation.REWRITE, round((low + high) / 2, 4)
    verbatim = max(m.verbatim_a, m.verbatim_b)
    min_run = settings.partial_min_run * max(a.shingle_scale, b.shingle_scale)
    if verbatim >= settings.partial_verbatim and m.longest_run >= min_run:
        return Relation.PARTIAL, verbatim
    return None
