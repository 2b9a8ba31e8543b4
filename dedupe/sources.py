"""Inputs → articles: files and folders (recursively), one warning per unusable input.

Readers by file type: ``.txt`` (plain text), ``.md``/``.markdown`` (YAML front matter is
metadata, the body is compared), ``.jsonl``/``.ndjson`` (one article per line).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from dedupe.models import Article, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSONL_SUFFIXES
TEXT_FIELDS = ("text", "body", "content")

OnSkip = Callable[[Skipped], None]


@dataclass(frozen=True)
class SourceOptions:
    """How inputs are read."""

    max_bytes: int = 50 * 1024 * 1024


def _decode(data: bytes) -> str | None:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


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
    except yaml.YAMLError:
        return {}, text, 0
    body_start = lead + (line_end + 1 if line_end < len(stripped) else len(stripped))
    fields = {str(k).lower(): _as_text(v) for k, v in meta.items()} if isinstance(meta, dict) else {}
    return fields, text[body_start:], body_start


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def read_text_file(path: Path, doc_id: str, data: bytes, on_skip: OnSkip) -> Iterator[Article]:
    """A ``.txt`` or ``.md`` file: one article."""
    text = _decode(data)
    if text is None:
        on_skip(Skipped(str(path), "not UTF-8 text (binary or another encoding)"))
        return
    meta: dict[str, str] = {}
    body, offset = text, 0
    if path.suffix.lower() in MARKDOWN_SUFFIXES or text.startswith("---"):
        meta, body, offset = split_front_matter(text)
    if not body.strip():
        on_skip(Skipped(str(path), "empty: no article text"))
        return
    yield Article(
        id=doc_id,
        path=str(path),
        text=body,
        title=meta.get("title") or _first_line_title(body),
        date=meta.get("date", ""),
        url=meta.get("canonical_url") or meta.get("url", ""),
        author=meta.get("author", ""),
        body_offset=offset,
    )


def read_jsonl_file(path: Path, doc_id: str, data: bytes, on_skip: OnSkip) -> Iterator[Article]:
    """A JSON Lines file: one article per line, text from ``text``, ``body`` or ``content``."""
    text = _decode(data)
    if text is None:
        on_skip(Skipped(str(path), "not UTF-8 text (binary or another encoding)"))
        return
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            on_skip(Skipped(str(path), f"malformed JSON ({error.msg})", line=number))
            continue
        if not isinstance(record, dict):
            on_skip(Skipped(str(path), "line is not a JSON object", line=number))
            continue
        body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), "")
        if not body.strip():
            on_skip(Skipped(str(path), "no text in 'text', 'body' or 'content'", line=number))
            continue
        record_id = str(record["id"]) if record.get("id") not in (None, "") else str(number)
        if record_id in seen:
            record_id = f"{record_id}@{number}"
        seen.add(record_id)
        yield Article(
            id=f"{doc_id}#{record_id}",
            path=str(path),
            text=body,
            title=_as_text(record.get("title")) or _first_line_title(body),
            date=_as_text(record.get("date")),
            url=_as_text(record.get("url")),
            author=_as_text(record.get("author")),
        )


def _files(root: Path, on_skip: OnSkip) -> Iterator[Path]:
    """Files under ``root`` in sorted order, following symlinks once (loops are skipped)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as error:
            on_skip(Skipped(str(folder), f"unreadable ({error.strerror})"))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            on_skip(Skipped(str(folder), "symlink loop: folder already visited"))
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            on_skip(Skipped(str(folder), f"unreadable ({error.strerror})"))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(path)
            elif path.suffix.lower() in SUFFIXES:
                yield path
        stack.extend(reversed(subfolders))


def _read_file(path: Path, doc_id: str, options: SourceOptions, on_skip: OnSkip) -> Iterator[Article]:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            on_skip(Skipped(str(path), f"larger than the {options.max_bytes:,}-byte limit"))
            return
        data = path.read_bytes()
    except OSError as error:
        on_skip(Skipped(str(path), f"unreadable ({error.strerror})"))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, doc_id, data, on_skip)
    else:
        yield from read_text_file(path, doc_id, data, on_skip)


def iter_articles(
    inputs: Iterable[str], on_skip: OnSkip, options: SourceOptions | None = None
) -> Iterator[Article]:
    """Articles from files and folders; a folder's files get ids relative to it."""
    options = options or SourceOptions()
    used: set[str] = set()
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            pairs = [(p, p.relative_to(root).as_posix()) for p in _files(root, on_skip)]
        elif root.exists():
            pairs = [(root, root.name)]
        else:
            on_skip(Skipped(given, "no such file or folder"))
            continue
        for path, doc_id in pairs:
            if doc_id in used:
                doc_id = path.as_posix()
            used.add(doc_id)
            yield from _read_file(path, doc_id, options, on_skip)
