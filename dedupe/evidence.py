"""Why two articles match: aligned passages and changed facts, as offsets into the original files.

Data only, no styling. Every span is ``[start, end)`` in characters of the file as it was read
(``Article.body_offset`` plus an offset into ``Article.text``), found by mapping the normalised
text back through ``normalize_with_offsets``.

Passages. Copies (exact, near-duplicate, partial) get their verbatim runs: stretches of at least
``MIN_RUN`` words found in both texts, extended across small differences (up to ``MAX_GAP``
words on either side, as plagiarism viewers bridge them) when ``RESUME`` words match again
after the difference. Rewrites get their sentence alignment: the heaviest in-order one-to-one
matching of sentences at the verification threshold, then, between two aligned pairs, sentences
at half that threshold (a paraphrase sandwiched between aligned neighbours); a sentence moved
elsewhere must reach twice the threshold; an unaligned sentence next to a passage joins it when
it resembles the other side (two sentences merged into one). Unrelated pairs get both, so a
reader sees why they are not related.

Changes. Inside each passage and in the stretch between two consecutive passages, numbers
(with the hedge before them: "at least 1,000" is not "approximately 1,000"), dates and
quotations are compared. A fact on one side only is reported when the other document has it
nowhere. Numbers and dates inside quotations are left to the quotation. Numbers, ISO and
numeric dates work in any script; month and weekday names and hedges come from a small list of
major news languages (English, French, Spanish, German, Italian, Portuguese, Russian).
"""

from __future__ import annotations

import array
import bisect
import difflib
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
import regex

from dedupe import kernels
from dedupe.boilerplate import strip_boilerplate, strip_frame
from dedupe.config import Settings
from dedupe.models import Article, Change, Measures, Pair, Passage, Relation
from dedupe.normalize import (
    digit_run_starts,
    mark_single_quotes,
    normalize_with_offsets,
    number_value,
    offsets_by_alignment,
    original_span,
)
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.segment import _UNSPACED_CHAR as UNSPACED_CHAR
from dedupe.segment import Segmented, quoted_spans
from dedupe.segment import _pieces as segment_pieces
from dedupe.shingle import TokenHasher
from dedupe.verify import (
    Alignment,
    align,
    classify,
    content_first,
    measure,
    numbers_apart,
    other_numbers,
    other_quotes,
    transposed,
)

MIN_RUN = 6
MAX_GAP = 3
RESUME = 3
# Where a run's first words occur many times in the other text (a repeated line, a text of one
# word over and over), only the first few places are looked at: the cost stays linear.
MAX_SEEDS = 8
MAX_PLACES = 64
# Sentence alignment: sandwiched pairs need this share of the verification threshold; moved
# (out-of-order) pairs this multiple of it.
SANDWICHED = 0.5
MOVED = 2.0
# Two quotations are the same one (possibly altered) above this character similarity, or when
# the words of the shorter are nearly all in the longer.
QUOTE_SIMILARITY = 0.6
QUOTE_CONTAINMENT = 0.8

_COPIES = frozenset({Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARTIAL})

Span = tuple[int, int]


# --- documents ---------------------------------------------------------------------------------


# Normalising keeps an ASCII text ASCII and changes only its whitespace (NFKC and the quote and
# dash translation leave ASCII alone): its offsets are the kept characters' positions.
_ASCII_WHITESPACE = kernels.ASCII_WHITESPACE  # str.isspace(), regex \s


