"""Inputs → articles: files, folders (recursively) and ``-`` (stdin); one warning per unusable input.

Readers by file type (for stdin and unknown suffixes the content decides):

==========================  ==============================================================
``.txt`` ``.text``          plain text in UTF-8 (with or without BOM), UTF-16 or a legacy
                            encoding (``encoding.py``, charset-normalizer)
``.md`` ``.markdown``       YAML front matter is metadata (title, date, author, canonical
                            URL); the body is compared (``split_front_matter``: front
                            matter that does not parse is left out of it, with a warning)
``.jsonl`` ``.ndjson``      one article per line: ``<file id>#<record id or line number>``;
                            read line by line, whatever the file's size
``.html`` ``.htm``          the page's main text and metadata (``extract.py``, trafilatura)
``.xml`` ``.rss`` ``.atom`` RSS / Atom feed, one article per item (``feeds.py``, feedparser):
                            ``<file id>#<guid, else link, else item number>``
``.json``                   JSON Feed (one article per item), a list of article records, such
                            a list under one of ``RECORD_LIST_KEYS`` (``{"items": [...]}``) or
                            one record; WordPress REST API output and schema.org JSON-LD dumps
                            are records too (``_record_article``)
``.gz``                     any of the above compressed; the inner suffix picks the reader
==========================  ==============================================================

In a folder, every file is an input but hidden files, project files (``README`` …), a web site's
own files (``SITE_FILES``: ``robots.txt``, ``ads.txt``, sitemaps …) and files whose suffix says
they are not articles (``NOT_ARTICLE_SUFFIXES``: images, styles, code …): a file with no suffix
or an unknown one is read by its content, as when named.

Inputs are only ever opened for reading. Nothing raises on bad input: every unusable file,
line or item is reported once through ``on_skip`` and the rest goes on.

The size limit (``SourceOptions.max_bytes``, ``--max-size``) bounds what is held in memory at
once: a file, or a ``.gz`` file once decompressed; for JSON Lines (named ``.jsonl`` or
``.ndjson``, gzipped too, or ``-`` whose first line is a JSON record) each record, since the
file is read line by line. A streamed ``.gz`` file that, past the limit, has decompressed to
over ``_MAX_GZIP_RATIO`` times the bytes read of it is a gzip bomb: reading it stops there.
"""

from __future__ import annotations

import codecs
import enum
import errno
import gzip
import io
import itertools
import json
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import orjson
import yaml

from dedupe.encoding import NotText, binary_kind, declared_charset, decode
from dedupe.extract import extract_page, html_to_text
from dedupe.feeds import Feed, FeedError, is_json_feed, is_xml_feed, parse_json_feed, parse_xml_feed
from dedupe.markup import looks_like_html, unescaped, unmark
from dedupe.models import Article, Skipped
from dedupe.unwrap import unwrap

# A JSON record's text: the first of these fields that holds text. The ``*_html`` fields, any of
# them given as ``{"rendered": "<p>…"}`` (the WordPress REST API: ``content.rendered``; its
# ``excerpt`` is no body), and any holding tags of HTML (``markup.looks_like_html``) are HTML,
# reduced to text as feed items are; in plain text, character references are decoded.
# ``articleBody``: schema.org NewsArticle (JSON-LD dumps).
TEXT_FIELDS = ("text", "body", "content", "article_body", "articleBody", "body_html", "content_html")
HTML_TEXT_FIELDS = frozenset({"body_html", "content_html"})
TITLE_FIELDS = ("title", "headline")
# ``date_gmt`` first: WordPress writes ``date`` in the site's time zone without an offset, and a
# time without offset counts as UTC, which ``date_gmt`` is.
DATE_FIELDS = ("date_gmt", "date", "datePublished")
URL_FIELDS = ("canonical_url", "canonical", "url", "permalink", "link")
# A JSON object that is no record but wraps the list of records (API responses, exports): the
# first of these keys whose value is a non-empty list of objects. A fixed list, so that what is
# read does not depend on guessing.
RECORD_LIST_KEYS = ("items", "articles", "posts", "data", "results", "entries")
STDIN = "-"
STDIN_PATH = "<stdin>"

OnSkip = Callable[[Skipped], None]


class Format(enum.Enum):
    """How the bytes of an input are read."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"
    JSON = "json"


FORMATS: Mapping[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".xml": Format.FEED,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".json": Format.JSON,
}
TEXT_SUFFIXES = frozenset(s for s, f in FORMATS.items() if f is Format.TEXT)
MARKDOWN_SUFFIXES = frozenset(s for s, f in FORMATS.items() if f is Format.MARKDOWN)
JSONL_SUFFIXES = frozenset(s for s, f in FORMATS.items() if f is Format.JSONL)
# Files holding many articles, each with id ``<file id>#<record or item>``.
RECORD_SUFFIXES = frozenset(s for s, f in FORMATS.items() if f in (Format.JSONL, Format.JSON, Format.FEED))
GZIP_SUFFIX = ".gz"
# Gzip inside gzip is unwrapped this many times at most (a gzip "quine" decompresses to itself).
_MAX_GZIP_LAYERS = 3
SUFFIXES = frozenset(FORMATS) | {GZIP_SUFFIX}
# Inside a folder, files of these types are not articles and are passed over without a word: a
# saved web page's images, styles and scripts, media, fonts, office documents, archives, code,
# configuration and tabular data. Any other file (no suffix, ``.dat``, ``.php`` …) is read, its
# content deciding its format, as for a file named on the command line; a binary one is warned of.
_NOT_ARTICLES = {
    "images": ".png .jpg .jpeg .jpe .gif .webp .svg .svgz .ico .bmp .tif .tiff .heic .heif .avif .psd .raw",
    "audio and video": ".mp3 .wav .ogg .oga .opus .flac .m4a .aac .wma .mid .midi .mp4 .m4v .mov .avi .mkv .webm"
    " .wmv .flv",
    "fonts and documents": ".woff .woff2 .ttf .otf .eot .pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .epub"
    " .rtf",
    "archives and binaries": ".zip .tar .tgz .tbz2 .7z .rar .bz2 .xz .zst .lz4 .jar .war .whl .deb .rpm .dmg .iso"
    " .apk .exe .dll .so .dylib .o .a .lib .pyc .pyo .class .wasm",
    "styles and code": ".css .scss .less .js .mjs .cjs .map .ts .tsx .jsx .py .sh .bat .ps1 .c .h .cpp .hpp .java"
    " .go .rs .rb .pl .swift .kt .lua .r .ipynb",
    "configuration and data": ".yaml .yml .toml .ini .cfg .conf .env .lock .log .sql .csv .tsv .parquet .feather"
    " .arrow .avro .orc .db .sqlite .sqlite3 .pkl .pickle .npy .npz .h5 .mod .sum .properties .typed",
    "keys and checksums": ".pem .key .crt .cer .sig .asc .gpg .md5 .sha1 .sha256",
    "web archives (MIME)": ".mht .mhtml",
}
NOT_ARTICLE_SUFFIXES = frozenset(suffix for group in _NOT_ARTICLES.values() for suffix in group.split())


# A JSON Lines input is looked at whole up to this size (its encoding is told from it, as for
# any text); a longer one is read line by line from there.
_JSONL_HEAD = 1 << 20
# Past the size limit, a streamed gzip file may decompress to this many times the compressed
# bytes read (JSON text compresses about 5:1, even runs of identical records about 100:1).
_MAX_GZIP_RATIO = 200
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
# A record over the limit is read past in pieces of this size.
_SKIP_CHUNK = 1 << 16


@dataclass(frozen=True)
class SourceOptions:
    """How inputs are read. ``max_bytes`` bounds a file, a ``.gz`` file once decompressed, and a
    JSON Lines record (such a file is read line by line, whatever its size)."""

    max_bytes: int = 50 * 1024 * 1024
    # Files (device, inode) passed over quietly inside folders: the run's own output, a report
    # being written into a folder it scans (``dedupe scan . > report.json``).
    passed_over: frozenset[tuple[int, int]] = frozenset()


class _Unusable(Exception):
    """An input that cannot be read at all; the message is the reason shown to the user."""


# --- which reader -------------------------------------------------------------------------


def format_of(name: str) -> Format | None:
    """The format a file name stands for (``a.md.gz`` is Markdown), ``None`` when unknown."""
    return FORMATS.get(_suffix(name))


def _suffix(name: str) -> str:
    """A file name's suffix, lower-cased, under any ``.gz`` (``A.MD.gz``: ``.md``; ``README``: "")."""
    lowered = name.lower()
    while lowered.endswith(GZIP_SUFFIX):
        lowered = lowered[: -len(GZIP_SUFFIX)]
    return os.path.splitext(lowered)[1]


