"""Frozen result types: what was read, how pairs relate, clusters and the report."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Relation(enum.StrEnum):
    """How two articles relate, strongest first."""

    EXACT = "exact"
    NEAR_DUPLICATE = "near-duplicate"
    REWRITE = "rewrite"
    PARTIAL = "partial"

    @property
    def strength(self) -> int:
        """Higher is stronger: exact 4 … partial 1."""
        return {"exact": 4, "near-duplicate": 3, "rewrite": 2, "partial": 1}[self.value]

    @property
    def merges_clusters(self) -> bool:
        """Partial reuse is reported but does not make two articles the same story."""
        return self is not Relation.PARTIAL


@dataclass(frozen=True)
class Article:
    """One article as read from an input, before any processing.

    ``text`` is the body only (front matter and feed wrappers removed); ``body_offset`` is where
    the body starts in the source as it was read, so evidence offsets can point into the file.
    """

    id: str
    path: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    body_offset: int = 0


@dataclass(frozen=True)
class Passage:
    """Two aligned passages, as ``[start, end)`` character offsets into each original text."""

    a: tuple[int, int]
    b: tuple[int, int]
    kind: str
    similarity: float


@dataclass(frozen=True)
class Change:
    """A fact that differs inside aligned passages: a number, a date or a quotation."""

    kind: str
    a: tuple[int, int] | None
    b: tuple[int, int] | None
    text_a: str = ""
    text_b: str = ""


@dataclass(frozen=True)
class Measures:
    """Exact measures of one candidate pair, all in [0, 1] except counts."""

    jaccard: float
    containment: float
    containment_a: float
    containment_b: float
    coverage_a: float
    coverage_b: float
    ordered_a: float
    ordered_b: float
    aligned_sentences: int
    weak_ordered_a: float
    weak_ordered_b: float
    verbatim_a: float
    verbatim_b: float
    longest_run: int
    shared_quotes: int
    own_quotes_a: int
    own_quotes_b: int
    rare_order: float
    length_ratio: float
    numbers_a: int = 0
    numbers_b: int = 0
    shared_numbers: int = 0
    own_numbers_a: int = 0
    own_numbers_b: int = 0
    numbers_in_both: int = 0
    conflicting_numbers: int = 0


@dataclass(frozen=True)
class Pair:
    """A verified relation between documents ``a`` and ``b`` (``a < b``)."""

    a: str
    b: str
    relation: Relation
    score: float
    measures: Measures
    passages: tuple[Passage, ...] = ()
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Cluster:
    """Articles that are one story republished; ``origin`` is the earliest or most complete."""

    id: str
    members: tuple[str, ...]
    origin: str
    relation: Relation


@dataclass(frozen=True)
class DocumentInfo:
    """What the report says about each document that was scanned."""

    id: str
    path: str
    title: str
    words: int
    date: str = ""
    url: str = ""
    fingerprint: str = ""


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class Stats:
    """Counts describing a scan (no timings: the report must be deterministic)."""

    documents: int
    skipped: int
    candidates: int
    verified: int
    pairs: int
    clusters: int


@dataclass(frozen=True)
class Report:
    """Everything a scan found."""

    documents: tuple[DocumentInfo, ...]
    pairs: tuple[Pair, ...]
    clusters: tuple[Cluster, ...]
    stats: Stats
    skipped: tuple[Skipped, ...] = field(default=())
