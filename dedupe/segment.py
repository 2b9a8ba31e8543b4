"""Language-agnostic tokens and sentences.

Words are runs of Unicode letters, marks and digits (numbers keep their separators:
``1,850`` is one token). Scripts written without spaces between words (Han, kana, Thai, Lao,
Khmer, Myanmar, Tibetan) have no word boundaries to find, so each of their runs becomes
overlapping character bigrams, the usual unit for comparing such text.
Sentences end at ``. ! ? …`` followed by a line break, or by space and no lower-case letter (of a
script with case: Georgian has none), at the full stops of
other scripts (``。！？؟۔।॥`` and those of Myanmar, Khmer, Tibetan, Ethiopic, Armenian and
Mongolian: ``kernels.OTHER_SENTENCE_ENDS``) and at line breaks. Text between double quotes
(every quote style, after normalisation) is marked, because a quotation shared by two reports is
not evidence that one reused the other.
"""

from __future__ import annotations

import bisect
import functools

import numpy as np
import numpy.typing as npt
import regex

from dedupe import kernels
from dedupe.normalize import normalize

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\u30fc\u3005"
_TOKEN = regex.compile(
    r"(\p{N}+(?:[.,:]\p{N}+)*)|([" + _UNSPACED + r"]+)|([[\p{L}\p{M}\p{N}]--[" + _UNSPACED + r"]]+)",
    regex.V1,
)
# Candidate sentence ends; a ". " followed by a lower-case letter is an abbreviation, not an end.
_SENTENCE_END = regex.compile(
    r"[.!?…][\"')\]]*\s+|["
    + kernels.OTHER_SENTENCE_ENDS
    + r"][\"')\]]*\s*|[.!?][\"')\]]*(?=[\p{Han}\p{Hiragana}\p{Katakana}])|\s*\n\s*"
)
_ENDS_KEPT = ".!?…" + kernels.OTHER_SENTENCE_ENDS
_LOWER_AFTER = regex.compile(kernels.LOWER_CASE, regex.V1)
# A quotation: between double quotes (every style, after normalisation), or between doubled
# apostrophes, as Hindi agencies (PTI-Bhasha) and others type them (''…'', or ‘‘…’’): opening
# where no word ends and before a character that is not space, closing after one and where no
# word begins. Not inch marks (a 27'' screen), primes (5′11′′), LaTeX's ``…'' or wiki ''italics''
# glued to words.
_QUOTED = regex.compile(
    r'"[^"\n]{2,}?"'
    r"|(?<![\p{L}\p{N}\p{M}'])''(?=[^\s'])(?:(?!'')[^\n]){2,}?(?<=\S)''(?![\p{L}\p{N}\p{M}])"
)
_UNSPACED_CHAR = regex.compile(r"[" + _UNSPACED + r"]")
_SPACED_TOKEN = regex.compile(r"\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+")


