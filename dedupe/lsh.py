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

    @property
    def permutations(self) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
        """datasketch's ``a`` and ``b`` per permutation and the empty signature, as 32-bit values."""
        return self._a, self._b, self._empty

    def lean(self, hashvalues: npt.NDArray[np.uint32] | None) -> LeanMinHash | None:
        """A datasketch ``LeanMinHash`` from hash values computed by ``hashvalues``."""
        if hashvalues is None:
            return None
        return LeanMinHash(seed=self.seed, hashvalues=hashvalues, scheme="affine32")


@functools.lru_cache(maxsize=32)
def band_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for a threshold, computed once per process (it is slow).

    Near a threshold of 1 (above 0.98 with 128 permutations, above 0.86 with 16) datasketch's optimum
    is a single band, which its own index refuses: those thresholds get two bands of as many
    rows as the permutations allow, the best banding of two bands or more (the one datasketch
    chooses just below). A pair of equal sets shares every band, so it is always a candidate.
    """
    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    except ValueError:
        if not 0.0 <= threshold <= 1.0 or num_perm < 4:
            raise
        lsh = MinHashLSH(num_perm=num_perm, params=(2, num_perm // 2))
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


def shifted_slices(slices: list[tuple[int, int, int]], num_perm: int) -> list[tuple[int, int, int]]:
    """``slices`` (``band_slices``) with every band one permutation later, the last band left out
    where it would run past the signature: a second banding of the same signatures.

    The topic index's threshold (0.1) takes bands of 2 values, 64 of 128 permutations: a pair of
    topic Jaccard 0.15 shares a band with probability 0.77, one of 0.1 with 0.47 (a loose
    rewrite in Chinese or Polish is at 0.10–0.17). The bands of the shifted banding pair each
    value with its other neighbour; with both, 0.92 and 0.69 (measured by simulation), nearly
    what 256 permutations would give (0.95, 0.72), without hashing anything again."""
    out = []
    for first, end, count in slices:
        rows = (end - first) // count
        bands = count - (end + 1 > num_perm)
        if bands:
            out.append((first + 1, first + 1 + bands * rows, bands))
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


# A bucket with more documents than this (thousands of near-identical texts) yields pairs of its
# first document (in row order) with each other one, not every pair: clusters still form through
# the first, and the number of pairs stays linear.
MAX_BUCKET = 2_000


def _group_pairs(rows: npt.NDArray[np.int64], starts: npt.NDArray[np.int64], size: int) -> U64:
    """Every pair within each group of ``size`` consecutive ``rows`` beginning at ``starts``."""
    members = np.sort(rows[starts[:, None] + np.arange(size)], axis=1)
    if size > MAX_BUCKET:
        return encode_pairs(np.repeat(members[:, 0], size - 1), members[:, 1:].ravel())
    first, second = np.triu_indices(size, 1)
    return encode_pairs(members[:, first].ravel(), members[:, second].ravel())


def band_pairs(keys: npt.NDArray[np.void], rows: npt.NDArray[np.int64]) -> U64:
    """The pairs of ``rows`` whose keys are equal (that share a bucket of one band)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    if len(ordered) < 2:
        return np.empty(0, dtype=np.uint64)
    boundary = np.ones(len(ordered), dtype=bool)
    boundary[1:] = ordered[1:] != ordered[:-1]
    starts = np.flatnonzero(boundary)
    sizes = np.diff(np.append(starts, len(ordered)))
    by_key = rows[order]
    found = [np.empty(0, dtype=np.uint64)]
    for size in np.unique(sizes[sizes > 1]).tolist():
        found.append(_group_pairs(by_key, starts[sizes == size], size))
    return np.concatenate(found)


def slice_candidate_pairs(
    signatures: npt.NDArray[np.uint32],
    present: npt.NDArray[np.bool_],
    rows: int,
    band_slice: tuple[int, int, int],
    min_agreement: float = 0.0,
) -> U64:
    """Candidate pairs (``encode_pairs`` codes, sorted, unique) of one group of bands.

    The index is datasketch's: its MinHash signatures, its ``(bands, rows)`` for the threshold
    (``band_params``) and its bucket keys (``band_keys``); two documents are candidates when
    they share a bucket in any band, exactly what ``MinHashLSH.query`` returns (tested). The
    buckets are found in bulk, one numpy sort per band, instead of ``MinHashLSH.insert``
    building one Python set per bucket per band: that costs several GB and minutes at a
    million documents. With ``min_agreement``, a pair is kept only when the signatures agree
    on at least that share of their values (the estimated Jaccard), band by band, so the
    many weak pairs of a low threshold never pile up. Slices run one after another or in
    parallel; their union is the whole index's candidates.
    """
    start, _, bands = band_slice
    ids = np.flatnonzero(present)
    found = [np.empty(0, dtype=np.uint64)]
    for band in range(bands):
        first = start + band * rows
        # Compiled: buckets and agreement in one loop, the weak pairs never listed.
        codes = kernels.bucket_pairs(signatures, ids, first, rows, min_agreement, MAX_BUCKET)
        if codes is None:
            # A pair shares at most one bucket in a band: no repeats to remove before filtering.
            codes = band_pairs(band_keys(signatures[ids, first : first + rows]), ids)
            if min_agreement > 0 and len(codes):
                codes = codes[kernels.agreement(signatures, codes) >= min_agreement]
        found.append(codes)
    return np.unique(np.concatenate(found))
