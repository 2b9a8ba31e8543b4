"""HTML → an article's main text and metadata; the only module that imports trafilatura.

trafilatura finds the main content of a web page (dropping navigation, ads, cookie and
newsletter boxes, footers and comments) and reads title, date, canonical URL and author from
the page's markup. Fragments of HTML (feed item bodies) are turned into text with the standard
library's tolerant parser, which keeps every word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

# Metadata only from the page's markup: no guessing from free text, so dates are stable.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "title"})


@dataclass(frozen=True)
class ExtractedPage:
    """The main text of a web page and what its markup says about it."""

    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""


def extract_page(html: str) -> ExtractedPage | None:
    """Main text and metadata of a whole HTML page, or ``None`` when it has no article text."""
    # Imported on the first page only: it takes a fifth of a second, which a scan of text files
    # (or ``dedupe diff`` of two) need not spend.
    import trafilatura

    document = _extracted(trafilatura, html)
    if document is not None and _laid_out_in_a_table(document.text or ""):
        # A page laid out in a table (the whole page one table, the story one of its cells, its
        # paragraphs apart by <br><br>) comes out as one table: menus, story and footer each a
        # cell of one row. Read with its table as blocks, the page's story is found as on any
        # other page.
        again = _extracted(trafilatura, _TABLE_TAG.sub(r"<\1div", html))
        if again is not None and (again.text or "").strip():
            document = again
    if document is not None and (document.text or "").strip():
        return ExtractedPage(
            text=_tidy(document.text or ""),
            title=(document.title or "").strip(),
            date=(document.date or "").strip(),
            url=(document.url or "").strip(),
            author=(document.author or "").strip(),
        )
    text = html_to_text(html)
    return ExtractedPage(text=text) if text.strip() else None


# A line of a table trafilatura writes ("| cell | cell |") this long holds a page's text, not data.
_LAYOUT_ROW = 300
_TABLE_TAG = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b", re.IGNORECASE)


def _laid_out_in_a_table(text: str) -> bool:
    """Whether trafilatura's text is a layout table: rows of it as long as paragraphs hold most
    of it (an article's own table of long cells, beside its paragraphs, does not)."""
    rows = sum(len(line) for line in text.splitlines() if line.startswith("|") and len(line) >= _LAYOUT_ROW)
    return rows > 0 and 2 * rows >= len(text)


def _extracted(trafilatura: Any, html: str) -> Any:
    """trafilatura's document of a page (text and metadata), or ``None``."""
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params=_DATE_PARAMS,
        )
    # A bad page is read as a fragment (``extract_page``) or skipped, never a crash of the scan.
    # Nothing else is caught: MemoryError, a missing module or a bug of ours must surface (the
    # CLI makes it one line and exit 3), not turn every page into a fragment without a word.
    except _extraction_errors():
        return None
    return None if isinstance(document, dict) else document


def _extraction_errors() -> tuple[type[Exception], ...]:
    """What trafilatura (and lxml, htmldate, courlan, justext under it) raise on a page they
    cannot read. ``bare_extraction`` turns the ValueError and TypeError of its main steps into
    ``None``; past those steps escape ValueError and TypeError all the same, lxml's errors (a tree
    it cannot serialise, XPath), AttributeError and TypeError (its bugs reported on odd pages:
    JSON-LD of unexpected types, a missing ``<title>``), KeyError and IndexError of its helpers,
    and RecursionError on trees too deep."""
    from lxml import etree  # imported with trafilatura already

    return (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.LxmlError)


def html_to_text(fragment: str) -> str:
    """All the text of an HTML fragment, one line per block element, entities decoded."""
    parser = _TextParser()
    try:
        parser.feed(fragment)
        parser.close()
    # The standard parser is tolerant but for malformed declarations, on which its base class
    # (_markupbase) raises AssertionError ("<![foo[", "<![ x ]]>"): the text read so far is kept.
    except AssertionError:
        pass
    return parser.text()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def text(self) -> str:
        return _tidy("".join(self._parts))


def _tidy(text: str) -> str:
    """One space between words, one line per block, no blank runs."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
