"""Text normalisation: Unicode NFKC, case folding, typographic quotes and dashes, whitespace;
and numbers as values (``number_value``: "1,000" = "1.000" = "١٠٠٠"), which evidence and
verification both compare.

The pipeline normalises whole texts; evidence (``segment.token_spans``) normalises token by
token so that every token keeps its offsets into the text as it was read. A quotation nested in
another keeps single quotes (``_nest_quotes``), so that the outer one stays one span; direct
speech set off by dashes gets double quotes (``_dash_speech``).

Text in other scripts goes through tables indexed by code point (numpy), filled as characters
are first seen: NFKC (``nfkc``), offsets of folded text, where digit runs start; each equals
the plain per-character computation (``tests/test_speed_equivalence.py``).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
import regex

# Every typographic double quote (and the guillemets and CJK corner brackets that play the same
# role) becomes '"'; single typographic quotes become "'"; every dash becomes '-'. The white
# corner brackets 『』 quote inside 「」 in Japanese and Chinese, or name a work (a book, a film):
# single quotes, so that 「…『…』…」 stays one quotation and a title is not one.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u301d\u301e\u301f\u2033\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\uff07\u300e\u300f"
# Nested quotations. Where the marks say which way they face («», „“, “”, 「」, 〝〞), a quotation
# inside another (Russian «…„…“…» or «…«…»…», Japanese 「…"…"…」, French «…“…”…») has its marks
# made single quotes, so that the outer quotation stays one span: with every mark a '"', the
# inner marks would cut it into wrong pieces. A line is changed only when its marks pair up,
# but for openers left over at its end (a quotation that goes on in the next paragraph); any
# other line keeps every mark (and pairs them as before: first with second).
# Each mark: the marks that close it when it opens, and the openers it can close.
_OPENS: dict[str, str] = {
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab\u00bb",  # » … « (German, Danish), » … » (Swedish, Finnish)
    "\u201e": "\u201c\u201d",  # „ … “ (German), „ … ” (Polish, Hungarian)
    "\u201c": "\u201d",  # “ … ” (English)
    "\u201f": "\u201d",
    "\u201d": "\u201d",  # ” … ” (Swedish, Finnish)
    "\u300c": "\u300d\uff63\ufe42",  # 「 … 」
    "\uff62": "\u300d\uff63\ufe42",  # halfwidth ｢
    "\ufe41": "\u300d\uff63\ufe42",  # vertical ﹁
    "\u301d": "\u301e\u301f",  # 〝 … 〞 / 〟
    '"': '"\uff02',
    "\uff02": '"\uff02',
}
_CLOSERS = frozenset("".join(_OPENS.values()))
_UNDIRECTED = frozenset('"\uff02')
_QUOTE_MARK = re.compile("[" + re.escape("".join(_OPENS) + "".join(_CLOSERS)) + "]")


def _with_marks(text: str, marks: dict[int, str]) -> str:
    """``text`` with the character at each position of ``marks`` replaced (one for one)."""
    if not marks:
        return text
    chars = list(text)
    for position, mark in marks.items():
        chars[position] = mark
    return "".join(chars)


def _nest_quotes(text: str) -> str:
    """``text`` with the marks of quotations nested in others made "'" (one character for one)."""
    if text.isascii():
        return text  # only '"': it cannot tell an inner quotation from the next one
    marks = [(match.start(), match.group()) for match in _QUOTE_MARK.finditer(text)]
    if len(marks) < 4 or all(mark.isascii() for _, mark in marks):
        return text  # a nested quotation needs two pairs of marks
    nested: list[int] = []
    stack: list[tuple[str, int]] = []
    line: list[int] = []  # the positions of this line's nested marks
    balanced = True
    previous = 0
    for position, mark in [*marks, (len(text), "")]:
        if text.find("\n", previous, position) >= 0 or text.find("\r", previous, position) >= 0 or not mark:
            # A new line (or the end): its nested marks are made single if its marks paired up,
            # or if only openers are left over, those of the quotations inside them: a
            # quotation that goes on in the next paragraph opens there again (press style).
            if balanced:
                limit = stack[0][1] if stack else len(text)
                nested.extend(at for at in line if at < limit)
            stack.clear()
            line.clear()
            balanced = True
        previous = position
        if not balanced or not mark:
            continue
        if stack and mark in _OPENS[stack[-1][0]]:
            _, at = stack.pop()
            if stack:
                line.extend((at, position))
        elif not stack and mark in _UNDIRECTED:
            # Outside a quotation with marks that face a way, a '"' may as well be an inch or a
            # second mark ('6.1" screen'): it is left to the pairing every other '"' gets.
            continue
        elif mark in _OPENS:
            stack.append((mark, position))
        else:
            balanced = False  # a closing mark with nothing open that it closes
    return _with_marks(text, dict.fromkeys(nested, "'"))


# Direct speech set off by dashes (Polish, Russian, Ukrainian, Bulgarian, Spanish press):
#   – Najważniejsze było to, żeby kwas nie poszedł do rzeki – mówi kpt. Górny.
#   … wolontariuszy. – Wzięłam tylko leki i psa – śmieje się pani Teresa.
#   — Мы готовы к переговорам, — заявил министр.      —Estamos listos —dijo el ministro—.
# The speech opens with an en or em dash (or a horizontal bar) at the start of a line or after a
# sentence's end, before a capital letter; it closes at the dash that begins the attribution: a
# dash after a space, before a lower-case letter ("– mówi", "— заявил", "—dijo"). Both dashes
# become '"', one character for one, so that the speech is a quotation like any other; speech
# going on after the attribution ("— …, — заявив він. — Сьогодні …") runs to the end of the line.
# Speech opening a line and attributed after a comma with no dash, as the Scandinavian press
# writes it ("– Vi är chockade, säger hon."), runs to that comma, when a verb of saying follows
# it (``_SAYS``: the same shape is a list item's "– The bank raised rates, citing inflation.").
# Speech with no attribution on its line, or with a quotation mark inside or open around it, is
# left as it is: a line that opens with a dash may as well be an item of a list.
_SPEECH_DASHES = "\u2013\u2014\u2015"
_SPEECH_OPENS = regex.compile(
    r"(?:(?<![^\n\r])|(?<=[.!?\u2026][\"'\u201d\u00bb)]?[^\S\n\r]))"
    r"[^\S\n\r]*([" + _SPEECH_DASHES + r"])[^\S\n\r]*(?=\p{Lu})"
)
# Horizontal white space of any kind and length (a no-break space before the dash, as Polish
# typesetting has it); a line ends at "\n" or "\r", which ``normalize`` turns into "\n" first and
# ``normalize_with_offsets`` keeps: both find the same speech.
_SPEECH_CLOSES = regex.compile(r"(?<=\S[^\S\n\r]+)[" + _SPEECH_DASHES + r"](?=[^\S\n\r]*\p{Ll})")
_LINES = regex.compile(r"[^\n\r]+")
_COMMA_SAYS = regex.compile(r",[^\S\n\r]+(\p{Ll}+)")
# Verbs of saying that follow a comma in Swedish, Danish, Norwegian, Finnish and Icelandic speech.
_SAYS_BY_LANGUAGE = {
    "sv": "säger sa sade berättar berättade förklarar förklarade menar menade konstaterar konstaterade "
    "uppger uppgav svarar svarade tillägger tillade betonar betonade påpekar påpekade understryker "
    "fortsätter fortsatte skriver skrev tycker tyckte",
    "da": "siger sagde fortæller fortalte forklarer forklarede mener mente tilføjer tilføjede understreger "
    "understregede svarer svarede påpeger påpegede fastslår fastslog lyder",
    "no": "sier sa forteller fortalte forklarer mener mente legger understreker påpeker svarer skriver",
    "fi": "sanoo sanoi kertoo kertoi toteaa totesi huomauttaa huomautti korostaa korosti jatkaa jatkoi "
    "vastaa vastasi arvioi painottaa painotti",
    "is": "segir sagði",
}
_SAYS = frozenset(word for words in _SAYS_BY_LANGUAGE.values() for word in words.split())


def _attribution(line: str, start: int) -> int:
    """Where speech opening its line at ``start`` ends before an attribution after a comma: the
    last comma before a verb of saying, with two words or more of speech before it (0: none)."""
    end = 0
    for comma in _COMMA_SAYS.finditer(line, start):
        if comma.group(1) in _SAYS:
            end = comma.start()
    return end if end and len(line[start + 1 : end].split()) >= 2 else 0


def _line_speech(line: str) -> list[int]:
    """Positions of the marks of one line's dash speech (opening, closing, …)."""
    openers = [m.start(1) for m in _SPEECH_OPENS.finditer(line)]
    if not openers:
        return []
    closers = [m.start() for m in _SPEECH_CLOSES.finditer(line)]
    marks = [m.start() for m in _QUOTE_MARK.finditer(line)]
    last = len(line.rstrip()) - 1
    opens_line = len(line) - len(line.lstrip())  # where a dash opening the line stands
    changed: list[int] = []
    resume = 0
    for start in openers:
        if start < resume:
            continue
        at = bisect.bisect_right(closers, start)
        if at < len(closers):
            end = closers[at]
        elif start == opens_line and (attribution := _attribution(line, start)):
            end = attribution
        elif changed and last > start + 1 and line[last] in ".!?\u2026":
            # Speech going on after its attribution ("— Ми готові, — заявив він. — Сьогодні …"):
            # to the end of the line, its last stop made the closing mark (the line break still
            # ends the sentence).
            end = last
        else:
            continue
        before = bisect.bisect_left(marks, start)
        if before % 2 or bisect.bisect_left(marks, end) > before:
            continue  # a quotation open around it, or one inside: the marks would pair wrongly
        changed += (start, end)
        resume = end + 1
    return changed


