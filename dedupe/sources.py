"""Inputs → articles: files, folders (recursively) and ``-`` (stdin); one warning per unusable input.

Readers by file type (for stdin and unknown suffixes the content decides):

==========================  ==============================================================
``.txt`` ``.text``          plain text in UTF-8 (with or without BOM), UTF-16 or a legacy
                            encoding (``encoding.py``, charset-normalizer)
``.md`` ``.markdown``       YAML front matter is metadata (title, date, author, canonical
                            URL); the body is compared
``.jsonl`` ``.ndjson``      one article per line: ``<file id>#<record id or line number>``
``.html`` ``.htm``          the page's main text and metadata (``extract.py``, trafilatura)
``.xml`` ``.rss`` ``.atom`` RSS / Atom feed, one article per item (``feeds.py``, feedparser):
                            ``<file id>#<guid, else link, else item number>``
``.json``                   JSON Feed (one article per item), a list of article records or
                            one record
``.gz``                     any of the above compressed; the inner suffix picks the reader
==========================  ==============================================================

Inputs are only ever opened for reading. Nothing raises on bad input: every unusable file,
line or item is reported once through ``on_skip`` and the rest goes on.
"""

from __future__ import annotations

import enum
import errno
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dedupe.encoding import NotText, binary_kind, declared_charset, decode
from dedupe.extract import extract_page
from dedupe.feeds import Feed, FeedError, is_json_feed, is_xml_feed, parse_json_feed, parse_xml_feed
from dedupe.models import Article, Skipped

TEXT_FIELDS = ("text", "body", "content")
URL_FIELDS = ("canonical_url", "canonical", "url", "permalink", "link")
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


@dataclass(frozen=True)
class SourceOptions:
    """How inputs are read. ``max_bytes`` bounds a file, and a ``.gz`` file once decompressed."""

    max_bytes: int = 50 * 1024 * 1024


class _Unusable(Exception):
    """An input that cannot be read at all; the message is the reason shown to the user."""


# --- which reader -------------------------------------------------------------------------


def format_of(name: str) -> Format | None:
    """The format a file name stands for (``a.md.gz`` is Markdown), ``None`` when unknown."""
    lowered = name.lower()
    while lowered.endswith(GZIP_SUFFIX):
        lowered = lowered[: -len(GZIP_SUFFIX)]
    return FORMATS.get(os.path.splitext(lowered)[1])


def sniff_format(data: bytes) -> Format:
    """The format of data whose name says nothing (stdin, unknown suffixes)."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    lowered = head[:1024].lower()
    if is_xml_feed(head):
        return Format.FEED
    if lowered.startswith((b"<!doctype html", b"<html")) or (lowered.startswith(b"<?xml") and b"<html" in lowered):
        return Format.HTML
    if lowered.startswith(b"<?xml"):
        return Format.FEED
    if head.startswith((b"{", b"[")):
        first_line = data.lstrip().split(b"\n", 1)[0]
        try:
            record = json.loads(first_line)
        except (ValueError, RecursionError):
            return Format.JSON
        return Format.JSONL if isinstance(record, dict) and not is_json_feed(record) else Format.JSON
    if head.startswith(b"---"):
        return Format.MARKDOWN
    return Format.TEXT


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
            inner = archive.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise _Unusable(f"not a valid gzip file ({_first_line(str(error)) or type(error).__name__})") from error
    if len(inner) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit once decompressed")
    return inner


# --- readers ------------------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split YAML front matter (``---`` … ``---`` at the very top) from the body.

    Returns the metadata as strings, the body and the body's offset in ``text``. Text without
    valid front matter is all body.
    """
    stripped = text.lstrip("\ufeff")
    lead = len(text) - len(stripped)
    if not stripped.startswith("---"):
        return {}, text, 0
    first_newline = stripped.find("\n")
    if first_newline < 0 or stripped[:first_newline].strip() != "---":
        return {}, text, 0
    end = stripped.find("\n---", first_newline)
    while end >= 0:
        line_end = stripped.find("\n", end + 1)
        line_end = len(stripped) if line_end < 0 else line_end
        if stripped[end + 1 : line_end].strip() in ("---", "..."):
            break
        end = stripped.find("\n---", end + 1)
    if end < 0:
        return {}, text, 0
    try:
        meta = yaml.safe_load(stripped[first_newline + 1 : end])
    # Front matter that is not valid YAML (or is hostile: deep nesting) is kept as body text.
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}, text, 0
    body_start = lead + (line_end + 1 if line_end < len(stripped) else len(stripped))
    fields = {str(k).lower(): _as_text(v) for k, v in meta.items()} if isinstance(meta, dict) else {}
    return fields, text[body_start:], body_start