def _ascii_normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``normalize_with_offsets(text, fold_case=False)`` of an ASCII text, in one compiled pass.

    Every maximal whitespace run becomes its first character's position, as a line break if it
    holds one, else a space (``kernels.collapse_ascii_spaces``); then one leading and one trailing
    whitespace character go.
    """
    out, kept = kernels.collapse_ascii_spaces(np.frombuffer(text.encode("ascii"), dtype=np.uint8))
    normalized = out.tobytes().decode("ascii")
    lead = 1 if normalized[:1].isspace() else 0
    trail = 1 if len(normalized) > lead and normalized[-1].isspace() else 0
    normalized = mark_single_quotes(normalized[lead : len(normalized) - trail])  # one character for one
    last = len(text.rstrip()) - 1
    if last < 0:
        return normalized, array.array("q", [0])
    # An array of machine integers: made at once from numpy's, unlike a list of Python ints.
    offsets = array.array("q", kept[lead : len(kept) - trail].tobytes())
    offsets.append(last + 1)
    return normalized, offsets


def _offsets(text: str, normalized: str) -> Sequence[int]:
    offsets: Sequence[int]
    if text.isascii():
        mapped, offsets = _ascii_normalize_with_offsets(text)
    else:
        mapped, offsets = normalize_with_offsets(text, fold_case=False)
    if mapped != normalized:
        # The pipeline normalised differently (it should not): align the two texts instead.
        offsets = offsets_by_alignment(text, normalized)
    return offsets


# Tokens as ``Segmented.spans`` finds them (``_TOKEN`` in the pieces ``_pieces`` cuts), for texts
# where that pattern comes to less: ASCII text, and text without characters of unspaced scripts.
# With one group, ``split`` returns the text between tokens and the tokens alternately, whose
# lengths give every offset at once.
_ASCII_TOKEN = re.compile(r"([0-9]+(?:[.,:][0-9]+)*|[A-Za-z0-9]+)")
_SPACED_TOKEN = regex.compile(r"(\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+)")


def token_spans(seg: Segmented) -> list[Span]:
    """``seg.spans`` (``[start, end)`` of every token in ``seg.text``), computed faster."""
    if seg.spans_known:
        return seg.spans
    text = seg.text
    if text.isascii():
        pattern: re.Pattern[str] | regex.Pattern[str] = _ASCII_TOKEN
    elif UNSPACED_CHAR.search(text) is None:
        pattern = _SPACED_TOKEN
    else:
        return seg.spans
    spans: list[Span] = []
    for start, end, _, _ in segment_pieces(text, seg.sentence_spans):
        parts = pattern.split(text[start:end])
        if len(parts) > 1:
            bounds = list(itertools.accumulate(map(len, parts), initial=start))
            spans += zip(bounds[1:-1:2], bounds[2::2], strict=True)
    count = len(seg.tokens)
    if len(spans) != count:  # pragma: no cover - as in ``Segmented.spans``
        spans = (spans + [(len(text), len(text))] * count)[:count]
    return spans


@dataclass(frozen=True)
class _Side:
    """One document of the pair: normalised text, tokens and the way back to the file."""

    doc: Prepared

    @classmethod
    def of(cls, doc: Prepared) -> _Side:
        """The side of ``doc``, shared by the pairs it is in (a few recent documents are kept)."""
        side = _SIDES.get(id(doc))
        if side is None or side.doc is not doc:
            side = cls(doc)
            if len(_SIDES) >= _SIDES_KEPT:
                del _SIDES[next(iter(_SIDES))]
            _SIDES[id(doc)] = side
        return side

    @functools.cached_property
    def offsets(self) -> Sequence[int]:
        return _offsets(self.doc.article.text, self.doc.text)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def tokens(self) -> list[str]:
        return self.doc.segmented.tokens

    @functools.cached_property
    def spans(self) -> list[Span]:
        return token_spans(self.doc.segmented)

    @functools.cached_property
    def facts(self) -> Facts:
        return Facts(extract_facts(self.doc.text))

    def file_span(self, span: Span) -> Span:
        start, end = original_span(self.offsets, *span)
        base = self.doc.article.body_offset
        return base + start, base + end

    def original(self, span: Span) -> str:
        """The file's text at a file span, as read (without the word joiners reading leaves
        where it joined wrapped Chinese lines or decoded a character reference)."""
        base = self.doc.article.body_offset
        return self.doc.article.text[span[0] - base : span[1] - base].replace("\u2060", "")

    def tokens_in(self, span: Span) -> list[str]:
        """Tokens inside a span of the normalised text."""
        starts = self.starts
        return self.tokens[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]

    @functools.cached_property
    def starts(self) -> list[int]:
        known = self.doc.segmented.token_starts
        return known if known is not None else [s for s, _ in self.spans]

    @functools.cached_property
    def by_sentence(self) -> bool:
        """Whether the tokens inside each sentence are the tokens of that sentence (``sentence_of``).

        So in ASCII text, where the tokeniser's case folding changes no token: then sentences
        tell which tokens a passage holds, and only the sentences at the ends of verbatim runs
        need their token offsets.
        """
        return self.doc.text.isascii()

    def sentence_tokens(self, first: int, last: int) -> list[str]:
        """Tokens of sentences ``first`` … ``last`` (``by_sentence``)."""
        return self.doc.segmented.sentence_tokens(first, last)

    def _token_span(self, index: int) -> Span:
        seg = self.doc.segmented
        if seg.token_starts is not None and seg.token_ends is not None:
            return seg.token_starts[index], seg.token_ends[index]
        if not self.by_sentence:
            return self.spans[index]
        sentence_of = self.doc.segmented.sentence_of
        sentence = sentence_of[index]
        first = bisect.bisect_left(sentence_of, sentence)
        spans = self._sentence_spans.get(sentence)
        if spans is None:
            spans = self._sentence_spans[sentence] = _piece_spans(self.text, self._pieces.get(sentence, []))
        if len(spans) != bisect.bisect_left(sentence_of, sentence + 1, first) - first:  # pragma: no cover
            return self.spans[index]
        return spans[index - first]

    @functools.cached_property
    def _pieces(self) -> dict[int, list[tuple[int, int]]]:
        """Pieces of the text the tokeniser reads, by sentence."""
        pieces: dict[int, list[tuple[int, int]]] = {}
        for start, end, sentence, _ in segment_pieces(self.text, self.doc.segmented.sentence_spans):
            pieces.setdefault(sentence, []).append((start, end))
        return pieces

    @functools.cached_property
    def _sentence_spans(self) -> dict[int, list[Span]]:
        return {}

    def token_range(self, first: int, stop: int) -> Span:
        """Characters (normalised text) of tokens ``[first, stop)``."""
        return self._token_span(first)[0], self._token_span(stop - 1)[1]

    def passage(self, first: int, last: int, fragment: int) -> tuple[int, Span]:
        """Sentences ``first`` … ``last`` as a passage: its first sentence and its characters.

        With the closing quotes after the last, and with the pieces of fewer than ``fragment``
        tokens just before the first on the same line: the sentence splitter cuts "Col. Hamish"
        after "Col.".
        """
        sentences = self.doc.segmented.sentence_spans
        text = self.text
        start, end = sentences[first][0], sentences[last][1]
        while end < len(text) and text[end] in "\"')]":
            end += 1
        while first > 0:
            previous = sentences[first - 1]
            if "\n" in text[previous[1] : start]:
                break
            if self.by_sentence:
                sentence_of = self.doc.segmented.sentence_of
                count = bisect.bisect_left(sentence_of, first) - bisect.bisect_left(sentence_of, first - 1)
            else:
                count = len(self.tokens_in(previous))
            if count >= fragment:
                break
            first -= 1
            start = previous[0]
        return first, (start, end)

    def passage_tokens(self, first: int, last: int, span: Span) -> list[str]:
        """Tokens of the passage of sentences ``first`` … ``last`` at ``span`` (see ``passage``):
        the tokens inside ``span``, as nothing but closing quotes follows the last sentence."""
        return self.sentence_tokens(first, last) if self.by_sentence else self.tokens_in(span)


def _piece_spans(text: str, pieces: list[tuple[int, int]]) -> list[Span]:
    """``[start, end)`` of the tokens of an ASCII text's pieces (see ``token_spans``)."""
    spans: list[Span] = []
    for start, end in pieces:
        parts = _ASCII_TOKEN.split(text[start:end])
        if len(parts) > 1:
            bounds = list(itertools.accumulate(map(len, parts), initial=start))
            spans += zip(bounds[1:-1:2], bounds[2::2], strict=True)
    return spans


# Sides by ``id`` of their document (which the side keeps alive, so the id is not reused).
_SIDES: dict[int, _Side] = {}
_SIDES_KEPT = 64


@dataclass(frozen=True)
class _Match:
    """A passage while it is built: normalised spans on both sides."""

    a: Span
    b: Span
    kind: str
    similarity: float


# --- verbatim runs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Tokens ``[a0, a1)`` of one text match ``[b0, b1)`` of the other; ``matched`` are equal."""

    a0: int
    a1: int
    b0: int
    b1: int
    matched: int


def _bridge(ta: Sequence[str], tb: Sequence[str], p: int, q: int, used: bytearray) -> tuple[int, int] | None:
    """Where matching resumes after a difference at ``(p, q)``, the smallest gap first."""
    if set(ta[p : p + MAX_GAP + 1]).isdisjoint(tb[q : q + MAX_GAP + 1]):
        return None  # no place to resume: its first tokens would be equal
    blocked = used.find(1, q)
    end_b = len(tb) if blocked < 0 else blocked  # tb[q:end_b] is not used yet
    for total in range(1, 2 * MAX_GAP + 1):
        for da in range(max(0, total - MAX_GAP), min(total, MAX_GAP) + 1):
            pa, qb = p + da, q + total - da
            if pa + RESUME > len(ta) or qb + RESUME > end_b:
                continue
            if ta[pa] == tb[qb] and ta[pa : pa + RESUME] == tb[qb : qb + RESUME]:
                return pa, qb
    return None


def _same_from(ta: Sequence[str], tb: Sequence[str], p: int, q: int, used: bytearray) -> int:
    """How many tokens are equal from ``ta[p]`` and ``tb[q]`` on, before a used one of ``tb``."""
    limit = min(len(ta) - p, len(tb) - q)
    if limit <= 0 or ta[p] != tb[q]:
        return 0
    blocked = used.find(1, q, q + limit)
    if blocked >= 0:
        limit = blocked - q
    # Compare slices, longer while they match, shorter to find the first difference.
    same, step = 0, 4
    while same < limit:
        step = min(step, limit - same)
        if ta[p + same : p + same + step] == tb[q + same : q + same + step]:
            same += step
            step *= 2
        elif step > 1:
            step //= 2
        else:
            break
    return same


