"""RSS 2.0 / RSS 1.0 / Atom feeds (with feedparser, the only module that imports it) and JSON Feed.

Each item of a feed is one article: its text is the item's full content, else its
description or summary, with HTML reduced to text; with its title, date, link and author.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from dedupe.extract import html_to_text

_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_-]+:)?(rss|feed|RDF)[\s>/]")
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


class FeedError(ValueError):
    """A feed that cannot be read; the message says why."""


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed. ``key`` is its guid, else its link, else empty."""

    key: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""


@dataclass(frozen=True)
class Feed:
    """The items read from a feed; ``problem`` says what was wrong when only part of it parsed."""

    items: tuple[FeedItem, ...]
    problem: str = ""


def is_xml_feed(data: bytes) -> bool:
    """Whether XML data is an RSS, RDF or Atom feed, judged by its first element."""
    head = data[:4096].replace(b"\x00", b"")
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.DOTALL)
    match = _FEED_ROOT.search(head)
    return match is not None and not head[: match.start()].strip()


def parse_xml_feed(data: bytes) -> Feed:
    """Items of an RSS or Atom feed; :class:`FeedError` when nothing in it parses as a feed."""
    import feedparser  # on the first feed only (a fiftieth of a second)

    # feedparser flags these although the feed itself is well-formed.
    harmless = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    # feedparser's loose parser is meant to survive anything; if it does not, the feed is
    # unusable, not the scan.
    except Exception as error:
        raise FeedError(f"feed does not parse ({type(error).__name__})") from error
    problem = ""
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), harmless):
        problem = f"malformed feed ({_describe(parsed.get('bozo_exception'))})"
    entries = list(parsed.get("entries") or [])
    if not entries:
        if problem:
            raise FeedError(f"{problem}, no items could be read")
        if not parsed.get("version"):
            raise FeedError("not an RSS, Atom or JSON feed")
        return Feed(())
    return Feed(tuple(_xml_item(entry) for entry in entries), problem)


def _describe(error: object) -> str:
    message = str(error) or type(error).__name__
    return message.splitlines()[0][:120] if message else "unknown error"


def _xml_item(entry: dict[str, Any]) -> FeedItem:
    # dict.get: feedparser's own lookup maps missing keys to others with a DeprecationWarning.
    contents = [c for c in dict.get(entry, "content") or [] if isinstance(c, Mapping) and _text(c.get("value"))]
    if contents:
        chosen = max(contents, key=lambda c: len(_text(c.get("value"))))
        body = _as_plain(_text(chosen.get("value")), _text(chosen.get("type")))
    else:
        detail = dict.get(entry, "summary_detail") or {}
        body = _as_plain(_text(dict.get(entry, "summary")), _text(detail.get("type", "text/html")))
    link = _text(dict.get(entry, "link"))
    return FeedItem(
        key=_text(dict.get(entry, "id")) or link,
        text=body,
        # feedparser says what a title is: an Atom title of type "html" or "xhtml", and an RSS
        # title with markup in it, are HTML (tags dropped, entities decoded, one line).
        title=" ".join(
            _as_plain(
                _text(dict.get(entry, "title")), _text((dict.get(entry, "title_detail") or {}).get("type"))
            ).split()
        ),
        date=_iso(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
        or _text(dict.get(entry, "published") or dict.get(entry, "updated")),
        url=link if _is_address(link) else "",
        author=_text(dict.get(entry, "author")),
    )


def _is_address(link: str) -> bool:
    """Whether an item's link is a web address: feedparser takes an RSS guid for the link when
    the item has none (a guid is a permalink unless it says otherwise), and some feeds' guids
    are ids ("g-1", "urn:uuid:…"), not addresses."""
    parts = urlsplit(link)
    return bool(parts.scheme and parts.netloc) or link.startswith("/")


def is_json_feed(document: object) -> bool:
    """Whether parsed JSON is a JSON Feed (https://jsonfeed.org)."""
    return (
        isinstance(document, dict)
        and isinstance(document.get("version"), str)
        and document["version"].startswith(_JSON_FEED_VERSION)
    )


def parse_json_feed(document: Mapping[str, Any]) -> Feed:
    """Items of a parsed JSON Feed; :class:`FeedError` when its ``items`` is not a list."""
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("JSON Feed without an 'items' list")
    return Feed(tuple(_json_item(item) for item in items if isinstance(item, dict)))


def _json_item(item: Mapping[str, Any]) -> FeedItem:
    if _text(item.get("content_html")).strip():
        body = html_to_text(_text(item.get("content_html")))
    else:
        body = _text(item.get("content_text")) or _text(item.get("summary"))
    authors = item.get("authors")
    if not isinstance(authors, list):
        authors = [item.get("author")]
    names = [_text(a.get("name")) for a in authors if isinstance(a, dict) and _text(a.get("name"))]
    link = _text(item.get("url")) or _text(item.get("external_url"))
    return FeedItem(
        key=_text(item.get("id")) or link,
        text=body,
        title=_text(item.get("title")).strip(),
        date=_text(item.get("date_published")) or _text(item.get("date_modified")),
        url=link,
        author=", ".join(names),
    )


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _as_plain(value: str, content_type: str) -> str:
    return html_to_text(value) if "html" in content_type else value.strip()


def _iso(parsed: object) -> str:
    if not isinstance(parsed, time.struct_time):
        return ""
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S", parsed)
    except (ValueError, OverflowError):
        return ""