def _read_text(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A ``.txt`` or ``.md`` file: one article."""
    try:
        text = decode(data).text
    except NotText as error:
        on_skip(Skipped(path, str(error)))
        return
    meta: dict[str, str] = {}
    body, offset = text, 0
    if fmt is Format.MARKDOWN or text.startswith("---"):
        meta, body, offset = split_front_matter(text)
    if not body.strip():
        on_skip(Skipped(path, "empty: no article text"))
        return
    yield Article(
        id=doc_id,
        path=path,
        text=body,
        title=meta.get("title") or _first_line(body),
        date=meta.get("date", ""),
        url=next((meta[k] for k in URL_FIELDS if meta.get(k)), ""),
        author=meta.get("author") or meta.get("authors", ""),
        body_offset=offset,
    )


def _read_html(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A web page: its main text, without the site's navigation, ads and footers."""
    try:
        html = decode(data, declared_charset(data)).text
    except NotText as error:
        on_skip(Skipped(path, str(error)))
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
    try:
        text = decode(data).text
    except NotText as error:
        on_skip(Skipped(path, str(error)))
        return
    seen: set[str] = set()
    # Only "\n" ends a record: JSON strings may hold U+2028 and other breaks str.splitlines knows.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            on_skip(Skipped(path, _json_error(error), line=number))
            continue
        except RecursionError:
            on_skip(Skipped(path, "malformed JSON (nested too deeply)", line=number))
            continue
        article = _record_article(record, path, doc_id, str(number), seen)
        if isinstance(article, str):
            on_skip(Skipped(path, article, line=number))
        else:
            yield article


def _read_json(data: bytes, path: str, doc_id: str, fmt: Format, on_skip: OnSkip) -> Iterator[Article]:
    """A ``.json`` file: a JSON Feed, a list of article records, or one record."""
    try:
        document = json.loads(decode(data).text)
    except NotText as error:
        on_skip(Skipped(path, str(error)))
        return
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
    elif isinstance(document, list) and document:
        seen: set[str] = set()
        for number, record in enumerate(document, start=1):
            article = _record_article(record, path, doc_id, str(number), seen)
            if isinstance(article, str):
                on_skip(Skipped(path, f"record {number}: {article}"))
            else:
                yield article
    elif isinstance(document, dict) and any(isinstance(document.get(f), str) for f in TEXT_FIELDS):
        article = _record_article(document, path, doc_id, "", set())
        if isinstance(article, str):
            on_skip(Skipped(path, article))
        else:
            yield article
    else:
        on_skip(Skipped(path, "JSON is neither a JSON Feed nor article records with 'text', 'body' or 'content'"))


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
            text=item.text,
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
    body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), "")
    if not body.strip():
        return "no text in 'text', 'body' or 'content'"
    record_id = _as_text(record.get("id")).strip()
    article_id = doc_id
    if number:
        article_id = f"{doc_id}#{_unique_key(record_id or number, int(number), seen)}"
    return Article(
        id=article_id,
        path=path,
        text=body,
        title=_as_text(record.get("title")) or _first_line(body),
        date=_as_text(record.get("date")),
        url=next((_as_text(record[k]) for k in URL_FIELDS if _as_text(record.get(k))), ""),
        author=_as_text(record.get("author")),
    )


def _json_error(error: ValueError) -> str:
    return f"malformed JSON ({getattr(error, 'msg', None) or _first_line(str(error))})"


