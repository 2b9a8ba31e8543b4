"""MinHash signatures and MinHash-LSH candidate pairs: the only module that imports datasketch."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dedupe import kernels
from dedupe.shingle import U64


def _identity(value: int) -> int:
    # Inputs are already 32-bit hashes (xxhash of tokens, combined into shingles).
    return value


class Signer:
    """Builds datasketch MinHash signatures of hashed sets with one shared set of permutations.

    The permutations are datasketch's own (``MinHash(num_perm, seed)``); the signature is
    computed for the whole set in one vectorised pass, exactly as ``MinHash.update_batch``
    does for the "affine32" scheme, and returned as a datasketch ``LeanMinHash``.
    """

    def __init__(self, num_perm: int, seed: int) -> None:
        template = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)
        if template.scheme != "affine32":  # pragma: no cover - datasketch changed its default
            raise RuntimeError(f"unexpected datasketch MinHash scheme {template.scheme!r}")
        self.seed = seed
        self.num_perm = num_perm
        self._a = template.permutations[0].astype(np.uint32)
        self._b = template.permutations[1].astype(np.uint32)
        self._empty = template.hashvalues.astype(np.uint32)

    def hashvalues(self, hashes: U64) -> npt.NDArray[np.uint32]:
        """The signature's hash values of a set given as 64-bit hashes."""
        return kernels.minhash(hashes, self._a, self._b, self._empty)

    def lean(self, hashvalues: npt.NDArray[np.uint32] | None) -> LeanMinHash | None:
        """A datasketch ``LeanMinHash`` from hash values computed by ``hashvalues``."""
        if hashvalues is None:
            return None
        return LeanMinHash(seed=self.seed, hashvalues=hashvalues, scheme="affine32")


@functools.lru_cache(maxsize=32)
def band_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for a threshold, computed once per process (it is slow)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def _bucket_pairs(lsh: MinHashLSH) -> set[tuple[int, int]]:
    """Every pair sharing a bucket in any band, read bucket by bucket from the index's tables:
    the same pairs as querying each signature, without one query per document."""
    pairs: set[tuple[int, int]] = set()
    for table in lsh.hashtables:
        for bucket in table.keys():  # noqa: SIM118 - a datasketch storage, not a dict
            members = sorted(table.get(bucket))
            if len(members) > 1:
                pairs.update(itertools.combinations(members, 2))
    return pairs


def band_slices(threshold: float, num_perm: int, slices: int) -> list[tuple[int, int, int]]:
    """The LSH bands for a threshold cut into up to ``slices`` groups: (first perm, end, bands)."""
    bands, rows = band_params(threshold, num_perm)
    per_slice = -(-bands // max(1, slices))
    out = []
    for first_band in range(0, bands, per_slice):
        count = min(per_slice, bands - first_band)
        out.append((first_band * rows, (first_band + count) * rows, count))
    return out


def slice_candidate_pairs(
    signatures: Sequence[npt.NDArray[np.uint32] | None],
    seed: int,
    rows: int,
    band_slice: tuple[int, int, int],
) -> set[tuple[int, int]]:
    """Candidate pairs of one group of bands: a datasketch MinHashLSH over that slice of each
    signature (``params=(bands, rows)``). Slices can run one after another (bounded memory) or
    in parallel; their union is the whole index's candidates."""
    start, end, bands = band_slice
    lsh = MinHashLSH(num_perm=end - start, params=(bands, rows))
    with lsh.insertion_session() as session:
        for index, values in enumerate(signatures):
            if values is not None:
                lean = LeanMinHash(seed=seed, hashvalues=values[start:end], scheme="affine32")
                session.insert(index, lean, check_duplication=False)
    return _bucket_pairs(lsh)