class Segmented:
    """Tokens of a text with, per token, its sentence number and whether it is quoted.

    ``spans`` (offsets of each token in the text) are computed on first use only: the scan
    needs them just for the pairs it reports. So are the lists ``sentence_of``, ``quoted`` and
    the tokeniser's offsets when ``segment`` has them as arrays.
    """

    __slots__ = (
        "_ends_array",
        "_quoted",
        "_sentence_of",
        "_spans",
        "_starts_array",
        "_token_ends",
        "_token_starts",
        "has_unspaced",
        "quoted_array",
        "sentence_of_array",
        "sentence_spans",
        "text",
        "token_points",
        "tokens",
    )

    def __init__(
        self,
        text: str,
        tokens: list[str],
        sentence_of: list[int] | None,
        quoted: list[bool] | None,
        sentence_spans: list[tuple[int, int]],
        has_unspaced: bool,
    ) -> None:
        """``sentence_of`` and ``quoted`` may be ``None`` when ``sentence_of_array`` and
        ``quoted_array`` are set: the lists are then made from them on first use."""
        self.text = text
        self.tokens = tokens
        self._sentence_of = sentence_of
        self._quoted = quoted
        self.sentence_spans = sentence_spans
        self.has_unspaced = has_unspaced
        self._spans: list[tuple[int, int]] | None = None
        # The tokeniser's offsets, when ``segment`` kept them: ``spans`` as two lists (made from
        # the two arrays on first use).
        self._token_starts: list[int] | None = None
        self._token_ends: list[int] | None = None
        self._starts_array: kernels.I64 | None = None
        self._ends_array: kernels.I64 | None = None
        # What ``segment`` had at hand as arrays: ``sentence_of``, ``quoted``, and the tokens as
        # ``kernels.token_code_points`` gives them.
        self.sentence_of_array: kernels.I64 | None = None
        self.quoted_array: npt.NDArray[np.bool_] | None = None
        self.token_points: tuple[kernels.U32, kernels.I64, kernels.I64] | None = None

    @property
    def sentence_of(self) -> list[int]:
        """Per token, the number of its sentence (never decreasing)."""
        if self._sentence_of is None:
            self._sentence_of = [] if self.sentence_of_array is None else self.sentence_of_array.tolist()
        return self._sentence_of

    @property
    def quoted(self) -> list[bool]:
        """Per token, whether it is inside a quotation."""
        if self._quoted is None:
            self._quoted = [] if self.quoted_array is None else self.quoted_array.tolist()
        return self._quoted

    def keep_offsets(self, starts: kernels.I64, ends: kernels.I64) -> None:
        """Keep the tokeniser's offsets ``[starts, ends)`` of the tokens (``spans``)."""
        self._starts_array, self._ends_array = starts, ends

    @property
    def token_starts(self) -> list[int] | None:
        """Where each token starts in ``text``, when the tokeniser's offsets were kept."""
        if self._token_starts is None and self._starts_array is not None:
            self._token_starts = self._starts_array.tolist()
        return self._token_starts

    @property
    def token_ends(self) -> list[int] | None:
        """Where each token ends in ``text``, when the tokeniser's offsets were kept."""
        if self._token_ends is None and self._ends_array is not None:
            self._token_ends = self._ends_array.tolist()
        return self._token_ends

    @property
    def spans_known(self) -> bool:
        """Whether ``spans`` is already at hand (the tokeniser's offsets, kept by ``segment``)."""
        return self._spans is not None or self._starts_array is not None

    def sentence_tokens(self, first: int, last: int) -> list[str]:
        """Tokens of sentences ``first`` … ``last`` (``sentence_of`` never decreases)."""
        sentence_of = self.sentence_of
        return self.tokens[bisect.bisect_left(sentence_of, first) : bisect.bisect_left(sentence_of, last + 1)]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """``[start, end)`` of every token in ``text``."""
        starts, ends = self.token_starts, self.token_ends
        if self._spans is None and starts is not None and ends is not None:
            self._spans = list(zip(starts, ends, strict=True))
        if self._spans is None:
            spans: list[tuple[int, int]] = []
            for start, end, _, _ in _pieces(self.text, self.sentence_spans):
                for match in _TOKEN.finditer(self.text, start, end):
                    run = match.group(2)
                    if run:
                        first = match.start()
                        spans.extend((first + i, first + i + len(p)) for i, p in enumerate(_bigrams(run)))
                    else:
                        spans.append(match.span())
            if len(spans) != len(self.tokens):  # pragma: no cover - defensive, exotic case folding
                spans = (spans + [(len(self.text), len(self.text))] * len(self.tokens))[: len(self.tokens)]
            self._spans = spans
        return self._spans


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def tokens(text: str, unspaced: bool | None = None) -> list[str]:
    """Case-folded tokens of text, in order (``unspaced=False``: the caller knows the text has
    no characters of unspaced scripts, which skips looking for them)."""
    if unspaced is None:
        unspaced = kernels.has_unspaced(text)
    if not unspaced:
        return _SPACED_TOKEN.findall(text.casefold())
    out: list[str] = []
    for number, run, word in _TOKEN.findall(text):
        if run:
            out.extend(_bigrams(run))
        else:
            out.append((number or word).casefold())
    return out