def _dash_speech(text: str) -> str:
    """``text`` with the dashes around direct speech made '"' (one character for one)."""
    if not any(dash in text for dash in _SPEECH_DASHES):
        return text
    changed = (
        line.start() + position
        for line in _LINES.finditer(text)
        if any(dash in line.group() for dash in _SPEECH_DASHES)
        for position in _line_speech(line.group())
    )
    return _with_marks(text, dict.fromkeys(changed, '"'))


# Quotations between single quotes (British and Dutch press: ‘We are shocked,’ she said), once
# every single mark is "'" (``_TRANSLATION``) and so told from an apostrophe by where it stands:
# one opens where no word ends, before a letter, and not as a clitic or elision ('s avonds, 't,
# rock 'n' roll, 'til dawn); one closes after a word or a stop, where no word begins (don't and
# auto's do neither). An opening mark pairs with the first closing one after a stop (,' .' ?')
# when no other opening mark, nor a double one, comes before it ('The players' union will
# strike,' he said), else with the first closing one. A pair with at least two words between, on one line, outside any
# double-quoted quotation and holding only whole ones, is made '"…"' (one character for one),
# with the double quotes inside made "'": then it is a quotation like any other. (A plural
# possessive, the councils' budget, may still close a quotation early: only shorter.)
# (Letters, marks and digits: a word may end in a vowel sign, as Bengali and Hindi words do.)
# Korean quotes speech between double quotes and sets off terms, slogans and paraphrase between
# single ones (정부는 ‘교통 공백 제로 대책’ 발표): those stay as they are.
_SINGLE_OPENS = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_'])'(?=\p{L})(?!\p{Hangul})"
    r"(?!(?i:[stn]|em|til|cause|cos|bout|tis|twas|round|ere)(?:[^\p{L}\p{M}\p{N}_]|$))"
)
_SINGLE_CLOSES = regex.compile(r"(?<=[\p{L}\p{M}\p{N}_.,!?\u2026;:])'(?![\p{L}\p{M}\p{N}_'])")
_STOPS = frozenset(".,!?\u2026;:")


