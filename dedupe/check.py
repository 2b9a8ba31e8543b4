"""The CI gate: which pairs of a report fail, which the baseline accepts, which entries are stale.

A pair fails when its relation is at or above ``fail_on`` and no baseline entry covers it. An
entry covers a pair when it names the same two documents, each recognised by id or, for a
document whose id is gone from the corpus (a rename), by content fingerprint. An accepted
article that was edited since (its fingerprint changed) stays covered only while the pair got
no closer: the same or a weaker relation, and a score at most ``SCORE_MARGIN`` higher.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dedupe.baseline import Baseline, BaselineEntry, accept
from dedupe.cluster import date_order
from dedupe.errors import ExitCode
from dedupe.models import DocumentInfo, Pair, Relation, Report

# How much higher an edited accepted pair may score before it counts as a closer copy: scores
# move by a few hundredths under ordinary copy-editing.
SCORE_MARGIN = 0.05


class Status(enum.StrEnum):
    """What a reported pair means for the gate."""

    FAIL = "fail"  # at or above --fail-on and not accepted: the check fails
    ACCEPTED = "accepted"  # at or above --fail-on, covered by the baseline
    INFO = "info"  # below --fail-on: reported, passes


@dataclass(frozen=True)
class Finding:
    """One pair of the report with both documents and its status."""

    pair: Pair
    a: DocumentInfo
    b: DocumentInfo
    status: Status
    a_is_newer: bool = False
    # The baseline entry that accepted this pair before one of its documents was edited and it
    # came closer (a stronger relation, or a score past the margin): why an accepted pair fails.
    outgrown: BaselineEntry | None = None

    @property
    def newer(self) -> DocumentInfo:
        """The document to blame: the later-dated one, else the changed one, else ``b``."""
        return self.a if self.a_is_newer else self.b

    @property
    def older(self) -> DocumentInfo:
        return self.a if self.newer is self.b else self.b


@dataclass(frozen=True)
class Stale:
    """A baseline entry that accepted a pair which is no longer found."""

    entry: BaselineEntry
    reason: str


@dataclass(frozen=True)
class CheckResult:
    """Everything ``dedupe check`` decided; renderers and the exit code read only this."""

    fail_on: Relation
    findings: tuple[Finding, ...]
    stale: tuple[Stale, ...]
    documents: int
    changed: frozenset[str] | None = None

    def with_status(self, status: Status) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is status)

    @property
    def failing(self) -> tuple[Finding, ...]:
        return self.with_status(Status.FAIL)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if self.failing else ExitCode.SUCCESS


class _Located(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def path(self) -> str: ...


def _normal_path(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def changed_ids(documents: Iterable[_Located], changed: Iterable[str]) -> frozenset[str]:
    """Ids of the documents read from any of the ``changed`` files (all records of a JSONL file)."""
    wanted = {_normal_path(path) for path in changed}
    return frozenset(doc.id for doc in documents if _normal_path(doc.path) in wanted)


def unread(documents: Iterable[_Located], changed: Iterable[str]) -> list[str]:
    """The ``changed`` files no document was read from (deleted by the change, or outside the
    checked paths), in the order given."""
    read = {_normal_path(doc.path) for doc in documents}
    return [path for path in changed if _normal_path(path) not in read]


def fails(pair: Pair, fail_on: Relation) -> bool:
    """Whether the pair's relation is at or above ``fail_on``."""
    return pair.relation.strength >= fail_on.strength


class _BaselineMatcher:
    """Maps the corpus's documents onto the baseline's ids, then looks pairs up."""

    def __init__(self, baseline: Baseline, documents: Iterable[DocumentInfo]) -> None:
        documents = sorted(documents, key=lambda d: d.id)
        present = {doc.id for doc in documents}
        self._entries = {entry.key: entry for entry in baseline.entries}
        known = {side for entry in baseline.entries for side in entry.key}
        # Fingerprints of accepted documents whose id is gone: a renamed file takes its old id.
        # Only gone ids can be taken over, so a new copy of an accepted article is never covered.
        gone: dict[str, list[str]] = {}
        for entry in baseline.entries:
            for side, fingerprint in ((entry.a, entry.a_fingerprint), (entry.b, entry.b_fingerprint)):
                if side not in present and side not in gone.get(fingerprint, []):
                    gone.setdefault(fingerprint, []).append(side)
        self.identity: dict[str, str] = {}
        for doc in documents:
            if doc.id in known:
                self.identity[doc.id] = doc.id
            elif gone.get(doc.fingerprint):
                self.identity[doc.id] = gone[doc.fingerprint].pop(0)
        self.used: set[tuple[str, str]] = set()
        self.outgrown: dict[tuple[str, str], BaselineEntry] = {}

    def _entry(self, a: DocumentInfo, b: DocumentInfo) -> BaselineEntry | None:
        id_a, id_b = self.identity.get(a.id), self.identity.get(b.id)
        if id_a is None or id_b is None:
            return None
        return self._entries.get((min(id_a, id_b), max(id_a, id_b)))

    def seen(self, a: DocumentInfo, b: DocumentInfo) -> None:
        """A pair found below ``--fail-on``: its entry, if any, is not stale."""
        entry = self._entry(a, b)
        if entry is not None:
            self.used.add(entry.key)

    def covers(self, pair: Pair, a: DocumentInfo, b: DocumentInfo) -> bool:
        entry = self._entry(a, b)
        if entry is None:
            return False
        id_a, id_b = self.identity[a.id], self.identity[b.id]
        self.used.add(entry.key)
        sides = {id_a: a, id_b: b}
        edited = sides[entry.a].fingerprint != entry.a_fingerprint or sides[entry.b].fingerprint != entry.b_fingerprint
        if not edited:
            return True
        if pair.relation.strength != entry.relation.strength:
            covered = pair.relation.strength < entry.relation.strength
        else:
            covered = pair.score <= entry.score + SCORE_MARGIN
        if not covered:
            self.outgrown[(pair.a, pair.b)] = entry
        return covered

    def stale(self, focus: Set[str] | None) -> list[Stale]:
        represented = set(self.identity.values())
        focused = None if focus is None else {self.identity[i] for i in focus if i in self.identity}
        found: list[Stale] = []
        for key, entry in sorted(self._entries.items()):
            if key in self.used:
                continue
            missing = [side for side in key if side not in represented]
            if missing:
                found.append(Stale(entry, f"{missing[0]} is no longer in the corpus"))
            elif focused is None or focused & set(key):
                found.append(Stale(entry, "the pair is no longer found"))
        return found


