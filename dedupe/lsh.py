"""MinHash signatures and MinHash-LSH candidate pairs: the only module that imports datasketch."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dedupe.shingle import U64, to_minhash_input


def _identity(value: int) -> int:
    # Inputs are already 32-bit hashes (xxhash of tokens, combined into shingles).
    return value


class Signer:
    """Builds MinHash signatures of hashed sets with one shared set of permutations."""

    def __init__(self, num_perm: int, seed: int) -> None:
        self._template = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)

    def sign(self, hashes: U64) -> LeanMinHash:
        """The signature of a set given as 64-bit hashes (batched: one numpy pass)."""
        minhash = MinHash(
            num_perm=len(self._template.hashvalues),
            seed=self._template.seed,
            hashfunc=_identity,
            permutations=self._template.permutations,
            scheme=self._template.scheme,
        )
        if len(hashes):
            minhash.update_batch(to_minhash_input(hashes).tolist())
        return LeanMinHash(minhash)


def candidate_pairs(
    signatures: Sequence[LeanMinHash | None],
    threshold: float,
    num_perm: int,
    advance: Callable[[int], None] | None = None,
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, whose signatures collide in a MinHashLSH band.

    ``None`` signatures (empty documents) are left out.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for index, signature in enumerate(signatures):
            if signature is not None:
                session.insert(index, signature, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for index, signature in enumerate(signatures):
        if signature is None:
            continue
        for other in lsh.query(signature):
            if other != index:
                pairs.add((min(index, other), max(index, other)))
        if advance is not None:
            advance(1)
    return pairs


def estimate_jaccard(a: LeanMinHash, b: LeanMinHash) -> float:
    """MinHash estimate of the Jaccard similarity of two signed sets."""
    return float(np.mean(a.hashvalues == b.hashvalues))