def _extend(ta: Sequence[str], tb: Sequence[str], i: int, j: int, used: bytearray) -> Run:
    p, q, matched = i + MIN_RUN, j + MIN_RUN, MIN_RUN
    while True:
        same = _same_from(ta, tb, p, q, used)
        p, q, matched = p + same, q + same, matched + same
        end_a, end_b = p, q
        resume = _bridge(ta, tb, p, q, used)
        if resume is None:
            return Run(i, end_a, j, end_b, matched)
        p, q = resume


_GRAM_MIX = np.uint64(0x9E3779B97F4A7C15)


def _gram_keys(hashes: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """A 64-bit key per ``MIN_RUN`` consecutive tokens (``hashes``: one per token, equal for equal
    tokens), by first position: equal grams get equal keys and, rarely, different ones too (keys
    only find places, tokens confirm them)."""
    count = len(hashes) - MIN_RUN + 1
    keys = hashes[:count].copy()
    for k in range(1, MIN_RUN):
        keys = keys * _GRAM_MIX + hashes[k : k + count]
    return keys.view(np.int64)  # numpy searches signed integers faster


def _token_hashes(tokens: list[str], hashes: npt.NDArray[np.uint64] | None) -> npt.NDArray[np.uint64]:
    if hashes is not None and len(hashes) == len(tokens):
        return np.asarray(hashes, dtype=np.uint64)
    return np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens)).view(np.uint64)


def verbatim_runs(
    ta: Sequence[str],
    tb: Sequence[str],
    hashes_a: npt.NDArray[np.uint64] | None = None,
    hashes_b: npt.NDArray[np.uint64] | None = None,
) -> list[Run]:
    """Verbatim runs of at least ``MIN_RUN`` tokens, bridging small gaps; disjoint on each side.

    Greedy from the start of ``ta``: at each position whose next ``MIN_RUN`` tokens occur in
    ``tb`` (where ``tb`` is not yet used), take the longest extension. ``hashes_a``, ``hashes_b``
    (optional): a hash per token, the same for the same token, to find places faster.
    """
    if len(ta) < MIN_RUN or len(tb) < MIN_RUN:
        return []
    ta, tb = list(ta), list(tb)
    # Where each gram of ``ta`` may occur in ``tb``: the places of its key, in order.
    keys_b = _gram_keys(_token_hashes(tb, hashes_b))
    order = np.argsort(keys_b, kind="stable")
    sorted_b = keys_b[order]
    keys_a = _gram_keys(_token_hashes(ta, hashes_a))
    low = np.searchsorted(sorted_b, keys_a)
    found = sorted_b[np.minimum(low, len(sorted_b) - 1)] == keys_a
    # The end of each key's places: the start of the next distinct key.
    boundaries = np.flatnonzero(sorted_b[1:] != sorted_b[:-1]) + 1
    next_key = np.append(boundaries, len(sorted_b))
    high = np.where(found, next_key[np.searchsorted(boundaries, low, side="right")], low)
    starts: list[int] = np.flatnonzero(found).tolist()
    low_at: list[int] = low.tolist()
    high_at: list[int] = high.tolist()
    places_by_key: list[int] = order.tolist()
    used = bytearray(len(tb))
    runs: list[Run] = []
    i = 0
    while i <= len(ta) - MIN_RUN:
        next_start = bisect.bisect_left(starts, i)
        if next_start == len(starts):
            break
        i = starts[next_start]
        gram = ta[i : i + MIN_RUN]
        places = [j for j in places_by_key[low_at[i] : high_at[i]] if tb[j : j + MIN_RUN] == gram][:MAX_PLACES]
        best: Run | None = None
        for j in [j for j in places if used.find(1, j, j + MIN_RUN) < 0][:MAX_SEEDS]:
            run = _extend(ta, tb, i, j, used)
            if best is None or run.matched > best.matched:
                best = run
        if best is None:
            i += 1
            continue
        runs.append(best)
        used[best.b0 : best.b1] = b"\x01" * (best.b1 - best.b0)
        i = best.a1
    return runs


def _run_matches(a: _Side, b: _Side) -> list[_Match]:
    out = []
    for run in verbatim_runs(a.tokens, b.tokens, a.doc.token_hashes, b.doc.token_hashes):
        similarity = run.matched / max(run.a1 - run.a0, run.b1 - run.b0)
        out.append(_Match(a.token_range(run.a0, run.a1), b.token_range(run.b0, run.b1), "same", round(similarity, 4)))
    return out


# --- sentence alignment ------------------------------------------------------------------------


def monotone_matches(similarity: npt.NDArray[np.float64], threshold: float) -> list[tuple[int, int]]:
    """The in-order one-to-one matching of rows to columns with the largest total similarity,
    using only cells at or above ``threshold`` (a weighted longest common subsequence)."""
    rows, cols = similarity.shape
    if not rows or not cols:
        return []
    weight = np.where(similarity >= threshold, similarity, -np.inf)
    best = np.zeros((rows + 1, cols + 1), dtype=np.float64)
    for i in range(1, rows + 1):
        candidates = np.maximum(best[i - 1, 1:], best[i - 1, :-1] + weight[i - 1])
        best[i, 1:] = np.maximum.accumulate(candidates)
    matches: list[tuple[int, int]] = []
    i, j = rows, cols
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            matches.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return matches[::-1]


def sentence_pairs(alignment: Alignment, threshold: float) -> list[tuple[list[int], list[int], float]]:
    """Aligned sentences as (rows of a, columns of b, similarity), rows/columns of the matrix."""
    sim = alignment.similarity
    rows, cols = sim.shape
    chain = monotone_matches(sim, threshold)
    filled: list[tuple[int, int]] = []
    bounds = [(-1, -1), *chain, (rows, cols)]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        if (i0, j0) != (-1, -1) and (i1, j1) != (rows, cols) and i1 - i0 > 1 and j1 - j0 > 1:
            sub = sim[i0 + 1 : i1, j0 + 1 : j1]
            filled += [(i0 + 1 + r, j0 + 1 + c) for r, c in monotone_matches(sub, threshold * SANDWICHED)]
    pairs = sorted(chain + filled)
    row_of = {i: k for k, (i, _) in enumerate(pairs)}
    col_of = {j: k for k, (_, j) in enumerate(pairs)}
    for i in range(rows):
        j = int(alignment.best_a[i])
        if (
            i not in row_of
            and j not in col_of
            and int(alignment.best_b[j]) == i
            and sim[i, j] >= min(1.0, threshold * MOVED)
        ):
            row_of[i] = col_of[j] = len(pairs)
            pairs.append((i, j))
    groups = [([i], [j], float(sim[i, j])) for i, j in pairs]
    # An unaligned sentence next to a passage joins it when it resembles the passage's other
    # side: a rewrite often merges two sentences into one or splits one in two.
    _absorb(sim, [(g[0], g[1]) for g in groups], row_of, alignment.sentences_a, threshold * SANDWICHED)
    _absorb(sim.T, [(g[1], g[0]) for g in groups], col_of, alignment.sentences_b, threshold * SANDWICHED)
    return groups