def _saved_suffix(name: str) -> str:
    """``_suffix`` of the name a saved or mirrored web page gave a file: without the query string
    ``wget`` keeps (``jquery.js?ver=3.7``, ``jquery.js@ver=3.7`` with Windows-safe names) and the
    ``.download`` browsers add (``app.js.download``)."""
    lowered = name.lower().split("?", 1)[0].split("@", 1)[0]
    for added in (".download", ".crdownload"):
        lowered = lowered.removesuffix(added)
    return _suffix(lowered)


def may_be_article(name: str) -> bool:
    """Whether a file found in a folder is read: any file but those whose suffix says they are
    not articles (``NOT_ARTICLE_SUFFIXES``: images, styles, code, archives …)."""
    return _suffix(name) not in NOT_ARTICLE_SUFFIXES and _saved_suffix(name) not in NOT_ARTICLE_SUFFIXES


# A page or fragment of HTML opens with one of these elements (after any comments).
_HTML_OPENING = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|base|style|script|div|p|article|section|main|header"
    rb"|nav|span|h[1-6]|table|ul|ol|br|img|a|b|i|strong|em|figure|blockquote)(?=[\s>/])"
)
_HTML_ELEMENT = re.compile(_HTML_OPENING.pattern)
_COMMENTS = re.compile(rb"<!--.*?-->", re.DOTALL)


# The byte-order marks of UTF-32 and UTF-16 with their encodings, in the order they are checked
# (UTF-32 LE's mark starts with UTF-16 LE's).
_WIDE_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_format(data: bytes) -> Format:
    """The format of data whose name says nothing (stdin, unknown suffixes)."""
    for bom, encoding in _WIDE_ENCODINGS:
        if data.startswith(bom):  # UTF-16 or UTF-32 with a mark: looked at as UTF-8
            data = data[:_JSONL_HEAD].decode(encoding, "ignore").encode("utf-8")
            break
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    lowered = head[:1024].lower()
    if is_xml_feed(head):
        return Format.FEED
    if lowered.startswith((b"<!doctype html", b"<html")) or (lowered.startswith(b"<?xml") and b"<html" in lowered):
        return Format.HTML
    if _HTML_OPENING.match(_COMMENTS.sub(b"", lowered).lstrip()) and _more_html(head.lower()):
        return Format.HTML  # a page saved with a comment first, or a fragment: "<p>…</p>"
    if lowered.startswith(b"<?xml"):
        return Format.FEED
    if head.startswith((b"{", b"[")):
        first_line, *rest = data.lstrip().split(b"\n", 1)
        try:
            record = json.loads(first_line)
        except (ValueError, RecursionError):
            if head.startswith(b"{") and _later_records(data[:_JSONL_HEAD]):
                return Format.JSONL  # its first line broken (cut off, or not UTF-8): one bad line
            # JSON spread over lines, or broken JSON (reported as such); else text that opens
            # with a bracket: "[Seoul=Yonhap] …", "[이슈 정리] …", "{Update} …".
            return Format.JSON if _opens_json(head) else Format.TEXT
        if isinstance(record, dict):
            # A feed, or records under "items" etc. on one line with nothing after it, is one document.
            whole = is_json_feed(record) or (wrapped_records(record) is not None and (not rest or not rest[0].strip()))
            return Format.JSON if whole else Format.JSONL
        # One value on the first line is a JSON document if nothing follows ("[1]\nThe note …").
        return Format.JSON if not rest or not rest[0].strip() else Format.TEXT
    if head.startswith(b"---"):
        return Format.MARKDOWN
    return Format.TEXT


_JSON = json.JSONDecoder()
_JSON_DEPTH = 16


def _opens_json(head: bytes) -> bool:
    """Whether data starting with "{" or "[" (whose first line is no JSON value) opens as JSON
    does, well-formed or broken further on: after "{", a key and ":"; after "[", a value, ","
    and a second value followed by "," or "]" (or "]" after the first, and nothing more),
    looking into nested "{" and "[". Text that opens with a bracket goes on otherwise: "[2보] …",
    "[1/3] …", "[2,500명 대피] …", "[fact check] …", '["We will win," he said] …', "{{Infobox …".
    Data cut short by the end of ``head`` opens as JSON."""
    text = head.decode("utf-8", "replace")
    depth = 0
    for _ in range(_JSON_DEPTH):
        opening, text = text[0], text[1:].lstrip()
        depth += 1
        if not text:
            return True
        if text[0] in "]}":
            return _closes(text, depth)
        if opening == "{" and text[0] != '"':
            return False
        if text[0] not in "{[":
            break
    else:
        return True
    top = depth == 1
    after = _after_value(text)
    if not after:
        return after is not None
    if after[:1] in ("]", "}"):
        return _closes(after, depth)
    if opening == "{" or after[:1] != ",":
        return after[:1] == ":" and opening == "{"
    # A second value, and "," or "]" after it: "[2,500명 대피]", '["Wir schaffen das", sagte …]' are text.
    rest = after[1:].lstrip()
    if not rest or rest[0] in "{[":
        return True
    second = _after_value(rest)
    if not second:
        return second is not None
    return second[:1] == "," or (second[:1] == "]" and (not top or not second[1:].strip()))


def _closes(text: str, depth: int) -> bool:
    """Whether ``text``, closing brackets first, goes on as JSON after ``depth`` nested openings:
    the brackets close some of them, and then comes "," (more values) or nothing (all closed, or
    data cut short). "[[1]] footnote …" is text: the outer bracket closes, and words follow."""
    while text[:1] in ("]", "}") and depth:
        text, depth = text[1:].lstrip(), depth - 1
    return not text or (depth > 0 and text[0] == ",")


def _after_value(text: str) -> str | None:
    """What follows the JSON value (not an object or array) at the start of ``text``, blanks
    skipped: "" when the value runs to the end of ``text`` (a string cut short, or nothing after
    it), ``None`` when no JSON value starts there."""
    try:
        _, end = _JSON.raw_decode(text)
    except json.JSONDecodeError:
        return "" if text[0] == '"' and '"' not in text[1:] else None
    return text[end:].lstrip()


