"""Settings of a scan: every threshold in one frozen dataclass with documented defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from dedupe.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Thresholds and knobs. Defaults were calibrated on labelled data (see README, Calibration).

    Candidate stage (MinHash-LSH, recall-oriented):
      shingle_size: words per shingle for copy detection.
      num_perm: MinHash permutations.
      copy_threshold: LSH Jaccard threshold on word shingles (finds copies and near copies).
      topic_threshold: LSH Jaccard threshold on content-word stems (finds rewrites; low on
        purpose: verification decides).
      rewrites: also look for rewrites (the topic index); off = copies and partial reuse only.

    Verification (exact measures on each candidate pair):
      near_duplicate_containment: share of the smaller side's shingles found in the other.
      sentence_similarity: weighted Dice of two sentences' character grams to align them.
      rewrite_ordered: in-order aligned share of each side needed for a rewrite.
      rewrite_ordered_max: in-order aligned share of the better-covered side.
      rewrite_disorder: most aligned text allowed *out of order* on either side (coverage minus
        in-order share); independent reports align scattered sentences, rewrites follow the order.
      quoted_rewrite_ordered / quoted_rewrite_ordered_max / quoted_rewrite_quotes: a looser
        rewrite is accepted when at least this many quotations (4+ words) are shared verbatim
        and the in-order shares reach these lower bounds. One shared quotation alone never is.
      weak_sentence_similarity: a weaker similarity at which sentences also count as aligned for
        loose rewrites (``weak_ordered_a``/``weak_ordered_b``); a rewrite that condenses and merges
        sentences keeps their content with fewer of their words.
      loose_rewrite_ordered / loose_rewrite_origin / loose_rewrite_rare_order: a loose rewrite is
        accepted when one side (the borrower) has quotations, every one found verbatim in the
        other (an independent report quotes people of its own), they share at least one, the
        in-order shares at the weak similarity reach ``loose_rewrite_ordered`` on the borrower
        and ``loose_rewrite_origin`` on the other side, and their shared rare tokens come in the
        same order for at least ``loose_rewrite_rare_order`` of them (``rare_order``). A borrower
        keeps such links only to the story it follows best (``dedupe.loose``).
      quotes_apart_ordered: when each side has a quotation (4+ words) the other does not have
        verbatim and they share none (``verify.quotes_apart``), a rewrite must follow the other
        in order over at least this share of its better-covered side. A rewrite repeats its
        source's quotations or quotes nobody; two agency items of one formula (a leader's phone
        calls) read as rewrites of each other but each quotes its own statement. A rewrite
        that follows sentence by sentence (a quotation reworded, or transliterated, as between
        Simplified and Traditional Chinese) is one whatever its quotations.
      partial_verbatim: share of one side's unquoted text in verbatim runs shared with the other.
      partial_min_run: the longest shared verbatim run (tokens) a partial reuse must contain.
      numbers_min / numbers_shared: when both sides state at least ``numbers_min`` distinct
        numbers (outside quotations, in sentences both sides have, too short to align or mostly
        numbers), a near-duplicate or rewrite must share at least ``numbers_shared`` of the
        smaller side's (equal or rounded); otherwise a rewrite is no relation and a near-duplicate
        at most partial reuse. Template stories (market reports, results, weather, exchange rates)
        repeat one wording with other numbers: a copy or rewrite keeps its source's numbers.
      numbers_any: when both sides state at least this many such numbers, but fewer than
        ``numbers_min``, a rewrite must share at least one (0: never; a near-duplicate, mostly
        verbatim, with its few figures updated is still a copy). 2: one number each (a dateline's
        day) says too little, and a rewrite may restate its one figure. Agency items of one kind (phone
        calls, condolences, verdicts) are written from one formula with another date, count or
        sentence in each; a copy or rewrite of one states its figures.
      numbers_own: a rewrite is no relation when each side states at least this many numbers the
        other states nowhere (outside quotations) and more of them than the two both state
        (0: never). A rewrite tells its source's figures; two items of one formula, or two
        reports of one event, each bring figures of their own.
      numbers_conflicts: a rewrite is no relation when the sentences that align one to one state at
        least this many quantities otherwise (``conflicting_numbers``: "6 fishermen" / "3
        fishermen", "9 December" / "3 December"; 0: never). A rewrite restates its source's
        figures; an item of the same formula about another day, place or crew states others in
        the same words.
    """

    shingle_size: int = 5
    num_perm: int = 128
    copy_threshold: float = 0.5
    topic_threshold: float = 0.1
    rewrites: bool = True
    near_duplicate_containment: float = 0.8
    sentence_similarity: float = 0.3
    rewrite_ordered: float = 0.5
    rewrite_ordered_max: float = 0.7
    rewrite_disorder: float = 0.2
    quoted_rewrite_ordered: float = 0.3
    quoted_rewrite_ordered_max: float = 0.4
    quoted_rewrite_quotes: int = 3
    weak_sentence_similarity: float = 0.2
    loose_rewrite_ordered: float = 0.3
    loose_rewrite_origin: float = 0.2
    loose_rewrite_rare_order: float = 0.25
    quotes_apart_ordered: float = 0.85
    partial_verbatim: float = 0.1
    partial_min_run: int = 20
    numbers_min: int = 5
    numbers_any: int = 2
    numbers_own: int = 2
    numbers_conflicts: int = 2
    numbers_shared: float = 0.5
    min_sentence_tokens: int = 4
    seed: int = 1
    jobs: int = 0

    def __post_init__(self) -> None:
        for name in (
            "copy_threshold",
            "topic_threshold",
            "near_duplicate_containment",
            "sentence_similarity",
            "rewrite_ordered",
            "rewrite_ordered_max",
            "quoted_rewrite_ordered",
            "quoted_rewrite_ordered_max",
            "weak_sentence_similarity",
            "loose_rewrite_ordered",
            "loose_rewrite_origin",
            "loose_rewrite_rare_order",
            "quotes_apart_ordered",
            "partial_verbatim",
            "numbers_shared",
        ):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ConfigError(f"{name.replace('_', '-')} must be in (0, 1], got {value}")
        # A bound on disorder: 0 allows none (every aligned sentence in order).
        if not 0.0 <= self.rewrite_disorder <= 1.0:
            raise ConfigError(f"rewrite-disorder must be in [0, 1], got {self.rewrite_disorder}")
        least_of = {"shingle_size": 1, "num_perm": 16, "partial_min_run": 1, "quoted_rewrite_quotes": 2}
        for name, least in least_of.items():
            if getattr(self, name) < least:
                raise ConfigError(f"{name.replace('_', '-')} must be >= {least}, got {getattr(self, name)}")
        if self.numbers_min < 1:
            raise ConfigError(f"numbers-min must be >= 1, got {self.numbers_min}")
        if self.numbers_any < 0:
            raise ConfigError(f"numbers-any must be >= 0 (0: never), got {self.numbers_any}")
        if self.numbers_own < 0:
            raise ConfigError(f"numbers-own must be >= 0 (0: never), got {self.numbers_own}")
        if self.numbers_conflicts < 0:
            raise ConfigError(f"numbers-conflicts must be >= 0 (0: never), got {self.numbers_conflicts}")
        if self.jobs < 0:
            raise ConfigError(f"jobs must be >= 0 (0 = all cores), got {self.jobs}")

    @property
    def workers(self) -> int:
        """Worker processes to use: ``jobs``, or every available core when it is 0."""
        if self.jobs:
            return self.jobs
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not on Linux
            return max(1, os.cpu_count() or 1)

    def as_dict(self) -> dict[str, object]:
        """Settings that change results (``jobs`` does not), for caches and reports."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "jobs"}