def _absorb(
    sim: npt.NDArray[np.float64],
    groups: list[tuple[list[int], list[int]]],
    group_of: dict[int, int],
    sentences: list[int],
    low: float,
) -> None:
    """Add each free row to the group of the next or previous sentence if it resembles that group.

    Only sentences that follow each other in the text (``sentences``: the sentence number of
    each row) and only at the group's edge, so that passages stay contiguous.
    """
    for row in range(sim.shape[0]):
        if row in group_of:
            continue
        for neighbour in (row - 1, row + 1):
            k = group_of.get(neighbour)
            if k is None or abs(sentences[neighbour] - sentences[row]) != 1:
                continue
            own, other = groups[k]
            at_edge = own[-1] == neighbour if neighbour < row else own[0] == neighbour
            if at_edge and max(sim[row, col] for col in other) >= low:
                own.insert(len(own) if neighbour < row else 0, row)
                group_of[row] = k
                break


def _sentence_matches(a: _Side, b: _Side, alignment: Alignment | None, settings: Settings) -> list[_Match]:
    if alignment is None:
        return []
    out = []
    fragment = settings.min_sentence_tokens
    for rows, cols, similarity in sentence_pairs(alignment, settings.sentence_similarity):
        last_a, last_b = alignment.sentences_a[rows[-1]], alignment.sentences_b[cols[-1]]
        first_a, span_a = a.passage(alignment.sentences_a[rows[0]], last_a, fragment)
        first_b, span_b = b.passage(alignment.sentences_b[cols[0]], last_b, fragment)
        same = a.passage_tokens(first_a, last_a, span_a) == b.passage_tokens(first_b, last_b, span_b)
        out.append(_Match(span_a, span_b, "same" if same else "changed", round(similarity, 4)))
    return out


# --- facts -------------------------------------------------------------------------------------


def _alternation(words: str) -> str:
    return "|".join(sorted((re.escape(w.strip()) for w in words.split("|") if w.strip()), key=len, reverse=True))


_HEDGES = {
    ">=": """at least | more than | over | upwards of | in excess of | as many as | no fewer than | no less than
        | a minimum of | above | au moins | plus de | al menos | más de | mindestens | mehr als | über | almeno
        | più di | pelo menos | mais de | не менее | по меньшей мере | более | свыше | больше""",
    "~": """about | around | approximately | approx. | roughly | some | an estimated | estimated | nearly | almost
        | close to | circa | environ | près de | quelque | unos | unas | cerca de | alrededor de
        | aproximadamente | casi | etwa | rund | ungefähr | fast | knapp | circa | circa | quasi | oltre | cerca
        | около | примерно | почти | порядка | приблизительно""",
    "<=": """at most | up to | fewer than | less than | under | below | no more than | a maximum of | as few as
        | moins de | jusqu'à | au plus | menos de | hasta | weniger als | bis zu | höchstens | meno di | fino a
        | менее | меньше | не более""",
    "=": "exactly | precisely | exactement | exactamente | genau | ровно",
}
_HEDGE_CLASS = {w.strip().casefold(): cls for cls, words in _HEDGES.items() for w in words.split("|") if w.strip()}
_HEDGE_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in _HEDGE_CLASS)
_SCALES = {
    "%": "% | percent | per cent | pour cent | por ciento | prozent | per cento | por cento | процента | процентов"
    " | процент",
    "e3": "thousand | thousands | mille | mil | tausend | тысяч | тысячи | тысяча | тыс.",
    "e6": "million | millions | millón | millones | millionen | milioni | milhões | mln | mio. | m | миллиона"
    " | миллионов | миллион | млн",
    "e9": "billion | billions | milliard | milliards | mil millones | milliarde | milliarden | miliardi"
    " | bilhões | bn | mrd. | миллиарда | миллиардов | миллиард | млрд",
    "e12": "trillion | trillions | billones | billionen | триллион | трлн",
}
_SCALE_OF = {w.strip().casefold(): key for key, words in _SCALES.items() for w in words.split("|") if w.strip()}
_HEDGE_BEFORE = re.compile(r"(?<!\w)(?P<hedge>" + _alternation("|".join(_HEDGES.values())) + r")\s+$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s?(?P<scale>" + _alternation("|".join(_SCALES.values())) + r")(?!\w)", re.IGNORECASE)
# Scripts written without spaces glue the counter to the number ("21时", "120万册"): one glyph.
_GLYPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CURRENCY_SIGNS = "$€£¥₹₽"
_CURRENCY = re.compile(f"[{re.escape(_CURRENCY_SIGNS)}]")
_NUMBER = re.compile(
    r"(?<!\w)(?<![^\W\d_]-)(?P<currency>[$€£¥₹₽]\s?)?(?P<value>\d+(?:[.,:]\d+)*)"
    r"(?:(?P<glyph>[" + _GLYPH + r"])|(?P<unit>[^\W\d_]{1,3})(?!\w)|(?!\w))"
)
# Dates and times written with digits: ISO (with its time), day/month/year, CJK, clock times.
_NUMERIC_DATE = re.compile(
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"(?:[T ](?P<ih>\d{1,2}):(?P<imin>\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?(?!\w)"
    r"|(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}|\d{2})(?!\w)"
    r"|(?P<cy>\d{4})年(?:(?P<cm>\d{1,2})月(?:(?P<cd>\d{1,2})[日号])?)?"
    r"|(?P<cm2>\d{1,2})月(?P<cd2>\d{1,2})[日号]"
    r"|(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s?(?P<half>[ap])\.?m\.?(?!\w)"
    r"|(?P<hour24>\d{1,2})[:h](?P<minute24>\d{2})(?![\d.,:])",
    re.IGNORECASE,
)
_QUOTE_WORD = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?\.?")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?\.?")  # _WORD in ASCII text, found faster

