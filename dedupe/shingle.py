"""Token hashes (xxhash, each distinct token once), word shingles and topic stems as numpy arrays."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import regex
import xxhash

from dedupe.segment import is_unspaced

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


class TokenHasher:
    """Hashes tokens with xxh64, remembering each distinct token's hash."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._cache: dict[str, int] = {}
        self._grams: dict[str, U64] = {}

    def token_grams(self, token: str, unspaced_text: bool) -> U64:
        """Hashes of a token's character grams (see ``token_grams``), cached per token."""
        found = self._grams.get(token)
        if found is None:
            found = self.hash_tokens(token_grams(token, unspaced_text))
            if len(self._grams) < 1_000_000:
                self._grams[token] = found
        return found

    def hash_tokens(self, tokens: list[str]) -> U64:
        """One 64-bit hash per token, in order (each distinct token is hashed once)."""
        cache = self._cache
        values = list(map(cache.get, tokens))
        if None in values:
            seed = self._seed
            for index, value in enumerate(values):
                if value is None:
                    token = tokens[index]
                    value = xxhash.xxh64_intdigest(token.encode("utf-8", "surrogatepass"), seed)
                    if len(cache) < 2_000_000:
                        cache[token] = value
                    values[index] = value
        return np.array(values, dtype=np.uint64)


GRAM = 4
# Letters of the unspaced scripts that write sounds, not words (Thai, Lao, Khmer, Myanmar, Tibetan):
# as grams on their own they are in every sentence, like single letters of a spaced script.
_LETTER_SCRIPTS = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")


def token_grams(token: str, unspaced_text: bool) -> list[str]:
    """Character grams of one token, the unit of sentence similarity.

    Grams of 4 characters inside the word (padded with spaces) tolerate inflection (Russian,
    Arabic, Turkish …); a number stays whole; a bigram of an unspaced script gives itself and
    its two characters, those of Han and kana (a Thai, Lao, Khmer, Myanmar or Tibetan letter
    alone is in nearly every sentence: two unrelated Thai items of one agency, a paragraph a
    sentence, read as aligned).
    """
    if unspaced_text and len(token) <= 2 and not token.isascii() and is_unspaced(token):
        return [token, *(c for c in token if not _LETTER_SCRIPTS.match(c))] if len(token) > 1 else [token]
    if token[0].isdigit():
        return [token]
    padded = f" {token} "
    if len(padded) <= GRAM + 1:
        return [padded]
    return [padded[i : i + GRAM] for i in range(len(padded) - GRAM + 1)]


def _mix(values: U64) -> U64:
    # murmur3's 64-bit finaliser: spreads the polynomial combination over all bits.
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


def shingle_hashes(token_hashes: U64, size: int) -> U64:
    """Hashes of every run of ``size`` consecutive tokens, in text order.

    A text shorter than ``size`` tokens yields one shingle of all its tokens (none if empty).
    """
    n = len(token_hashes)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    width = min(size, n)
    count = n - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        combined = combined * _MULTIPLIER + token_hashes[offset : offset + count]
    return _mix(combined)


def to_minhash_input(hashes: U64) -> U64:
    """Fold 64-bit hashes to the 32-bit values datasketch's default scheme expects."""
    return (hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
