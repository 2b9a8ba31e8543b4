"""Markup left in text read as the reader sees it: HTML tags, comments and character references,
and Markdown link targets, in text files and in the plain-text fields of JSON records.

A story copied out of a page's source, a Markdown post with inline HTML, or a CMS export whose
``body`` holds HTML, carries words no reader sees (``p``, ``href``, ``https``, ``quot``) and loses
what the reader does see: ``&ldquo;We did not choose this&rdquo;`` is a quotation only once its
marks are decoded. Without this, such a copy of a story reads as a different text, and its
quotations are not found.

In a file (``unmark``) the text stays one character for one, so that offsets into it are offsets
into the file: a tag or comment becomes spaces (a line break first, for a tag that starts or ends
a block: a paragraph, a line break, a list item), a ``<script>`` or ``<style>`` element spaces
whole, a Markdown link's target (``](https://…)``) spaces, and a character reference the
character it stands for followed by word joiners (U+2060), which ``normalize`` leaves out:
``&amp;`` is "&" and four of them. Only known HTML elements are tags (``<Reuters>`` is not one),
and only references to known names or valid code points are decoded. A JSON record's field has
no offsets into its file to keep: ``record_text`` turns one that holds HTML into text as a feed's
item is, and decodes the references of one that does not.
"""

from __future__ import annotations

import html
import html.entities
import itertools

import regex

_BLOCKS = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|form|"
    "h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul"
)
_INLINE = (
    "a|abbr|audio|b|base|big|button|cite|code|del|em|font|i|iframe|img|input|ins|label|link|mark|meta|"
    "noscript|o:p|picture|q|s|small|source|span|strike|strong|sub|sup|time|u|video|wbr"
)
_ELEMENT = r"(?:" + _BLOCKS + "|" + _INLINE + r")"
# Attributes without a value that a tag may have (any other attribute has one: name="value").
_BOOLEAN = (
    "allowfullscreen|async|autoplay|checked|controls|defer|disabled|download|hidden|itemscope|loop|"
    "multiple|muted|nomodule|novalidate|nowrap|open|readonly|required|reversed|selected"
)
_ATTRIBUTE = (
    r"\s+(?:[A-Za-z_:@][-A-Za-z0-9_:.@]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'=<>`]+)|(?:" + _BOOLEAN + r")(?![-\w]))"
)
# A start or end tag of a known element, its attributes as HTML writes them: not after another
# "<" ("<<i conti sono in ordine>>" is a quotation between guillemets typed as "<<" and ">>"),
# and words after the name are no attributes ("in <a week" is prose).
_TAG = regex.compile(r"(?<!<)</?" + _ELEMENT + r"(?:" + _ATTRIBUTE + r")*\s*/?>", regex.IGNORECASE)
# The start tag of an element read whole: a script or style.
_WHOLE_START = regex.compile(r"<(script|style)(?:" + _ATTRIBUTE + r")*\s*>", regex.IGNORECASE)
_BLOCK_TAG = regex.compile(r"</?(?:" + _BLOCKS + r")\b", regex.IGNORECASE)
# ASCII letters to lower case, one character for one ("İ".lower() is two characters).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# A character reference (after an escaped ampersand too: "&amp;quot;", text escaped twice).
_REFERENCE = regex.compile(r"&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A Markdown link's or image's target right after its text: "](url)" or "](url "title")".
_LINK_TARGET = regex.compile(r"(?<=\])\((?:https?://|/|#|mailto:|www\.)[^()\s]*(?:\s+\"[^\"\n]*\")?\)")
# Enough tags in a JSON record's text field to read it as HTML.
_HTML_TAGS = 2
_JOINER = "\u2060"


def _decoded(name: str) -> str | None:
    """What the character reference ``&name;`` stands for, or ``None``."""
    if name.startswith("#"):
        try:
            code = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
        except ValueError:
            return None
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return html.unescape("&" + name + ";")
    return html.entities.html5.get(name + ";")


def unmark(text: str) -> str:
    """``text`` with its markup as the reader sees it, one character for one (see the module)."""
    if looks_like_html(text):
        text = _TAG.sub(_blanked, _without_wholes(text))
    if "&" in text:
        text = _REFERENCE.sub(_padded, text)
    if "](" in text:
        text = _LINK_TARGET.sub(lambda match: " " * len(match.group()), text)
    return text


def _wholes(text: str) -> list[tuple[int, int]]:
    """The spans of the comments and script and style elements of ``text``, in one pass: the
    end searched for from an opening is kept for the openings before it (many openings with no
    end after them would each search the rest of the text again)."""
    spans: list[tuple[int, int]] = []
    lower = text.translate(_ASCII_LOWER)
    ends: dict[str, int] = {}  # per closer, where it was found last (-1: nowhere after)
    position = 0
    while (start := text.find("<", position)) >= 0:
        if text.startswith("<!--", start):
            closer, after = "-->", start + 4
        elif (opening := _WHOLE_START.match(text, start)) is not None:
            closer, after = "</" + opening.group(1).lower(), opening.end()
        else:
            position = start + 1
            continue
        end = ends.get(closer)
        if end is None or (end != -1 and end < after):
            end = ends[closer] = lower.find(closer, after)
        if end == -1:
            position = after
            continue
        stop = lower.find(">", end) + 1 if closer != "-->" else end + 3
        stop = stop if stop > 0 else len(text)
        spans.append((start, stop))
        position = stop
    return spans


def _without_wholes(text: str) -> str:
    """``text`` with its comments and script and style elements as spaces, line breaks kept."""
    if "<!--" not in text and "<s" not in text.translate(_ASCII_LOWER):
        return text
    spans = _wholes(text)
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for start, stop in spans:
        pieces.append(text[position:start])
        pieces.append("".join("\n" if c == "\n" else " " for c in text[start:stop]))
        position = stop
    pieces.append(text[position:])
    return "".join(pieces)


def _blanked(match: regex.Match[str]) -> str:
    """A tag as spaces; a tag of a block starts a line."""
    tag = match.group()
    if _BLOCK_TAG.match(tag):
        return "\n" + " " * (len(tag) - 1)
    return " " * len(tag)


def _padded(match: regex.Match[str]) -> str:
    """A character reference as its character and word joiners, as long as the reference."""
    reference = match.group()
    decoded = _decoded(match.group(1))
    return reference if decoded is None else decoded + _JOINER * (len(reference) - len(decoded))


def looks_like_html(text: str) -> bool:
    """Whether a text holds HTML: at least ``_HTML_TAGS`` tags of known elements (a text that
    quotes one tag, or mentions "<script>" in prose, keeps it)."""
    return "<" in text and sum(1 for _ in itertools.islice(_TAG.finditer(text), _HTML_TAGS)) >= _HTML_TAGS


def unescaped(text: str) -> str:
    """``text`` with its character references decoded (a JSON record's field: no offsets to keep)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda match: _decoded(match.group(1)) or match.group(), text)