# English and German months are written capitalised (and "may", "march" are words); the
# others are matched in any case. Abbreviations need their full stop unless listed without.
_CAPITALISED_MONTHS = [
    "January Jan. Januar Jänner",
    "February Feb. Februar",
    "March Mar. März",
    "April Apr.",
    "May Mai",
    "June Jun. Juni",
    "July Jul. Juli",
    "August Aug.",
    "September Sept. Sep. Sept",
    "October Oct. Oktober Okt.",
    "November Nov.",
    "December Dec. Dezember Dez.",
]
_OTHER_MONTHS = [
    "janvier enero gennaio janeiro января январь",
    "février febrero febbraio fevereiro февраля февраль",
    "mars marzo março марта март",
    "avril abril aprile апреля апрель",
    "mai mayo maggio maio мая май",
    "juin junio giugno junho июня июнь",
    "juillet julio luglio julho июля июль",
    "août agosto августа август",
    "septembre septiembre settembre setembro сентября сентябрь",
    "octobre octubre ottobre outubro октября октябрь",
    "novembre noviembre novembro ноября ноябрь",
    "décembre diciembre dicembre dezembro декабря декабрь",
]
_MONTH = {name: number for number, names in enumerate(_CAPITALISED_MONTHS, 1) for name in names.split()}
_MONTH_ANY_CASE = {name: number for number, names in enumerate(_OTHER_MONTHS, 1) for name in names.split()}
_WEEKDAY_NAMES = [
    "Monday lundi lunes Montag lunedì segunda-feira понедельник",
    "Tuesday mardi martes Dienstag martedì terça-feira вторник",
    "Wednesday mercredi miércoles Mittwoch mercoledì quarta-feira среда среду",
    "Thursday jeudi jueves Donnerstag giovedì quinta-feira четверг",
    "Friday vendredi viernes Freitag venerdì sexta-feira пятница пятницу",
    "Saturday samedi sábado Samstag Sonnabend sabato суббота субботу",
    "Sunday dimanche domingo Sonntag domenica воскресенье",
]
_WEEKDAY = {name.casefold(): number for number, names in enumerate(_WEEKDAY_NAMES, 1) for name in names.split()}
_FOLDED_NAMES = frozenset(
    variant
    for name in [*_MONTH, *_MONTH_ANY_CASE, *_WEEKDAY]
    for variant in (name.casefold().rstrip("."), name.casefold().rstrip(".") + ".")
)
_ASCII_NAME_HASHES = kernels.word_hashes([name for name in _FOLDED_NAMES if name.isascii()])
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|\.)?"
# What may stand before a month name: "Monday, 28 April", "le 28 avril", "28 de abril", "the 28th of April".
_BEFORE_MONTH = re.compile(
    r"(?<!\w)(?:(?P<weekday>[^\W\d_]+(?:-[^\W\d_]+)?),?\s+)?(?:(?P<day>[0-3]?\d)" + _ORDINAL + r"\s+(?:of\s+|de\s+)?)?$"
)
_DAY_AFTER = re.compile(r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)(?!,?\s*\d{3}\b)")
_YEAR_AFTER = re.compile(r",?\s+(?:de\s+)?(?P<year>\d{4})(?!\w)")

# (weekday, day, month, year, time "HH:MM"), None where the text does not say.
DateKey = tuple[int | None, int | None, int | None, int | None, str | None]


@dataclass(frozen=True)
class Fact:
    """A number, date or quotation at ``span`` (normalised text) and what it says (``key``).

    Numbers: (hedge class, currency, value, unit, scale). Dates: (weekday, day, month, year),
    ``None`` where the text does not say. Quotations: their tokens.
    """

    kind: str
    span: Span
    key: tuple[object, ...]

    @property
    def words(self) -> str:
        return " ".join(map(str, self.key))


def _month(word: str) -> int | None:
    return _MONTH.get(word) or _MONTH_ANY_CASE.get(word.casefold()) or _MONTH.get(word.rstrip("."))


def _name_places(text: str, name: str) -> Iterator[Span]:
    r"""Where ``name`` occurs in ``text`` followed by no word character (``name(?!\w)``)."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 1]
        if after.isalnum() or after == "_":
            at = text.find(name, at + 1)
        else:
            yield at, at + len(name)
            at = text.find(name, at + len(name))


def _before_month(text: str, start: int) -> re.Match[str] | None:
    """``_BEFORE_MONTH.search(text, max(0, start - 40), start)``, from a later position when it can.

    A match is at most three runs of non-space characters (weekday, day, "of"/"de") followed by
    white space, so it cannot start inside a fourth run back from ``start``: the search begins
    after the text before those three runs (``rsplit`` keeps that head whole, without the white
    space after it), where it finds the same first match.
    """
    low = max(0, start - 40)
    parts = text[low:start].rsplit(None, 3)
    if len(parts) == 4:
        low += len(parts[0])
    return _BEFORE_MONTH.search(text, low, start)


def _dates_by_name(text: str) -> list[tuple[Span, DateKey]]:
    """Dates written with a month or weekday name, in any of the listed languages."""
    found: list[tuple[Span, DateKey]] = []
    # In ASCII text, a compiled scan picks out the few words that may be names (by a hash of the
    # lower-cased word); the exact test below keeps the same ones as from every word.
    candidates = kernels.ascii_words_among(text, _ASCII_NAME_HASHES) if text.isascii() else None
    if candidates is None:
        candidates = _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)
    words = list(set(candidates))
    present = set(itertools.compress(words, map(_FOLDED_NAMES.__contains__, map(str.casefold, words))))
    names = [w for w in present if _month(w) is not None or w.rstrip(".").casefold() in _WEEKDAY]
    # Finding the few names present is much faster than looking at every word of the text.
    # (The literal name is searched fast; the boundaries around it are checked by hand.)
    # Sorted by (start, -end): two names at one place of the same length are the same string, so
    # the tuples sort without a key as they would by that key.
    matches = sorted(
        (start, -end, name)
        for name in names
        for start, end in _name_places(text, name)
        if not text[start - 1 : start].isalnum()
    )
    covered_until = 0
    for start, negative_end, word in matches:
        if start < covered_until:
            continue
        end = -negative_end
        month = _month(word)
        if month is None:
            weekday = _WEEKDAY.get(word.rstrip(".").casefold())
            if weekday is not None:
                found.append(((start, start + len(word.rstrip("."))), (weekday, None, None, None, None)))
            continue
        if word.endswith(".") and word not in _MONTH:
            end -= 1  # a sentence's full stop, not an abbreviation's
        weekday, day, year = None, None, None
        before = _before_month(text, start)
        if before is not None and before.group(0):
            if before.group("day"):
                day = int(before.group("day"))
            candidate = before.group("weekday")
            if candidate and candidate.casefold() in _WEEKDAY:
                weekday = _WEEKDAY[candidate.casefold()]
                start = before.start()
            elif day is not None:
                start = before.start("day")
        if found and found[-1][0][1] > start:
            found.pop()  # the weekday just found belongs to this date
        if day is None and (after := _DAY_AFTER.match(text, end)) is not None:
            day, end = int(after.group("day")), after.end()
        if (after_year := _YEAR_AFTER.match(text, end)) is not None:
            year, end = int(after_year.group("year")), after_year.end()
        found.append(((start, end), (weekday, day, month, year, None)))
        covered_until = end
    return found


def _numeric_date_key(match: re.Match[str]) -> DateKey:
    def number(*groups: str) -> int | None:
        value = next((match.group(g) for g in groups if match.group(g)), None)
        return int(value) if value is not None else None

    year = number("iy", "ny", "cy")
    if year is not None and year < 100:
        year += 2000
    time = None
    if match.group("ih"):
        time = f"{int(match.group('ih')):02d}:{match.group('imin')}"
    elif match.group("hour"):
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").casefold() == "p" else 0)
        time = f"{hour:02d}:{match.group('minute') or '00'}"
    elif match.group("hour24"):
        time = f"{int(match.group('hour24')):02d}:{match.group('minute24')}"
    return (None, number("id", "nd", "cd", "cd2"), number("im", "nm", "cm", "cm2"), year, time)


def _compatible(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Dates agree when no part known on both sides differs ("April 28" ~ "28 April 2025")."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _inside(position: int, areas: Sequence[Span], starts: Sequence[int] | None = None) -> bool:
    """Whether ``position`` falls in one of ``areas`` (sorted, disjoint; ``starts``: their starts)."""
    if not areas:
        return False
    if starts is None:
        index = bisect.bisect_right(areas, position, key=lambda area: area[0]) - 1
    else:
        index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < areas[index][1]


_ASCII_NUMBER_FIRST = np.zeros(128, dtype=bool)
_ASCII_NUMBER_FIRST[[ord(c) for c in "$0123456789"]] = True
_ASCII_WORD_CHAR = np.zeros(128, dtype=bool)
_ASCII_WORD_CHAR[[ord(c) for c in "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]] = True


def _may_scale(text: str, end: int) -> bool:
    """Whether ``_SCALE_AFTER`` can match at ``end`` of an ASCII text: every scale word starts with
    "%" or a letter, after at most one whitespace character."""
    char = text[end : end + 1]
    if char.isspace():
        char = text[end + 1 : end + 2]
    return char == "%" or char.isalpha()


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(text)``, tried only where a number can start, which is much faster: in
    ASCII text a digit or a currency sign after a character that is not a word character; in
    other text a currency sign or a digit that follows no digit."""
    if not text.isascii():
        starts = digit_run_starts(text)
        if any(sign in text for sign in _CURRENCY_SIGNS):
            starts = sorted({*starts, *(match.start() for match in _CURRENCY.finditer(text))})
        end = 0
        for start in starts:
            if start >= end and (match := _NUMBER.match(text, start)) is not None:
                yield match
                end = match.end()
        return
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    may_start = _ASCII_NUMBER_FIRST[codes]
    may_start[1:] &= ~_ASCII_WORD_CHAR[codes[:-1]]
    position = 0
    for start in np.flatnonzero(may_start).tolist():
        if start >= position and (match := _NUMBER.match(text, start)) is not None:
            yield match
            position = match.end()


