"""Turn an article into the arrays later stages compare: tokens, shingles, stems, sentence grams."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt
import regex
import xxhash

from dedupe import kernels
from dedupe.config import Settings
from dedupe.kernels import I64, U32
from dedupe.models import Article
from dedupe.normalize import nfkc, normalize, without_invisible
from dedupe.segment import Segmented, is_unspaced, segment
from dedupe.shingle import U64, TokenHasher, shingle_hashes

_STEM_LENGTH = 5


@dataclass
class Prepared:
    """One article's comparable form. Internal to the pipeline (holds numpy arrays)."""

    article: Article
    text: str
    segmented: Segmented
    token_hashes: U64
    shingles: U64
    unquoted: npt.NDArray[np.bool_]
    shingle_set: U64
    fingerprint: str
    words: int
    shingle_scale: int
    sentence_grams: list[U64] | None = field(default=None, repr=False)
    # ``segmented.quoted`` as an array, made once (``verify.measure`` reads it for every pair).
    quoted_tokens: npt.NDArray[np.bool_] | None = field(default=None, repr=False)
    sentence_tokens: list[int] | None = field(default=None, repr=False)
    sentence_index: list[int] | None = field(default=None, repr=False)
    # The distinct grams of those sentences, sorted, and each sentence's grams as their numbers
    # in it, sentence after sentence (``verify.align`` merges two documents' instead of sorting).
    gram_numbers: tuple[U64, I64] | None = field(default=None, repr=False)
    # The tokens as one code-point array with each token's [start, end) (``kernels``' input).
    token_points: tuple[U32, I64, I64] | None = field(default=None, repr=False)
    # Each shingle's place in ``shingle_set`` (``verify.measure``).
    shingle_numbers: npt.NDArray[np.intp] | None = field(default=None, repr=False)
    # ``np.unique`` of ``token_hashes`` with inverse and counts (``verify._rare_order``).
    distinct_tokens: tuple[U64, npt.NDArray[np.intp], npt.NDArray[np.intp]] | None = field(default=None, repr=False)
    # Per token, the number of the quotation it is in (-1: none), found once (``verify``: two
    # quotations with no word between are two, not one).
    quotation_of: npt.NDArray[np.intp] | None = field(default=None, repr=False)
    # Distinct numbers outside quotations with the sentences stating them (``verify.numbers``).
    numbers: dict[str, int] | None = field(default=None, repr=False)
    # The numbers outside quotations (and a formula's wording), as matches (``verify``), found once.
    number_matches: list[re.Match[str]] | None = field(default=None, repr=False)
    # Per sentence, its numbers outside quotations with the token after each (``verify``).
    number_units: dict[int, list[tuple[tuple[str, ...], int]]] | None = field(default=None, repr=False)
    # The corpus's formula shingles this document has (sorted), and the document with their
    # tokens left out of its sentences (``without_formula``), found once.
    formula: U64 | None = field(default=None, repr=False)
    formula_free: Prepared | None = field(default=None, repr=False)
    # Per token, whether it is left out as formula wording (the copy ``without_formula`` makes):
    # its numbers are the template's, not the item's (``verify.numbers``).
    formula_tokens: npt.NDArray[np.bool_] | None = field(default=None, repr=False)


_SOUTHEAST_ASIAN = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")


def shingle_scale(seg: Segmented, points: tuple[U32, I64, I64] | None = None) -> int:
    """How many tokens of this text make one word's worth (see ``token_scale``); ``points``: the
    tokens' code points as ``kernels.token_code_points`` gives them, counted by a compiled loop."""
    if points is None or not seg.has_unspaced:
        return token_scale(seg.tokens, seg.has_unspaced)
    cps, starts, _ = points
    unspaced, southeast = kernels.scale_counts(cps, starts, kernels.class_table())
    return 1 if unspaced * 2 <= len(starts) else 3 if southeast * 2 > unspaced else 2


def token_scale(toks: list[str], has_unspaced: bool = True) -> int:
    """How many tokens of this text make one word's worth.

    Mostly unspaced text is tokenised into character bigrams: about half a word in Chinese and
    Japanese, a third of a word in Thai, Lao, Khmer, Myanmar and Tibetan, whose words are
    longer. Shingles and verbatim runs are scaled so that evidence means as much text as in
    spaced scripts.
    """
    if not has_unspaced:
        return 1
    unspaced = [t for t in toks if is_unspaced(t)]
    if len(unspaced) * 2 <= len(toks):
        return 1
    southeast = sum(1 for t in unspaced if _SOUTHEAST_ASIAN.match(t))
    return 3 if southeast * 2 > len(unspaced) else 2


def stems_of(prepared_tokens: list[str]) -> list[str]:
    """Topic stems: the first characters of each distinct token longer than two characters.

    Truncation is a crude, language-agnostic stemmer: inflected forms of one word mostly share
    their first five characters in the languages that inflect by suffix.
    """
    return sorted({t[:_STEM_LENGTH] for t in set(prepared_tokens) if len(t) > 2 or not t.isascii()})