def _single_pairs(line: str) -> list[tuple[int, int]]:
    """The single-quoted quotations of one line: (opening, closing) positions."""
    openers = [m.start() for m in _SINGLE_OPENS.finditer(line)]
    if not openers:
        return []
    closers = [m.start() for m in _SINGLE_CLOSES.finditer(line)]
    after_stop = [c for c in closers if line[c - 1] in _STOPS]
    doubles = [i for i, char in enumerate(line) if char == '"']
    spaces = [i for i, char in enumerate(line) if char == " "]
    found: list[tuple[int, int]] = []
    resume = 0
    for k, start in enumerate(openers):
        if start < resume:
            continue
        first = bisect.bisect_left(closers, start + 2)
        if first == len(closers):
            break
        end = closers[first]
        stop = bisect.bisect_left(after_stop, start + 2)
        before = bisect.bisect_left(doubles, start)
        if (
            stop < len(after_stop)
            and (k + 1 == len(openers) or after_stop[stop] < openers[k + 1])
            and bisect.bisect_left(doubles, after_stop[stop]) == before
        ):
            # (No double mark between either: one there may be a quotation this made double.)
            end = after_stop[stop]
        inside = bisect.bisect_left(doubles, end) - before
        space = bisect.bisect_right(spaces, start)
        if before % 2 or inside % 2 or space == len(spaces) or spaces[space] >= end:
            continue  # inside a double-quoted quotation, cutting one, or a single word
        found.append((start, end))
        resume = end + 1
    return found


