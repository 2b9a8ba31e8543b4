"""Text normalisation: Unicode NFKC, case folding, typographic quotes and dashes, whitespace.

The pipeline normalises whole texts; evidence (``segment.token_spans``) normalises token by
token so that every token keeps its offsets into the text as it was read.
"""

from __future__ import annotations

import re
import unicodedata

# Every typographic double quote (and the guillemets and CJK corner brackets that play the same
# role) becomes '"'; single typographic quotes become "'"; every dash becomes '-'.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\u301d\u301e\u2033\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATION = str.maketrans(
    {**{c: '"' for c in _DOUBLE_QUOTES}, **{c: "'" for c in _SINGLE_QUOTES}, **{c: "-" for c in _DASHES}}
)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r" ?\n[\s]*")


def _fold(text: str, fold_case: bool) -> str:
    # casefold can produce characters that NFKC changes again (and back); iterate to a fixed
    # point so that normalising twice equals normalising once.
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text)
        if fold_case:
            folded = folded.casefold()
        folded = folded.translate(_TRANSLATION)
        if folded == text:
            break
        text = folded
    return text


def normalize(text: str, *, fold_case: bool = True) -> str:
    """Return the normalised form of ``text``; ``normalize(normalize(t)) == normalize(t)``.

    ``fold_case=False`` keeps letter case so that sentence boundaries can still be told from
    abbreviations ("3.40 p.m. on Monday"); tokens are case-folded one by one afterwards.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fold(text, fold_case)
    text = _HORIZONTAL_SPACE.sub(" ", text)
    text = _LINE_BREAKS.sub("\n", text)
    return text.strip()