@dataclass(frozen=True)
class Sketch:
    """What the candidate stage needs of an article: hashed sets, no text, no sentences."""

    fingerprint: str
    words: int
    shingle_set: U64
    stems: U64


def sketch(article: Article, settings: Settings, hasher: TokenHasher | None = None) -> Sketch:
    """The fast path for every article: tokens of the whole text, shingles, stems, fingerprint.

    Compiled loops (``kernels``) find the tokens and hash them; the results are those of the
    reference path (``segment.tokens``, ``TokenHasher``, ``stems_of``, ``token_scale``).
    Sentences and quotations are only needed to verify a candidate pair; ``prepare`` does that
    full work for the documents of candidate pairs only.
    """
    cps, table, starts, _, (hashes, stem_hashes, joined) = _hashed_tokens(article, settings)
    unspaced, southeast = kernels.scale_counts(cps, starts, table)
    scale = 1 if unspaced * 2 <= len(starts) else 3 if southeast * 2 > unspaced else 2
    shingles = shingle_hashes(hashes, settings.shingle_size * scale)
    return Sketch(
        fingerprint=xxhash.xxh64_hexdigest(joined),
        words=len(starts),
        shingle_set=kernels.unique(shingles),
        # 0 marks a token without a stem (two ASCII characters or fewer).
        stems=kernels.unique(stem_hashes[stem_hashes != 0]),
    )


def _folded(article: Article) -> str:
    """What the sketch tokenises: the text without invisible characters, then NFKC (which may
    compose a letter with a mark the invisible character stood between) and case folded."""
    return nfkc(without_invisible(article.text)).casefold()


def _hashed_tokens(article: Article, settings: Settings) -> tuple[U32, kernels.U8, I64, I64, tuple[U64, U64, bytes]]:
    """The folded text's code points, the class table, its tokens' bounds, and their hashes,
    stem hashes and joined bytes (``kernels.hash_tokens``)."""
    cps = kernels.code_points(_folded(article))
    table = kernels.class_table()
    starts, ends = kernels.tokenize(cps, table)
    return cps, table, starts, ends, kernels.hash_tokens(cps, starts, ends, settings.seed, _STEM_LENGTH)


def topic_stems(article: Article, settings: Settings) -> U64:
    """``sketch(article, settings).stems`` without the rest of the sketch (shingles, fingerprint):
    what a candidate pair found by the topic index alone is confirmed on."""
    stem_hashes = _hashed_tokens(article, settings)[4][1]
    return kernels.unique(stem_hashes[stem_hashes != 0])


def sign(
    article: Article,
    settings: Settings,
    permutations: tuple[U32, U32, U32],
    common_stems: U64,
    copy_row: U32,
    topic_row: U32,
) -> tuple[str, int, bool, bool] | None:
    """``sketch`` and both MinHash signatures of it in one compiled call (``kernels``): the copy
    signature into ``copy_row``, the topic one (stems not in ``common_stems``) into ``topic_row``.
    Returns the fingerprint, the number of tokens and whether each signature was written;
    ``None`` without numba."""
    return kernels.sketch_signatures(
        _folded(article),
        settings.seed,
        _STEM_LENGTH,
        settings.shingle_size,
        permutations,
        common_stems,
        copy_row,
        topic_row,
    )


def prepare(article: Article, settings: Settings, hasher: TokenHasher) -> Prepared:
    """Normalise, segment and hash one article."""
    text = normalize(article.text, fold_case=False)
    seg = segment(text)
    cps, starts, ends = seg.token_points if seg.token_points is not None else kernels.token_code_points(seg.tokens)
    # A token of an unspaced script is a character bigram, about half a word: twice as many
    # make a shingle, so verbatim evidence means as much text as in spaced scripts.
    scale = shingle_scale(seg, (cps, starts, ends))
    quoted = seg.quoted_array if seg.quoted_array is not None else np.asarray(seg.quoted, dtype=bool)
    found = kernels.prepared_hashes(cps, starts, ends, settings.seed, quoted, settings.shingle_size * scale)
    if found is not None:
        hashes, shingles, unquoted, fingerprint = found
    else:
        hashes, _, joined = kernels.hash_tokens(cps, starts, ends, settings.seed, _STEM_LENGTH)
        shingles = shingle_hashes(hashes, settings.shingle_size * scale)
        unquoted = unquoted_shingles(quoted, len(shingles))
        fingerprint = xxhash.xxh64_hexdigest(joined)
    return Prepared(
        article=article,
        text=text,
        segmented=seg,
        token_hashes=hashes,
        shingles=shingles,
        unquoted=unquoted,
        shingle_set=kernels.unique(shingles),
        fingerprint=fingerprint,
        words=len(seg.tokens),
        shingle_scale=scale,
        token_points=(cps, starts, ends),
        quoted_tokens=quoted,
    )


