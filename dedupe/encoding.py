"""Bytes → text: byte-order marks, UTF-16 without a BOM (any script), UTF-8, legacy encodings; binary refused.

Legacy encodings (cp1252, latin-1, cp1251, cp1256, koi8-r, …) are detected with
charset-normalizer, the only module that imports it. Binary data (known file signatures, NUL
bytes that are not UTF-16, control characters) is refused with a reason a user can read.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Checked longest first: a UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Only signatures no text starts with (most contain control bytes).
_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
)
# The encodings most news text in a legacy encoding uses: a tie in charset-normalizer's scores
# (e.g. cp1250 and cp1252 read Spanish text equally well) goes to the commoner one.
_PREFERRED = ("utf_8", "ascii", "cp1252", "latin_1", "iso8859_15")
_TIE = 0.01
_SAMPLE = 8192
# Share of control characters (other than tab, line and page breaks) above which "text" is
# really binary data that happened to decode.
_CONTROL_SHARE = 0.01
# UTF-16 without a mark: NULs in more than this share of one side's bytes, fewer than the second
# share on the other (``_utf16_without_bom``).
_UTF16_NULS = 0.3
_UTF16_STRAY = 0.02
# Fewer NULs on one side, but at least this share: perhaps UTF-16 of another script (a hint only).
_UTF16_HINT = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DECLARED = (
    re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE),
    re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""", re.IGNORECASE),
)


