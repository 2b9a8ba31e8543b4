"""Hard-wrapped text read as paragraphs: the line breaks a wrapping program put inside them become spaces.

Agency wires, e-mail and plain-text archives often break every line at a fixed width (60 to 80
columns). A line break ends a sentence here (headlines, datelines and list items end with no
full stop), and a quotation never runs over one, so a wrapped copy of a story would be read as
short pieces of sentences with no quotations: its rewrites would not align with it, and an
independent report's quotations would not be seen.

A break is the wrapper's when the next line's first word would not have fitted on the line
before it within the text's width, since a wrapper moves a word down only when it does not fit;
in Chinese and Japanese, which wrappers break anywhere, also when a line nearly that long ends
inside a sentence and the next goes on. The width is that of the text's full lines of several
words (a tenth of its lines going on to another are as long or longer, in columns: a Han
character takes two); a line much longer than that (a long byline) is no wrap, unless it is one
word alone in a paragraph with wraps (a Thai or Khmer phrase, a link: the wrapper could put
nothing after it). A text is wrapped when

* at least ``MIN_WRAPS`` of its breaks, and ``WRAP_SHARE`` of its lines that go on to another,
  are the wrapper's by that measure (in a text not wrapped, only lines about as long as its
  longest are), its width is at least ``WRAP_MIN`` (``WRAP_MIN_WIDE`` in Chinese or Japanese), and
  no more than half of it is in lines
  longer than ``WRAP_MAX`` (a web page's paragraphs, each one long line between menus and notices
  of a few short ones, stay as they are);
* and those lines read on: no more than half of them end a sentence (paragraphs one to a line
  do), and where the next lines open with a letter that has a case, at least ``LOWER_SHARE`` of
  them with a small one (lists, tables, results, listings, headlines and paragraphs one to a
  line open their lines with capitals; wrapped prose mostly goes on mid-sentence).

A blank line, and a next line that is indented or opens a list item, are breaks of the author's.

One character for one (the break, and a carriage return before it, become spaces; inside Chinese
or Japanese text, the break becomes a word joiner, U+2060, which ``normalize`` leaves out):
offsets into the text are offsets into the file.
"""

from __future__ import annotations

import itertools

import regex

# The widest text read as wrapped, in columns (a line longer than this was not broken by a
# wrapper: 80 Hangul or Han characters a line are 160 columns), and the narrowest (GNU fmt counts
# bytes: its lines of Cyrillic or Arabic are 36 characters).
WRAP_MAX = 160
WRAP_MIN = 30
# The narrowest text of wide characters read as wrapped (20 Han characters a line): shorter lines
# of Chinese and Japanese are a page's menus and bylines.
WRAP_MIN_WIDE = 40
# Breaks that must be the wrapper's, in number and as a share of the lines going on to another.
MIN_WRAPS = 3
WRAP_SHARE = 0.5
# The share of a text's lines going on to another that are as long as its width or longer.
FULL_SHARE = 0.1
# A line longer than the width by more than this (columns) is no wrapped one.
OVERLONG = 10
# Of the wrapped lines whose next opens with a cased letter, at least this share with a small one.
LOWER_SHARE = 0.3
# In a wrapped text, a line this full (of the width) that ends inside a sentence, before a word
# with no capital, is wrapped there too (wrappers that even out their lines break early).
EARLY_FULL = 0.6
# A line this full (of the width) that ends inside Chinese or Japanese text and goes on with more
# of it is wrapped there however many columns it leaves: their wrappers count characters, not
# columns, and a line of them with digits or Latin letters is shorter.
UNSPACED_FULL = 0.75

