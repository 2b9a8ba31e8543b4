"""Hard-wrapped text read as paragraphs: the line breaks a wrapping program put inside them become spaces.

Agency wires, e-mail and plain-text archives often break every line at a fixed width (60 to 80
columns). A line break ends a sentence here (headlines, datelines and list items end with no
full stop), and a quotation never runs over one, so a wrapped copy of a story would be read as
short pieces of sentences with no quotations: its rewrites would not align with it, and an
independent report's quotations would not be seen.

A break is the wrapper's when the next line's first word would not have fitted on the line
before it within the text's width (the longest of its lines that go on to another, in columns:
a Han character takes two), since a wrapper moves a word down only when it does not fit; in text
written without spaces, also when a line nearly that long ends inside a sentence and the next
goes on with the same script (wrappers of Chinese and Japanese count characters). A text is
wrapped when at least ``MIN_WRAPS`` of its breaks and ``WRAP_SHARE`` of its lines that go on to
another are such (in a text not wrapped, only lines about as long as its longest are), its width
is at least ``WRAP_MIN``, and at most half of its text is in lines longer than ``WRAP_MAX`` (a web
page's paragraphs, each one long line between menus and notices of a few short ones, stay as they
are). A blank line, a line longer than ``WRAP_MAX``, and a next line that is indented or opens a
list item are breaks of the author's.

One character for one (the break, and a carriage return before it, become spaces; inside Chinese
or Japanese text, the break becomes a word joiner, U+2060, which ``normalize`` leaves out):
offsets into the text are offsets into the file.
"""

from __future__ import annotations

import regex

# The widest text read as wrapped (a line longer than this was not broken by a wrapper), and the
# narrowest (columns, verse, lists).
WRAP_MAX = 120
WRAP_MIN = 40
# Breaks that must be the wrapper's, in number and as a share of the lines going on to another.
MIN_WRAPS = 3
WRAP_SHARE = 0.5

# Characters two columns wide on a terminal (Han, kana, Hangul, full-width forms): a wrapper of
# Chinese at 80 columns puts 40 of them on a line.
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_UNSPACED_START = regex.compile(r"[" + _UNSPACED + r"]")
# Either side of a break inside text written without spaces (letters, or its full-width
# punctuation): such a line is wrapped wherever it is full, not only at a space.
_UNSPACED_SIDE = regex.compile(r"[" + _UNSPACED + r"\u3000-\u303f\uff00-\uff65]")
# Chinese and Japanese (Han, kana and their punctuation), which put no space before or after a
# digit or Latin word either: a wrap next to one of them becomes a word joiner, which
# ``normalize`` leaves out. (Thai, Lao, Khmer and Burmese put spaces between phrases, where a
# wrapper breaks them: a space.)
_JOINED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc\u3000-\u303f\uff00-\uff65]")


# A line opening a list item: a bullet ("•", "・", "●", "※"); or, after a line that ends a sentence
# or opens a list (a colon), a dash, a number or a letter with "." or ")", and a space. (A wrapper
# may also move a dash of speech or a number down: "the age from 60 to\n62. The unions …".)
_BULLET = regex.compile(r"[\u2022\u2023\u2043\u25a0\u25b6\u25ba\u25c6\u25cf\u30fb\u203b]")
_MARKER = regex.compile(r"(?:[-*+\u2013\u2014>|]|\p{N}{1,3}[.)]|\p{L}[.)])\s")
_ENDS_ITEM = frozenset(".:;!?\u2026\u3002\uff1a\uff1b\uff01\uff1f")
# A line this full (of the width) that ends inside text written without spaces and goes on with
# more of it is wrapped there however many columns it leaves: wrappers of Chinese and Japanese
# count characters, not columns, and a line of them with digits or Latin letters is shorter.
UNSPACED_FULL = 0.75


def _columns(text: str) -> int:
    """How many columns ``text`` takes on a terminal: two for a wide character, one for others."""
    return len(text) + (len(_WIDE.findall(text)) if not text.isascii() else 0)


def _first_word(line: str) -> int:
    """The width in columns of the first word of ``line`` (which starts with no white space):
    up to a space, or to the first character of a script written without spaces, which a
    wrapper may break after ("2026年11月" breaks after "2026年")."""
    end = 0
    while end < len(line) and not line[end].isspace():
        end += 1
        if _UNSPACED_START.match(line, end - 1):
            break
    return _columns(line[:end])


def _list_item(line: str, before: str) -> bool:
    """Whether ``line``, after the line ``before``, opens a list item."""
    if _BULLET.match(line):
        return True
    return bool(_MARKER.match(line)) and before.rstrip()[-1:] in _ENDS_ITEM


def _wrapped(line: str, length: int, following: str, width: int) -> bool:
    """Whether the break after ``line`` (``length`` columns) before ``following`` is a wrap."""
    if length + 1 + _first_word(following) > width:
        return True
    return (
        length >= UNSPACED_FULL * width
        and bool(_UNSPACED_SIDE.match(line[-1:]))
        and line[-1:] not in _ENDS_ITEM
        and bool(_UNSPACED_SIDE.match(following[:1]))
    )


def _joined_unspaced(last: str, first: str) -> bool:
    """Whether a wrap between the characters ``last`` and ``first`` (no spaces: a line's last and
    the next line's first) is inside Chinese or Japanese text: one of them of it."""
    return bool(last and first and (_JOINED.match(last) or _JOINED.match(first)))


def unwrap(text: str) -> str:
    """``text`` with the line breaks of a hard wrap inside its paragraphs as spaces."""
    # Line breaks not next to another, at most (a run of k breaks counts k - 2 * (k // 2)): a
    # text of paragraphs apart by blank lines, each one line, has none, and is left at once.
    if text.count("\n") - 2 * text.count("\n\n") < MIN_WRAPS:
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
    width = max(lengths[k] for k in going_on)
    if width < WRAP_MIN:
        return text
    wraps = [k for k in going_on if _wrapped(lines[k].rstrip(), lengths[k], lines[k + 1], width)]
    if len(wraps) < MIN_WRAPS or len(wraps) < WRAP_SHARE * len(going_on):
        return text
    chars = list(text)
    ends = [0] * len(lines)
    position = 0
    for k, line in enumerate(lines):
        position += len(line)
        ends[k] = position  # where line k's "\n" is
        position += 1
    for k in wraps:
        at = ends[k]
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
        chars[at] = "\u2060" if _joined_unspaced(lines[k].rstrip()[-1:], lines[k + 1][:1]) else " "
    return "".join(chars)