def _later_records(data: bytes) -> bool:
    """Whether one of the next few lines of ``data`` (after its first) is a JSON object: JSON Lines."""
    for line in data.decode("utf-8", "replace").split("\n", 6)[1:6]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _more_html(lowered: bytes) -> bool:
    """Whether text opening with an HTML element goes on as HTML: a closing tag, or a second
    element ("<p>…<p>…"). "<Title> Budget vote …" does not."""
    return b"</" in lowered or len(_HTML_ELEMENT.findall(lowered, 0, 4096)) >= 2


def articles_from_bytes(
    data: bytes,
    path: str,
    doc_id: str,
    on_skip: OnSkip,
    options: SourceOptions | None = None,
    name: str | None = None,
) -> Iterator[Article]:
    """Articles in ``data``, read from ``path`` as the format its ``name`` (default: ``path``) says.

    A ``.gz`` name (or gzip data under an unknown name) is decompressed first; an unknown name
    lets the content decide. Unusable data is reported through ``on_skip``, never raised.
    """
    options = options or SourceOptions()
    name = path if name is None else name
    for _ in range(_MAX_GZIP_LAYERS):
        if not (name.lower().endswith(GZIP_SUFFIX) or (format_of(name) is None and data.startswith(b"\x1f\x8b"))):
            break
        try:
            data = _gunzip(data, options.max_bytes)
        except _Unusable as error:
            on_skip(Skipped(path, str(error)))
            return
        name = name[: -len(GZIP_SUFFIX)] if name.lower().endswith(GZIP_SUFFIX) else ""
    fmt = format_of(name) or sniff_format(data)
    yield from _READERS[fmt](data, path, doc_id, fmt, on_skip)


