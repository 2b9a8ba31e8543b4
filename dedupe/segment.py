"""Language-agnostic tokens and sentences.

Words are runs of Unicode letters, marks and digits (numbers keep their separators:
``1,850`` is one token). Scripts written without spaces between words (Han, kana, Thai, Lao,
Khmer, Myanmar, Tibetan) have no word boundaries to find, so each of their runs becomes
overlapping character bigrams, the usual unit for comparing such text.
Sentences end at ``. ! ? …`` followed by space and no lower-case letter, at ``。！？؟۔।॥`` and
at line breaks. Text between double quotes (every quote style, after normalisation) is marked,
because a quotation shared by two reports is not evidence that one reused the other.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dedupe.normalize import normalize

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\u30fc\u3005"
_TOKEN = regex.compile(
    r"(\p{N}+(?:[.,:]\p{N}+)*)|([" + _UNSPACED + r"]+)|([[\p{L}\p{M}\p{N}]--[" + _UNSPACED + r"]]+)",
    regex.V1,
)
_SENTENCE_END = regex.compile(
    r"(?<=[.!?…])[\"')\]]*\s+(?!\p{Ll})|(?<=[。！？؟۔।॥])[\"')\]]*\s*|\s*\n\s*",
)
_QUOTED = regex.compile(r'"[^"\n]{2,}?"')


@dataclass(frozen=True)
class Segmented:
    """Tokens of a text with, per token, its sentence number and whether it is quoted."""

    tokens: list[str]
    sentence_of: list[int]
    quoted: list[bool]
    spans: list[tuple[int, int]]
    sentence_spans: list[tuple[int, int]]


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> list[str]:
    """Case-folded tokens of text, in order."""
    out: list[str] = []
    for number, unspaced, word in _TOKEN.findall(text):
        if unspaced:
            out.extend(_bigrams(unspaced))
        else:
            out.append((number or word).casefold())
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` character spans of the sentences of a text (empty pieces dropped)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = max(start, match.end())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """Sentences of a text."""
    return [text[s:e] for s, e in sentence_spans(text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text between double quotes (all quote styles are '"' after normalisation)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def segment(text: str) -> Segmented:
    """Tokenise text (normalised without case folding) keeping sentences, quotes and offsets."""
    sent_spans = sentence_spans(text)
    quotes = quoted_spans(text)
    toks: list[str] = []
    sentence_of: list[int] = []
    quoted: list[bool] = []
    spans: list[tuple[int, int]] = []
    sentence = 0
    quote = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while sentence < len(sent_spans) - 1 and start >= sent_spans[sentence][1]:
            sentence += 1
        while quote < len(quotes) and start >= quotes[quote][1]:
            quote += 1
        in_quote = quote < len(quotes) and quotes[quote][0] <= start
        run = match.group(2)
        if run:
            pieces = [(p, start + i, start + i + len(p)) for i, p in enumerate(_bigrams(run))]
        else:
            pieces = [(match.group(0).casefold(), start, end)]
        for piece, s, e in pieces:
            toks.append(piece)
            sentence_of.append(sentence)
            quoted.append(in_quote)
            spans.append((s, e))
    return Segmented(toks, sentence_of, quoted, spans, sent_spans)


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


_UNSPACED_CHAR = regex.compile(r"[" + _UNSPACED + r"]")


def is_unspaced(token: str) -> bool:
    """Whether a token comes from a script written without spaces (a character bigram)."""
    return _UNSPACED_CHAR.match(token) is not None