def mark_single_quotes(text: str) -> str:
    """``text`` (normalised marks) with its single-quoted quotations made double-quoted."""
    if "'" not in text:
        return text
    marks: dict[int, str] = {}
    start_of_line = 0
    for line in text.split("\n"):
        if "'" in line:
            for start, end in _single_pairs(line):
                marks[start_of_line + start] = marks[start_of_line + end] = '"'
                for inner in range(start + 1, end):  # (spans never overlap: linear)
                    if line[inner] == '"':
                        marks[start_of_line + inner] = "'"
        start_of_line += len(line) + 1
    return _with_marks(text, marks)


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Characters that show nothing and are no part of a word's letters, left out: the soft hyphen (a
# hyphenation hint inside a word: web pages write "Bundes&shy;regierung"), the zero-width space,
# the word joiner and the invisible operators, the byte order mark, and the marks and embeddings
# of writing direction (around numbers and Latin words in Arabic, Hebrew and Persian pages).
# A copy that has them reads as one that has not. (The zero-width non-joiner and joiner stay:
# they are part of how Persian and Indic words are written.)
INVISIBLE = (
    "\u00ad\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_TRANSLATION = str.maketrans(
    {
        **{c: '"' for c in _DOUBLE_QUOTES},
        **{c: "'" for c in _SINGLE_QUOTES},
        **{c: "-" for c in _DASHES},
        **{c: "" for c in INVISIBLE},
    }
)
_INVISIBLE_CHAR = re.compile("[" + INVISIBLE + "]")


def without_invisible(text: str) -> str:
    """``text`` without the ``INVISIBLE`` characters (what ``normalize`` leaves out of them)."""
    if text.isascii() or not _INVISIBLE_CHAR.search(text):
        return text
    return _INVISIBLE_CHAR.sub("", text)


# Whitespace other than one space between line breaks: a run of two or more horizontal spaces,
# or one that is not a plain space. (Every other run is already what ``normalize`` makes of it.)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
# The whitespace of ASCII (``str.isspace``) other than the space and the line break.
_OTHER_ASCII_SPACES = ("\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")
# And all the others (``str.isspace``; the tests check the list).
_OTHER_SPACES = (
    *_OTHER_ASCII_SPACES,
    *"\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a",
    *"\u2028\u2029\u202f\u205f\u3000",
)
_LINE_BREAKS = re.compile(r"\n\s+")