class NotText(ValueError):
    """Bytes that are not readable text; the message says why (``binary file (PDF)`` …)."""


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it was read in."""

    text: str
    encoding: str
    # Byte sequences of otherwise valid UTF-8 that were not UTF-8, each read as U+FFFD.
    replaced: int = 0


def binary_kind(data: bytes) -> str | None:
    """What kind of binary data ``data`` is (``"PDF"``, ``"binary data"`` …), or ``None`` if it may be text."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    sample = data[:_SAMPLE]
    if b"\x00" in sample and _utf16_without_bom(sample) is None:
        return "binary data, or UTF-16 text without a byte-order mark" if _one_sided_nuls(sample) else "binary data"
    return None


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or an XML declaration names, if Python knows it."""
    head = data[:4096]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            try:
                return codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                return None
    return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` as text or raise :class:`NotText`.

    Order: a byte-order mark; UTF-16 without a mark (NUL bytes on one side of each pair); strict
    UTF-8; the ``declared`` encoding (an HTML or XML declaration); charset-normalizer's best guess.
    """
    if not data.strip():
        raise NotText("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, f"invalid {encoding.upper()} text"), encoding)
    kind = binary_kind(data)
    if kind is not None:
        raise NotText(f"binary file ({kind})")
    # Before UTF-8: UTF-16 of mostly Latin text is often valid UTF-8 too, full of NUL characters.
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        return _checked(_strict(data, utf16, f"invalid {utf16.upper()} text"), utf16)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if declared:
        try:
            return _checked(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _typographic_cp1252(data):
        return _checked(data.decode("cp1252"), "cp1252")
    return _checked(*_detect(data))


def _typographic_cp1252(data: bytes) -> bool:
    """Whether ``data`` is ASCII text with Windows typography: every byte outside ASCII one of
    cp1252's curly quotes and dashes (‘ ’ “ ” – —) or © « ° », each between ASCII bytes, curly double
    quotes both ways if any, and at least ``_TYPOGRAPHY_LETTERS`` ASCII letters to each. English
    typed on Windows looks so; charset-normalizer, which weighs the letters, took its two kinds
    of curly double quote for cp775's "ō" and "ö" or mac_iceland's letters. Anything else (other
    languages' letters, double-byte encodings, whose bytes come in pairs, a short text) is left
    to it: in other code pages these bytes are letters (cp850's æ Æ ô ö û ù) that a text does not
    hold alone."""
    outside = [at for at, byte in enumerate(data) if byte >= 0x80]
    if not outside or any(data[at] not in _TYPOGRAPHY for at in outside):
        return False
    if any(later == at + 1 for at, later in itertools.pairwise(outside)):
        return False
    held = {data[at] for at in outside}
    if (0x93 in held) != (0x94 in held):
        return False
    letters = sum(1 for byte in data if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    return letters >= _TYPOGRAPHY_LETTERS * len(outside)


# cp1252's curly quotes and dashes (0x91-0x94, 0x96, 0x97), and the signs a news text has beside
# them (© « ° »), none of them a letter in the code pages of Europe's DOS or Mac text.
_TYPOGRAPHY = frozenset((0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xA9, 0xAB, 0xB0, 0xBB))
_TYPOGRAPHY_LETTERS = 20


# UTF-8 with a stray byte (a truncated last character, one byte of another encoding pasted in):
# at most this share of its characters bad (or this few), and at least this many times as many
# characters outside ASCII read well (text in a legacy encoding has no valid multi-byte sequences
# to speak of: none of 11,727 texts in 16 legacy encodings passed in a review's test).
_DAMAGE_SHARE = 0.001
_DAMAGE_FEW = 3
_DAMAGE_WELL_READ = 8


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few invalid byte sequences, each read as U+FFFD (``Decoded.replaced``),
    rather than one stray byte losing the whole article; ``None`` when it does not look so."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= 0 or bad > max(_DAMAGE_FEW, _DAMAGE_SHARE * len(text)):
        return None
    outside_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    if outside_ascii < _DAMAGE_WELL_READ * bad:
        return None
    decoded = _checked(text, "utf-8")
    return Decoded(decoded.text, decoded.encoding, replaced=bad)


def _strict(data: bytes, encoding: str, reason: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotText(reason) from error


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NUL bytes fall on one side of every pair, as in mostly-Latin
    UTF-16; or, with fewer NULs (other scripts' UTF-16 has them only at spaces, digits and
    punctuation), when the bytes read in that order as the text of one writing system
    (``_utf16_of_one_script``): other bytes with stray NULs read as letters of many scripts."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > _UTF16_NULS and even_nul < _UTF16_STRAY:
        return "utf-16-le"
    if even_nul > _UTF16_NULS and odd_nul < _UTF16_STRAY:
        return "utf-16-be"
    if not odd_nul and not even_nul:
        return None
    # Fewer NULs: UTF-16 of another script (NULs at its spaces, digits and punctuation; in Han
    # text at characters such as U+4E00 too), if it reads as one writing system.
    encodings = ("utf-16-le", "utf-16-be") if odd_nul >= even_nul else ("utf-16-be", "utf-16-le")
    return next((encoding for encoding in encodings if _utf16_of_one_script(sample, encoding)), None)


# UTF-16 of a script other than Latin: the share of its characters below U+0100 (one byte of
# the pair a NUL) that must be in ``_UTF16_LOW``; the share of its letters the (at most) three
# commonest scripts must hold.
_UTF16_ASCII_SHARE = 0.98
# White space, printable ASCII, and Latin-1's punctuation and signs (« » ° § ×).
_UTF16_LOW = frozenset("\t\n\r\f\xd7\xf7" + "".join(map(chr, [*range(0x20, 0x7F), *range(0xA0, 0xC0)])))
_UTF16_SCRIPTS_SHARE = 0.95
# Text that is valid UTF-8 apart from its NULs reads as UTF-16 only with at least this share of
# control characters other than NUL, line breaks included (UTF-16 of Cyrillic, Greek, Arabic or
# an Indic script is valid UTF-8 too, one byte of each pair a control: 0x04, 0x03, 0x06, 0x09 (a
# tab), 0x0A (a line feed: Gurmukhi), 0x0D (a carriage return) …; text has a line break every
# few dozen characters at most).
_UTF16_UTF8_CONTROLS = 0.1
_UTF16_PAIR_CONTROL = re.compile(r"[\x01-\x1f\x7f]")
# At most this share of the characters above U+00FF may be two printable ASCII bytes: so are any
# two letters of ASCII text (U+6574, "te", is Han), of real Han text about a fifth.
_UTF16_ASCII_PAIRS = 0.5


# Names of characters that Chinese and Japanese write together: one writing system.
_SAME_WRITING = dict.fromkeys(
    ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC"), "CJK"
)


def _printable_pair(code: int) -> bool:
    """Whether ``code`` is two printable ASCII bytes, the first no digit (U+3000-U+39FF, kana
    and CJK punctuation, are a digit and a letter: no pair ASCII text makes often)."""
    high = code >> 8
    return 0x20 <= high <= 0x7E and not 0x30 <= high <= 0x39 and 0x20 <= code & 0xFF <= 0x7E


def _utf16_of_one_script(sample: bytes, encoding: str) -> bool:
    """Whether ``sample``, which has NULs on one side of its pairs but too few to tell by them
    (``_utf16_without_bom``), reads in ``encoding`` as text of one writing system: no invalid,
    unassigned, private-use or control character; its characters below U+0100 (where the NULs
    are) white space, printable ASCII and Latin-1's punctuation and signs (``_UTF16_LOW``); at
    most half its other characters made of two printable ASCII bytes; its letters of at most
    three scripts (Han, hiragana and katakana are Japanese). Other bytes with stray NULs read in
    UTF-16 give letters of many scripts, unassigned code points, or C1 controls and Latin-1
    letters between them; UTF-8 text with NULs (valid UTF-8 apart from them, a cut last
    character and a few stray bytes aside) is no UTF-16."""
    # UTF-8, but for its NULs, a character the sample's end cuts and a few stray bytes (which
    # ``_damaged_utf8`` would read): no UTF-16, unless a tenth of it is control characters.
    as_utf8 = sample.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd") - sample.count("\ufffd".encode())
    if bad <= max(_DAMAGE_FEW + 1, _DAMAGE_SHARE * len(as_utf8)) and len(
        _UTF16_PAIR_CONTROL.findall(as_utf8)
    ) < _UTF16_UTF8_CONTROLS * len(as_utf8):
        return False
    body = sample[: len(sample) - len(sample) % 2]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        if error.start < len(body) - 4:
            return False
        text = body[: error.start].decode(encoding)  # a surrogate pair cut by the sample's end
    low = [c for c in text if c < "\u0100"]
    if not low or sum(1 for c in low if c in _UTF16_LOW) < _UTF16_ASCII_SHARE * len(low):
        return False
    high = [ord(c) for c in text if c >= "\u0100"]
    if sum(1 for code in high if _printable_pair(code)) >= _UTF16_ASCII_PAIRS * len(high):
        return False  # ASCII text with NULs: two letters make a Han character
    scripts: Counter[str] = Counter()
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cn", "Co", "Cs") or (category == "Cc" and char not in "\t\n\r\f"):
            return False
        if char >= "\u0100" and category.startswith("L"):
            script = unicodedata.name(char, "?").split(" ", 1)[0]
            scripts[_SAME_WRITING.get(script, script)] += 1
    letters = sum(scripts.values())
    return letters > 0 and sum(n for _, n in scripts.most_common(3)) >= _UTF16_SCRIPTS_SHARE * letters


def _one_sided_nuls(sample: bytes) -> bool:
    """NULs in a few percent of one side's bytes and hardly any on the other: what UTF-16 text in
    a script other than Latin looks like (NULs at its spaces and punctuation), too little to
    read it by (``_utf16_without_bom``), enough to say so."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return False
    shares = sorted((even.count(0) / len(even), odd.count(0) / len(odd)))
    return shares[0] < _UTF16_STRAY and shares[1] >= _UTF16_HINT


def _detect(data: bytes) -> tuple[str, str]:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise NotText("cannot detect the text encoding")
    tied = [m for m in matches if m.chaos <= best.chaos + _TIE and m.coherence >= best.coherence - _TIE]
    for preferred in _PREFERRED:
        for match in tied:
            if match.encoding == preferred or preferred in match.could_be_from_charset:
                return str(match), preferred
    return str(best), best.encoding


def _checked(text: str, encoding: str) -> Decoded:
    controls = len(_CONTROL.findall(text[: _SAMPLE * 4]))
    if "\x00" in text[: _SAMPLE * 4] or controls > _CONTROL_SHARE * min(len(text), _SAMPLE * 4):
        raise NotText("binary file (control characters)")
    if not text.strip():
        raise NotText("empty file")
    return Decoded(text, encoding)
