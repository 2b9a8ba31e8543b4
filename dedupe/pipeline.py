"""The table of contents: articles → prepare → MinHash-LSH candidates → verify → clusters → Report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from dedupe import kernels
from dedupe.boilerplate import strip_boilerplate
from dedupe.cluster import build_clusters
from dedupe.config import Settings
from dedupe.evidence import build_evidence
from dedupe.lsh import Signer, band_params, band_slices, decode_pairs, slice_candidate_pairs
from dedupe.models import Article, DocumentInfo, Pair, Report, Skipped, Stats
from dedupe.parallel import run_chunks, shared
from dedupe.prepare import Prepared, Sketch, prepare, sentence_grams, sketch
from dedupe.shingle import U32, U64, TokenHasher
from dedupe.verify import align, classify, measure

REPORT_VERSION = 1
# A stem found in more documents than this says little about which story a text tells (function
# words of every language in the corpus, and words of very large running stories): it is left
# out of the topic signatures. Rewrites share rarer words: names, places, specific terms.
COMMON_DOCS = 50
COMMON_SHARE = 0.01


class Progress(Protocol):
    """What the core tells a progress display; the core itself prints nothing."""

    def stage(self, name: str, total: int | None) -> None:
        """A new stage begins with ``total`` steps (``None``: unknown)."""

    def advance(self, steps: int = 1) -> None:
        """``steps`` more steps of the current stage are done."""


class _Silent:
    def stage(self, name: str, total: int | None) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


@dataclass(frozen=True)
class Summary:
    """What the candidate stage keeps of a document: a few hundred bytes, no text.

    Workers prepare each article and send back only this; verification prepares the (few)
    documents of candidate pairs again, in the worker that verifies them.
    """

    fingerprint: str
    words: int
    copy_signature: U32 | None
    topic_signature: U32 | None


def document_info(article: Article, summary: Summary) -> DocumentInfo:
    """The report's view of a document."""
    return DocumentInfo(
        id=article.id,
        path=article.path,
        title=article.title,
        words=summary.words,
        date=article.date,
        url=article.url,
        fingerprint=summary.fingerprint[:16],
    )


# Corpus statistics (which stems are too common to tell topics apart) come from a sample of at
# most this many documents, taken in id order so that results are deterministic.
STEM_SAMPLE = 2_000


# A shingle in at least this many documents (and this share of them) is a stock phrase or
# boilerplate: never evidence of reuse. A story syndicated to a few dozen outlets stays below.
COMMON_SHINGLE_DOCS = 10
COMMON_SHINGLE_SHARE = 0.02


@dataclass(frozen=True)
class CorpusStatistics:
    """What a sample of the corpus says is too common to count: stems and shingles."""

    common_stems: U64
    common_shingles: U64


def corpus_statistics(articles: Sequence[Article], settings: Settings, hasher: TokenHasher) -> CorpusStatistics:
    """Stems in more than max(COMMON_DOCS, COMMON_SHARE·N) documents and shingles in at least
    max(COMMON_SHINGLE_DOCS, COMMON_SHINGLE_SHARE·N), estimated on an evenly spaced sample."""
    step = max(1, len(articles) // STEM_SAMPLE)
    sample = articles[::step]
    sketches = [sketch(article, settings, hasher) for article in sample]
    scale = len(sample) / max(1, len(articles))
    stem_limit = max(COMMON_DOCS, COMMON_SHARE * len(articles)) * scale
    shingle_limit = max(COMMON_SHINGLE_DOCS, COMMON_SHINGLE_SHARE * len(articles)) * scale
    return CorpusStatistics(
        common_stems=_frequent([s.stems for s in sketches], lambda count: count > stem_limit),
        common_shingles=_frequent([s.shingle_set for s in sketches], lambda count: count >= shingle_limit),
    )


def _frequent(sets: list[U64], keep: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.bool_]]) -> U64:
    """The values (sorted) whose number of sets ``keep`` accepts; each set holds unique values."""
    if not sets:
        return np.empty(0, dtype=np.uint64)
    values, counts = np.unique(np.concatenate(sets), return_counts=True)
    return np.asarray(values[keep(counts)], dtype=np.uint64)


def summarize(doc: Sketch, signer: Signer, common: U64) -> Summary:
    """The candidate stage's view of a prepared document: its two MinHash signatures."""
    topic = kernels.without(doc.stems, common)
    return Summary(
        fingerprint=doc.fingerprint,
        words=doc.words,
        copy_signature=signer.hashvalues(doc.shingle_set) if len(doc.shingle_set) else None,
        topic_signature=signer.hashvalues(topic) if len(topic) else None,
    )