def _unique_key(key: str, number: int, seen: set[str]) -> str:
    if key in seen:
        key = f"{key}@{number}"
    seen.add(key)
    return key


def _as_text(value: object) -> str:
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


# --- files, folders and stdin -------------------------------------------------------------


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if error.errno == errno.ENOENT:
        return "no such file (a broken symlink?)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "unreadable (permission denied)"
    return f"unreadable ({error.strerror or error})"


def _read_file(path: Path, limit: int, named: bool) -> bytes:
    """The bytes of a file, opened read-only; :class:`_Unusable` says why not.

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
    try:
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode) or not (named or stat.S_ISREG(info.st_mode)):
                raise _Unusable("not a regular file")
            if info.st_size > limit:
                raise _Unusable(f"larger than the {limit:,}-byte limit")
            data = handle.read(limit + 1)
    except OSError as error:
        raise _Unusable(_os_reason(error)) from error
    if len(data) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit")
    return data


def _read_stdin(limit: int) -> bytes:
    stream: Any = sys.stdin
    if stream is None:
        return b""
    try:
        if hasattr(stream, "buffer"):
            data: bytes = stream.buffer.read(limit + 1)
        else:
            data = str(stream.read(limit + 1)).encode("utf-8", "surrogateescape")
    except (OSError, ValueError) as error:
        raise _Unusable(f"unreadable ({error})") from error
    if len(data) > limit:
        raise _Unusable(f"larger than the {limit:,}-byte limit")
    return data


def _files(root: Path, on_skip: OnSkip) -> Iterator[Path]:
    """Readable-looking files under ``root`` in sorted order, following symlinks once (loops are skipped)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as error:
            on_skip(Skipped(str(folder), _os_reason(error)))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            on_skip(Skipped(str(folder), "symlink loop: folder already visited"))
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
            elif format_of(entry.name) is not None:
                yield path
        stack.extend(reversed(subfolders))


# Files that describe a folder rather than being articles; skipped inside folders, read when named.
PROJECT_FILES = frozenset({"readme", "license", "licence", "changelog", "contributing", "copying", "notice"})


def _is_project_file(name: str) -> bool:
    return name.split(".", 1)[0].casefold() in PROJECT_FILES


def _inputs(given: str, on_skip: OnSkip) -> list[tuple[Path, str, bool]]:
    """The files one command-line input stands for: path, document id, named on the command line."""
    root = Path(given)
    try:
        is_dir = root.is_dir()
    except OSError as error:
        on_skip(Skipped(given, _os_reason(error)))
        return []
    if is_dir:
        return [(p, p.relative_to(root).as_posix(), False) for p in _files(root, on_skip)]
    if os.path.lexists(root):
        return [(root, root.name, True)]
    on_skip(Skipped(given, "no such file or folder"))
    return []


def iter_articles(
    inputs: Iterable[str], on_skip: OnSkip, options: SourceOptions | None = None
) -> Iterator[Article]:
    """Articles from files, folders and ``-`` (stdin); a folder's files get ids relative to it."""
    options = options or SourceOptions()
    used: set[str] = set()
    read: set[str] = set()
    for given in inputs:
        if given == STDIN:
            try:
                data = _read_stdin(options.max_bytes)
            except _Unusable as error:
                on_skip(Skipped(STDIN_PATH, str(error)))
                continue
            yield from articles_from_bytes(data, STDIN_PATH, STDIN, on_skip, options, name="")
            continue
        for path, doc_id, named in _inputs(given, on_skip):
            try:
                real = os.path.realpath(path)
            except (OSError, ValueError):
                real = str(path)
            if real in read:
                continue  # the same file given twice (or reached twice) is one document
            read.add(real)
            if doc_id in used:
                doc_id = path.as_posix()
            used.add(doc_id)
            try:
                data = _read_file(path, options.max_bytes, named)
            except _Unusable as error:
                on_skip(Skipped(str(path), str(error)))
                continue
            yield from articles_from_bytes(data, str(path), doc_id, on_skip, options, name=path.name)