# What ``_TRANSLATION`` changes, found by a regular expression: much faster than ``str.translate``
# over a text in another script (which looks every character up), and ASCII has none of them.
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATION))) + "]")
_TRANSLATED_TO: dict[str, str] = {chr(code): str(out) for code, out in _TRANSLATION.items()}


def _translate(text: str) -> str:
    """``text.translate(_TRANSLATION)``."""
    if text.isascii():
        return text
    return _TRANSLATED.sub(lambda match: _TRANSLATED_TO[match.group()], text)


def _codes(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


# Tables of one value per code point, each made on first use (4.4 MB) and filled as characters
# are first seen (``_UNSEEN`` until then).
_TABLES: dict[object, npt.NDArray[np.int32]] = {}
_UNSEEN = -2


def _per_code_point(key: object, codes: npt.NDArray[np.uint32], value: Callable[[str], int]) -> npt.NDArray[np.int32]:
    """``value(chr(code))`` for each of ``codes``, from the table named ``key``."""
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = np.full(0x110000, _UNSEEN, dtype=np.int32)
    found = table[codes]
    unseen = found == _UNSEEN
    if unseen.any():
        for code in np.unique(codes[unseen]).tolist():
            table[code] = value(chr(code))
        found = table[codes]
    return found


def _nfkc_char(char: str) -> int:
    """The code point of a character's NFKC form when that is one character, else -1."""
    out = unicodedata.normalize("NFKC", char)
    return ord(out) if len(out) == 1 else -1


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on text that is not already
    NFKC (fullwidth punctuation of Chinese and Japanese, no-break spaces).

    Compatibility-equivalent texts have one NFKC form, so the NFKC of ``text`` is that of its
    characters' NFKC forms put together; when that concatenation is already NFKC (which
    ``is_normalized`` answers at once for most texts), it is the answer.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    mapped = _per_code_point("nfkc", _codes(text), _nfkc_char)
    if not (mapped < 0).any():
        candidate = mapped.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
        if unicodedata.is_normalized("NFKC", candidate):
            return candidate
    return unicodedata.normalize("NFKC", text)


def _fold(text: str, fold_case: bool) -> str:
    # casefold can produce characters that NFKC changes again (and back); iterate to a fixed
    # point so that normalising twice equals normalising once. (``is_normalized`` answers at
    # once for most texts, where normalising would copy the text to find it unchanged.)
    for _ in range(4):
        folded = nfkc(text)
        if fold_case:
            folded = folded.casefold()
        folded = _translate(folded)
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
    text = _fold(_dash_speech(_nest_quotes(text)), fold_case)
    # Every run of horizontal whitespace becomes one space (looked for with ``in`` first, which is
    # much faster than a regular expression's scan of a text that has none), then a line break
    # with the spaces around it becomes one line break.
    if "  " in text or any(space in text for space in (_OTHER_ASCII_SPACES if text.isascii() else _OTHER_SPACES)):
        text = _HORIZONTAL_SPACE.sub(" ", text)
    if " \n" in text:
        text = text.replace(" \n", "\n")
    # Only spaces and line breaks are left (no two spaces together): a line break followed by
    # whitespace is "\n\n" or "\n ".
    if "\n\n" in text or "\n " in text:
        text = _LINE_BREAKS.sub("\n", text)
    return mark_single_quotes(text.strip())


# --- Offsets back to the original ------------------------------------------------------------
# ``normalize_with_offsets`` repeats ``normalize`` step by step while carrying, for every output
# character, the ``[start, end)`` range of the original characters it came from. NFKC works on
# whole combining sequences (and a few starter pairs: Hangul jamo, some Indic vowel signs), so
# the text is folded piece by piece, a piece being a starter with the marks that follow it; when
# the pieces do not fold to what the whole text folds to (pieces that compose across their
# boundary), neighbouring pieces are merged until they do. Should even that disagree (never seen,
# but ``_fold`` is a bounded iteration), the folded text is aligned to the original character
# by character with difflib, so the string returned is always exactly ``normalize(text)``.