def _slice_chunk(chunk: list[tuple[str, tuple[int, int, int]]]) -> list[U64]:
    settings: Settings = shared("settings")
    signatures: dict[str, tuple[U32, npt.NDArray[np.bool_]]] = shared("signatures")
    out = []
    for index_name, band_slice in chunk:
        threshold = settings.copy_threshold if index_name == "copy" else settings.topic_threshold
        rows = band_params(threshold, settings.num_perm)[1]
        matrix, present = signatures[index_name]
        out.append(slice_candidate_pairs(matrix, present, rows, band_slice))
    return out


def _stack(signatures: Sequence[U32 | None], num_perm: int) -> tuple[U32, npt.NDArray[np.bool_]]:
    """Signatures as one compact matrix (a row per document) and which rows are present."""
    present = np.array([s is not None for s in signatures], dtype=bool)
    matrix = np.zeros((len(signatures), num_perm), dtype=np.uint32)
    for row, values in enumerate(signatures):
        if values is not None:
            matrix[row] = values
    return matrix, present


# Estimated Jaccard of topic candidates is computed this many pairs at a time (bounded memory).
_ESTIMATE_CHUNK = 65_536


def _estimated_at_least(matrix: U32, codes: U64, threshold: float) -> U64:
    """The pairs whose signatures agree on at least ``threshold`` of their hash values."""
    kept = [np.empty(0, dtype=np.uint64)]
    for at in range(0, len(codes), _ESTIMATE_CHUNK):
        part = codes[at : at + _ESTIMATE_CHUNK]
        first, second = decode_pairs(part)
        agreement = (matrix[first] == matrix[second]).mean(axis=1)
        kept.append(part[agreement >= threshold])
    return np.concatenate(kept)


def find_candidates(summaries: Sequence[Summary], settings: Settings, progress: Progress) -> set[tuple[int, int]]:
    """Recall-oriented candidate pairs: copy index, topic index and identical fingerprints.

    Each index's bands are cut into slices, each a datasketch MinHashLSH of its own, built one
    after another or in parallel (``--jobs``); the union of their bucket pairs is the index's
    candidates.
    """
    signatures = {"copy": _stack([s.copy_signature for s in summaries], settings.num_perm)}
    if settings.rewrites:
        signatures["topic"] = _stack([s.topic_signature for s in summaries], settings.num_perm)
    work: list[tuple[str, tuple[int, int, int]]] = []
    slices = max(4, settings.workers)
    for name in signatures:
        threshold = settings.copy_threshold if name == "copy" else settings.topic_threshold
        work += [(name, band_slice) for band_slice in band_slices(threshold, settings.num_perm, slices)]
    progress.stage("LSH candidates", len(work))
    found = {name: [np.empty(0, dtype=np.uint64)] for name in signatures}
    context = {"settings": settings, "signatures": signatures}
    for (name, _), codes in zip(
        work,
        run_chunks(
            _slice_chunk, work, settings.workers, progress.advance, context, chunk=1, always=len(summaries) >= 256
        ),
        strict=True,
    ):
        found[name].append(codes)
    candidates = np.unique(np.concatenate(found["copy"]))
    if "topic" in found:
        topic = np.setdiff1d(np.unique(np.concatenate(found["topic"])), candidates, assume_unique=True)
        # LSH at a low threshold lets many weaker pairs through; keep those whose estimated
        # Jaccard reaches the threshold before the (costlier) exact verification.
        candidates = np.union1d(
            candidates, _estimated_at_least(signatures["topic"][0], topic, settings.topic_threshold)
        )
    first, second = decode_pairs(candidates)
    pairs = set(zip(first.tolist(), second.tolist(), strict=True))
    by_fingerprint: dict[str, list[int]] = {}
    for index, summary in enumerate(summaries):
        by_fingerprint.setdefault(summary.fingerprint, []).append(index)
    for group in by_fingerprint.values():
        pairs.update((group[0], other) for other in group[1:])
    return pairs


def verify_pair(
    a: Prepared, b: Prepared, settings: Settings, hasher: TokenHasher, common_shingles: U64 | None = None
) -> Pair | None:
    """Measures, relation and evidence of one candidate pair; ``None`` when they do not relate."""
    if a.article.id > b.article.id:
        a, b = b, a
    sentence_grams(a, settings, hasher)
    sentence_grams(b, settings, hasher)
    alignment = align(a, b)
    measures = measure(a, b, settings, alignment, common_shingles)
    verdict = classify(a, b, measures, settings)
    if verdict is None:
        return None
    relation, score = verdict
    passages, changes = build_evidence(a, b, alignment, relation, settings)
    return Pair(
        a=a.article.id,
        b=b.article.id,
        relation=relation,
        score=round(score, 4),
        measures=measures,
        passages=passages,
        changes=changes,
    )