def _a_is_newer(a: DocumentInfo, b: DocumentInfo, changed: Set[str] | None) -> bool:
    """Which side a pair is reported on, as clusters pick their origin (``cluster._origin``): the
    later date in time; an article with no date after one with a date; else the one among the
    changed files (which may be the origin: what changed is what a pre-commit check asks about);
    else the shorter text; else ``b``."""
    if a.date and b.date and date_order(a.date) != date_order(b.date):
        # in time, not as strings; the order clusters pick their origin by
        return date_order(a.date) > date_order(b.date)
    if bool(a.date) != bool(b.date):
        return not a.date
    if changed is not None and (a.id in changed) != (b.id in changed):
        return a.id in changed
    return a.words < b.words


def check_report(
    report: Report,
    fail_on: Relation = Relation.REWRITE,
    baseline: Baseline | None = None,
    changed: Set[str] | None = None,
) -> CheckResult:
    """Decide the status of every pair; with ``changed``, only pairs involving those ids count."""
    documents = {doc.id: doc for doc in report.documents}
    matcher = _BaselineMatcher(baseline, report.documents) if baseline is not None else None
    findings = []
    for pair in report.pairs:
        if changed is not None and pair.a not in changed and pair.b not in changed:
            continue
        a, b = documents[pair.a], documents[pair.b]
        if not fails(pair, fail_on):
            status = Status.INFO
            if matcher is not None:
                matcher.seen(a, b)
        elif matcher is not None and matcher.covers(pair, a, b):
            status = Status.ACCEPTED
        else:
            status = Status.FAIL
        outgrown = matcher.outgrown.get((pair.a, pair.b)) if matcher is not None else None
        findings.append(Finding(pair, a, b, status, _a_is_newer(a, b, changed), outgrown))
    return CheckResult(
        fail_on=fail_on,
        findings=tuple(findings),
        stale=tuple(matcher.stale(changed)) if matcher is not None else (),
        documents=len(report.documents),
        changed=frozenset(changed) if changed is not None else None,
    )


def accepted_baseline(result: CheckResult) -> Baseline:
    """The baseline that accepts every pair of ``result`` at or above its ``fail_on``."""
    return Baseline.of(accept(f.pair, f.a, f.b) for f in result.findings if f.status is not Status.INFO)


RELATION_VERB = {
    Relation.EXACT: "exact copy of",
    Relation.NEAR_DUPLICATE: "near-duplicate of",
    Relation.REWRITE: "rewrite of",
    Relation.PARTIAL: "partial reuse of",
}


def describe(finding: Finding) -> str:
    """``rewrite of <older> (score 0.6876)``: the finding as seen from its newer document; for a
    pair the baseline accepted before an edit brought it closer, what it accepted."""
    text = f"{RELATION_VERB[finding.pair.relation]} {location(finding.older)} (score {round(finding.pair.score, 4)})"
    if finding.outgrown is not None:
        entry = finding.outgrown
        text += f"; the baseline accepted {entry.relation.value} {entry.score} before an edit brought them closer"
    return text


def location(doc: DocumentInfo) -> str:
    """Where a reader finds the document: its path, plus ``#record`` for one of several articles
    of a file (a JSON Lines record, a feed item, an element of a JSON list, whatever the file's
    name): the part of its id after the file's name and "#"."""
    marker = Path(doc.path).name + "#"
    if marker in doc.id:
        return doc.path + "#" + doc.id.split(marker, 1)[1]
    return doc.path