# Characters two columns wide on a terminal (Han, kana, Hangul, full-width forms): a wrapper of
# Chinese at 80 columns puts 40 of them on a line.
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
# Chinese and Japanese (Han, kana and their punctuation), which wrappers break anywhere and which
# put no space before or after a digit or Latin word either: a wrap next to one of them becomes a
# word joiner, which ``normalize`` leaves out. (Thai, Lao, Khmer and Burmese put spaces between
# phrases, where wrappers break them: a space, as between words.)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\u3000-\u303f\uff00-\uff65]")
_CJK_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
# A line opening a list item: a bullet ("•", "・", "●", "※"); or, after a line that ends a sentence
# or opens a list (a colon) or opens an item itself, a dash, a number or a letter with "." or ")",
# or ">", and a space. (A wrapper may also move a dash of speech or a number down: "the age from
# 60 to\n62. The unions …".)
_BULLET = regex.compile(r"[\u2022\u2023\u2043\u25a0\u25b6\u25ba\u25c6\u25cf\u30fb\u203b]")
_MARKER = regex.compile(r"(?:[-*+\u2013\u2014>|]|\p{N}{1,3}[.)]|\p{L}[.)])\s")
# What ends a sentence (or opens a list) at the end of a line, closing marks after it aside; and
# the closing marks ("。」" and "」" both end one in Japanese).
_STOPS = frozenset(".:;!?\u2026\u3002\uff1a\uff1b\uff01\uff1f\u0964\u0965\u06d4\u061f\u1362\u0589")
_CLOSERS = "\"')]}\u00bb\u203a\u201d\u2019\u300d\u300f\uff09\u3011"
_CJK_CLOSERS = frozenset("\u300d\u300f")


def _columns(text: str) -> int:
    """How many columns ``text`` takes on a terminal: two for a wide character, one for others."""
    return len(text) + (len(_WIDE.findall(text)) if not text.isascii() else 0)