def unquoted_shingles(quoted: npt.NDArray[np.bool_], count: int) -> npt.NDArray[np.bool_]:
    """Per shingle of ``count`` (``shingle_hashes`` of as many tokens as ``quoted`` has), whether
    none of its tokens is ``quoted``."""
    if not count:
        return np.zeros(0, dtype=bool)
    width = len(quoted) - count + 1
    window = np.lib.stride_tricks.sliding_window_view(quoted, width) if width > 1 else quoted[:, None]
    return np.asarray(~window.any(axis=1), dtype=bool)


def sentence_grams(doc: Prepared, settings: Settings, hasher: TokenHasher) -> None:
    """Fill ``doc.sentence_grams``: per sentence with enough unquoted tokens, its gram hashes.

    Character grams inside words make the comparison robust to inflection (Russian, Arabic,
    Turkish …); unspaced scripts use their bigram tokens and single characters (of Han and kana).
    """
    if doc.sentence_grams is None:
        doc.sentence_index, doc.sentence_tokens, doc.sentence_grams, doc.gram_numbers = _sentence_grams(
            doc, settings, None
        )


def formula_of(doc: Prepared, formula: U64) -> U64:
    """The shingles of ``formula`` (sorted) that ``doc`` has, found once."""
    if doc.formula is None:
        # ``np.intersect1d`` would sort the corpus's formula shingles (tens of thousands) again for
        # every document: binary searches of the document's few hundred find the same ones.
        doc.formula = doc.shingle_set[kernels.sorted_in(doc.shingle_set, formula)]
    return doc.formula


def without_formula(doc: Prepared, settings: Settings, formula: U64) -> Prepared:
    """``doc`` with the tokens of its shingles of ``formula`` (sorted: wording many documents
    share though they are not copies, ``pipeline._formula``) left out of its sentences, as
    quotations are, and their numbers out of its numbers (``verify.numbers``: a template's hotline,
    hours and fines are in every item of it); ``doc`` itself when it has none. Made once, sharing
    the rest of ``doc``."""
    if doc.formula_free is None:
        own = formula_of(doc, formula)
        if not len(own):
            doc.formula_free = doc
        else:
            left_out = covered(doc, np.isin(doc.shingles, own))
            index, tokens, grams, numbers = _sentence_grams(doc, settings, left_out)
            # (The copy does not point to itself: a cycle would outlive the worker's cache of
            # documents until the paused cycle collector ran, about 500 MB at 100k documents.)
            doc.formula_free = replace(
                doc,
                sentence_index=index,
                sentence_tokens=tokens,
                sentence_grams=grams,
                gram_numbers=numbers,
                numbers=None,
                number_matches=None,
                number_units=None,
                formula_tokens=left_out,
            )
    return doc.formula_free


def _sentence_grams(
    doc: Prepared, settings: Settings, left_out: npt.NDArray[np.bool_] | None
) -> tuple[list[int], list[int], list[U64], tuple[U64, I64] | None]:
    """The sentences with enough unquoted tokens (not ``left_out`` either), their numbers of such
    tokens, their grams and the grams as numbers (``Prepared.gram_numbers``; ``None`` without
    such sentences)."""
    seg = doc.segmented
    sentences = (
        seg.sentence_of_array if seg.sentence_of_array is not None else np.asarray(seg.sentence_of, dtype=np.int64)
    )
    unquoted = ~quoted_tokens(doc)
    if left_out is not None:
        unquoted &= ~left_out
    cps, starts, ends = doc.token_points if doc.token_points is not None else kernels.token_code_points(seg.tokens)
    chosen, sizes, grams, owners = kernels.sentence_gram_hashes(
        cps, starts, ends, sentences, unquoted, settings.min_sentence_tokens, seg.has_unspaced, settings.seed
    )
    index: list[int] = chosen.tolist()
    tokens: list[int] = sizes.tolist()
    if not index:
        return index, tokens, [], None
    # Each sentence's distinct grams, sorted (tokens, hence owners, come in sentence order).
    distinct, numbers, owners = kernels.numbered(grams, owners)
    grams = distinct[numbers]
    bounds = [0, *np.searchsorted(owners, chosen[1:]).tolist(), len(grams)]
    return index, tokens, [grams[a:b] for a, b in itertools.pairwise(bounds)], (distinct, numbers)


def quoted_tokens(doc: Prepared) -> npt.NDArray[np.bool_]:
    """Per token of ``doc``, whether it is quoted (``segmented.quoted``), as an array."""
    if doc.quoted_tokens is None:
        doc.quoted_tokens = np.asarray(doc.segmented.quoted, dtype=bool)
    return doc.quoted_tokens


def covered(doc: Prepared, chosen: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Per token of ``doc``, whether one of the ``chosen`` shingles (a flag per shingle) has it."""
    width = len(doc.token_hashes) - len(doc.shingles) + 1
    covered = np.zeros(len(doc.token_hashes), dtype=bool)
    for offset in range(width):
        covered[offset : offset + len(chosen)] |= chosen
    return covered