_NEW = object.__new__
_SPAN = operator.attrgetter("span")
# The longest hedge, in characters: a hedge ending where the white space before a number starts
# begins at most this far before it (case-insensitive matching takes one character for one).
_HEDGE_LONGEST = max(len(w.strip()) for words in _HEDGES.values() for w in words.split("|"))
# What may follow the digits a numeric date or time starts with (``_NUMERIC_DATE``, any case).
_DATE_NEXT = frozenset("-./:hHaApP年月")
_HALF_DAY = frozenset("aApP")


def _fact(kind: str, span: Span, key: tuple[object, ...]) -> Fact:
    """``Fact(kind, span, key)``, made faster: a frozen dataclass's ``__init__`` sets each field
    through ``object.__setattr__``; this fills the new instance's ``__dict__`` with the same
    fields in the same order (``Fact`` has no ``__post_init__`` nor defaults)."""
    fact: Fact = _NEW(Fact)
    fields = fact.__dict__
    fields["kind"] = kind
    fields["span"] = span
    fields["key"] = key
    return fact


def _may_be_numeric_date(text: str, digits_end: int) -> bool:
    """Whether ``_NUMERIC_DATE`` can match at a run of digits ending at ``digits_end`` (followed by
    no digit): every form goes on, right after its first digits, with a separator, a CJK date
    sign, an "h" or ":" of a time, or "am"/"pm" after at most one white-space character."""
    char = text[digits_end : digits_end + 1]
    if char in _DATE_NEXT:
        return True
    return char.isspace() and text[digits_end + 1 : digits_end + 2] in _HALF_DAY


@functools.lru_cache(maxsize=256)
def extract_facts(text: str) -> tuple[Fact, ...]:
    """Numbers, dates and quotations of a normalised text, in order of position.

    Numbers and dates inside a quotation belong to the quotation.
    """
    quotes = quoted_spans(text)
    facts = [
        _fact("quote", (s, e), key) for s, e in quotes if (key := tuple(_QUOTE_WORD.findall(text[s:e].casefold())))
    ]
    quote_starts = [s for s, _ in quotes]
    dates = _dates_by_name(text)
    if quotes:
        facts += [_fact("date", span, key) for span, key in dates if not _inside(span[0], quotes, quote_starts)]
    else:
        facts += [_fact("date", span, key) for span, key in dates]
    date_starts = [span[0] for span, _ in dates]
    date_ends = [span[1] for span, _ in dates]
    quote_ends = [e for _, e in quotes]
    # Numbers come in order of position, and quotations and dates are sorted by start (dates: the
    # names are taken in order and a date drawn back over a weekday replaces it), so whether a
    # number is inside one (``_inside``: the last area starting at or before it) is a walk along
    # both lists: ``*_next`` is the first area starting after the number, ``*_end`` the end of
    # the one before it.
    quote_next, quote_end, quote_count = 0, -1, len(quote_starts)
    date_next, date_end, date_count = 0, -1, len(date_starts)
    covered_until = 0
    ascii_text = text.isascii()
    for match in _numbers(text):
        start, end = match.span()
        if start < covered_until:
            continue
        while quote_next < quote_count and quote_starts[quote_next] <= start:
            quote_end = quote_ends[quote_next]
            quote_next += 1
        if start < quote_end:
            continue
        while date_next < date_count and date_starts[date_next] <= start:
            date_end = date_ends[date_next]
            date_next += 1
        if start < date_end:
            continue
        currency, raw, glyph, unit = match.group("currency", "value", "glyph", "unit")
        # Every numeric date starts with a digit (not a currency sign); a number without
        # separators is one run of digits, and what follows it tells whether one can start here.
        if currency is None and (
            "." in raw or "," in raw or ":" in raw or _may_be_numeric_date(text, start + len(raw))
        ):
            numeric = _NUMERIC_DATE.match(text, start)
            if numeric is not None:
                facts.append(_fact("date", numeric.span(), _numeric_date_key(numeric)))
                covered_until = numeric.end()
                continue
        # Most numbers have no hedge: look for one only after a word that can end one.
        hedge = None
        if text[start - 1 : start].isspace():
            window = text[max(0, start - 16) : start]
            before = window.split()
            if before and before[-1].casefold() in _HEDGE_LAST_WORDS:
                # A hedge ends where the white space before the number starts.
                hedge_end = start - len(window) + len(window.rstrip())
                hedge = _HEDGE_BEFORE.search(text, max(0, start - 32, hedge_end - _HEDGE_LONGEST), start)
        scale = _SCALE_AFTER.match(text, end) if not ascii_text or _may_scale(text, end) else None
        value = number_value(raw)
        unit = glyph or unit or ""
        if (
            not (hedge or scale or currency or unit)
            and len(value) == 4
            and value.isdigit()
            and 1800 <= int(value) <= 2099
        ):
            facts.append(_fact("date", (start, end), (None, None, None, int(value), None)))
            continue
        facts.append(
            _fact(
                "number",
                (hedge.start() if hedge else start, scale.end() if scale else end),
                (
                    _HEDGE_CLASS[hedge.group("hedge").casefold()] if hedge else "",
                    (currency or "").strip(),
                    value,
                    unit.casefold(),
                    _SCALE_OF[scale.group("scale").casefold()] if scale else "",
                ),
            )
        )
    return tuple(sorted(facts, key=_SPAN))