def _pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each starter and the combining marks that follow it."""
    if not text:
        return []
    starter = np.fromiter(map(unicodedata.combining, text), dtype=np.int64, count=len(text)) == 0
    starter[0] = True
    starts: list[int] = np.flatnonzero(starter).tolist()
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


# A piece is mostly one character, and a text repeats its characters: each is folded once.
_fold_piece = functools.lru_cache(maxsize=1 << 16)(_fold)


def _folds_to(codes: npt.NDArray[np.uint32], fold_case: bool) -> npt.NDArray[np.int32]:
    """Per code point, what it folds to on its own when that is one character and it is no
    combining mark; -1 when it is not so simple."""

    def value(char: str) -> int:
        out = _fold(char, fold_case)
        return ord(out) if len(out) == 1 and not unicodedata.combining(char) else -1

    return _per_code_point(("fold", fold_case), codes, value)


def _one_to_one(text: str, folded: str, fold_case: bool) -> bool:
    """Whether every character of ``text`` folds to one character on its own, none is a combining
    mark, and folding them one by one gives ``folded``: then character ``i`` of ``folded`` comes
    from character ``i`` of ``text`` (fullwidth punctuation, no-break spaces, compatibility forms)."""
    if len(folded) != len(text):
        return False
    mapped = _folds_to(_codes(text), fold_case)
    return bool(np.array_equal(mapped, _codes(folded)))


def _fold_pieces(text: str, folded: str, fold_case: bool) -> tuple[list[int], list[int]] | None:
    """Per character of ``folded``, its source range in ``text``, or None if pieces disagree."""
    if _one_to_one(text, folded, fold_case):
        return list(range(len(text))), list(range(1, len(text) + 1))
    pieces = _pieces(text)
    outputs = [_fold_piece(text[s:e], fold_case) for s, e in pieces]
    if "".join(outputs) != folded:
        merged: list[tuple[int, int]] = []
        merged_out: list[str] = []
        for (s, e), out in zip(pieces, outputs, strict=True):
            if merged:
                ps, _ = merged[-1]
                joined = _fold(text[ps:e], fold_case)
                if joined != merged_out[-1] + out:
                    merged[-1] = (ps, e)
                    merged_out[-1] = joined
                    continue
            merged.append((s, e))
            merged_out.append(out)
        pieces, outputs = merged, merged_out
        if "".join(outputs) != folded:
            return None
    lengths = np.fromiter(map(len, outputs), dtype=np.int64, count=len(outputs))
    bounds = np.array(pieces, dtype=np.int64).reshape(-1, 2)
    starts: list[int] = np.repeat(bounds[:, 0], lengths).tolist()
    ends: list[int] = np.repeat(bounds[:, 1], lengths).tolist()
    return starts, ends


def _aligned_by_diff(text: str, folded: str) -> tuple[list[int], list[int]]:
    """Last resort: source ranges from a character alignment of ``folded`` to ``text``."""
    import difflib

    starts: list[int] = []
    ends: list[int] = []
    matcher = difflib.SequenceMatcher(None, text, folded, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 - i1 == j2 - j1:
            starts.extend(range(i1, i2))
            ends.extend(range(i1 + 1, i2 + 1))
        else:
            starts.extend([i1] * (j2 - j1))
            ends.extend([i2] * (j2 - j1))
    return starts, ends


# Whitespace that normalising changes: a run of two or more, or one that is not a plain space.
_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


def normalize_with_offsets(text: str, *, fold_case: bool = True) -> tuple[str, list[int]]:
    """``normalize(text)`` and where each of its characters came from in ``text``.

    Returns ``(normalized, offsets)`` with ``len(offsets) == len(normalized) + 1``:
    ``offsets[i]`` is the index in ``text`` where the source of character ``i`` starts, and
    ``offsets[-1]`` is where the source of the last character ends. A span ``[s, e)`` of the
    normalised text comes from ``text[slice(*original_span(offsets, s, e))]``. Offsets never
    decrease.
    """
    text = _dash_speech(_nest_quotes(text))  # one character for one: offsets into it are offsets into text
    folded = _fold(text, fold_case)
    starts: list[int] | None = None
    ends: list[int] | None = None
    if len(folded) != len(text) or folded != _translate(text):
        # Not already NFKC (or case folded), or with invisible characters left out: the
        # translation alone of a text without them is one to one.
        ranges = _fold_pieces(text, folded, fold_case)
        starts, ends = ranges if ranges is not None else _aligned_by_diff(text, folded)
    # The whitespace rules of ``normalize`` come to this: every maximal run of whitespace
    # becomes one line break if it holds one (``\r`` included), else one space; then strip.
    # A lone space stays as it is, so only the other runs need replacing.
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _WHITESPACE_RUN.finditer(folded):
        s, e = match.span()
        pieces.append(folded[position:s])
        offsets.extend(range(position, s) if starts is None else starts[position:s])
        run = match.group()
        pieces.append("\n" if "\n" in run or "\r" in run else " ")
        offsets.append(s if starts is None else starts[s])
        position = e
    pieces.append(folded[position:])
    offsets.extend(range(position, len(folded)) if starts is None else starts[position:])
    normalized = "".join(pieces)
    lead = 1 if normalized[:1].isspace() else 0
    trail = 1 if len(normalized) > lead and normalized[-1].isspace() else 0
    normalized = normalized[lead : len(normalized) - trail]
    offsets = offsets[lead : len(offsets) - trail]
    last = len(folded.rstrip()) - 1
    if last < 0:
        return normalized, [0]
    offsets.append(last + 1 if ends is None else ends[last])
    return mark_single_quotes(normalized), offsets  # one character for one


def original_span(offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` range of the original text that normalised ``[start, end)`` came from."""
    if end <= start:
        point = offsets[min(start, len(offsets) - 1)]
        return point, point
    # One original character can become several (a ligature, "½" -> "1⁄2"): a span ending
    # inside such an expansion still covers the whole original character.
    last = offsets[end - 1]
    index = end
    while index < len(offsets) - 1 and offsets[index] <= last:
        index += 1
    return offsets[start], max(offsets[index], last)


