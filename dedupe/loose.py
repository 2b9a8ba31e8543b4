"""Loose rewrites compete for their borrower: the verified pairs, less the loose links a borrower
follows less well than another story's text.

The loose-rewrite rule (``verify._loose_rewrite``) reads a *borrower*: a text that quotes nobody
the other does not, and follows the other's order at the weak sentence similarity. A condensed
rewrite of an agency story reads that way against the story; so can the same rewrite against an
independent report of the event that happens to carry the quotations the rewrite kept (the
officials everyone quotes). A rewrite draws on one story's text, though. So, for each borrower,
the documents it is related to (copies of it aside) are grouped by what links them otherwise
(copies, close rewrites, partial reuse: every relation but loose rewrites), and its loose links
survive only to the group it follows best (``verify.loose_strength``, the best pair of the
group). A close rewrite or a copy is never dropped. Where each side reads as the other's borrower
(neither quotes anyone the other does not: two outlets' reports of one press release with its one
quotation), the side followed over more of its length borrows; a tie is kept. The result does not
depend on the order of the pairs.

``dedupe check --changed`` verifies only the changed documents' pairs; for the loose links among
them it also verifies (without reporting) the other candidates of their documents and the pairs
among every document related to those, so that it settles them as a scan does
(``pipeline._loose_context``). ``dedupe diff`` judges two articles alone and has no other group to
compare with.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from dedupe.cluster import UnionFind
from dedupe.config import Settings
from dedupe.models import Pair, Relation
from dedupe.verify import loose_borrowers, loose_only, loose_strength


def settle_loose(pairs: Sequence[Pair], settings: Settings, context: Sequence[Pair] = ()) -> list[Pair]:
    """``pairs`` without the loose rewrites their borrower follows less well than another group.

    Two rounds: the loose links kept in the first join the groups of the second, so that a loose
    rewrite counts with the story it rewrites (a close rewrite of that story borrowing from it
    loosely then follows its own group). ``context``: more verified pairs that take part but are
    not returned (a check of some documents verifies only their pairs: the pairs among the others
    that group them come here).
    """
    every = [*pairs, *context]
    loose = [_is_loose(p, settings) for p in every]
    if not any(loose[: len(pairs)]):
        return list(pairs)
    # Who borrows from whom, and each document's rewrites with their strengths: the same in both
    # rounds (only the groups change).
    borrowing = [_borrowing(p, settings) if is_loose else None for p, is_loose in zip(every, loose, strict=True)]
    rewrites: dict[str, list[tuple[str, float]]] = {}
    for pair in every:
        if pair.relation is Relation.REWRITE:
            strength = loose_strength(pair.measures)
            rewrites.setdefault(pair.a, []).append((pair.b, strength))
            rewrites.setdefault(pair.b, []).append((pair.a, strength))
    kept = [not is_loose for is_loose in loose]
    for _ in range(2):
        kept = _settle(every, kept, borrowing, rewrites)
    return [pair for pair, keep in zip(pairs, kept, strict=False) if keep]


def _borrowing(pair: Pair, settings: Settings) -> tuple[str, str] | None:
    """(borrower, source) of a loose rewrite, ``None`` when neither side is the one borrower."""
    m = pair.measures
    borrows_a, borrows_b = loose_borrowers(m, settings)
    if borrows_a and borrows_b and m.weak_ordered_a != m.weak_ordered_b:
        # Each side quotes only what the other does: the one more of which follows the other
        # borrows (a condensed text is followed over more of its length).
        borrows_a, borrows_b = m.weak_ordered_a > m.weak_ordered_b, m.weak_ordered_b > m.weak_ordered_a
    if borrows_a == borrows_b:
        return None
    return (pair.a, pair.b) if borrows_a else (pair.b, pair.a)


def _settle(
    pairs: Sequence[Pair],
    joined: list[bool],
    borrowing: list[tuple[str, str] | None],
    rewrites: dict[str, list[tuple[str, float]]],
) -> list[bool]:
    """Which pairs stay, the groups made by the ``joined`` pairs (``borrowing``: each pair's
    borrower and source, if a loose rewrite; ``rewrites``: each document's, with strengths).

    A loose link from borrower B to source S stays when no rewrite of B outside S's group is
    followed better. Not counted against S: a document of B's own group that itself borrows
    loosely from S's group (two rewrites of one story, close to each other, are no other story).
    Copies and partial reuse do not compete (a shared background paragraph is no source).
    """
    groups = UnionFind()
    for pair, join in zip(pairs, joined, strict=True):
        if join:
            groups.union(pair.a, pair.b)
    # The groups each document borrows from loosely.
    sources: dict[str, set[str]] = {}
    for found in borrowing:
        if found is not None:
            sources.setdefault(found[0], set()).add(groups.find(found[1]))

    def stays(borrower: str, source: str) -> bool:
        own, group = groups.find(borrower), groups.find(source)
        best_there, best_elsewhere = 0.0, 0.0
        for other, strength in rewrites[borrower]:
            where = groups.find(other)
            if where == group:
                best_there = max(best_there, strength)
            elif not (where == own and group in sources.get(other, ())):
                best_elsewhere = max(best_elsewhere, strength)
        return best_there >= best_elsewhere

    return [found is None or stays(*found) for found in borrowing]


def loose_documents(pairs: Sequence[Pair], settings: Settings) -> set[str]:
    """The documents of the pairs that stand on the loose-rewrite rule alone."""
    return {side for p in pairs if _is_loose(p, settings) for side in (p.a, p.b)}


def related_to(pairs: Sequence[Pair], documents: Set[str]) -> set[str]:
    """``documents`` and every document a pair relates to one of them."""
    return set(documents) | {other for p in pairs for doc, other in ((p.a, p.b), (p.b, p.a)) if doc in documents}


def _is_loose(pair: Pair, settings: Settings) -> bool:
    return pair.relation is Relation.REWRITE and loose_only(pair.measures, settings)