def _same_quote(a: Fact, b: Fact) -> bool:
    """The same quotation, perhaps altered: mostly the same characters, or one inside the other."""
    if a.key == b.key:
        return True
    shorter, longer = sorted((a.key, b.key), key=len)
    if shorter and sum(1 for t in shorter if t in set(longer)) / len(shorter) >= QUOTE_CONTAINMENT:
        return True
    words_a, words_b = a.words, b.words
    if 2 * min(len(words_a), len(words_b)) < QUOTE_SIMILARITY * (len(words_a) + len(words_b)):
        return False  # the bound real_quick_ratio() gives, without building a matcher
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    return matcher.quick_ratio() >= QUOTE_SIMILARITY and matcher.ratio() >= QUOTE_SIMILARITY


def _same_value(a: Fact, b: Fact) -> bool:
    """The same number whatever the hedge, a compatible date, or the same quotation."""
    if a.kind == "date":
        return _compatible(a.key, b.key)
    if a.kind == "quote":
        return _same_quote(a, b)
    return a.key[1:] == b.key[1:]


def _same_sort(a: Fact, b: Fact) -> bool:
    """Two numbers of the same currency, unit and scale; two dates that say the same parts."""
    if a.kind == "date":
        return [x is None for x in a.key] == [y is None for y in b.key]
    return (a.key[1], a.key[3], a.key[4]) == (b.key[1], b.key[3], b.key[4])


def _identical(a: Fact, b: Fact) -> bool:
    return _compatible(a.key, b.key) if a.kind == "date" else a.key == b.key


def _pair_up(
    left: list[Fact], right: list[Fact], same: Callable[[Fact, Fact], bool]
) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """Greedy in-order pairing by ``same``; returns pairs and what is left on each side."""
    pairs = []
    remaining = list(right)
    unpaired = []
    for fact in left:
        partner = next((r for r in remaining if same(fact, r)), None)
        if partner is None:
            unpaired.append(fact)
        else:
            remaining.remove(partner)
            pairs.append((fact, partner))
    return pairs, unpaired, remaining


