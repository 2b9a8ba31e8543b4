"""The table of contents: articles → prepare → MinHash-LSH candidates → verify → clusters → Report."""

from __future__ import annotations

import math
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field, replace
from typing import Protocol, overload

import numpy as np
import numpy.typing as npt
from xxhash import xxh3_128_digest

from dedupe import kernels
from dedupe.boilerplate import BoilerplateFinder, Removals, blank, strip_frame
from dedupe.cluster import build_clusters
from dedupe.config import Settings
from dedupe.evidence import build_evidence
from dedupe.kernels import F64
from dedupe.loose import loose_documents, related_to, settle_loose
from dedupe.lsh import Signer, band_params, band_slices, decode_pairs, shifted_slices, slice_candidate_pairs
from dedupe.models import Article, DocumentInfo, Measures, Pair, Relation, Report, Skipped, Stats
from dedupe.parallel import collector_paused, collector_settled, run_chunks, shared
from dedupe.prepare import (
    Prepared,
    Sketch,
    formula_of,
    prepare,
    sentence_grams,
    sign,
    sketch,
    topic_stems,
    without_formula,
)
from dedupe.shingle import U32, U64, TokenHasher
from dedupe.store import TextStore
from dedupe.verify import Alignment, align, classify, measure, numbers_apart, text_numbers

REPORT_VERSION = 1
# A stem found in more documents than this says little about which story a text tells (function
# words of every language in the corpus, and words of very large running stories): it is left
# out of the topic signatures. Rewrites share rarer words: names, places, specific terms.
COMMON_DOCS = 50
COMMON_SHARE = 0.01
# A pair found by the topic index alone is verified only when the exact Jaccard similarity of
# the two documents' topic stems reaches this share of ``topic_threshold``. Among millions of
# documents, some unrelated pairs get signatures that agree by chance (an estimate over 0.1 for
# an exact 0.02): at 1M generated articles, a third of all candidates; their exact similarity is
# far below (99.8 % under 0.1, median 0.05) while every related pair measured reaches 0.12 or
# more. Below 1, a pair near the threshold keeps the benefit of the doubt.
TOPIC_CONFIRM = 0.8


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
class Signatures:
    """What the candidate stage keeps of documents, a row each: compact arrays, no text.

    Workers sketch each article and send back only this (about 1 KB a document); verification
    prepares the (few) documents of candidate pairs again, in the worker that verifies them.
    A document without shingles (or without topic stems) has no row in that index: its
    ``*_present`` entry is false.
    """

    fingerprints: list[str]
    words: npt.NDArray[np.int64]
    copy: U32
    copy_present: npt.NDArray[np.bool_]
    topic: U32
    topic_present: npt.NDArray[np.bool_]

    @classmethod
    def empty(cls, count: int, num_perm: int) -> Signatures:
        """Room for ``count`` documents."""
        return cls(
            fingerprints=[""] * count,
            words=np.zeros(count, dtype=np.int64),
            copy=np.zeros((count, num_perm), dtype=np.uint32),
            copy_present=np.zeros(count, dtype=bool),
            topic=np.zeros((count, num_perm), dtype=np.uint32),
            topic_present=np.zeros(count, dtype=bool),
        )

    @classmethod
    def of(cls, sketches: Sequence[Sketch], signer: Signer, common: U64) -> Signatures:
        """The signatures of sketched documents; stems in ``common`` are left out of topics."""
        out = cls.empty(len(sketches), signer.num_perm)
        for row, doc in enumerate(sketches):
            out.fingerprints[row] = doc.fingerprint
            out.words[row] = doc.words
            if len(doc.shingle_set):
                out.copy[row] = signer.hashvalues(doc.shingle_set)
                out.copy_present[row] = True
            topic = kernels.without(doc.stems, common)
            if len(topic):
                out.topic[row] = signer.hashvalues(topic)
                out.topic_present[row] = True
        return out

    @classmethod
    def of_articles(cls, articles: Sequence[Article], settings: Settings, signer: Signer, common: U64) -> Signatures:
        """The signatures of articles, each sketched and signed in one compiled call (``sign``);
        ``of(sketch(…))`` where numba is missing."""
        out = cls.empty(len(articles), signer.num_perm)
        for row, article in enumerate(articles):
            signed = sign(article, settings, signer.permutations, common, out.copy[row], out.topic[row])
            if signed is None:
                out.put(row, cls.of([sketch(article, settings)], signer, common))
                continue
            out.fingerprints[row], out.words[row], out.copy_present[row], out.topic_present[row] = signed
        return out

    def without_signatures(self) -> Signatures:
        """The same documents with empty signature matrices (fingerprints and word counts kept)."""
        empty = np.zeros((0, self.copy.shape[1]), dtype=np.uint32)
        return replace(
            self, copy=empty, copy_present=self.copy_present[:0], topic=empty, topic_present=self.topic_present[:0]
        )

    def put(self, first: int, part: Signatures) -> None:
        """Copy ``part`` into rows ``first`` onwards."""
        rows = slice(first, first + len(part.fingerprints))
        self.fingerprints[rows] = part.fingerprints
        for name in ("words", "copy", "copy_present", "topic", "topic_present"):
            getattr(self, name)[rows] = getattr(part, name)


