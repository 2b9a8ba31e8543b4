"""Text from the input made safe to print on a terminal.

Titles, ids, file names and passages come from files anyone may have written: an escape sequence
in a feed's title (``ESC [2J``, an OSC 8 hyperlink, ``ESC ]0;`` to set the window title) would
drive the terminal of whoever reads the report, and rich passes ESC, the C1 controls (U+009B is
a one-character CSI) and the bidi overrides through. Each such character is shown one for one
(offsets into a shown passage stay right): a C0 control as its Unicode control picture (ESC as
"␛"), DEL as "␡", a C1 control or a bidi embedding, override or isolate as U+FFFD; in a passage, a carriage return
as a space.
JSON output needs none of this: ``json.dumps`` escapes the C0 controls, and the data stays exact.
"""

from __future__ import annotations

_PICTURES = {code: 0x2400 + code for code in range(0x20)} | {0x7F: 0x2421}
_REPLACED = dict.fromkeys([*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)], 0xFFFD)
# In running text (a passage) a tab and a line break are what they are, and a carriage return (of
# a CRLF file's line ends) is a space.
_IN_TEXT = {code: picture for code, picture in _PICTURES.items() if code not in (0x09, 0x0A)} | _REPLACED | {0x0D: 0x20}
# On one line (an id, a path, a title, a warning), they are shown too.
_ON_A_LINE = _PICTURES | _REPLACED


def safe_text(text: str) -> str:
    """``text`` with every control character but tab and line feed shown, one for one (a carriage
    return as a space)."""
    return text.translate(_IN_TEXT)


def safe_line(text: str) -> str:
    """``text`` with every control character shown, one for one: what stays on one line."""
    return text.translate(_ON_A_LINE)