class Facts:
    """Every fact of one document, to ask whether it says something anywhere."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = facts
        self.starts = [f.span[0] for f in facts]
        # numbers by value (whatever the hedge): a set, as documents can hold hundreds
        self._numbers = {f.key[1:] for f in facts if f.kind == "number"}
        self._others = [f for f in facts if f.kind != "number"]

    def has(self, fact: Fact) -> bool:
        """Whether the document has ``fact`` (the same number, a compatible date, the quote)."""
        if fact.kind == "number":
            return fact.key[1:] in self._numbers
        return any(g.kind == fact.kind and _same_value(fact, g) for g in self._others)

    def within(self, area: Span) -> Sequence[Fact]:
        """Facts that start inside ``area`` (a quotation may run past the end of its sentence)."""
        return self.facts[bisect.bisect_left(self.starts, area[0]) : bisect.bisect_left(self.starts, area[1])]


def compare_facts(
    facts_a: Sequence[Fact], facts_b: Sequence[Fact], all_a: Facts, all_b: Facts
) -> list[tuple[str, Fact | None, Fact | None]]:
    """Facts of two corresponding stretches that differ: (kind, fact in a, fact in b).

    A fact of one stretch with no counterpart in the other is reported only when the other
    document has it nowhere (``all_a``/``all_b``: every fact of each document).
    """
    out: list[tuple[str, Fact | None, Fact | None]] = []
    if len(facts_a) == len(facts_b) and all(
        x.kind == y.kind and x.key == y.key for x, y in zip(facts_a, facts_b, strict=True)
    ):
        return out  # the same facts in the same order pair up one to one, whatever their kind
    for kind in ("number", "date", "quote"):
        left = [f for f in facts_a if f.kind == kind]
        right = [f for f in facts_b if f.kind == kind]
        _, left, right = _pair_up(left, right, _identical)
        pairs, left, right = _pair_up(left, right, _same_value)
        out += [(kind, x, y) for x, y in pairs]
        left = [f for f in left if not all_b.has(f)]
        right = [f for f in right if not all_a.has(f)]
        if kind != "quote":
            # A number or date left on both sides, of the same sort, was most likely updated.
            pairs, left, right = _pair_up(left, right, _same_sort)
            out += [(kind, x, y) for x, y in pairs]
        out += [(kind, x, None) for x in left] + [(kind, None, y) for y in right]
    return out


def _stretches(matches: list[_Match]) -> list[tuple[Span, Span]]:
    """Each passage, and the text between two passages that follow each other on both sides."""
    ordered = sorted(matches, key=lambda m: m.a)
    out = [(m.a, m.b) for m in ordered]
    for first, second in itertools.pairwise(ordered):
        if first.b[1] <= second.b[0] and (first.a[1] < second.a[0] or first.b[1] < second.b[0]):
            out.append(((first.a[1], second.a[0]), (first.b[1], second.b[0])))
    return out


def _changes(a: _Side, b: _Side, matches: list[_Match]) -> list[Change]:
    if not matches or a.text == b.text:
        # The same normalised text states the same facts in the same places: nothing changed
        # (an exact copy: no need to find every fact of both texts to learn that).
        return []
    all_a, all_b = a.facts, b.facts
    if not all_a.facts and not all_b.facts:
        return []
    found: dict[tuple[str, Span | None, Span | None], Change] = {}
    for area_a, area_b in _stretches(matches):
        facts_a = all_a.within(area_a)
        facts_b = all_b.within(area_b)
        if not facts_a and not facts_b:
            continue
        for kind, x, y in compare_facts(facts_a, facts_b, all_a, all_b):
            span_a = a.file_span(x.span) if x else None
            span_b = b.file_span(y.span) if y else None
            found.setdefault(
                (kind, span_a, span_b),
                Change(
                    kind=kind,
                    a=span_a,
                    b=span_b,
                    text_a=a.original(span_a) if span_a else "",
                    text_b=b.original(span_b) if span_b else "",
                ),
            )
    return sorted(found.values(), key=_change_order)


# --- passages ----------------------------------------------------------------------------------


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _disjoint(a: _Side, b: _Side, matches: list[_Match]) -> list[tuple[_Match, Passage]]:
    """File spans of the passages, clipped so that no two overlap on either side."""
    out: list[tuple[_Match, Passage]] = []
    taken_a: list[Span] = []
    # Kept spans of b, sorted by start: they never overlap, so their ends are sorted too.
    starts_b: list[int] = []
    ends_b: list[int] = []
    for match in sorted(matches, key=lambda m: m.a):
        span_a, span_b = a.file_span(match.a), b.file_span(match.b)
        # Overlapping tokens (character bigrams of unspaced scripts) can make neighbours share a
        # character: clip the later one.
        if taken_a and span_a[0] < taken_a[-1][1]:
            span_a = (taken_a[-1][1], span_a[1])
        holder = bisect.bisect_right(starts_b, span_b[0]) - 1
        if holder >= 0 and span_b[0] < ends_b[holder]:
            span_b = (ends_b[holder], span_b[1])
        if span_a[0] >= span_a[1] or span_b[0] >= span_b[1]:
            continue
        before = bisect.bisect_left(starts_b, span_b[1])  # the kept spans that start before its end
        if before and ends_b[before - 1] > span_b[0]:
            continue
        taken_a.append(span_a)
        starts_b.insert(before, span_b[0])
        ends_b.insert(before, span_b[1])
        out.append((match, Passage(a=span_a, b=span_b, kind=match.kind, similarity=match.similarity)))
    return out


def build_evidence(
    a: Prepared, b: Prepared, alignment: Alignment | None, relation: Relation | None, settings: Settings
) -> tuple[tuple[Passage, ...], tuple[Change, ...]]:
    """Aligned passages and changed facts of a pair, as offsets into each original file.

    ``a`` and ``b`` must have their sentence grams filled (``alignment`` is ``align(a, b)``).
    The evidence is found with the two texts in an order of their own (``verify.content_first``), not their
    names' (which orders ``a`` and ``b``), and given back for ``a`` and ``b``: renaming files
    changes no passage and no change, only which side each is on.
    """
    if content_first(b, a):
        passages, changes = _build_evidence(b, a, transposed(alignment) if alignment else None, relation, settings)
        swapped_passages = (Passage(a=p.b, b=p.a, kind=p.kind, similarity=p.similarity) for p in passages)
        swapped_changes = (Change(c.kind, c.b, c.a, c.text_b, c.text_a) for c in changes)
        return tuple(sorted(swapped_passages, key=_passage_order)), tuple(sorted(swapped_changes, key=_change_order))
    return _build_evidence(a, b, alignment, relation, settings)


def _passage_order(passage: Passage) -> tuple[int, int]:
    return passage.a


def _change_order(change: Change) -> tuple[tuple[int, int], tuple[int, int], str]:
    return (change.a or change.b or (0, 0), change.b or (0, 0), change.kind)


def _build_evidence(
    a: Prepared, b: Prepared, alignment: Alignment | None, relation: Relation | None, settings: Settings
) -> tuple[tuple[Passage, ...], tuple[Change, ...]]:
    side_a, side_b = _Side.of(a), _Side.of(b)
    if relation is Relation.EXACT:
        matches = [_Match((0, len(a.text)), (0, len(b.text)), "same", 1.0)] if a.text and b.text else []
    elif relation in _COPIES:
        matches = _run_matches(side_a, side_b)
    else:
        matches = _sentence_matches(side_a, side_b, alignment, settings)
        if relation is None:
            runs = _run_matches(side_a, side_b)
            matches += [r for r in runs if not any(_overlaps(r.a, [m.a]) or _overlaps(r.b, [m.b]) for m in matches)]
    kept = _disjoint(side_a, side_b, matches)
    changes = _changes(side_a, side_b, [m for m, _ in kept])
    return tuple(p for _, p in kept), tuple(changes)


# --- two articles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """Everything ``dedupe diff`` shows about two articles, related or not (``relation`` None)."""

    a: Article
    b: Article
    relation: Relation | None
    score: float
    measures: Measures
    passages: tuple[Passage, ...]
    changes: tuple[Change, ...]
    words_a: int = 0
    words_b: int = 0
    # Worded like a copy or rewrite, with other numbers (``verify.other_numbers``).
    other_numbers: bool = False
    # Worded like a rewrite, each quoting what the other does not (``verify.other_quotes``).
    other_quotes: bool = False
    # ``other_numbers`` only because each states numbers of its own (``verify.numbers_apart``).
    numbers_apart: bool = False
    # ``other_numbers`` only because the aligned sentences state quantities otherwise
    # (``verify.numbers_conflict``).
    numbers_conflict: bool = False

    @classmethod
    def of_pair(cls, pair: Pair, a: Article, b: Article, words_a: int = 0, words_b: int = 0) -> Comparison:
        """A reported pair with the articles it points into."""
        return cls(a, b, pair.relation, pair.score, pair.measures, pair.passages, pair.changes, words_a, words_b)


def _read(
    article_a: Article, article_b: Article, settings: Settings, hasher: TokenHasher
) -> tuple[Prepared, Prepared, Alignment | None, Measures, tuple[Relation, float] | None]:
    """Two articles prepared, aligned, measured and classified."""
    a = prepare(article_a, settings, hasher)
    b = prepare(article_b, settings, hasher)
    sentence_grams(a, settings, hasher)
    sentence_grams(b, settings, hasher)
    alignment = align(a, b)
    measures = measure(a, b, settings, alignment)
    return a, b, alignment, measures, classify(a, b, measures, settings)


def compare(article_a: Article, article_b: Article, settings: Settings) -> Comparison:
    """Verify two articles as a scan would (without a corpus) and gather the evidence."""
    hasher = TokenHasher(settings.seed)
    stripped_a, stripped_b = strip_boilerplate([article_a, article_b])
    a, b, alignment, measures, verdict = _read(stripped_a, stripped_b, settings, hasher)
    if verdict is not None and verdict[0] is Relation.PARTIAL:
        framed = strip_frame(stripped_a, stripped_b)
        if framed is not None:
            # As a scan reads two pages of one site (``pipeline.verify_pair``).
            a, b, alignment, measures, verdict = _read(*framed, settings, hasher)
    relation, score = verdict if verdict is not None else (None, 0.0)
    passages, changes = build_evidence(a, b, alignment, relation, settings)
    rules_decide = (
        verdict is None
        and other_numbers(measures, settings)
        and not other_numbers(measures, replace(settings, numbers_own=0, numbers_conflicts=0))
    )
    return Comparison(
        article_a,
        article_b,
        relation,
        round(score, 4),
        measures,
        passages,
        changes,
        a.words,
        b.words,
        other_numbers=verdict != (Relation.EXACT, 1.0) and other_numbers(measures, settings),
        other_quotes=verdict is None and other_quotes(measures, settings),
        # Said only when it is one of these rules that fails (the stated numbers agree); numbers
        # of their own first when both do.
        numbers_apart=rules_decide and numbers_apart(measures, settings),
        numbers_conflict=rules_decide and not numbers_apart(measures, settings),
    )