def _is_initial(text: str, dot: int) -> bool:
    """A single letter before the full stop: an initial or abbreviation ("N. Korea", "J. Smith")."""
    return dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalpha())


def sentence_spans(text: str, cps: kernels.U32 | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` character spans of the sentences of a text (empty pieces dropped).

    ``cps``: the text's code points, when the caller has them. The compiled splitter
    (``kernels.sentence_spans``) gives the spans of ``regex_sentence_spans``, faster.
    """
    found = kernels.sentence_spans(kernels.code_points(text) if cps is None else cps)
    if found is None:
        return regex_sentence_spans(text)
    return list(zip(found[0].tolist(), found[1].tolist(), strict=True))


def regex_sentence_spans(text: str) -> list[tuple[int, int]]:
    """``sentence_spans`` by regular expressions: the definition, and the path without numba."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        # A line break ends a sentence whatever follows ("\s*\n\s*").
        broken = "\n" in match.group()
        if not broken and end < len(text) and text[match.start()] in ".!?…" and _LOWER_AFTER.match(text, end):
            continue
        if not broken and text[match.start()] == "." and _is_initial(text, match.start()):
            continue
        if match.start() > start:
            spans.append((start, match.start() + (1 if text[match.start()] in _ENDS_KEPT else 0)))
        start = max(start, end)
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """Sentences of a text."""
    return [text[s:e] for s, e in sentence_spans(text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations: between double quotes (all quote styles are '"' after normalisation)
    or between doubled apostrophes."""
    return list(_quoted_spans(text))


# Verifying a pair asks for a document's quotations several times (its facts, its pieces, its
# numbers outside quotations, its quotation of each token): found once per text.
@functools.lru_cache(maxsize=64)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    if "''" not in text:
        return _double_quoted(text)
    return tuple((m.start(), m.end()) for m in _QUOTED.finditer(text))


def _double_quoted(text: str) -> tuple[tuple[int, int], ...]:
    """``_QUOTED``'s matches in a text without doubled apostrophes, found by ``str.find``: a
    quotation runs from a '"' to the next one when two characters or more and no line break
    stand between them; otherwise the search goes on from that next one."""
    spans: list[tuple[int, int]] = []
    at = text.find('"')
    while at >= 0:
        close = text.find('"', at + 1)
        if close < 0:
            break
        if close - at >= 3 and text.find("\n", at + 1, close) < 0:
            spans.append((at, close + 1))
            close = text.find('"', close + 1)
        at = close
    return tuple(spans)


def _pieces(text: str, sentence_spans: list[tuple[int, int]]) -> list[tuple[int, int, int, bool]]:
    """Sentence spans cut at quotation boundaries: ``(start, end, sentence, quoted)``."""
    quotes = quoted_spans(text) if '"' in text or "''" in text else []
    pieces: list[tuple[int, int, int, bool]] = []
    q = 0
    for number, (start, end) in enumerate(sentence_spans):
        pos = start
        while q < len(quotes) and quotes[q][1] <= pos:
            q += 1
        k = q
        while pos < end:
            if k < len(quotes) and quotes[k][0] < end:
                qs, qe = quotes[k]
                if qs > pos:
                    pieces.append((pos, qs, number, False))
                    pos = qs
                inner_end = min(qe, end)
                pieces.append((pos, inner_end, number, True))
                pos = inner_end
                if qe <= end:
                    k += 1
                else:
                    break
            else:
                pieces.append((pos, end, number, False))
                pos = end
    return pieces


def segment(text: str) -> Segmented:
    """Tokenise text (normalised without case folding) keeping sentences and quotations."""
    cps = kernels.code_points(text)
    sent_spans = sentence_spans(text, cps)
    has_unspaced = kernels.has_unspaced(text)
    pieces = _pieces(text, sent_spans)
    if not pieces:
        return Segmented(text, [], [], [], sent_spans, has_unspaced)
    # One pass of the compiled tokeniser over the whole text: a token almost never crosses a
    # piece boundary (pieces end at sentence-ending punctuation, spaces or quotation marks), and
    # folding each token equals tokenising the folded text (case folding never changes a
    # character's class and leaves unspaced scripts alone: checked over every code point in the
    # tests). A text where a token does cross one ("0.〇": a number, then a sentence end before
    # a Han numeral) is tokenised piece by piece.
    starts, ends = kernels.tokenize(cps, kernels.class_table())
    labels = kernels.token_pieces(starts, ends, np.array(pieces, dtype=np.int64))
    if labels is None:
        return _segment_by_piece(text, sent_spans, pieces, has_unspaced)
    sentence_array, quoted_array = labels
    folded = text.casefold()
    # Case folding maps each character on its own: when no character grows, the folded text has
    # every token at the same offsets, and its tokens are those of the folded code points.
    same_offsets = len(folded) == len(text)
    points: tuple[kernels.U32, kernels.I64, kernels.I64] | None = None
    joined = kernels.joined_tokens(kernels.code_points(folded), starts, ends) if same_offsets else None
    if joined is not None:
        toks, points = joined
    elif same_offsets:
        # (Slicing the folded text is faster than folding each token.)
        toks = [folded[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
        points = _joined_points(kernels.code_points(folded), starts, ends)
    else:
        toks = [text[a:b].casefold() for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    segmented = Segmented(text, toks, None, None, sent_spans, has_unspaced)
    # The tokeniser's offsets are the tokens' spans (what ``spans`` would find again).
    segmented.keep_offsets(starts, ends)
    segmented.sentence_of_array, segmented.quoted_array = sentence_array, quoted_array
    segmented.token_points = points
    return segmented


def _joined_points(
    cps: kernels.U32, starts: kernels.I64, ends: kernels.I64
) -> tuple[kernels.U32, kernels.I64, kernels.I64]:
    """``kernels.token_code_points`` of the tokens at ``[starts, ends)`` of a text's code points
    ``cps``, gathered from them rather than joined and encoded again."""
    lengths = ends - starts
    joined_ends = np.cumsum(lengths)
    joined_starts = joined_ends - lengths
    gathered = cps[np.arange(int(joined_ends[-1]) if len(lengths) else 0) + np.repeat(starts - joined_starts, lengths)]
    return gathered, joined_starts, joined_ends


def _segment_by_piece(
    text: str, sent_spans: list[tuple[int, int]], pieces: list[tuple[int, int, int, bool]], has_unspaced: bool
) -> Segmented:
    toks: list[str] = []
    sentence_of: list[int] = []
    quoted: list[bool] = []
    for start, end, number, in_quote in pieces:
        piece = tokens(text[start:end], None if has_unspaced else False)
        toks.extend(piece)
        sentence_of.extend([number] * len(piece))
        quoted.extend([in_quote] * len(piece))
    return Segmented(text, toks, sentence_of, quoted, sent_spans, has_unspaced)


def token_spans(original: str) -> list[tuple[str, int, int]]:
    """Normalised tokens of the *original* text with their ``[start, end)`` offsets in it."""
    out: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(original):
        start, end = match.span()
        run = match.group(2)
        if run:
            for i, piece in enumerate(_bigrams(run)):
                out.append((normalize(piece), start + i, start + i + len(piece)))
        else:
            for token in tokens(normalize(match.group(0))):
                out.append((token, start, end))
    return out


def is_unspaced(token: str) -> bool:
    """Whether a token comes from a script written without spaces (a character bigram)."""
    return _UNSPACED_CHAR.match(token) is not None
