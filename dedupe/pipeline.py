"""The table of contents: articles → prepare → MinHash-LSH candidates → verify → clusters → Report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np

from dedupe.cluster import build_clusters
from dedupe.config import Settings
from dedupe.lsh import Signer, candidate_pairs
from dedupe.models import Article, DocumentInfo, Pair, Report, Skipped, Stats
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.shingle import U64, TokenHasher
from dedupe.verify import align, classify, measure

REPORT_VERSION = 1
# A stem in at least this share of a large corpus says nothing about topic (function words of
# every language in it); below COMMON_MIN_DOCS documents the share is not meaningful.
COMMON_SHARE = 0.25
COMMON_MIN_DOCS = 50


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


def document_info(doc: Prepared) -> DocumentInfo:
    """The report's view of a prepared document."""
    article = doc.article
    return DocumentInfo(
        id=article.id,
        path=article.path,
        title=article.title,
        words=doc.words,
        date=article.date,
        url=article.url,
        fingerprint=doc.fingerprint[:16],
    )


def _topic_sets(docs: Sequence[Prepared]) -> list[U64]:
    if len(docs) < COMMON_MIN_DOCS:
        return [d.stems for d in docs]
    counts = Counter[int]()
    for doc in docs:
        counts.update(doc.stems.tolist())
    limit = COMMON_SHARE * len(docs)
    common = np.array(sorted(h for h, c in counts.items() if c >= limit), dtype=np.uint64)
    return [d.stems[~np.isin(d.stems, common)] if len(common) else d.stems for d in docs]


def find_candidates(docs: Sequence[Prepared], settings: Settings, progress: Progress) -> set[tuple[int, int]]:
    """Recall-oriented candidate pairs: copy index, topic index and identical fingerprints."""
    signer = Signer(settings.num_perm, settings.seed)
    progress.stage("signing", len(docs))
    copy_signatures = []
    for doc in docs:
        copy_signatures.append(signer.sign(doc.shingle_set) if len(doc.shingle_set) else None)
        progress.advance()
    progress.stage("copy candidates", len(docs))
    pairs = candidate_pairs(copy_signatures, settings.copy_threshold, settings.num_perm, progress.advance)
    if settings.rewrites:
        topic = _topic_sets(docs)
        progress.stage("topic candidates", len(docs))
        topic_signatures = [signer.sign(t) if len(t) else None for t in topic]
        pairs |= candidate_pairs(topic_signatures, settings.topic_threshold, settings.num_perm, progress.advance)
    by_fingerprint: dict[str, list[int]] = {}
    for index, doc in enumerate(docs):
        by_fingerprint.setdefault(doc.fingerprint, []).append(index)
    for group in by_fingerprint.values():
        pairs.update((group[0], other) for other in group[1:])
    return pairs


def verify_pairs(
    docs: Sequence[Prepared],
    candidates: Iterable[tuple[int, int]],
    settings: Settings,
    hasher: TokenHasher,
    progress: Progress,
) -> list[Pair]:
    """Exact measures and a relation for every candidate; pairs with no relation are dropped."""
    ordered = sorted(candidates)
    progress.stage("verifying", len(ordered))
    found: list[Pair] = []
    for i, j in ordered:
        a, b = docs[i], docs[j]
        if a.article.id > b.article.id:
            a, b = b, a
        sentence_grams(a, settings, hasher)
        sentence_grams(b, settings, hasher)
        measures = measure(a, b, settings, align(a, b))
        verdict = classify(a, b, measures, settings)
        if verdict is not None:
            relation, score = verdict
            found.append(Pair(a=a.article.id, b=b.article.id, relation=relation, score=round(score, 4), measures=measures))
        progress.advance()
    return sorted(found, key=lambda p: (p.a, p.b))


def find_duplicates(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress | None = None,
    skipped: Sequence[Skipped] = (),
) -> Report:
    """Scan articles and report every verified pair and the clusters they form."""
    progress = progress or _Silent()
    hasher = TokenHasher(settings.seed)
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    progress.stage("reading", len(unique))
    docs = []
    for article in sorted(unique.values(), key=lambda a: a.id):
        docs.append(prepare(article, settings, hasher))
        progress.advance()
    candidates = find_candidates(docs, settings, progress)
    pairs = verify_pairs(docs, candidates, settings, hasher, progress)
    infos = {doc.article.id: document_info(doc) for doc in docs}
    clusters = build_clusters(pairs, infos)
    stats = Stats(
        documents=len(docs),
        skipped=len(skipped),
        candidates=len(candidates),
        verified=len(candidates),
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