def _gunzip(data: bytes, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as archive:
            inner = _read_at_most(archive, limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise _Unusable(f"not a valid gzip file ({_first_line(str(error)) or type(error).__name__})") from error
    if len(inner) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit once decompressed")
    return inner


# --- readers ------------------------------------------------------------------------------


# A block that opens with "---" on the first line and closes with "---" or "..." on one of the
# first this many lines is front matter even when it is no YAML mapping (a quote left open, a
# colon in an unquoted title): it is left out of the text, with a warning. A longer one that does
# not parse is taken for text (a "---" rule further down is no end of front matter).
FRONT_MATTER_MAX_LINES = 100
# The line that closes front matter: "---" (or YAML's end of document, "..."), blanks after it.
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)


@dataclass(frozen=True)
class FrontMatter:
    """Text split into its YAML front matter and its body.

    ``fields``: the metadata as strings; ``body_offset``: where the body starts in the text;
    ``problem``: why a block read as front matter gave no metadata (a warning), else "".
    """

    fields: dict[str, str]
    body: str
    body_offset: int = 0
    problem: str = ""


_KEPT_RESOLVERS = frozenset(("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge", "tag:yaml.org,2002:timestamp"))


class _AsWritten(yaml.SafeLoader):
    """YAML's safe loader with values kept as written: no booleans or numbers read into ("title:
    No" is "No", not "False"; "id: 012" keeps its zero), only an empty value or null is none.
    Timestamps are still read, and written in ISO 8601 ("2025-01-05 9:30:00" is
    "2025-01-05T09:30:00"): the form ``date_order`` orders by, for a cluster's origin."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - the loader's table, read by class
        first: [(tag, pattern) for tag, pattern in resolvers if tag in _KEPT_RESOLVERS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def split_front_matter(text: str) -> FrontMatter:
    """Split YAML front matter (``---`` … ``---`` or ``...`` at the very top) from the body.

    Text without front matter is all body. Front matter that does not parse, or is not
    ``key: value`` lines, is left out of the body all the same when it closes on one of the first
    ``FRONT_MATTER_MAX_LINES`` lines (longer, it is taken for text), and ``problem`` says why.
    """
    stripped = text.lstrip("\ufeff")
    lead = len(text) - len(stripped)
    if not stripped.startswith("---"):
        return FrontMatter({}, text)
    first_newline = stripped.find("\n")
    if first_newline < 0 or stripped[:first_newline].strip() != "---":
        return FrontMatter({}, text)
    closing = _FRONT_MATTER_END.search(stripped, first_newline + 1)
    if closing is None:
        return FrontMatter({}, text)
    body_start = lead + min(closing.end() + 1, len(stripped))
    try:
        # The lines between, without the newline that ends the last (the closing line's start).
        meta = yaml.load(stripped[first_newline + 1 : max(first_newline + 1, closing.start() - 1)], Loader=_AsWritten)
    except yaml.YAMLError as error:
        problem = _yaml_problem(error)
    # Hostile YAML: nesting deep enough to exhaust the parser, or values it cannot build.
    except (RecursionError, ValueError) as error:
        problem = "nested too deeply" if isinstance(error, RecursionError) else _first_line(str(error))
    else:
        if isinstance(meta, dict):
            fields = {str(k).lower(): _as_text(v) for k, v in meta.items()}
            return FrontMatter(fields, text[body_start:], body_start)
        problem = "" if meta is None else "not 'key: value' lines"  # None: "---\n---", empty front matter
    if problem and stripped.count("\n", 0, closing.start()) + 1 > FRONT_MATTER_MAX_LINES:
        return FrontMatter({}, text)  # closed on a line further down: text between two "---" rules
    block = stripped[first_newline + 1 : closing.start()]
    fields = _metadata_lines(block) if problem else {}
    told = "; its key: value lines read as written" if fields else ""
    return FrontMatter(
        fields,
        text[body_start:],
        body_start,
        f"front matter not parsed: {problem}; left out of the text{told}" if problem else "",
    )


# A top-level line of metadata: its key and what follows the colon.
_METADATA_FIELD = re.compile(r"([^\W\d][\w-]*)[^\S\n]*:[^\S\n]*(.*)")


def _metadata_lines(block: str) -> dict[str, str]:
    """The ``key: value`` lines of front matter that is no valid YAML (a title with a colon or a
    quote left open), each value as written: one mistake no longer loses the title, date and
    address of the lines around it. A value's enclosing quotes (a quote left open before it) and
    a comment after it are taken off, a quote doubled in single quotes is one, and a block value
    (``|``, ``>-``) is its indented lines joined; other indented lines and lists are passed
    over."""
    fields: dict[str, str] = {}
    lines = block.splitlines()
    for number, line in enumerate(lines):
        match = _METADATA_FIELD.fullmatch(line.rstrip())
        if match is None:
            continue
        value = _TAG.sub("", match.group(2).strip())
        if _BLOCK_SCALAR.fullmatch(value):
            following = itertools.takewhile(lambda text: not text.strip() or text[:1].isspace(), lines[number + 1 :])
            value = " ".join(text.strip() for text in following if text.strip())
        elif value[:1] == "'":
            value = value[1:-1] if len(value) >= 2 and value.endswith("'") else value[1:]
            value = value.replace("''", "'")
        elif value[:1] == '"':
            value = value[1:-1] if len(value) >= 2 and value.endswith('"') else value[1:]
            value = value.replace('\\"', '"')
        else:
            value = value.split(" #", 1)[0]
        fields.setdefault(match.group(1).lower(), value.strip())
    return {key: value for key, value in fields.items() if value}


# A block value's indicator ("|", ">-", "|2+" …) and an explicit tag before a value ("!!str ").
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*(?:\s+#.*)?")
_TAG = re.compile(r"^!\S*\s+")


# A line of YAML metadata: a key (a word, with dashes) and a colon.
_METADATA_LINE = re.compile(r"[^\W\d][\w-]*[^\S\n]*:(?:\s|$)")


def _meant_as_front_matter(block: str) -> bool:
    """Whether the lines of a block between two rules (that did not parse as YAML) are mostly
    ``key: value`` lines, two at least: metadata with a mistake in it, not text (an editor's
    note of one line, "NOTE: embargoed until 10:00", is text)."""
    lines = [line.strip() for line in block.splitlines()]
    lines = [line for line in lines if line and line not in ("---", "...")]
    keys = sum(1 for line in lines if _METADATA_LINE.match(line))
    return keys >= 2 and 2 * keys > len(lines)


def _yaml_problem(error: yaml.YAMLError) -> str:
    """What PyYAML found wrong, on one line, with the lines of the file it speaks of:
    "while scanning a quoted scalar (line 2): found unexpected end of stream (line 3)"."""
    if not isinstance(error, yaml.MarkedYAMLError) or not error.problem:
        return _first_line(str(error)) or "invalid YAML"
    parts = []
    for said, mark in ((error.context, error.context_mark), (error.problem, error.problem_mark)):
        if said:
            # Lines of the block count from 0; the block starts on the file's second line.
            parts.append(" ".join(said.split()) + (f" (line {mark.line + 2})" if mark is not None else ""))
    return ": ".join(parts)


_LONE_CR = re.compile(r"\r(?!\n)")


def _decoded_text(data: bytes, path: str, on_skip: OnSkip, declared: str | None = None) -> str | None:
    """``decode``'s text, or ``None`` with a warning when the data is no text; UTF-8 with a few
    stray bytes is read with them as U+FFFD and a warning, which counts as a skipped input does
    (``--strict``)."""
    try:
        decoded = decode(data, declared)
    except NotText as error:
        on_skip(Skipped(path, str(error)))
        return None
    if decoded.replaced:
        on_skip(Skipped(path, f"invalid UTF-8: {decoded.replaced} byte sequence(s) read as U+FFFD"))
    return decoded.text


def _read_text(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A ``.txt`` or ``.md`` file: one article."""
    text = _decoded_text(data, path, on_skip)
    if text is None:
        return
    if "\r" in text:
        # Lines ended by a carriage return alone (classic Mac OS) end lines as "\n" does: one
        # character for one, so offsets into the file stay right.
        text = _LONE_CR.sub("\n", text)
    split = split_front_matter(text) if fmt is Format.MARKDOWN or text.startswith("---") else FrontMatter({}, text)
    if split.problem and fmt is not Format.MARKDOWN and not _meant_as_front_matter(text[: split.body_offset]):
        # Plain text opening with lines between two "---" rules that are not metadata (an
        # editor's note) is text; only Markdown is expected to carry front matter, or a text
        # file whose block is mostly "key: value" lines (a title with a colon left unquoted).
        split = FrontMatter({}, text)
    meta, body = split.fields, split.body
    if not body.strip():
        on_skip(Skipped(path, "empty: no article text"))
        return
    if split.problem:
        # The article is read all the same; the warning counts as a skipped input does (--strict).
        on_skip(Skipped(path, split.problem))
    body = unwrap(unmark(body))
    yield Article(
        id=doc_id,
        path=path,
        text=body,
        title=meta.get("title") or _first_line(body),
        date=meta.get("date", ""),
        url=next((meta[k] for k in URL_FIELDS if meta.get(k)), ""),
        author=meta.get("author") or meta.get("authors", ""),
        body_offset=split.body_offset,
    )


def _read_html(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A web page: its main text, without the site's navigation, ads and footers."""
    html = _decoded_text(data, path, on_skip, declared_charset(data))
    if html is None:
        return
    page = extract_page(html)
    if page is None:
        on_skip(Skipped(path, "no article text found in the HTML"))
        return
    yield Article(
        id=doc_id,
        path=path,
        text=page.text,
        title=page.title or _first_line(page.text),
        date=page.date,
        url=page.url,
        author=page.author,
    )


def _read_jsonl(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A JSON Lines file: one article per line, text from ``text``, ``body`` or ``content``."""
    yield from _jsonl_from_bytes(data, path, doc_id, on_skip)


def _jsonl_from_bytes(
    data: bytes, path: str, doc_id: str, on_skip: OnSkip, limit: int | None = None
) -> Iterator[Article]:
    """JSON Lines read whole; with ``limit``, a record (line) over that many bytes is skipped.

    JSON Lines is UTF-8: a file whose lines are mostly UTF-8 is read as UTF-8 line by line, a
    line that is not being skipped with a warning (one bad byte does not make the whole file
    read in a guessed legacy encoding); otherwise its encoding is told from all of it.
    """
    if _mostly_utf8_lines(data):
        split = data.split(b"\n")
        raw: Iterable[bytes | Skipped] = split
        if limit is not None:
            raw = (
                Skipped(path, _record_too_large(limit), line=number) if len(line) > limit else line
                for number, line in enumerate(split, start=1)
            )
        yield from _jsonl_articles(raw, path, doc_id, on_skip, "utf-8-sig")
        return
    text = _decoded_text(data, path, on_skip)
    if text is None:
        return
    # Only "\n" ends a record: JSON strings may hold U+2028 and other breaks str.splitlines knows.
    lines = text.split("\n")
    if limit is None:
        yield from _jsonl_articles(lines, path, doc_id, on_skip)
    else:
        measured = (_within(line, number, path, limit) for number, line in enumerate(lines, start=1))
        yield from _jsonl_articles(measured, path, doc_id, on_skip)


def _mostly_utf8_lines(data: bytes) -> bool:
    """Whether ``data`` (no UTF-16/32) is not UTF-8 as a whole but most of its lines with
    non-ASCII bytes are: UTF-8 with a few broken lines, not text in a legacy encoding."""
    if b"\x00" in data or data.startswith(_WIDE_BOMS):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return False  # valid as a whole: read as any text is (a UTF-8 BOM handled there)
    valid = invalid = 0
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            invalid += 1
        else:
            valid += 1
    return valid > invalid


def _within(line: str, number: int, path: str, limit: int) -> str | Skipped:
    """``line``, or why it is skipped when its UTF-8 bytes are over ``limit``."""
    # A character is at most 4 bytes: most lines need no encoding to be measured.
    if 4 * len(line) > limit and len(line.encode("utf-8", "surrogatepass")) > limit:
        return Skipped(path, _record_too_large(limit), line=number)
    return line


def _record_too_large(limit: int) -> str:
    return f"record larger than the {limit:,}-byte limit"


def _jsonl_articles(
    lines: Iterable[str | bytes | Skipped], path: str, doc_id: str, on_skip: OnSkip, encoding: str = "utf-8"
) -> Iterator[Article]:
    """One article per line (numbered from 1) holding a record; a line already found unusable
    comes as its :class:`Skipped`, a line of bytes is text in ``encoding`` (a byte-order mark
    only starts the first). Only blank lines: an empty file."""
    # UTF-8 lines go to orjson undecoded: it checks UTF-8 as strictly as bytes.decode.
    utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    seen: set[str] = set()
    empty = True
    for number, line in enumerate(lines, start=1):
        if isinstance(line, Skipped):
            on_skip(line)
            empty = False
            continue
        record = _fast_record(line) if utf8 or isinstance(line, str) else _UNREAD
        if record is _UNREAD:
            if isinstance(line, bytes):
                try:
                    line = line.decode(encoding if number == 1 else encoding.removesuffix("-sig"))
                except UnicodeDecodeError:
                    on_skip(Skipped(path, f"invalid {encoding.removesuffix('-sig').upper()} text", line=number))
                    empty = False
                    continue
                record = _UNREAD if utf8 else _fast_record(line)
            if record is _UNREAD:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as error:
                    on_skip(Skipped(path, _json_error(error), line=number))
                    empty = False
                    continue
                except RecursionError:
                    on_skip(Skipped(path, "malformed JSON (nested too deeply)", line=number))
                    empty = False
                    continue
        empty = False
        if _own_record(record):
            continue
        article = _record_article(record, path, doc_id, str(number), seen)
        if isinstance(article, str):
            on_skip(Skipped(path, article, line=number))
        else:
            yield article
    if empty:
        on_skip(Skipped(path, "empty file"))


# ``_fast_record`` could not tell: the line is read by ``json``.
_UNREAD: Any = object()
# Fields read as text (``_as_text``): their numbers are told apart by json, not orjson.
_TEXT_VALUED_FIELDS = ("id", *TITLE_FIELDS, *DATE_FIELDS, "author", *URL_FIELDS)


def _fast_record(line: str | bytes) -> Any:
    """The record on a line as ``json.loads`` reads it (three times faster), or ``_UNREAD``.

    orjson reads what ``json`` reads, but refuses more (``NaN``, lone surrogates, a BOM, invalid
    UTF-8, nesting over 1,024 deep) and reads integers past 64 bits as floats: a line it refuses,
    or with a float in a field read as text, is read again by ``json`` (and decoded first), which
    gives the same record, or the same warning, as before orjson.
    """
    try:
        record = orjson.loads(line)
    except ValueError:
        return _UNREAD
    if isinstance(record, dict):
        get = record.get
        for name in _TEXT_VALUED_FIELDS:
            value = get(name)
            if value is not None and type(value) is not str and _holds_float(value):
                return _UNREAD
    return record


def _holds_float(value: object) -> bool:
    """Whether ``value`` is a float or a list holding one (at any depth, as ``_as_text`` reads them)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if type(item) is float:
            return True
        if type(item) is list:
            pending.extend(item)
    return False


def _stream_jsonl(
    head: bytes,
    source: _ByteStream,
    compressed: _Counting | None,
    path: str,
    doc_id: str,
    limit: int,
    on_skip: OnSkip,
) -> Iterator[Article]:
    """JSON Lines: ``head``, its first ``_JSONL_HEAD + 1`` bytes (or all), then the rest of ``source``
    (``compressed``: what a gzip stream has read of its file).

    A stream that fits in its head is read whole, as any text is (its encoding told from all of
    it); a longer one is split into lines as bytes and decoded line by line in the encoding of
    its head, a record over ``limit`` bytes being read past, never held.
    """
    if len(head) <= _JSONL_HEAD:
        yield from _jsonl_from_bytes(head, path, doc_id, on_skip, limit)
        return
    encoding = None
    # UTF-16 and UTF-32 (JSON Lines is UTF-8 by definition) have NUL bytes, as do binary files.
    if b"\x00" not in head and not head.startswith(_WIDE_BOMS):
        cut = head.rfind(b"\n")
        sample = head[: cut + 1] if cut >= 0 else _whole_utf8(head)
        try:
            # Blank lines tell nothing: JSON Lines is UTF-8. (Blank as text: a head of no-break
            # spaces is blank too, which ``decode`` would call an empty file.)
            blank = not sample.removeprefix(codecs.BOM_UTF8).decode("utf-8", "replace").strip()
            encoding = "utf-8" if blank else decode(sample).encoding
        except NotText as error:
            on_skip(Skipped(path, str(error)))
            return
    if encoding is None or "\n".encode(encoding.removesuffix("-sig")) != b"\n":
        # Text not split into lines as bytes (UTF-16, UTF-32, EBCDIC) is read whole, within the limit.
        try:
            rest = _read_at_most(source, limit + 1 - len(head)) if len(head) <= limit else b""
        except (OSError, EOFError, zlib.error) as error:
            on_skip(Skipped(path, _stream_error(error, compressed)))
            return
        if len(head) + len(rest) > limit:
            once = " once decompressed" if compressed is not None else ""
            on_skip(Skipped(path, f"larger than the {limit:,}-byte limit{once}"))
            return
        yield from _jsonl_from_bytes(head + rest, path, doc_id, on_skip)
        return
    yield from _jsonl_articles(_lines(head, source, limit, compressed, path), path, doc_id, on_skip, encoding)


class _ByteStream(Protocol):
    """What the readers use of a binary stream (a file, stdin's buffer or a gzip stream)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...

    def tell(self) -> int: ...

    def seek(self, offset: int, /) -> int: ...


class _Counting:
    """A binary stream that counts the bytes read from it (under a gzip stream: its compressed bytes)."""

    def __init__(self, stream: _ByteStream) -> None:
        self.stream = stream
        self.count = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        return data

    def seek(self, offset: int, /) -> int:
        return self.stream.seek(offset)


class _StreamStopped(Exception):
    """A stream that cannot be read on; the message says why."""


def _lines(
    head: bytes, source: _ByteStream, limit: int, compressed: _Counting | None, path: str
) -> Iterator[bytes | Skipped]:
    """The lines of ``head`` then of ``source``, without their "\\n"; a line over ``limit`` bytes
    is read past, never held, and comes as its :class:`Skipped`, as does a reason to stop."""
    lines = head.split(b"\n")
    pending = lines.pop()
    number = 0
    for number, line in enumerate(lines, start=1):
        yield line if len(line) <= limit else Skipped(path, _record_too_large(limit), line=number)
    number += 1
    try:
        while True:
            if len(pending) > limit:
                piece = pending
                while piece and not piece.endswith(b"\n"):
                    piece = source.readline(_SKIP_CHUNK)
                    _check_ratio(source, compressed, limit)
                yield Skipped(path, _record_too_large(limit), line=number)
                if not piece:
                    return
                pending, number = b"", number + 1
                continue
            piece = source.readline(limit + 1 - len(pending))
            _check_ratio(source, compressed, limit)
            if not piece:
                if pending:
                    yield pending
                return
            if piece.endswith(b"\n"):
                yield pending + piece[:-1]
                pending, number = b"", number + 1
            else:
                pending += piece
    except (OSError, EOFError, zlib.error) as error:
        yield Skipped(path, _stream_error(error, compressed), line=number)
    except _StreamStopped as error:
        yield Skipped(path, str(error), line=number)


def _check_ratio(source: _ByteStream, compressed: _Counting | None, limit: int) -> None:
    if compressed is None:
        return
    decompressed = source.tell()
    if decompressed > limit and decompressed > _MAX_GZIP_RATIO * compressed.count:
        raise _StreamStopped(f"stopped reading: decompresses to over {_MAX_GZIP_RATIO} times its size (a gzip bomb?)")


def _whole_utf8(data: bytes) -> bytes:
    """``data`` without a UTF-8 character cut at its end."""
    try:
        return data[: codecs.utf_8_decode(data, "strict", False)[1]]
    except UnicodeDecodeError:
        return data


def _stream_error(error: Exception, compressed: _Counting | None) -> str:
    if isinstance(error, OSError) and not isinstance(error, gzip.BadGzipFile) and error.errno is not None:
        return _os_reason(error)
    if compressed is None:
        return f"unreadable ({error})"
    return f"not a valid gzip file ({_first_line(str(error)) or type(error).__name__})"


def _read_json(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A ``.json`` file: a JSON Feed, a list of article records (bare, or under one of
    ``RECORD_LIST_KEYS``), or one record."""
    text = _decoded_text(data, path, on_skip)
    if text is None:
        return
    try:
        document = json.loads(text)
    except ValueError as error:
        on_skip(Skipped(path, _json_error(error)))
        return
    except RecursionError:
        on_skip(Skipped(path, "malformed JSON (nested too deeply)"))
        return
    if is_json_feed(document):
        try:
            feed = parse_json_feed(document)
        except FeedError as error:
            on_skip(Skipped(path, str(error)))
            return
        yield from _feed_articles(feed, path, doc_id, on_skip)
    elif isinstance(document, dict) and _text_field(document) is not None:
        article = _record_article(document, path, doc_id, "", set())
        if isinstance(article, str):
            on_skip(Skipped(path, article))
        else:
            yield article
    elif _own_output(document):
        # ``dedupe``'s own baseline or report kept among the articles: no article, and nothing wrong.
        return
    else:
        records = document if isinstance(document, list) and document else wrapped_records(document)
        if records is None:
            on_skip(Skipped(path, _empty_records(document) or _NO_RECORDS))
            return
        seen: set[str] = set()
        for number, record in enumerate(records, start=1):
            article = _record_article(record, path, doc_id, str(number), seen)
            if isinstance(article, str):
                on_skip(Skipped(path, f"record {number}: {article}"))
            else:
                yield article


# The keys of what ``dedupe`` writes as one JSON document: a baseline, a scan's report, a check's
# report, a diff (``"pairs"`` and ``"version"`` only).
_OWN_DOCUMENTS = (
    frozenset({"version", "accepted"}),
    frozenset({"version", "pairs", "clusters", "documents", "skipped", "stats"}),
    frozenset({"version", "pairs", "changed", "documents", "fail_on", "passed", "stale"}),
    frozenset({"version", "pairs"}),
)
# The kinds of line a JSON Lines report of ``scan`` or ``check`` holds (each with ``"version"``).
_OWN_RECORDS = frozenset({"pair", "cluster", "document", "skipped", "stats", "stale", "check"})


def _own_output(document: object) -> bool:
    """Whether a JSON document is one ``dedupe`` wrote (a baseline, a report, a SARIF log), left
    in a folder it scans: ``dedupe scan . --format json > report.json``, run again."""
    if not isinstance(document, dict):
        return False
    if "$schema" in document and "runs" in document:
        return "sarif" in str(document["$schema"]).casefold()
    return frozenset(document) in _OWN_DOCUMENTS and isinstance(document.get("accepted", document.get("pairs")), list)


def _own_record(record: object) -> bool:
    """Whether a JSON Lines record is a line of a ``dedupe`` report (``--format jsonl``)."""
    return (
        isinstance(record, dict)
        and record.get("type") in _OWN_RECORDS
        and "version" in record
        and _text_field(record) is None
    )


def _empty_records(document: object) -> str:
    """Why a JSON export with nothing in it has no articles (a list, or one under a key of
    ``RECORD_LIST_KEYS``, that is empty: a CMS category with no posts), else ""."""
    if document == []:
        return "no records: an empty list"
    if isinstance(document, dict):
        for key in RECORD_LIST_KEYS:
            if document.get(key) == []:
                return f"no records: {key!r} is an empty list"
    return ""


def wrapped_records(document: object) -> list[Any] | None:
    """The records a JSON object wraps: the value of the first of ``RECORD_LIST_KEYS`` that is a
    non-empty list of objects (``{"posts": [{…}, {…}]}``); ``None`` when it wraps none."""
    if not isinstance(document, dict):
        return None
    for key in RECORD_LIST_KEYS:
        value = document.get(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return value
    return None


def _read_feed(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """An RSS or Atom feed (one article per item); an XHTML page under an XML name is a page."""
    kind = binary_kind(data)
    if kind is not None:
        on_skip(Skipped(path, f"binary file ({kind})"))
        return
    if not data.strip():
        on_skip(Skipped(path, "empty file"))
        return
    try:
        feed = parse_xml_feed(data)
    except FeedError as error:
        if sniff_format(data) is Format.HTML:
            yield from _read_html(data, path, doc_id, Format.HTML, on_skip)
        else:
            on_skip(Skipped(path, str(error)))
        return
    yield from _feed_articles(feed, path, doc_id, on_skip)


def _feed_articles(feed: Feed, path: str, doc_id: str, on_skip: OnSkip) -> Iterator[Article]:
    """One article per item with text. A malformed feed gets one warning in all, not one per item."""
    if not feed.items:
        on_skip(Skipped(path, feed.problem or "feed has no items"))
        return
    seen: set[str] = set()
    read = 0
    for number, item in enumerate(feed.items, start=1):
        key = _unique_key(item.key.strip() or str(number), number, seen)
        if not item.text.strip():
            if not feed.problem:
                on_skip(Skipped(path, f"feed item {key} has no text"))
            continue
        read += 1
        yield Article(
            id=f"{doc_id}#{key}",
            path=path,
            text=unwrap(item.text),
            title=item.title or _first_line(item.text),
            date=item.date,
            url=item.url,
            author=item.author,
        )
    if feed.problem:
        on_skip(Skipped(path, f"{feed.problem}; read {read} of its {len(feed.items)} items"))


_READERS: Mapping[Format, Callable[[bytes, str, str, Format, OnSkip], Iterator[Article]]] = {
    Format.TEXT: _read_text,
    Format.MARKDOWN: _read_text,
    Format.JSONL: _read_jsonl,
    Format.JSON: _read_json,
    Format.HTML: _read_html,
    Format.FEED: _read_feed,
}


def _record_article(record: object, path: str, doc_id: str, number: str, seen: set[str]) -> Article | str:
    """An article from a JSON record, or the reason there is none. ``number`` is its position."""
    if not isinstance(record, dict):
        return "not a JSON object"
    get = record.get
    field = _text_field(record)
    body = ""
    if field is not None:
        body, is_html = field
        # A field named for text may hold HTML all the same (a CMS's export), or text with its
        # characters escaped as HTML's (and HTML escaped as text, "&lt;p&gt;…", is HTML once
        # decoded).
        is_html = is_html or looks_like_html(body)
        if not is_html and "&" in body:
            body = unescaped(body)
            is_html = looks_like_html(body)
        if is_html:
            body = html_to_text(body)
    # = not body.strip(), without copying the text.
    if not body or body.isspace():
        return f"no text in {_quoted_list(TEXT_FIELDS)}"
    record_id = _as_text(get("id")).strip()
    article_id = doc_id
    if number:
        article_id = f"{doc_id}#{_unique_key(record_id or number, int(number), seen)}"
    url = ""
    for name in URL_FIELDS:
        url = _as_text(get(name))
        if url:
            break
    date = ""
    for name in DATE_FIELDS:
        date = _as_text(get(name))
        if date:
            break
    return Article(
        id=article_id,
        path=path,
        text=unwrap(body),
        title=_record_title(record) or _first_line(body),
        date=date,
        url=url,
        author=_as_text(get("author")),
    )


def _text_field(record: Mapping[str, Any]) -> tuple[str, bool] | None:
    """The value of a record's first text field (``TEXT_FIELDS``) and whether it is HTML, or
    ``None`` when it has none: a string, or a ``{"rendered": "…"}`` object (HTML). A field with
    only whitespace gives way to a later one with text (``"content": {"rendered": ""}`` beside an
    ``article_body``)."""
    found: list[tuple[str, bool]] = []
    for name in TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str):
            found.append((value, name in HTML_TEXT_FIELDS))
        elif (rendered := _rendered(value)) is not None:
            found.append((rendered, True))
    return next((field for field in found if field[0].strip()), found[0] if found else None)


def _record_title(record: Mapping[str, Any]) -> str:
    """A record's title (``TITLE_FIELDS``); a rendered one (WordPress) is HTML: tags stripped,
    entities decoded, one line."""
    for name in TITLE_FIELDS:
        value = record.get(name)
        rendered = _rendered(value)
        title = " ".join(html_to_text(rendered).split()) if rendered is not None else _as_text(value)
        if title:
            return title
    return ""


def _rendered(value: object) -> str | None:
    """The HTML of a WordPress REST API field (``{"rendered": "<p>…", "protected": false}``)."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return str(value["rendered"])
    return None


def _quoted_list(names: Iterable[str]) -> str:
    """``'a', 'b' or 'c'``."""
    quoted = [f"'{name}'" for name in names]
    return f"{', '.join(quoted[:-1])} or {quoted[-1]}" if len(quoted) > 1 else "".join(quoted)


_NO_RECORDS = (
    f"JSON is neither a JSON Feed nor article records (one, a list, or a list under {_quoted_list(RECORD_LIST_KEYS)}"
    f", each with {_quoted_list(TEXT_FIELDS)})"
)


def _json_error(error: ValueError) -> str:
    return f"malformed JSON ({getattr(error, 'msg', None) or _first_line(str(error))})"


def _unique_key(key: str, number: int, seen: set[str]) -> str:
    if key in seen:
        key = f"{key}@{number}"
    seen.add(key)
    return key


# A field nested deeper than this (lists in lists …) is not text anyone wrote: it reads as empty.
_MAX_FIELD_DEPTH = 32


def _as_text(value: object, depth: int = 0) -> str:
    if type(value) is str:
        return value
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        if depth >= _MAX_FIELD_DEPTH:
            return ""
        return ", ".join(t for t in (_as_text(v, depth + 1) for v in value) if t)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            # (Without the word joiners a decoded character reference leaves: ``markup``.)
            return line.strip().replace("\u2060", "")[:200]
    return ""


# --- files, folders and stdin -------------------------------------------------------------


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if error.errno == errno.ENOENT:
        # Found in its folder, then gone: a link to nothing, or a file removed while the run read.
        if isinstance(error.filename, (str, bytes)) and os.path.islink(error.filename):
            return "no such file (a broken symlink)"
        return "no such file (removed while the scan ran?)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "unreadable (permission denied)"
    return f"unreadable ({error.strerror or error})"


def _open_file(path: Path, named: bool) -> BinaryIO:
    """A file opened read-only; :class:`_Unusable` says why it cannot be.

    Inside folders only regular files are read. A file ``named`` on the command line may also be
    a pipe (``<(zcat feed.gz)``) or a device: the user asked for it.
    """
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not named:
        # A FIFO found in a folder must not block the scan waiting for a writer.
        flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise _Unusable(_os_reason(error)) from error
    handle = os.fdopen(descriptor, "rb")
    try:
        info = os.fstat(handle.fileno())
    except OSError as error:
        handle.close()
        raise _Unusable(_os_reason(error)) from error
    if stat.S_ISDIR(info.st_mode) or not (named or stat.S_ISREG(info.st_mode)):
        handle.close()
        raise _Unusable("not a regular file")
    return handle


_READ_PIECE = 1 << 22
_GZIP_MAGIC = b"\x1f\x8b"


def _read_at_most(source: _ByteStream, size: int) -> bytes:
    """Up to ``size`` bytes of ``source`` (fewer at its end), read a piece at a time: one read of
    a huge size (``--max-size 1000000``) would first set aside that much memory."""
    pieces = []
    while size > 0:
        piece = source.read(min(size, _READ_PIECE))
        if not piece:
            break
        pieces.append(piece)
        size -= len(piece)
    return b"".join(pieces)


def _read_file(path: Path, limit: int, named: bool) -> bytes:
    """The bytes of a file, opened read-only; :class:`_Unusable` says why not."""
    with _open_file(path, named) as handle:
        return _read_within(handle, handle, None, b"", limit)


def _read_within(handle: BinaryIO, source: _ByteStream, compressed: _Counting | None, head: bytes, limit: int) -> bytes:
    """``head`` (read already) and the rest of ``source`` (the open file ``handle``, or a gzip
    stream of it: ``compressed``), if it is all within ``limit`` bytes."""
    once = " once decompressed" if compressed is not None else ""
    try:
        if os.fstat(handle.fileno()).st_size > limit:
            raise _Unusable(f"larger than the {limit:,}-byte limit")
        data = head + _read_at_most(source, limit + 1 - len(head)) if len(head) <= limit else head
    except (OSError, EOFError, zlib.error) as error:
        raise _Unusable(_stream_error(error, compressed)) from error
    if len(data) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit{once}")
    return data


def _decompressed(handle: BinaryIO, name: str) -> tuple[_ByteStream, _Counting | None, str]:
    """The stream to read an open file by (gzip streams for its ``.gz`` suffixes), what a gzip
    stream has read of the file, and the name without those suffixes."""
    source: _ByteStream = handle
    compressed = None
    for _ in range(_MAX_GZIP_LAYERS):
        if not name.lower().endswith(GZIP_SUFFIX):
            break
        if compressed is None:
            compressed = _Counting(handle)
            source = gzip.GzipFile(fileobj=compressed, mode="rb")
        else:
            source = gzip.GzipFile(fileobj=source, mode="rb")
        name = name[: -len(GZIP_SUFFIX)]
    return source, compressed, name


def _opened(path: Path, named: bool, on_skip: OnSkip) -> BinaryIO | None:
    """``_open_file``, or ``None`` once ``on_skip`` is told why the file cannot be opened."""
    try:
        return _open_file(path, named)
    except _Unusable as error:
        on_skip(Skipped(str(path), str(error)))
        return None


def _streamed_file(
    path: Path, doc_id: str, named: bool, options: SourceOptions, on_skip: OnSkip, jsonl: bool
) -> Iterator[Article]:
    """A file read as a stream (gzipped too, as ``.gz`` says): JSON Lines record by record,
    whatever its size. ``jsonl``: the name says so; else the name says nothing of the format,
    the first bytes tell JSON Lines, and anything else is read whole, within the size limit."""
    limit = options.max_bytes
    handle = _opened(path, named, on_skip)
    if handle is None:
        return
    with handle:
        source, compressed, name = _decompressed(handle, path.name)
        try:
            head = _read_at_most(source, _JSONL_HEAD + 1)
            if not jsonl and compressed is None and head.startswith(_GZIP_MAGIC) and handle.seekable():
                # Gzip data under a name without ".gz": read through a gzip stream from the start.
                handle.seek(0)
                source, compressed, _ = _decompressed(handle, path.name + GZIP_SUFFIX)
                head = _read_at_most(source, _JSONL_HEAD + 1)
        except (OSError, EOFError, zlib.error) as error:
            on_skip(Skipped(str(path), _stream_error(error, compressed)))
            return
        if jsonl or (not head.startswith(_GZIP_MAGIC) and sniff_format(head) is Format.JSONL):
            yield from _stream_jsonl(head, source, compressed, str(path), doc_id, limit, on_skip)
            return
        try:
            data = _read_within(handle, source, compressed, head, limit)
        except _Unusable as error:
            on_skip(Skipped(str(path), str(error)))
            return
    yield from articles_from_bytes(data, str(path), doc_id, on_skip, options, name=name)


def _stdin_articles(options: SourceOptions, on_skip: OnSkip) -> Iterator[Article]:
    """Articles from standard input: JSON Lines (not gzipped) line by line, anything else whole."""
    limit = options.max_bytes
    stream: Any = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        try:
            data = _read_stdin(limit)
        except _Unusable as error:
            on_skip(Skipped(STDIN_PATH, str(error)))
            return
        yield from articles_from_bytes(data, STDIN_PATH, STDIN, on_skip, options, name="")
        return
    try:
        head = _read_at_most(buffer, _JSONL_HEAD + 1)
        jsonl = sniff_format(head) is Format.JSONL
        rest = b"" if jsonl or len(head) > limit else _read_at_most(buffer, limit + 1 - len(head))
    except (OSError, ValueError) as error:
        on_skip(Skipped(STDIN_PATH, f"unreadable ({error})"))
        return
    if jsonl:
        yield from _stream_jsonl(head, buffer, None, STDIN_PATH, STDIN, limit, on_skip)
        return
    if len(head) + len(rest) > limit:
        on_skip(Skipped(STDIN_PATH, f"larger than the {limit:,}-byte limit"))
        return
    yield from articles_from_bytes(head + rest, STDIN_PATH, STDIN, on_skip, options, name="")


def _read_stdin(limit: int) -> bytes:
    """Standard input without a binary buffer (a text stream), whole."""
    stream: Any = sys.stdin
    if stream is None:
        return b""
    try:
        data = str(stream.read(limit + 1)).encode("utf-8", "surrogateescape")
    except (OSError, ValueError) as error:
        raise _Unusable(f"unreadable ({error})") from error
    if len(data) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit")
    return data


def _files(root: Path, on_skip: OnSkip, passed_over: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Path]:
    """The files under ``root`` that may be articles (``may_be_article``), in sorted order,
    following symlinks once: a link back up (a loop) is warned of and skipped; a second way to a
    folder read already (``latest -> 2025/``) is passed over quietly, as nothing is missed; so
    are the files of ``passed_over`` (device, inode)."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(root, frozenset())]
    while stack:
        folder, above = stack.pop()
        try:
            info = folder.stat()
        except OSError as error:
            on_skip(Skipped(str(folder), _os_reason(error)))
            continue
        key = (info.st_dev, info.st_ino)
        if key in above:
            on_skip(Skipped(str(folder), "folder already read (a symlink loop)"))
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            on_skip(Skipped(str(folder), _os_reason(error)))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(".") or _is_project_file(entry.name):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(path)
            elif may_be_article(entry.name) and not (passed_over and _is_one_of(entry, passed_over)):
                yield path
        inside = above | {key}
        stack.extend((subfolder, inside) for subfolder in reversed(subfolders))


def _is_one_of(entry: os.DirEntry[str], files: frozenset[tuple[int, int]]) -> bool:
    try:
        info = entry.stat()
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in files


# Files that describe a folder rather than being articles; skipped inside folders, read when named.
PROJECT_FILES = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "copying", "notice", "authors", "install"}
    | {"todo", "version", "makefile", "dockerfile", "codeowners"}
)


# Files a web site serves beside its pages (a saved or mirrored site has them), not articles:
# skipped inside folders, read when named. Whole names, so an article saved as "security.md" or
# "ads.html" is read. What lies under ".well-known/" is skipped with every hidden folder.
SITE_FILES = frozenset(
    {"robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt", "llms.txt", "llms-full.txt"}
    | {"sitemap.txt", "sellers.json", "trust.txt", "keybase.txt", "dnt-policy.txt", "carbon.txt"}
    | {"manifest.json", "site.webmanifest", "manifest.webmanifest", "browserconfig.xml", "crossdomain.xml"}
    | {"clientaccesspolicy.xml", "opensearch.xml", "web.config", "cname"}
)
# XML sitemaps: sitemap.xml, sitemap_index.xml, sitemap-news.xml, post-sitemap2.xml, wp-sitemap-posts-post-1.xml
_SITEMAP = re.compile(r"(?:.*[-_.])?sitemap(?:[-_.\d].*)?\.xml")


def _is_project_file(name: str) -> bool:
    whole = name.casefold().removesuffix(GZIP_SUFFIX)
    return name.split(".", 1)[0].casefold() in PROJECT_FILES or whole in SITE_FILES or bool(_SITEMAP.fullmatch(whole))


def _inputs(
    given: str, on_skip: OnSkip, passed_over: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[Path, str, bool]]:
    """The files one command-line input stands for: path, document id, named on the command line."""
    root = Path(given)
    try:
        is_dir = root.is_dir()
    except OSError as error:
        on_skip(Skipped(given, _os_reason(error)))
        return []
    if is_dir:
        return [(p, p.relative_to(root).as_posix(), False) for p in _files(root, on_skip, passed_over)]
    if os.path.lexists(root):
        return [(root, root.name, True)]
    on_skip(Skipped(given, "no such file or folder"))
    return []


def iter_articles(inputs: Iterable[str], on_skip: OnSkip, options: SourceOptions | None = None) -> Iterator[Article]:
    """Articles from files, folders and ``-`` (stdin); a folder's files get ids relative to it.

    Ids do not depend on the order inputs are given or found in: a file reached twice is one
    document, under the smaller of its ids, and when files of several inputs would share an id
    (``a/x.txt`` and ``b/x.txt`` both ``x.txt``), each of them is named by its path."""
    options = options or SourceOptions()
    # The files first (names only), so that every id is known before one is given out.
    found: dict[str, tuple[Path, str, bool]] = {}
    order: list[str | None] = []  # the files' real paths, and None where stdin comes
    for given in inputs:
        if given == STDIN:
            if None not in order:  # stdin given twice is read once: the second would be empty
                order.append(None)
            continue
        for path, doc_id, named in _inputs(given, on_skip, options.passed_over):
            try:
                real = os.path.realpath(path)
            except (OSError, ValueError):
                real = str(path)
            if real not in found:
                order.append(real)
                found[real] = (path, doc_id, named)
            else:
                seen_path, seen_id, seen_named = found[real]
                first = min((doc_id, path.as_posix()), (seen_id, seen_path.as_posix()))
                found[real] = (Path(first[1]), first[0], named or seen_named)
    shared = {doc_id for doc_id, count in Counter(doc_id for _, doc_id, _ in found.values()).items() if count > 1}
    for file in order:
        if file is None:
            yield from _stdin_articles(options, on_skip)
            continue
        path, doc_id, named = found[file]
        if doc_id in shared:
            doc_id = path.as_posix()
        if format_of(path.name) in (Format.JSONL, None):
            jsonl = format_of(path.name) is Format.JSONL
            yield from _streamed_file(path, doc_id, named, options, on_skip, jsonl)
            continue
        try:
            data = _read_file(path, options.max_bytes, named)
        except _Unusable as error:
            on_skip(Skipped(str(path), str(error)))
            continue
        yield from articles_from_bytes(data, str(path), doc_id, on_skip, options, name=path.name)