def _first_word(line: str) -> str:
    """The first word of ``line`` (which starts with no white space): up to a space, or to the
    first Chinese or Japanese character, which a wrapper may break after ("2026年11月" breaks after
    "2026年")."""
    end = 0
    while end < len(line) and not line[end].isspace():
        end += 1
        if _CJK_LETTER.match(line, end - 1):
            break
    return line[:end]


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` (no white space at its end) ends a sentence, closing marks aside."""
    if line[-1:] in _CJK_CLOSERS:
        return True
    return line.rstrip(_CLOSERS)[-1:] in _STOPS


def _list_item(line: str, before: str) -> bool:
    """Whether ``line``, after the line ``before``, opens a list item."""
    if _BULLET.match(line):
        return True
    return bool(_MARKER.match(line)) and (_ends_sentence(before.rstrip()) or bool(_MARKER.match(before)))


def _wrapped(line: str, following: str, widths: tuple[int, int]) -> bool:
    """Whether the break after ``line`` (no white space at its end) before ``following`` is a
    wrap, for a text whose full lines are ``widths`` wide, in columns and in characters (a
    wrapper of Korean or of Japanese may count either)."""
    columns, width = _columns(line), widths[0]
    if columns > width + OVERLONG:
        return False
    word = _first_word(following)
    if columns + 1 + _columns(word) > width or len(line) + 1 + len(word) > widths[1]:
        return True
    return (
        columns >= UNSPACED_FULL * width
        and bool(_CJK.match(line[-1:]))
        and not _ends_sentence(line)
        and bool(_CJK.match(following[:1]))
    )


# Spaces a wrapper does not break at ("10,000\u00a0baht").
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


def _one_word(line: str) -> bool:
    """Whether ``line`` (no white space at its ends) is one word to a wrapper, which it cannot
    break: no white space inside but the no-break spaces, and no Chinese or Japanese (which
    wrappers break anywhere)."""
    return not any(char.isspace() and char not in _NO_BREAK_SPACES for char in line) and not _CJK.search(line)


def _goes_on(line: str, following: str, width: int) -> bool:
    """Whether ``line`` (no white space at its end), in a wrapped text ``width`` columns wide,
    was broken early by its wrapper: ``EARLY_FULL`` of the width or more, inside a sentence,
    before a digit or a letter that is not a capital."""
    first = following[:1]
    full = EARLY_FULL * width <= _columns(line) <= width + OVERLONG
    return full and not _ends_sentence(line) and (first.isdigit() or (first.isalpha() and not first.isupper()))


def _width(lengths: list[int]) -> int:
    """The width of the full lines among ``lengths``: ``FULL_SHARE`` of them are as long or longer."""
    ordered = sorted(lengths, reverse=True)
    return ordered[int(FULL_SHARE * (len(ordered) - 1))]


_LINK_STARTS = ("http://", "https://", "www.")


def _reads_on(lines: list[str], wraps: list[int], capitals_only: bool) -> bool:
    """Whether the lines ``wraps`` read as prose going on to the next line (see the module)."""
    ends = sum(1 for k in wraps if _ends_sentence(lines[k].rstrip()))
    if 2 * ends > len(wraps):
        return False
    # A line opening with a link ("https://…") is no prose going on, whatever its letter's case.
    cased = [
        "L" if lines[k + 1].startswith(_LINK_STARTS) else c
        for k in wraps
        if (c := lines[k + 1][0]).isupper() or c.islower()
    ]
    if len(cased) < MIN_WRAPS or capitals_only:
        return True  # too few to tell, or a text in capitals alone (old wire copy)
    return sum(1 for c in cased if c.islower()) >= LOWER_SHARE * len(cased)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of a hard wrap inside its paragraphs as spaces."""
    # Line breaks not next to another, at most (a run of k breaks counts k - 2 * (k // 2), and
    # a blank line between CRLF line ends is "\n\r\n"): a text of paragraphs apart by blank
    # lines, each one line, has none, and is left at once.
    if text.count("\n") - 2 * (text.count("\n\n") + text.count("\n\r\n")) < MIN_WRAPS:
        return text
    lines = text.split("\n")
    lengths = [_columns(line.rstrip()) for line in lines]
    if 2 * sum(length for length in lengths if length > WRAP_MAX) > sum(lengths):
        return text  # most of it in lines longer than a wrapper makes
    going_on = [
        k
        for k in range(len(lines) - 1)
        if 0 < lengths[k] <= WRAP_MAX
        and lengths[k + 1] > 0
        and not lines[k + 1][:1].isspace()
        and not _list_item(lines[k + 1], lines[k])
    ]
    if len(going_on) < MIN_WRAPS:
        return text
    # The width is that of lines of several words: a word alone on a line, however long, is no
    # measure of it (a Thai phrase longer than the width), unless there are too few others.
    measured = [k for k in going_on if not _one_word(lines[k].strip())]
    if len(measured) < MIN_WRAPS:
        measured = going_on
    widths = _width([lengths[k] for k in measured]), _width([len(lines[k].rstrip()) for k in measured])
    if widths[0] < (WRAP_MIN_WIDE if widths[0] > widths[1] else WRAP_MIN):
        return text
    wraps = [k for k in going_on if _wrapped(lines[k].rstrip(), lines[k + 1], widths)]
    if len(wraps) < MIN_WRAPS or len(wraps) < WRAP_SHARE * len(going_on):
        return text
    if not _reads_on(lines, wraps, text == text.upper()):
        return text
    # In a wrapped text, a line well into the width that ends inside a sentence, before a word
    # with no capital, was broken by the wrapper too, early: GNU fmt and balanced wrappers even
    # out their lines ("… the giant Deurganck and" / "Europa terminals …" stays).
    taken = set(wraps)
    taken |= {k for k in going_on if k not in taken and _goes_on(lines[k].rstrip(), lines[k + 1], widths[0])}
    # In a paragraph with wraps, a word longer than the width alone on a line was put there by
    # the wrapper (the break before it is a wrap as any other: the word did not fit), which
    # could put nothing after it: Thai, Lao, Khmer, Burmese and Tibetan write a phrase without
    # spaces, and wrappers break them only between phrases (a long link, too). The break after
    # it is a wrap. Such lines alone make no text wrapped (``going_on`` leaves out those over
    # ``WRAP_MAX``; a line opening with a link is no prose going on, ``_reads_on``).
    long_word = [lengths[k] > widths[0] + OVERLONG and _one_word(lines[k].strip()) for k in range(len(lines))]
    paragraph = list(itertools.accumulate(int(length == 0) for length in lengths))
    wrapped_paragraphs = {paragraph[k] for k in taken}
    taken |= {
        k
        for k in range(len(lines) - 1)
        if long_word[k]
        and paragraph[k] in wrapped_paragraphs
        and lengths[k + 1] > 0
        and not lines[k + 1][:1].isspace()
        and not _list_item(lines[k + 1], lines[k])
    }
    wraps = sorted(taken)
    chinese_or_japanese = len(_CJK_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))
    chars = list(text)
    ends = [0] * len(lines)
    position = 0
    for k, line in enumerate(lines):
        position += len(line)
        ends[k] = position  # where line k's "\n" is
        position += 1
    for k in wraps:
        at = ends[k]
        line = lines[k].rstrip("\r")
        # In Chinese or Japanese text, a wrapper breaks anywhere ("202" and "6年"): no space was
        # there unless the line kept one at its end.
        joined = not line[-1:].isspace() and (
            chinese_or_japanese or bool(_CJK.match(line[-1:]) or _CJK.match(lines[k + 1][:1]))
        )
        chars[at] = "\u2060" if joined else " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = chars[at]  # CRLF: both characters of the line end
    return "".join(chars)
