"""The table of contents: articles → prepare → MinHash-LSH candidates → verify → clusters → Report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence, Set
from typing import Protocol

import numpy as np

from dedupe.boilerplate import strip_boilerplate
from dedupe.cluster import build_clusters
from dedupe.config import Settings
from dedupe.evidence import build_evidence
from dedupe.lsh import Signer, candidate_pairs, estimate_jaccard
from dedupe.models import Article, DocumentInfo, Pair, Report, Skipped, Stats
from dedupe.parallel import run_chunks, shared
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.shingle import U64, TokenHasher
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
    counts = Counter[int]()
    for doc in docs:
        counts.update(doc.stems.tolist())
    limit = max(COMMON_DOCS, COMMON_SHARE * len(docs))
    common = np.array(sorted(h for h, c in counts.items() if c > limit), dtype=np.uint64)
    if not len(common):
        return [d.stems for d in docs]
    return [d.stems[~np.isin(d.stems, common, assume_unique=True)] for d in docs]


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
        found = candidate_pairs(topic_signatures, settings.topic_threshold, settings.num_perm, progress.advance)
        # LSH at a low threshold lets many weaker pairs through; keep those whose estimated
        # Jaccard reaches the threshold before the (costlier) exact verification.
        pairs |= {
            (i, j)
            for i, j in found
            if estimate_jaccard(topic_signatures[i], topic_signatures[j]) >= settings.topic_threshold
        }
    by_fingerprint: dict[str, list[int]] = {}
    for index, doc in enumerate(docs):
        by_fingerprint.setdefault(doc.fingerprint, []).append(index)
    for group in by_fingerprint.values():
        pairs.update((group[0], other) for other in group[1:])
    return pairs


def verify_pair(a: Prepared, b: Prepared, settings: Settings, hasher: TokenHasher) -> Pair | None:
    """Measures, relation and evidence of one candidate pair; ``None`` when they do not relate."""
    if a.article.id > b.article.id:
        a, b = b, a
    sentence_grams(a, settings, hasher)
    sentence_grams(b, settings, hasher)
    alignment = align(a, b)
    measures = measure(a, b, settings, alignment)
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


def _hasher(settings: Settings) -> TokenHasher:
    return _WORKER_HASHER.setdefault(settings.seed, TokenHasher(settings.seed))


def _verify_chunk(chunk: list[tuple[int, int]]) -> list[Pair | None]:
    docs: Sequence[Prepared] = shared("docs")
    settings: Settings = shared("settings")
    return [verify_pair(docs[i], docs[j], settings, _hasher(settings)) for i, j in chunk]


def _prepare_chunk(chunk: list[Article]) -> list[Prepared]:
    settings: Settings = shared("settings")
    return [prepare(article, settings, _hasher(settings)) for article in chunk]


def verify_pairs(
    docs: Sequence[Prepared],
    candidates: Iterable[tuple[int, int]],
    settings: Settings,
    progress: Progress,
    focus: Set[str] | None = None,
) -> list[Pair]:
    """Exact measures and a relation for every candidate; pairs with no relation are dropped.

    With ``focus``, only candidates involving one of those document ids are verified.
    """
    ordered = sorted(
        (i, j) for i, j in candidates if focus is None or docs[i].article.id in focus or docs[j].article.id in focus
    )
    progress.stage("verifying", len(ordered))
    found = [
        pair
        for pair in run_chunks(
            _verify_chunk, ordered, settings.workers, progress.advance, {"docs": docs, "settings": settings}
        )
        if pair is not None
    ]
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
    progress.stage("preparing", len(unique))
    ordered = sorted(unique.values(), key=lambda a: a.id)
    docs = list(run_chunks(_prepare_chunk, ordered, settings.workers, progress.advance, {"settings": settings}))
    candidates = find_candidates(docs, settings, progress)
    pairs = verify_pairs(docs, candidates, settings, progress, focus)
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