_WORKER_HASHER: dict[int, TokenHasher] = {}
_WORKER_DOCS: dict[int, Prepared] = {}
_WORKER_CACHE_SIZE = 4096


def _hasher(settings: Settings) -> TokenHasher:
    return _WORKER_HASHER.setdefault(settings.seed, TokenHasher(settings.seed))


def _prepared(index: int) -> Prepared:
    """Document ``index`` of the shared articles, prepared once per worker (bounded cache)."""
    doc = _WORKER_DOCS.get(index)
    if doc is None:
        settings: Settings = shared("settings")
        if len(_WORKER_DOCS) >= _WORKER_CACHE_SIZE:
            _WORKER_DOCS.clear()
        doc = prepare(shared("articles")[index], settings, _hasher(settings))
        _WORKER_DOCS[index] = doc
    return doc


def _verify_chunk(chunk: list[tuple[int, int]]) -> list[Pair | None]:
    settings: Settings = shared("settings")
    common: U64 = shared("common_shingles")
    return [verify_pair(_prepared(i), _prepared(j), settings, _hasher(settings), common) for i, j in chunk]


def _summarize_chunk(chunk: list[Article]) -> list[Summary]:
    settings: Settings = shared("settings")
    signer: Signer = shared("signer")
    common: U64 = shared("common")
    hasher = _hasher(settings)
    return [summarize(sketch(article, settings, hasher), signer, common) for article in chunk]


def verify_pairs(
    articles: Sequence[Article],
    candidates: Iterable[tuple[int, int]],
    settings: Settings,
    progress: Progress,
    focus: Set[str] | None = None,
    common_shingles: U64 | None = None,
) -> list[Pair]:
    """Exact measures and a relation for every candidate; pairs with no relation are dropped.

    With ``focus``, only candidates involving one of those document ids are verified.
    """
    ordered = sorted(
        (i, j) for i, j in candidates if focus is None or articles[i].id in focus or articles[j].id in focus
    )
    progress.stage("verifying", len(ordered))
    _WORKER_DOCS.clear()
    found = [
        pair
        for pair in run_chunks(
            _verify_chunk,
            ordered,
            settings.workers,
            progress.advance,
            {"articles": articles, "settings": settings, "common_shingles": common_shingles},
        )
        if pair is not None
    ]
    _WORKER_DOCS.clear()
    return sorted(found, key=lambda p: (p.a, p.b))


def find_duplicates(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress | None = None,
    skipped: Sequence[Skipped] = (),
    focus: Set[str] | None = None,
) -> Report:
    """Scan articles and report every verified pair and the clusters they form.

    With ``focus`` (document ids), only pairs involving a focused document are verified and
    reported; every document still serves as a candidate.
    """
    progress = progress or _Silent()
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    unique = {article.id: article for article in strip_boilerplate(list(unique.values()))}
    ordered = sorted(unique.values(), key=lambda a: a.id)
    hasher = TokenHasher(settings.seed)
    progress.stage("corpus statistics", None)
    statistics = corpus_statistics(ordered, settings, hasher)
    progress.stage("preparing", len(ordered))
    context = {
        "settings": settings,
        "signer": Signer(settings.num_perm, settings.seed),
        "common": statistics.common_stems,
    }
    summaries = list(run_chunks(_summarize_chunk, ordered, settings.workers, progress.advance, context))
    candidates = find_candidates(summaries, settings, progress)
    pairs = verify_pairs(ordered, candidates, settings, progress, focus, statistics.common_shingles)
    infos = {article.id: document_info(article, summary) for article, summary in zip(ordered, summaries, strict=True)}
    clusters = build_clusters(pairs, infos)
    stats = Stats(
        documents=len(ordered),
        skipped=len(skipped),
        candidates=len(candidates),
        verified=len(candidates)
        if focus is None
        else sum(1 for i, j in candidates if ordered[i].id in focus or ordered[j].id in focus),
        pairs=len(pairs),
        clusters=len(clusters),
    )
    return Report(
        documents=tuple(infos[k] for k in sorted(infos)),
        pairs=tuple(pairs),
        clusters=tuple(sorted(clusters, key=lambda c: c.members[0])),
        stats=stats,
        skipped=tuple(skipped),
    )