class Corpus(Sequence[Article]):
    """The scan's documents in id order: their small fields in memory, their texts in a
    ``TextStore`` (on disk for large corpora), boilerplate blanked as a text is read back.

    ``corpus[i]`` is the whole article; ``corpus.shells[i]`` the same without its text.
    """

    def __init__(self, shells: list[Article], store: TextStore, text_of: list[int], removals: Removals) -> None:
        self.shells = shells
        self._store = store
        self._text_of = text_of
        self._removals = removals

    def __len__(self) -> int:
        return len(self.shells)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...

    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        stored = self._text_of[index]
        return blank(self.with_text(self.shells[index], self._store.get(stored)), self._removals.of(stored))

    @staticmethod
    def with_text(article: Article, text: str) -> Article:
        """``replace(article, text=text)``, a few times faster: every document comes through here
        (its shell when read, its text each time it is read back)."""
        fields = getattr(article, "__dict__", None)
        if fields is None:  # a dataclass with slots
            return replace(article, text=text)
        # A copy of the fields: a frozen dataclass has no __post_init__ or checks to run again.
        copy = object.__new__(type(article))
        copy.__dict__.update(fields)
        copy.__dict__["text"] = text
        return copy


def read_corpus(
    articles: Iterable[Article], store: TextStore, progress: Progress, workers: int | None = None
) -> Corpus:
    """Every article once (the first of those sharing an id), its text into ``store``; then the
    corpus's boilerplate lines, found over all texts: by ``workers`` processes (default: every
    core) measuring the texts already stored while the next ones are read."""
    progress.stage("reading", None)
    shells: list[Article] = []
    seen: set[str] = set()
    with BoilerplateFinder(store, Settings().workers if workers is None else workers) as boilerplate:
        for article in articles:
            if article.id in seen:
                continue
            seen.add(article.id)
            store.add(article.text)
            boilerplate.texts_added()
            shells.append(Corpus.with_text(article, ""))
            progress.advance()
        store.finish()
        progress.stage("boilerplate", None)
        boilerplate.all_added()
        # Sorted while the workers measure the last texts.
        ids = [shell.id for shell in shells]
        order = sorted(range(len(shells)), key=ids.__getitem__)
        removals = boilerplate.removals()
    return Corpus([shells[index] for index in order], store, order, removals)


def document_info(article: Article, signatures: Signatures, row: int) -> DocumentInfo:
    """The report's view of a document."""
    return DocumentInfo(
        id=article.id,
        path=article.path,
        title=article.title,
        words=int(signatures.words[row]),
        date=article.date,
        url=article.url,
        fingerprint=signatures.fingerprints[row][:16],
    )


# Corpus statistics (which stems are too common to tell topics apart) come from a sample of at
# most this many documents, taken in id order so that results are deterministic.
STEM_SAMPLE = 2_000


# A shingle in at least this many documents (and this share of them) is a stock phrase or
# boilerplate: never evidence of reuse. The copies of a story count as one document (a family,
# ``_family_sizes``): a story syndicated to fifty outlets stays below.
COMMON_SHINGLE_DOCS = 10
COMMON_SHINGLE_SHARE = 0.02


# A shingle is a formula when at least this many documents have it (as large a share of the
# sample in a larger corpus: at least 2 of them), and at least FORMULA_RATIO times as many as the
# family of the largest family among them (``_formula``). 3: an agency's week has 3-5 items of
# one kind (weather warnings, appointments, verdicts), each a family of 1; a story's copies make
# a family of 2 or more, so its text needs 6 or more documents that are no copies of one another.
FORMULA_DOCS = 3
FORMULA_RATIO = 3
# In fewer than FORMULA_DOCS_ANY_SHARE documents, only when every document that has it has at
# least FORMULA_SHARE of its shingles in as many documents (items of a formula: 0.1-0.7 in the
# reviewer's feeds; a story a paragraph of which three outlets lifted: 0.05). In more, a notice
# paragraph repeated on the pages of a manual is one however long the pages. There a document's
# shingles count in as many documents beyond its own family, and at least FORMULA_RATIO of the
# documents must be families of 1 (a group of items one of which was reposted is a formula).
FORMULA_SHARE = 0.1
FORMULA_DOCS_ANY_SHARE = 6


