"""Union-find clusters over verified links that make two articles the same story."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import xxhash

from dedupe.models import Cluster, DocumentInfo, Pair, Relation


class UnionFind:
    """Disjoint sets over string keys, with path halving and union by size."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._size: dict[str, int] = {}

    def find(self, key: str) -> str:
        """The representative of ``key``'s set."""
        parent = self._parent
        if key not in parent:
            parent[key] = key
            self._size[key] = 1
            return key
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Merge the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]

    def groups(self) -> list[list[str]]:
        """Every set, members sorted, sets sorted by first member."""
        out: dict[str, list[str]] = {}
        for key in self._parent:
            out.setdefault(self.find(key), []).append(key)
        return sorted((sorted(members) for members in out.values()), key=lambda g: g[0])


_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


def date_order(date: str) -> tuple[int, ...]:
    """A sort key that puts dates in time order: ``(0, microseconds since 1970 UTC)``, and
    ``(1,)`` for a date that is neither ISO 8601 nor RFC 2822 (after every date that is).

    Dates come as written in front matter, JSON fields and feeds: ``2025-10-20``,
    ``2025-10-20T09:00+02:00``, ``2025-10-20T08:30:00Z``, ``Mon, 13 Oct 2025 09:00:00 +0000``. A
    date alone is its midnight UTC, and a time with no offset is taken as UTC (feed items' dates
    are given in UTC).
    """
    text = date.strip()
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        try:
            instant = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return (1,)
    offset = instant.utcoffset() or timedelta(0)
    # In whole microseconds, not as datetimes: moving year 1 or 9999 to UTC would overflow.
    return (0, (instant.replace(tzinfo=None) - _EPOCH) // _MICROSECOND - offset // _MICROSECOND)


def _origin(members: list[str], docs: Mapping[str, DocumentInfo]) -> str:
    dated = [m for m in members if docs[m].date]
    if dated:
        return min(dated, key=lambda m: (date_order(docs[m].date), -docs[m].words, m))
    return min(members, key=lambda m: (-docs[m].words, m))


def build_clusters(pairs: Iterable[Pair], docs: Mapping[str, DocumentInfo]) -> list[Cluster]:
    """Connected components over exact / near-duplicate / rewrite links (partial does not merge).

    A cluster's relation is the weakest link that holds it together; its origin is the
    earliest dated member (``date_order``), else the longest text.
    """
    links = [p for p in pairs if p.relation.merges_clusters]
    forest = UnionFind()
    weakest: dict[str, Relation] = {}
    for pair in links:
        forest.union(pair.a, pair.b)
    for pair in links:
        root = forest.find(pair.a)
        current = weakest.get(root)
        if current is None or pair.relation.strength < current.strength:
            weakest[root] = pair.relation
    clusters = []
    for members in forest.groups():
        origin = _origin(members, docs)
        relation = weakest[forest.find(members[0])]
        cluster_id = xxhash.xxh64_hexdigest("\x1f".join(members).encode("utf-8", "surrogatepass"))[:12]
        clusters.append(Cluster(id=cluster_id, members=tuple(members), origin=origin, relation=relation))
    return clusters
