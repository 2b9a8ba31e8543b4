"""The MinHash stage: our vectorised signatures are datasketch's own."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from dedupe import kernels, lsh
from dedupe.lsh import (
    Signer,
    _identity,
    band_keys,
    band_params,
    band_slices,
    decode_pairs,
    encode_pairs,
    shifted_slices,
    slice_candidate_pairs,
)
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


@given(st.sampled_from([0.05, 0.1, 0.2, 0.5, 0.8]), st.sampled_from([16, 64, 128, 256]), st.integers(1, 8))
def test_shifted_slices_are_the_same_bands_one_permutation_later_inside_the_signature(
    threshold: float, num_perm: int, slices: int
) -> None:
    original = band_slices(threshold, num_perm, slices)
    shifted = shifted_slices(original, num_perm)
    rows = band_params(threshold, num_perm)[1]
    assert all(end - first == bands * rows for first, end, bands in shifted)
    assert all(first >= 1 and end <= num_perm for first, end, _ in shifted)
    assert [first for first, _, _ in shifted] == [first + 1 for first, _, _ in original][: len(shifted)]
    # Every band but one (the last, which would run past the signature) comes again, shifted.
    assert sum(bands for *_, bands in shifted) == sum(bands for *_, bands in original) - (original[-1][1] == num_perm)


def test_the_shifted_banding_finds_a_pair_whose_equal_values_straddle_two_bands() -> None:
    # Two topic signatures equal at permutations 1 and 2 only: bands (0, 1) and (2, 3) of the
    # first banding differ, band (1, 2) of the shifted one is equal. (Agreement 2/128, no filter.)
    first = np.arange(128, dtype=np.uint32)
    second = first + 1000
    second[[1, 2]] = first[[1, 2]]
    matrix, present = np.stack([first, second]), np.array([True, True])
    rows = band_params(0.1, 128)[1]
    original = band_slices(0.1, 128, 4)
    assert not any(len(slice_candidate_pairs(matrix, present, rows, s)) for s in original)
    found = np.concatenate([slice_candidate_pairs(matrix, present, rows, s) for s in shifted_slices(original, 128)])
    assert decode_pairs(found)[0].tolist() == [0] and decode_pairs(found)[1].tolist() == [1]


def _slices(signatures: list[np.ndarray | None], threshold: float) -> set[tuple[int, int]]:
    present = np.array([s is not None for s in signatures])
    matrix = np.zeros((len(signatures), 128), dtype=np.uint32)
    for row, values in enumerate(signatures):
        if values is not None:
            matrix[row] = values
    rows = band_params(threshold, 128)[1]
    codes = np.concatenate([slice_candidate_pairs(matrix, present, rows, s) for s in band_slices(threshold, 128, 4)])
    first, second = decode_pairs(np.unique(codes))
    return set(zip(first.tolist(), second.tolist(), strict=True))


def test_identical_signatures_collide_and_unrelated_ones_do_not() -> None:
    signer = Signer(128, 1)
    rng = np.random.default_rng(0)
    shared = rng.integers(0, 2**63, 500, dtype=np.uint64)
    other = rng.integers(0, 2**63, 500, dtype=np.uint64)
    signatures = [signer.hashvalues(shared), signer.hashvalues(shared.copy()), signer.hashvalues(other), None]
    assert _slices(signatures, 0.5) == {(0, 1)}


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=2, max_value=60), st.integers(min_value=0, max_value=10_000), st.sampled_from([0.1, 0.5]))
def test_candidates_are_the_pairs_datasketch_minhashlsh_finds(count: int, seed: int, threshold: float) -> None:
    # Signatures drawn from few values so that many share buckets; the reference inserts every
    # document into one MinHashLSH and queries each.
    rng = np.random.default_rng(seed)
    signatures: list[np.ndarray | None] = [
        rng.integers(0, 3, 128, dtype=np.uint64).astype(np.uint32) for _ in range(count)
    ]
    bands, rows = band_params(threshold, 128)
    reference = MinHashLSH(num_perm=128, params=(bands, rows))
    for index, values in enumerate(signatures):
        reference.insert(index, LeanMinHash(seed=1, hashvalues=values, scheme="affine32"))
    expected = set()
    for index, values in enumerate(signatures):
        for other in reference.query(LeanMinHash(seed=1, hashvalues=values, scheme="affine32")):
            if other != index:
                expected.add((min(index, other), max(index, other)))
    assert _slices(signatures, threshold) == expected


def test_band_keys_are_datasketch_bucket_keys() -> None:
    values = np.arange(10, dtype=np.uint32) * np.uint32(2654435761)
    lsh = MinHashLSH(num_perm=10, params=(2, 5))
    lsh.insert("x", LeanMinHash(seed=1, hashvalues=values, scheme="affine32"))
    keys = [band_keys(values[None, i * 5 : (i + 1) * 5])[0].tobytes() for i in range(2)]
    assert [list(table.keys()) for table in lsh.hashtables] == [[key] for key in keys]


def test_a_huge_bucket_pairs_its_first_document_with_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lsh, "MAX_BUCKET", 3)
    keys = band_keys(np.zeros((5, 2), dtype=np.uint32))
    first, second = decode_pairs(np.sort(lsh.band_pairs(keys, np.array([7, 3, 9, 4, 8], dtype=np.int64))))
    assert list(zip(first.tolist(), second.tolist(), strict=True)) == [(3, 4), (3, 7), (3, 8), (3, 9)]


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=1000))
def test_agreement_is_the_share_of_equal_values(seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = rng.integers(0, 3, (6, 128), dtype=np.uint64).astype(np.uint32)
    codes = encode_pairs(np.array([0, 1, 2], dtype=np.int64), np.array([5, 4, 3], dtype=np.int64))
    expected = [float(np.mean(matrix[i] == matrix[j])) for i, j in ((0, 5), (1, 4), (2, 3))]
    assert kernels.agreement(matrix, codes).tolist() == expected


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from([1, 2, 3, 5]),
    st.sampled_from([0.0, 0.1, 0.3]),
    st.sampled_from([2, 3, 2000]),
)
def test_compiled_bucket_pairs_equal_band_pairs_then_agreement(
    seed: int, rows: int, min_agreement: float, max_bucket: int
) -> None:
    """The fused loop finds the pairs that sorting each band's keys and filtering by agreement
    finds, huge buckets (starred) included; few distinct values make buckets large."""
    rng = np.random.default_rng(seed)
    matrix = rng.integers(0, 3, (40, 16), dtype=np.uint64).astype(np.uint32)
    ids = np.flatnonzero(rng.random(40) < 0.8)
    fused = kernels.bucket_pairs(matrix, ids, 4, rows, min_agreement, max_bucket)
    if not kernels.COMPILED:
        assert fused is None
        return
    assert fused is not None
    original = lsh.MAX_BUCKET
    try:
        lsh.MAX_BUCKET = max_bucket
        expected = lsh.band_pairs(band_keys(matrix[ids, 4 : 4 + rows]), ids)
    finally:
        lsh.MAX_BUCKET = original
    if min_agreement > 0 and len(expected):
        expected = expected[kernels.agreement(matrix, expected) >= min_agreement]
    assert np.array_equal(np.sort(fused), np.sort(expected))


def test_a_key_collision_falls_back_to_the_exact_path() -> None:
    if not kernels.COMPILED:
        pytest.skip("the fused loop is compiled only")
    matrix = np.array([[1, 2, 3, 9], [1, 2, 4, 9], [1, 2, 3, 9]], dtype=np.uint32)
    ids = np.arange(3, dtype=np.int64)
    block = matrix[:, :3].astype(np.uint64)
    same_keys = np.zeros(3, dtype=np.uint64)  # as if rows 0 and 1 hashed alike
    _, exact = kernels._bucket_pairs(matrix, ids, block, np.arange(3), same_keys, 0.0, 2000)
    assert not exact
    found = slice_candidate_pairs(matrix, np.ones(3, dtype=bool), 3, (0, 3, 1))
    assert decode_pairs(found)[0].tolist() == [0] and decode_pairs(found)[1].tolist() == [2]