@dataclass(frozen=True)
class CorpusStatistics:
    """What a sample of the corpus says is too common to count: stems and shingles; and formulas,
    the wording an agency's items of one kind share whatever they report (``_formula``)."""

    common_stems: U64
    common_shingles: U64
    common_numbers: frozenset[str] = frozenset()
    formula_shingles: U64 = field(default_factory=lambda: np.empty(0, dtype=np.uint64))


def corpus_statistics(articles: Sequence[Article], settings: Settings, hasher: TokenHasher) -> CorpusStatistics:
    """Stems in more than max(COMMON_DOCS, COMMON_SHARE·N) documents, and shingles and numbers in
    at least max(COMMON_SHINGLE_DOCS, COMMON_SHINGLE_SHARE·N), estimated on an evenly spaced
    sample. Stems and shingles count a family of copies as one document (each copy as a share of
    one); numbers count every document (a story's figures restated by fifty sites say little of
    which text took them from which)."""
    step = max(1, len(articles) // STEM_SAMPLE)
    sample = range(0, len(articles), step)
    sketches = [sketch(articles[index], settings, hasher) for index in sample]
    scale = len(sample) / max(1, len(articles))
    stem_limit = max(COMMON_DOCS, COMMON_SHARE * len(articles)) * scale
    shingle_limit = max(COMMON_SHINGLE_DOCS, COMMON_SHINGLE_SHARE * len(articles)) * scale
    shingle_sets = [s.shingle_set for s in sketches]
    # Copies of one story count as one document: a wire story reposted by fifty sites is one
    # story's wording, not the corpus's common words, and its rewrites and the pieces lifting
    # its paragraphs must still be found (``_family_sizes``).
    counted = _Counted.of(shingle_sets)
    weights = 1.0 / _family_sizes(counted, COPY_QUANTILE)
    number_counts = Counter(number for index in sample for number in text_numbers(articles[index].text))
    return CorpusStatistics(
        common_stems=_frequent([s.stems for s in sketches], lambda count: count > stem_limit + _SUMMED, weights),
        common_shingles=_frequent(counted, lambda count: count >= shingle_limit - _SUMMED, weights),
        common_numbers=frozenset(number for number, count in number_counts.items() if count >= shingle_limit - _SUMMED),
        formula_shingles=_formula(
            counted,
            max(2, math.ceil(FORMULA_DOCS * scale)),
            max(2, math.ceil(FORMULA_DOCS_ANY_SHARE * scale)),
        ),
    )


# Counts summed from fractions of a document (``1 / family size``) are off by rounding errors:
# they are compared with a limit this much on the generous side of it.
_SUMMED = 1e-6


# The corpus statistics discount only copies (``_family_sizes`` at this quantile): documents of
# which 19 shingles in 20 at least are in as many documents. Items of one template share most of
# their wording too (a weather alert's province, kind and figures are a fifth of its shingles or
# more): read as copies, their template's words were no longer common, and every pair of them
# aligned as a rewrite (a review's 60 alerts: 25 more false links).
COPY_QUANTILE = 0.05


@dataclass(frozen=True)
class _Counted:
    """Sets of values (each unique) counted once for the statistics that read them: the distinct
    values, each set's values as indices into them, each value's count of sets, each set's size,
    and each count's set; and each set's counts sorted (``spread_by_set``)."""

    values: U64
    inverse: npt.NDArray[np.intp]
    counts: npt.NDArray[np.intp]
    sizes: npt.NDArray[np.intp]
    document: npt.NDArray[np.intp]
    spread_by_set: npt.NDArray[np.intp]

    @classmethod
    def of(cls, sets: list[U64]) -> _Counted:
        sizes = np.fromiter(map(len, sets), dtype=np.intp, count=len(sets))
        joined = np.concatenate(sets) if sets else np.empty(0, dtype=np.uint64)
        values, inverse, counts = np.unique(joined, return_inverse=True, return_counts=True)
        document = np.repeat(np.arange(len(sets)), sizes)
        spread = counts[inverse]
        return cls(values, inverse, counts, sizes, document, spread[np.lexsort((spread, document))])


def _family_sizes(sets: list[U64] | _Counted, quantile: float = 0.25) -> npt.NDArray[np.int64]:
    """Each document's family size: how many documents have a typical shingle of it (the
    ``quantile`` of its shingles' counts among ``sets``, the lower quartile by default), 1 for an
    article of its own (or one without shingles), 20 for each of 20 syndicated copies of a
    story, however their sites frame them."""
    counted = sets if isinstance(sets, _Counted) else _Counted.of(sets)
    sizes = counted.sizes
    family = np.ones(len(sizes), dtype=np.int64)
    if not len(sizes) or not sizes.sum():
        return family
    starts = np.cumsum(sizes) - sizes
    at = starts + ((sizes - 1) * quantile).astype(np.intp)
    filled = sizes > 0
    family[filled] = counted.spread_by_set[at[filled]]
    return family


def _formula(sets: list[U64] | _Counted, minimum: int, any_share: int | None = None) -> U64:
    """Shingles of formulas (sorted): wording that many documents share although they are not
    copies of one another. Agencies write their items of one kind from a template ("… held a
    phone call with …, the two sides exchanged views on …", condolences, verdicts): two such
    items share sentences that align, and report different events.

    A document's family size is how many documents have a typical shingle of it (the lower
    quartile of its shingles' counts): 1 for an article of its own, 20 for each of 20 syndicated
    copies. A shingle is a formula when at least ``minimum`` documents have it, and at least
    ``FORMULA_RATIO`` times as many as the largest family size among those documents: the text
    of a story reposted 20 times is in 20 documents of families of 20, no formula; a story's
    sentence that its copies, a rewrite and a partial reuse keep is in a family of 3 or more,
    no formula either; a sentence of a template is in items that are each a family of 1.
    In fewer than ``any_share`` documents (default: ``minimum``), every document that has it
    must also be written in good part from such shingles: at least ``FORMULA_SHARE`` of its
    shingles in ``minimum`` documents or more beyond its own family. An item of a formula is
    (its template is much of it); a story whose paragraph three outlets lifted is not (the
    paragraph is a small part of it), so the outlets' partial reuse stays evidence. There, at
    least ``FORMULA_RATIO`` of the documents must each be a family of 1, instead of the ratio
    to the largest family: one item of a group reposted once does not hide the group.
    """
    counted = sets if isinstance(sets, _Counted) else _Counted.of(sets)
    sizes = counted.sizes
    if not len(sizes) or not sizes.sum():
        return np.empty(0, dtype=np.uint64)
    values, inverse, counts = counted.values, counted.inverse, counted.counts
    if not (counts >= minimum).any():
        return np.empty(0, dtype=np.uint64)
    document = counted.document
    spread = counts[inverse]
    family = _family_sizes(counted)
    # Per frequent shingle, the largest family size of the documents that have it.
    frequent = spread >= minimum
    shingle, families = inverse[frequent], family[document[frequent]]
    # Per frequent shingle, also the least share, among its documents, of a document's shingles
    # that are in ``minimum`` documents beyond its own family (its copies do not make a formula).
    beyond = spread >= minimum + family[document] - 1
    share = np.bincount(document[beyond], minlength=len(sizes)) / np.maximum(sizes, 1)
    shares = share[document[frequent]]
    order = np.lexsort((families, shingle))
    shingle, families, shares = shingle[order], families[order], shares[order]
    first = np.flatnonzero(np.r_[True, shingle[1:] != shingle[:-1]])
    size = np.diff(np.r_[first, len(shingle)])
    largest = families[first + size - 1]
    least_share = np.minimum.reduceat(shares, first)
    # How many of its documents are each a family of one.
    alone = np.add.reduceat((families == 1).astype(np.int64), first)
    many = size >= (minimum if any_share is None else any_share)
    chosen = shingle[first][
        (many & (size >= FORMULA_RATIO * largest)) | (~many & (least_share >= FORMULA_SHARE) & (alone >= FORMULA_RATIO))
    ]
    return np.asarray(values[chosen], dtype=np.uint64)


def _frequent(
    sets: list[U64] | _Counted, keep: Callable[[npt.NDArray[np.float64]], npt.NDArray[np.bool_]], weights: F64
) -> U64:
    """The values (sorted) whose number of sets, each counting its weight, ``keep`` accepts; each
    set holds unique values."""
    counted = sets if isinstance(sets, _Counted) else _Counted.of(sets)
    if not len(counted.sizes):
        return np.empty(0, dtype=np.uint64)
    per_value = np.repeat(weights, counted.sizes)
    found: F64 = np.asarray(np.bincount(counted.inverse, per_value, len(counted.values)), dtype=np.float64)
    return np.asarray(counted.values[keep(found)], dtype=np.uint64)


def _slice_chunk(chunk: list[tuple[str, tuple[int, int, int]]]) -> list[U64]:
    settings: Settings = shared("settings")
    signatures: dict[str, tuple[U32, npt.NDArray[np.bool_]]] = shared("indexes")
    out = []
    for index_name, band_slice in chunk:
        threshold = settings.copy_threshold if index_name == "copy" else settings.topic_threshold
        rows = band_params(threshold, settings.num_perm)[1]
        matrix, present = signatures[index_name]
        # The low-threshold topic index lets many weak pairs through: keep those whose
        # estimated Jaccard reaches the threshold before the (costlier) exact verification.
        agreement = settings.topic_threshold if index_name == "topic" else 0.0
        out.append(slice_candidate_pairs(matrix, present, rows, band_slice, agreement))
    return out


def find_candidates(documents: Signatures, settings: Settings, progress: Progress) -> set[tuple[int, int]]:
    """Recall-oriented candidate pairs: copy index, topic index and identical fingerprints."""
    pairs, _ = candidate_pairs(documents, settings, progress)
    return pairs


def candidate_pairs(
    documents: Signatures, settings: Settings, progress: Progress
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Every candidate pair (copy index, topic index, identical fingerprints), and those of them
    that only the topic index found (to confirm on the exact stems, ``TOPIC_CONFIRM``).

    Each index's bands are cut into slices, each a datasketch MinHashLSH of its own, built one
    after another or in parallel (``--jobs``); the union of their bucket pairs is the index's
    candidates.
    """
    signatures = {"copy": (documents.copy, documents.copy_present)}
    if settings.rewrites:
        signatures["topic"] = (documents.topic, documents.topic_present)
    work: list[tuple[str, tuple[int, int, int]]] = []
    slices = max(4, settings.workers)
    for name in signatures:
        threshold = settings.copy_threshold if name == "copy" else settings.topic_threshold
        index_slices = band_slices(threshold, settings.num_perm, slices)
        work += [(name, band_slice) for band_slice in index_slices]
        if name == "topic":
            work += [(name, band_slice) for band_slice in shifted_slices(index_slices, settings.num_perm)]
    progress.stage("LSH candidates", len(work))
    found = {name: [np.empty(0, dtype=np.uint64)] for name in signatures}
    context = {"settings": settings, "indexes": signatures}
    for (name, _), codes in zip(
        work,
        run_chunks(
            _slice_chunk, work, settings.workers, progress.advance, context, chunk=1, always=len(documents.words) >= 256
        ),
        strict=True,
    ):
        found[name].append(codes)
    copy = np.unique(np.concatenate(found["copy"]))
    topic = np.unique(np.concatenate(found.get("topic", [np.empty(0, dtype=np.uint64)])))
    pairs = _decoded(np.union1d(copy, topic))
    by_fingerprint: dict[str, list[int]] = {}
    for index, fingerprint in enumerate(documents.fingerprints):
        by_fingerprint.setdefault(fingerprint, []).append(index)
    fingerprinted = {(group[0], other) for group in by_fingerprint.values() for other in group[1:]}
    pairs |= fingerprinted
    topic_only = _decoded(np.setdiff1d(topic, copy, assume_unique=True)) - fingerprinted
    return pairs, topic_only


def _decoded(codes: U64) -> set[tuple[int, int]]:
    first, second = decode_pairs(codes)
    return set(zip(first.tolist(), second.tolist(), strict=True))


def verify_pair(
    a: Prepared,
    b: Prepared,
    settings: Settings,
    hasher: TokenHasher,
    common_shingles: U64 | None = None,
    common_numbers: frozenset[str] = frozenset(),
    formula: U64 | None = None,
) -> Pair | None:
    """Measures, relation and evidence of one candidate pair; ``None`` when they do not relate.
    (``formula``: the corpus's formula shingles (``_formula``): a rewrite whose two sides both
    have some is measured again with them left out of their sentences. They belong in
    ``common_shingles`` too: no verbatim evidence either.)"""
    if a.article.id > b.article.id:
        a, b = b, a
    a, b, alignment, measures, verdict = _verdict(a, b, settings, hasher, common_shingles, common_numbers, formula)
    if verdict is not None and verdict[0] is Relation.PARTIAL:
        framed = strip_frame(a.article, b.article)
        if framed is not None:
            # Two pages of one site share its frame, which is no evidence of reuse
            # (``boilerplate.shared_frame``): what they share without it decides.
            a, b = prepare(framed[0], settings, hasher), prepare(framed[1], settings, hasher)
            a, b, alignment, measures, verdict = _verdict(
                a, b, settings, hasher, common_shingles, common_numbers, formula
            )
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


def _verdict(
    a: Prepared,
    b: Prepared,
    settings: Settings,
    hasher: TokenHasher,
    common_shingles: U64 | None,
    common_numbers: frozenset[str],
    formula: U64 | None,
) -> tuple[Prepared, Prepared, Alignment | None, Measures, tuple[Relation, float] | None]:
    """``verify_pair``'s reading of two documents: the documents measured (without the formula's
    wording, for two items of one formula), their alignment, measures and relation."""
    sentence_grams(a, settings, hasher)
    sentence_grams(b, settings, hasher)
    alignment = align(a, b)
    measures = measure(a, b, settings, alignment, common_shingles, common_numbers)
    verdict = classify(a, b, measures, settings)
    if (
        verdict is not None
        and verdict[0] in (Relation.REWRITE, Relation.PARTIAL)
        and formula is not None
        and len(np.intersect1d(formula_of(a, formula), formula_of(b, formula), assume_unique=True))
        >= FORMULA_SHARE * min(len(a.shingle_set), len(b.shingle_set))
    ):
        # Two items of one formula align on its wording: what is left must align. (A rewrite of
        # an item words the formula its own way, and the two have little of it in common: not a
        # good part of the smaller side, ``FORMULA_SHARE``, as two items have.) Their numbers
        # are then those outside the formula's wording (a template's hotline and hours are in
        # every item).
        a, b = without_formula(a, settings, formula), without_formula(b, settings, formula)
        alignment = align(a, b)
        measures = measure(a, b, settings, alignment, common_shingles, common_numbers)
        verdict = classify(a, b, measures, settings)
        if verdict is not None and verdict[0] is Relation.PARTIAL and numbers_apart(measures, settings):
            # Two items that took the same variant of the template (the hotline given one way
            # rather than the other) share it verbatim, each with its own figures: an item
            # lifted from another states the other's.
            verdict = None
    return a, b, alignment, measures, verdict


_WORKER_HASHER: dict[int, TokenHasher] = {}
# Prepared documents a worker keeps, least recently used dropped first. Pairs come by connected
# component (``by_component``): a document is needed again within its component's pairs, and
# only a component of more documents than this prepares some of them more than once. (About
# 150 KB a document: 150 MB a worker at most.)
_WORKER_DOCS: OrderedDict[int, Prepared] = OrderedDict()
_WORKER_CACHE_SIZE = 1024
# Topic stems of the documents of pairs found by the topic index alone (a few KB a document).
_WORKER_STEMS: OrderedDict[int, U64] = OrderedDict()
_WORKER_STEMS_SIZE = 4096


def _hasher(settings: Settings) -> TokenHasher:
    return _WORKER_HASHER.setdefault(settings.seed, TokenHasher(settings.seed))


# Each document's text, as a hash: documents of one text (verbatim copies of a wire story on
# many sites) are verified alike, whatever their names. Pairs of two texts found unrelated are
# kept (up to _WORKER_UNRELATED_SIZE, then forgotten all at once): a story syndicated to twenty
# sites and another one that shares its topic make 400 candidate pairs of one verdict.
_WORKER_TEXT_KEYS: OrderedDict[int, bytes] = OrderedDict()
_WORKER_TEXT_KEYS_SIZE = 65536
_WORKER_ARTICLES: OrderedDict[int, Article] = OrderedDict()
_WORKER_ARTICLES_SIZE = 64
_WORKER_UNRELATED: set[tuple[bytes, bytes, bool]] = set()
_WORKER_UNRELATED_SIZE = 1 << 18  # (about 40 MB)


def _article(index: int) -> Article:
    """Document ``index`` of the shared articles (the last few read kept), its text's key noted."""
    article = _WORKER_ARTICLES.get(index)
    if article is None:
        if len(_WORKER_ARTICLES) >= _WORKER_ARTICLES_SIZE:
            _WORKER_ARTICLES.popitem(last=False)
        article = _WORKER_ARTICLES[index] = shared("corpus")[index]
        if index not in _WORKER_TEXT_KEYS:
            if len(_WORKER_TEXT_KEYS) >= _WORKER_TEXT_KEYS_SIZE:
                _WORKER_TEXT_KEYS.popitem(last=False)
            _WORKER_TEXT_KEYS[index] = xxh3_128_digest(article.text.encode("utf-8", "surrogatepass"))
    return article


def _text_key(index: int) -> bytes:
    key = _WORKER_TEXT_KEYS.get(index)
    if key is None:
        _article(index)
        key = _WORKER_TEXT_KEYS[index]
    return key


def _prepared(index: int) -> Prepared:
    """Document ``index`` of the shared articles, prepared once per worker (bounded cache)."""
    doc = _WORKER_DOCS.get(index)
    if doc is not None:
        _WORKER_DOCS.move_to_end(index)
        return doc
    settings: Settings = shared("settings")
    if len(_WORKER_DOCS) >= _WORKER_CACHE_SIZE:
        _WORKER_DOCS.popitem(last=False)
    doc = prepare(_article(index), settings, _hasher(settings))
    _WORKER_DOCS[index] = doc
    return doc


def _topic_stems(index: int) -> U64:
    """Document ``index``'s topic stems (sorted, common stems left out), kept once per worker."""
    stems = _WORKER_STEMS.get(index)
    if stems is None:
        settings: Settings = shared("settings")
        if len(_WORKER_STEMS) >= _WORKER_STEMS_SIZE:
            _WORKER_STEMS.popitem(last=False)
        found = topic_stems(_article(index), settings)
        stems = _WORKER_STEMS[index] = found[~kernels.sorted_in(found, shared("common_stems"))]
    return stems


def _clear_worker_caches() -> None:
    for cache in (_WORKER_DOCS, _WORKER_STEMS, _WORKER_TEXT_KEYS, _WORKER_ARTICLES, _WORKER_UNRELATED):
        cache.clear()


def topic_confirmed(a: U64, b: U64, settings: Settings) -> bool:
    """Whether two sets of topic stems (sorted, unique) have an exact Jaccard similarity of at
    least ``TOPIC_CONFIRM`` times the topic index's threshold."""
    shared_stems = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - shared_stems
    # Rounded: 0.8 × 0.1 is 0.08000000000000002 in floating point, and 2 of 25 stems is 0.08.
    return union > 0 and shared_stems / union >= round(TOPIC_CONFIRM * settings.topic_threshold, 9)


def _verify_chunk(chunk: list[tuple[int, int, bool]]) -> list[Pair | None]:
    settings: Settings = shared("settings")
    common: U64 = shared("common_shingles")
    numbers: frozenset[str] = shared("common_numbers")
    formula: U64 = shared("formula_shingles")
    out: list[Pair | None] = []
    for i, j, confirm in chunk:
        # Two texts verify alike whichever documents hold them, and whichever side is ``a``.
        key_i, key_j = _text_key(i), _text_key(j)
        key = (min(key_i, key_j), max(key_i, key_j), confirm)
        if key in _WORKER_UNRELATED:
            out.append(None)
            continue
        if confirm and not topic_confirmed(_topic_stems(i), _topic_stems(j), settings):
            pair = None
        else:
            pair = verify_pair(_prepared(i), _prepared(j), settings, _hasher(settings), common, numbers, formula)
        if pair is None:
            if len(_WORKER_UNRELATED) >= _WORKER_UNRELATED_SIZE:
                _WORKER_UNRELATED.clear()
            _WORKER_UNRELATED.add(key)
        out.append(pair)
    return out


def _signatures_chunk(chunk: list[int]) -> list[Signatures]:
    settings: Settings = shared("settings")
    corpus: Corpus = shared("corpus")
    # One result per chunk: the chunk's rows as arrays (pickled back once, compactly).
    return [Signatures.of_articles([corpus[index] for index in chunk], settings, shared("signer"), shared("common"))]


def sign_corpus(corpus: Corpus, settings: Settings, statistics: CorpusStatistics, progress: Progress) -> Signatures:
    """Every document's fingerprint, word count and MinHash signatures, sketched by the workers."""
    progress.stage("preparing", len(corpus))
    context = {
        "settings": settings,
        "signer": Signer(settings.num_perm, settings.seed),
        "common": statistics.common_stems,
        "corpus": corpus,
    }
    documents = Signatures.empty(len(corpus), settings.num_perm)
    first = 0
    for part in run_chunks(_signatures_chunk, range(len(corpus)), settings.workers, progress.advance, context):
        documents.put(first, part)
        first += len(part.fingerprints)
    return documents


def by_component(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs ordered so that those sharing documents come together: by connected component
    (the component of the lowest document first), then by pair. A worker then prepares each
    document of a component once, instead of once per pair spread over the whole list."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in pairs:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return sorted(pairs, key=lambda pair: (root(pair[0]), pair))


def verify_pairs(
    corpus: Corpus,
    candidates: Iterable[tuple[int, int]],
    settings: Settings,
    progress: Progress,
    focus: Set[str] | None = None,
    statistics: CorpusStatistics | None = None,
    confirm: Set[tuple[int, int]] = frozenset(),
) -> list[Pair]:
    """Exact measures and a relation for every candidate; pairs with no relation are dropped.

    With ``focus``, only candidates involving one of those document ids are verified. Pairs in
    ``confirm`` (found by the topic index alone) are first checked on their exact topic stems
    (``topic_confirmed``, common stems from ``statistics``) and dropped when below.
    """
    shells = corpus.shells
    ordered = by_component(
        [(i, j) for i, j in candidates if focus is None or shells[i].id in focus or shells[j].id in focus]
    )
    progress.stage("verifying", len(ordered))
    empty = np.empty(0, dtype=np.uint64)
    context = {
        "corpus": corpus,
        "settings": settings,
        "common_shingles": np.union1d(statistics.common_shingles, statistics.formula_shingles)
        if statistics is not None
        else None,
        "formula_shingles": statistics.formula_shingles if statistics is not None else empty,
        "common_stems": statistics.common_stems if statistics is not None else empty,
        "common_numbers": statistics.common_numbers if statistics is not None else frozenset(),
    }
    _clear_worker_caches()
    try:
        found = [
            pair
            for pair in run_chunks(
                _verify_chunk,
                [(i, j, (i, j) in confirm) for i, j in ordered],
                settings.workers,
                progress.advance,
                context,
            )
            if pair is not None
        ]
    finally:
        _clear_worker_caches()
    return sorted(found, key=lambda p: (p.a, p.b))


# The most pairs a check verifies, beyond its own, to settle the loose rewrites it found.
LOOSE_CONTEXT_PAIRS = 2000


def _loose_context(
    corpus: Corpus,
    candidates: Iterable[tuple[int, int]],
    pairs: list[Pair],
    settings: Settings,
    focus: Set[str] | None,
    statistics: CorpusStatistics,
    confirm: Set[tuple[int, int]],
) -> list[Pair]:
    """With ``focus``, the pairs a full scan would have verified that ``settle_loose`` needs to
    judge the loose rewrites found: the other candidates of their documents (a borrower may follow
    another story better), then those among every document related to them (a copy and its
    original are one group). Verified, not reported. Without ``focus``, all are at hand.

    At most ``LOOSE_CONTEXT_PAIRS`` in all (a story reposted by thousands of sites would make
    millions of pairs among its copies): past that, the second step, then the first, is left out
    and the loose links are settled on what the check verified (a borrower then keeps its link to
    the copy it follows best rather than to every copy)."""
    if focus is None:
        return []
    loose = loose_documents(pairs, settings)
    if not loose:
        return []
    ids = corpus.shells
    rest = [(i, j) for i, j in candidates if ids[i].id not in focus and ids[j].id not in focus]
    first = [(i, j) for i, j in rest if ids[i].id in loose or ids[j].id in loose]
    if not first or len(first) > LOOSE_CONTEXT_PAIRS:
        return []
    found = verify_pairs(corpus, first, settings, _Silent(), None, statistics, confirm)
    related = related_to([*pairs, *found], loose)
    done = set(first)
    second = [(i, j) for i, j in rest if ids[i].id in related and ids[j].id in related and (i, j) not in done]
    if not second or len(first) + len(second) > LOOSE_CONTEXT_PAIRS:
        return found
    return found + verify_pairs(corpus, second, settings, _Silent(), None, statistics, confirm)


def find_duplicates(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress | None = None,
    skipped: Sequence[Skipped] = (),
    focus: Set[str] | Callable[[], Set[str]] | None = None,
) -> Report:
    """Scan articles and report every verified pair and the clusters they form.

    ``articles`` is read once, as it comes (a generator streams a large corpus through: texts
    go to a ``TextStore``). With ``focus`` (document ids, or a function giving them once every
    article is read), only pairs involving a focused document are verified and reported; every
    document still serves as a candidate.
    """
    progress = progress or _Silent()
    with TextStore() as store:
        corpus = read_corpus(articles, store, progress, settings.workers)
        with collector_settled():
            if callable(focus):
                focus = focus()
            hasher = TokenHasher(settings.seed)
            progress.stage("corpus statistics", None)
            statistics = corpus_statistics(corpus, settings, hasher)
            documents = sign_corpus(corpus, settings, statistics, progress)
            candidates, topic_only = candidate_pairs(documents, settings, progress)
            # The signature matrices (1 KB a document) are not needed past this point: freed
            # before verification forks its workers.
            documents = documents.without_signatures()
            # The results coming back (tens of thousands of pairs, each many small objects) make no
            # cycles: walking them again and again as they pile up would take the main process's
            # time from the workers.
            with collector_paused():
                pairs = verify_pairs(corpus, candidates, settings, progress, focus, statistics, topic_only)
                context = _loose_context(corpus, candidates, pairs, settings, focus, statistics, topic_only)
    pairs = settle_loose(pairs, settings, context)
    shells = corpus.shells
    infos = {shell.id: document_info(shell, documents, row) for row, shell in enumerate(shells)}
    clusters = build_clusters(pairs, infos)
    stats = Stats(
        documents=len(shells),
        skipped=len(skipped),
        candidates=len(candidates),
        verified=len(candidates)
        if focus is None
        else sum(1 for i, j in candidates if shells[i].id in focus or shells[j].id in focus),
        pairs=len(pairs),
        clusters=len(clusters),
    )
    return Report(
        documents=tuple(infos[k] for k in sorted(infos)),
        pairs=tuple(pairs),
        clusters=tuple(sorted(clusters, key=lambda c: c.members[0])),
        stats=stats,
        # In the order of the inputs' names, as documents are: not the order they were given in.
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.line or 0, s.reason))),
    )
