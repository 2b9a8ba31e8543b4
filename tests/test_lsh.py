"""The MinHash stage: our vectorised signatures are datasketch's own."""

from __future__ import annotations

import itertools

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe.lsh import Signer, _identity, band_slices, slice_candidate_pairs
from dedupe.shingle import to_minhash_input


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1), min_size=1, max_size=300))
def test_signatures_equal_datasketch_update_batch(values: list[int]) -> None:
    hashes = np.array(values, dtype=np.uint64)
    reference = MinHash(num_perm=128, seed=1, hashfunc=_identity)
    reference.update_batch(to_minhash_input(hashes).tolist())
    assert np.array_equal(Signer(128, 1).hashvalues(hashes), reference.hashvalues)


def test_band_slices_cover_every_band_once() -> None:
    slices = band_slices(0.1, 128, 4)
    assert slices[0][0] == 0
    assert all(a[1] == b[0] for a, b in itertools.pairwise(slices))
    assert sum(bands for _, _, bands in slices) * (slices[0][1] - slices[0][0]) // slices[0][2] == slices[-1][1]


def test_identical_signatures_collide_and_unrelated_ones_do_not() -> None:
    signer = Signer(128, 1)
    rng = np.random.default_rng(0)
    shared = rng.integers(0, 2**63, 500, dtype=np.uint64)
    other = rng.integers(0, 2**63, 500, dtype=np.uint64)
    signatures = [signer.hashvalues(shared), signer.hashvalues(shared.copy()), signer.hashvalues(other), None]
    pairs: set[tuple[int, int]] = set()
    for band_slice in band_slices(0.5, 128, 4):
        pairs |= slice_candidate_pairs(signatures, 1, 5, band_slice)
    assert pairs == {(0, 1)}
