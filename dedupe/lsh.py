"""MinHash signatures and MinHash-LSH candidate pairs: the only module that imports datasketch."""

from __future__ import annotations

import functools

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


def band_slices(threshold: float, num_perm: int, slices: int) -> list[tuple[int, int, int]]:
    """The LSH bands for a threshold cut into up to ``slices`` groups: (first perm, end, bands)."""
    bands, rows = band_params(threshold, num_perm)
    per_slice = -(-bands // max(1, slices))
    out = []
    for first_band in range(0, bands, per_slice):
        count = min(per_slice, bands - first_band)
        out.append((first_band * rows, (first_band + count) * rows, count))
    return out


def band_keys(block: npt.NDArray[np.uint32]) -> npt.NDArray[np.void]:
    """Each row's bucket key in one band: the bytes ``MinHashLSH`` makes of those hash values
    (byte-swapped, as its ``_H`` does), one fixed-size value per row."""
    swapped = np.ascontiguousarray(block.byteswap())
    return swapped.view(np.dtype((np.void, swapped.itemsize * block.shape[1]))).ravel()


def encode_pairs(first: npt.NDArray[np.int64], second: npt.NDArray[np.int64]) -> U64:
    """Pairs ``(i, j)``, ``i < j``, as one sortable 64-bit code each: ``i << 32 | j``."""
    return (first.astype(np.uint64) << np.uint64(32)) | second.astype(np.uint64)


def decode_pairs(codes: U64) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The inverse of ``encode_pairs``."""
    return (codes >> np.uint64(32)).astype(np.int64), (codes & np.uint64(0xFFFFFFFF)).astype(np.int64)


def _bucket_pairs(members: list[int]) -> U64:
    ordered = np.array(sorted(members), dtype=np.int64)
    first, second = np.triu_indices(len(ordered), 1)
    return encode_pairs(ordered[first], ordered[second])


def slice_candidate_pairs(
    signatures: npt.NDArray[np.uint32],
    present: npt.NDArray[np.bool_],
    rows: int,
    band_slice: tuple[int, int, int],
) -> U64:
    """Candidate pairs (``encode_pairs`` codes, sorted, unique) of one group of bands.

    The group is a datasketch ``MinHashLSH`` of its own (``params=(bands, rows)``) over that
    slice of each present signature (a row of ``signatures``). Only buckets that two or more
    documents share go into its tables: the documents are grouped by bucket key with one
    numpy sort per band, and a bucket of one document can never make a pair, so its Python
    set (the index's whole cost in time and memory) is never built. The pairs are read back
    from the index's buckets. Slices run one after another or in parallel; their union is the
    whole index's candidates.
    """
    start, _, bands = band_slice
    lsh = MinHashLSH(num_perm=bands * rows, params=(bands, rows))
    ids = np.flatnonzero(present)
    found = [np.empty(0, dtype=np.uint64)]
    for band, table in enumerate(lsh.hashtables):
        first = start + band * rows
        keys = band_keys(signatures[ids, first : first + rows])
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        if not len(ordered):
            continue
        boundary = np.ones(len(ordered), dtype=bool)
        boundary[1:] = ordered[1:] != ordered[:-1]
        starts = np.flatnonzero(boundary)
        sizes = np.diff(np.append(starts, len(ordered)))
        for at, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
            key = ordered[at].tobytes()
            table.insert(key, *ids[order[at : at + size]].tolist())
            found.append(_bucket_pairs(list(table.get(key))))
    return np.unique(np.concatenate(found))