def offsets_by_alignment(original: str, normalized: str) -> list[int]:
    """Offsets as ``normalize_with_offsets`` gives them, for a text normalised some other way."""
    starts, ends = _aligned_by_diff(original, normalized)
    return [*starts, ends[-1] if ends else 0]


# --- Numbers ---------------------------------------------------------------------------------


def _digits(value: str) -> str:
    if value.isascii():
        return value  # ASCII digits are their own values; separators stay
    return "".join(str(d) if (d := unicodedata.digit(c, None)) is not None else c for c in value)


@functools.lru_cache(maxsize=4096)
def number_value(raw: str) -> str:
    """A number's value as plain digits: "1,000" and "1.000" -> "1000"; "3,5" -> "3.5"."""
    value = _digits(raw)
    if ":" in value or ("." not in value and "," not in value):
        return value
    separators = [i for i, c in enumerate(value) if c in ".,"]
    if not separators:
        return value
    last = separators[-1]
    decimal = len(value) - last - 1 != 3 or len({value[i] for i in separators}) > 1
    whole = "".join(c for c in value[:last] if c not in ".,")
    return f"{whole}.{value[last + 1 :]}" if decimal else whole + value[last + 1 :]


_ASCII_DIGITS = np.zeros(128, dtype=bool)
_ASCII_DIGITS[ord("0") : ord("9") + 1] = True


def digit_run_starts(text: str) -> list[int]:
    """Where each run of decimal digits (any script's) begins: a digit that follows no digit."""
    if text.isascii():
        digits = _ASCII_DIGITS[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
    else:  # decimal digits: ``\d``, ``str.isdecimal``
        digits = _per_code_point("digit", _codes(text), str.isdecimal).astype(bool)
    first = digits.copy()
    first[1:] &= ~digits[:-1]
    starts: list[int] = np.flatnonzero(first).tolist()
    return starts
