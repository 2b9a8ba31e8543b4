"""Reading real-world inputs: every format with its metadata, copies in site chrome and legacy
encodings matched to their originals, bad inputs warned about once and skipped, inputs never
modified, and a fuzzed reader that never raises."""

from __future__ import annotations

import errno
import gzip
import hashlib
import html
import io
import json
import os
import random
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from click.testing import CliRunner, Result
from hypothesis import assume, example, given
from hypothesis import strategies as st

from dedupe import sources
from dedupe.cli import main
from dedupe.encoding import Decoded, NotText, decode
from dedupe.errors import ExitCode
from dedupe.models import Article, Skipped
from dedupe.sources import (
    Format,
    SourceOptions,
    articles_from_bytes,
    format_of,
    iter_articles,
    may_be_article,
    sniff_format,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
AFP = "002_3bf57c7de5c00ca0.txt"
PARAPHRASE = "003_c661afd7bc768f5b.txt"
COPY_RELATIONS = {"exact", "near-duplicate"}

BODY_EN = (
    "The city council approved a new budget on Tuesday after a six-hour debate.\n"
    "Councillors voted 31 to 12 in favour of the plan, which raises spending on buses by 8 percent.\n"
    "The mayor said the vote showed “a clear choice for public transport” in the city."
)
BODY_FR = (
    "Le conseil municipal a adopté mardi un nouveau budget après six heures de débat.\n"
    "Les élus ont voté à 31 voix contre 12 pour ce plan qui augmente de 8 % les dépenses consacrées aux bus.\n"
    "Le maire a salué « un choix clair en faveur des transports publics » — une première."
)

BODY_RU = "Правительство в среду объявило о повышении минимальной заработной платы.\nОппозиция раскритиковала решение."


def read(*inputs: str, max_bytes: int = 50 * 1024 * 1024) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    articles = list(iter_articles(inputs, skipped.append, SourceOptions(max_bytes=max_bytes)))
    return articles, skipped


def invoke(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def scan_json(*args: str) -> dict[str, Any]:
    result = invoke("scan", *args, "--format", "json", "--quiet")
    assert result.exit_code == ExitCode.SUCCESS, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def relation(report: dict[str, Any], a: str, b: str) -> str | None:
    for pair in report["pairs"]:
        if {pair["a"], pair["b"]} == {a, b}:
            return str(pair["relation"])
    return None


# --- one file of each kind ------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """What one article read from a fixture must look like (``text`` is compared exactly)."""

    id: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    author: str = ""


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    articles: tuple[Expected, ...]
    extra: dict[str, bytes] = field(default_factory=dict)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n"))


def _rss() -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>City Wire</title><link>https://wire.example/</link><description>News</description>
<item><title>Budget approved &amp; signed</title><link>https://wire.example/budget</link>
<guid isPermaLink="false">wire-2025-0042</guid><pubDate>Tue, 14 Oct 2025 08:00:00 +0200</pubDate>
<author>desk@wire.example (City Desk)</author><description>Short teaser.</description>
<content:encoded><![CDATA[{_paragraphs(BODY_EN)}]]></content:encoded></item>
<item><title>Second item</title><link>https://wire.example/second</link>
<description>{html.escape("<p>Only a <b>description</b> here.</p><p>Two paragraphs.</p>")}</description></item>
<item><title>Third item</title><description>No guid and no link.</description></item>
</channel></rss>""".encode()


def _atom() -> bytes:
    body = _paragraphs(BODY_FR)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title><id>urn:fil</id><updated>2025-10-14T08:00:00Z</updated>
<entry><title>Budget adopté</title><id>tag:fil.example,2025:budget</id>
<link rel="alternate" href="https://fil.example/budget"/><updated>2025-10-14T09:30:00Z</updated>
<author><name>Rédaction</name></author><summary>Résumé.</summary>
<content type="html">{html.escape(body)}</content></entry></feed>""".encode()


def _json_feed() -> bytes:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON wire",
        "items": [
            {
                "id": "jf-1",
                "url": "https://json.example/1",
                "title": "Budget",
                "content_html": _paragraphs(BODY_EN),
                "date_published": "2025-10-14T08:00:00+02:00",
                "authors": [{"name": "Ann Lee"}],
            },
            {"id": "jf-2", "title": "Plain", "content_text": "Plain text item.", "author": {"name": "Bo"}},
        ],
    }
    return json.dumps(feed).encode()


def _page(title: str, paragraphs: list[str], chrome: str = "daily") -> bytes:
    """A news site's page around an article: navigation, cookie banner, ads, newsletter, footer."""
    body = []
    for number, paragraph in enumerate(paragraphs, start=1):
        body.append(f"<p>{html.escape(paragraph)}</p>")
        if number % 4 == 0:
            body.append('<div class="ad-slot"><span>Advertisement</span></div>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | The {chrome.title()} Planet</title>
<link rel="canonical" href="https://{chrome}.example/news/story-1">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-04-28T07:19:00+08:00"></head>
<body>
<header><a href="/">The {chrome.title()} Planet</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to give you the best experience on our site.</p>
<button>Accept all cookies</button></div>
<main><article>
<h1>{html.escape(title)}</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{"".join(body)}
<div class="newsletter-signup"><h3>Subscribe to our newsletter</h3>
<p>Get the top stories in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul>
<li><a href="/a">Celebrity chef opens a restaurant on a cruise ship</a></li>
<li><a href="/b">Ten ways to save money on groceries this winter</a></li></ul></aside></main>
<footer><p>© 2025 The {chrome.title()} Planet. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact</a></footer>
</body></html>""".encode()


def _jsonl() -> bytes:
    records = [
        {"id": "r1", "title": "Budget", "text": BODY_EN, "date": "2025-10-14", "url": "https://r.example/1"},
        {"body": BODY_FR, "author": "AFP"},
        {"id": "r1", "content": "A duplicated record id keeps both records."},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()


def _wordpress() -> bytes:
    """Two posts as the WordPress REST API (``/wp-json/wp/v2/posts``) gives them."""
    posts = [
        {
            "id": 4127,
            "date": "2025-10-14T10:00:00",
            "date_gmt": "2025-10-14T08:00:00",
            "guid": {"rendered": "https://blog.example/?p=4127"},
            "modified": "2025-10-14T11:00:00",
            "slug": "budget-approved",
            "status": "publish",
            "type": "post",
            "link": "https://blog.example/2025/10/14/budget-approved/",
            "title": {"rendered": "Budget approved &#8211; <em>at last</em> &amp; signed"},
            "content": {"rendered": _paragraphs(BODY_EN) + "\n", "protected": False},
            "excerpt": {"rendered": "<p>Short teaser [&hellip;]</p>\n", "protected": False},
            "author": 3,
            "categories": [4],
        },
        {
            "id": 4128,
            "date": "2025-10-15T09:30:00",
            "date_gmt": None,  # a draft has no date in UTC yet
            "slug": "budget-adopte",
            "link": "https://blog.example/?p=4128",
            "title": {"rendered": ""},
            "content": {"rendered": _paragraphs(BODY_FR), "protected": False},
            "excerpt": {"rendered": "", "protected": False},
        },
    ]
    return json.dumps(posts, indent=2).encode()


def _news_articles() -> bytes:
    """Records of CMS exports and schema.org NewsArticle (JSON-LD) dumps: other text fields."""
    records = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Budget approved",
            "datePublished": "2025-10-14T08:00:00+02:00",
            "url": "https://ld.example/budget",
            "articleBody": BODY_EN,
        },
        {"id": "ab", "title": "Snake case", "article_body": BODY_FR},
        {"id": "bh", "body_html": _paragraphs(BODY_EN)},
        {"id": "ch", "content_html": "<p>Only a <b>fragment</b> &amp; more.</p>", "headline": "Content HTML"},
    ]
    return json.dumps(records, ensure_ascii=False).encode()


FRONT_MATTER = (
    '---\ntitle: "Budget approved"\ndate: 2025-10-14T08:00:00\nauthor: [Ann Lee, Bo Chen]\n'
    "canonical_url: https://blog.example/budget\n---\n"
)
PAGE_PARAGRAPHS = BODY_EN.split("\n")

CASES = [
    Case("plain.txt", BODY_EN.encode(), (Expected("plain.txt", BODY_EN, title=BODY_EN.split("\n")[0]),)),
    Case("bom.txt", b"\xef\xbb\xbf" + BODY_FR.encode(), (Expected("bom.txt", BODY_FR, title=BODY_FR.split("\n")[0]),)),
    Case("utf16.txt", BODY_FR.encode("utf-16"), (Expected("utf16.txt", BODY_FR, title=BODY_FR.split("\n")[0]),)),
    Case(
        "utf16-no-bom.text",
        BODY_FR.encode("utf-16-le"),
        (Expected("utf16-no-bom.text", BODY_FR, title=BODY_FR.split("\n")[0]),),
    ),
    # English in UTF-16 without a mark is valid UTF-8 too (every byte below 0x80): NULs tell.
    Case(
        "utf16le-english.txt",
        BODY_EN.encode("utf-16-le"),
        (Expected("utf16le-english.txt", BODY_EN, title=BODY_EN.split("\n")[0]),),
    ),
    Case(
        "utf16be-english.txt",
        BODY_EN.encode("utf-16-be"),
        (Expected("utf16be-english.txt", BODY_EN, title=BODY_EN.split("\n")[0]),),
    ),
    Case("cp1252.txt", BODY_FR.encode("cp1252"), (Expected("cp1252.txt", BODY_FR, title=BODY_FR.split("\n")[0]),)),
    Case(
        "latin1.txt",
        BODY_FR.replace("—", "-").encode("latin-1"),
        (Expected("latin1.txt", BODY_FR.replace("—", "-"), title=BODY_FR.split("\n")[0]),),
    ),
    Case(
        "russian-cp1251.txt",
        BODY_RU.encode("cp1251"),
        (Expected("russian-cp1251.txt", BODY_RU, title=BODY_RU.split("\n")[0]),),
    ),
    Case(
        "post.md",
        (FRONT_MATTER + BODY_EN).encode(),
        (
            Expected(
                "post.md",
                BODY_EN,
                title="Budget approved",
                date="2025-10-14T08:00:00",
                url="https://blog.example/budget",
                author="Ann Lee, Bo Chen",
            ),
        ),
    ),
    Case(
        "records.jsonl",
        _jsonl(),
        (
            Expected("records.jsonl#r1", BODY_EN, title="Budget", date="2025-10-14", url="https://r.example/1"),
            Expected("records.jsonl#2", BODY_FR, title=BODY_FR.split("\n")[0], author="AFP"),
            Expected(
                "records.jsonl#r1@3",
                "A duplicated record id keeps both records.",
                title="A duplicated record id keeps both records.",
            ),
        ),
    ),
    Case(
        "records.ndjson",
        b'{"id": 7, "text": "One line of news text."}\n\n',
        (Expected("records.ndjson#7", "One line of news text.", title="One line of news text."),),
    ),
    Case(
        "page.html",
        _page("Council approves budget", PAGE_PARAGRAPHS),
        (
            Expected(
                "page.html",
                "Council approves budget\n" + BODY_EN,
                title="Council approves budget",
                date="2025-04-28",
                url="https://daily.example/news/story-1",
                author="Jane Roe",
            ),
        ),
    ),
    Case(
        "legacy.htm",
        _page("Budget adopté", BODY_FR.split("\n"))
        .replace(b'charset="utf-8"', b'charset="windows-1252"')
        .decode("utf-8")
        .encode("cp1252"),
        (
            Expected(
                "legacy.htm",
                "Budget adopté\n" + BODY_FR,
                title="Budget adopté",
                date="2025-04-28",
                url="https://daily.example/news/story-1",
                author="Jane Roe",
            ),
        ),
    ),
    Case(
        "feed.rss",
        _rss(),
        (
            Expected(
                "feed.rss#wire-2025-0042",
                BODY_EN,
                title="Budget approved & signed",
                date="2025-10-14T06:00:00",
                url="https://wire.example/budget",
                author="desk@wire.example (City Desk)",
            ),
            Expected(
                "feed.rss#https://wire.example/second",
                "Only a description here.\nTwo paragraphs.",
                title="Second item",
                url="https://wire.example/second",
            ),
            Expected("feed.rss#3", "No guid and no link.", title="Third item"),
        ),
    ),
    Case(
        "feed.atom",
        _atom(),
        (
            Expected(
                "feed.atom#tag:fil.example,2025:budget",
                BODY_FR,
                title="Budget adopté",
                date="2025-10-14T09:30:00",
                url="https://fil.example/budget",
                author="Rédaction",
            ),
        ),
    ),
    Case("feed.xml", _rss(), ()),  # the same feed under .xml: checked by id prefix below
    Case(
        "feed.json",
        _json_feed(),
        (
            Expected(
                "feed.json#jf-1",
                BODY_EN,
                title="Budget",
                date="2025-10-14T08:00:00+02:00",
                url="https://json.example/1",
                author="Ann Lee",
            ),
            Expected("feed.json#jf-2", "Plain text item.", title="Plain", author="Bo"),
        ),
    ),
    Case(
        "articles.json",
        json.dumps([{"id": "a", "text": "First record."}, {"body": "Second record.", "title": "Two"}]).encode(),
        (
            Expected("articles.json#a", "First record.", title="First record."),
            Expected("articles.json#2", "Second record.", title="Two"),
        ),
    ),
    Case(
        "wordpress.json",
        _wordpress(),
        (
            Expected(
                "wordpress.json#4127",
                BODY_EN,
                title="Budget approved – at last & signed",
                date="2025-10-14T08:00:00",
                url="https://blog.example/2025/10/14/budget-approved/",
                author="3",
            ),
            Expected(
                "wordpress.json#4128",
                BODY_FR,
                title=BODY_FR.split("\n")[0],
                date="2025-10-15T09:30:00",
                url="https://blog.example/?p=4128",
            ),
        ),
    ),
    Case(
        "wrapped.json",
        json.dumps(
            {"status": "ok", "total": 2, "articles": [{"id": "w1", "text": BODY_EN}, {"body": BODY_FR}]}
        ).encode(),
        (
            Expected("wrapped.json#w1", BODY_EN, title=BODY_EN.split("\n")[0]),
            Expected("wrapped.json#2", BODY_FR, title=BODY_FR.split("\n")[0]),
        ),
    ),
    Case(
        "news-articles.json",
        _news_articles(),
        (
            Expected(
                "news-articles.json#1",
                BODY_EN,
                title="Budget approved",
                date="2025-10-14T08:00:00+02:00",
                url="https://ld.example/budget",
            ),
            Expected("news-articles.json#ab", BODY_FR, title="Snake case"),
            Expected("news-articles.json#bh", BODY_EN, title=BODY_EN.split("\n")[0]),
            Expected("news-articles.json#ch", "Only a fragment & more.", title="Content HTML"),
        ),
    ),
    Case(
        "notes.txt.gz",
        gzip.compress(BODY_EN.encode("cp1252")),
        (Expected("notes.txt.gz", BODY_EN, title=BODY_EN.split("\n")[0]),),
    ),
    Case(
        "post.md.gz",
        gzip.compress((FRONT_MATTER + BODY_FR).encode()),
        (
            Expected(
                "post.md.gz",
                BODY_FR,
                title="Budget approved",
                date="2025-10-14T08:00:00",
                url="https://blog.example/budget",
                author="Ann Lee, Bo Chen",
            ),
        ),
    ),
    Case(
        "records.jsonl.gz",
        gzip.compress(b'{"id": "z", "text": "Compressed record."}\n'),
        (Expected("records.jsonl.gz#z", "Compressed record.", title="Compressed record."),),
    ),
]


def _as_expected(article: Article) -> Expected:
    return Expected(article.id, article.text, article.title, article.date, article.url, article.author)


@pytest.mark.parametrize("case", [c for c in CASES if c.articles], ids=lambda c: c.name)
def test_each_kind_of_file_is_read_with_its_text_and_metadata(case: Case, tmp_path: Path) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.content)
    articles, skipped = read(str(path))
    assert skipped == []
    assert [_as_expected(a) for a in articles] == list(case.articles)
    assert all(a.path == str(path) for a in articles)


def test_a_folder_with_one_file_of_each_kind_reads_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    (folder / "nested" / "deeper").mkdir(parents=True)
    where = {}
    for number, case in enumerate(CASES):
        where[case.name] = ("", "nested/", "nested/deeper/")[number % 3] + case.name
        (folder / where[case.name]).write_bytes(case.content)
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / ".hidden.txt").write_text("Hidden files are not inputs.")
    articles, skipped = read(str(folder))
    assert skipped == []
    expected = {where[c.name] + e.id[len(c.name) :] for c in CASES for e in c.articles}
    expected |= {where["feed.xml"] + key for key in ("#wire-2025-0042", "#https://wire.example/second", "#3")}
    assert sorted(a.id for a in articles) == sorted(expected)


def test_formats_come_from_suffixes_and_else_from_content() -> None:
    assert format_of("a.MD") is Format.MARKDOWN
    assert format_of("feed.atom.gz") is Format.FEED
    assert format_of("archive.tar.gz") is None
    assert format_of("photo.jpg") is None
    assert sniff_format(b'{"id": 1, "text": "x"}\n{"id": 2}') is Format.JSONL
    assert sniff_format(b'{"version": "https://jsonfeed.org/version/1", "items": []}') is Format.JSON
    assert sniff_format(_rss()) is Format.FEED
    assert sniff_format(_atom()) is Format.FEED
    assert sniff_format(b"  <!DOCTYPE html><html><body><p>x</p></body></html>") is Format.HTML
    assert sniff_format(FRONT_MATTER.encode()) is Format.MARKDOWN
    assert sniff_format(b"Just some text.") is Format.TEXT
    # Text that opens with a bracket is text; JSON over several lines, or broken, is JSON.
    assert sniff_format("[서울=연합뉴스] 북한이".encode()) is Format.TEXT
    assert sniff_format(b"{Update} The vote was delayed.") is Format.TEXT
    assert sniff_format(b'[\n  {"id": 1, "text": "x"}\n]') is Format.JSON
    assert sniff_format(b'{\n  "items": []\n}') is Format.JSON
    assert sniff_format(b"[1, 2") is Format.JSON
    assert sniff_format(b'{"id": 1, "text": ') is Format.JSON
    for opening in ("[2보] 북한 미사일", "[1/3] A man walks", "[fact check] Claim", "[] Note", "[null] x", "[-] x"):
        assert sniff_format(opening.encode()) is Format.TEXT, opening
    assert sniff_format(b'["quoted value that runs past the sample' + b"x" * 5000) is Format.JSON
    long_quote = '["The talks will go on in Geneva next week, the president said on Tuesday" - a report]'
    for opening in ("[1]\nThe footnote says", "[]\nnote", "[null]\nx", long_quote, "{{Infobox country}} text"):
        assert sniff_format(opening.encode()) is Format.TEXT, opening
    for opening in ("[2,500명 대피] 강원", "[10,000 protesters] March", "[12,5 %] Inflation", '["Wir", sagte er]'):
        assert sniff_format(opening.encode()) is Format.TEXT, opening
    # Nested brackets: the outer one closes before words, so it is text; values going on are JSON.
    for opening in ("[[1]] footnote", "[[2025]] Budget vote", '[["a"]] x', "[[]] x", "[[[1]]] x", "[[1] x"):
        assert sniff_format(opening.encode()) is Format.TEXT, opening
    for document in ("[[1]]", "[[1], [2]]", "[[]]", "[[1]", "[[1]]\n", '[["a", "b"], ["c"]]', "[[[1]], 2]"):
        assert sniff_format(document.encode()) is Format.JSON, document
    assert sniff_format(b'[\n  "a",\n  "b"\n]') is sniff_format(b"[\n  1,\n  2") is Format.JSON
    for document in ('[\n {"title": oops}\n]', "[1, 2]\n", '[\n  {"id": 1},\n  {"id": 2}\n]'):
        assert sniff_format(document.encode()) is Format.JSON, document  # broken JSON is malformed JSON
    # A page saved with a comment first, or a fragment, is HTML; text that opens with "<" is not.
    assert sniff_format(b"<!-- saved from url=(0014)about:internet -->\n<HTML><body></body></HTML>") is Format.HTML
    assert sniff_format(b"<meta charset=utf-8><title>Vote</title><p>Text</p>") is Format.HTML
    assert sniff_format(b"<p>The council voted.</p>") is Format.HTML
    assert sniff_format(b"<Seoul> The council voted.") is Format.TEXT
    assert sniff_format(b"< 5 percent voted.") is Format.TEXT
    assert sniff_format(b"<Title> Budget vote delayed to Friday") is Format.TEXT  # no closing tag
    assert sniff_format(b"<p>First paragraph\n<p>Second paragraph") is Format.HTML  # closing tags left out


def test_a_file_given_by_name_with_an_unknown_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    (tmp_path / "export.data").write_bytes(_jsonl())
    (tmp_path / "page.php").write_bytes(_page("Council approves budget", PAGE_PARAGRAPHS))
    articles, skipped = read(str(tmp_path / "export.data"), str(tmp_path / "page.php"))
    assert skipped == []
    assert [a.id for a in articles] == ["export.data#r1", "export.data#2", "export.data#r1@3", "page.php"]
    # In a folder too, with ids relative to it.
    in_folder, skipped = read(str(tmp_path))
    assert skipped == []
    assert [(a.id, a.path, a.text) for a in in_folder] == [(a.id, a.path, a.text) for a in articles]


def test_a_folder_reads_files_whose_names_say_nothing_and_passes_over_media_styles_and_code(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "7f3a9c").write_text(BODY_EN, encoding="utf-8")
    (folder / "sub" / "item.dat").write_bytes(_jsonl())
    (folder / "story.1").write_text("Le conseil a adopté le budget mardi soir.", encoding="cp1252")
    (folder / "blob").write_bytes(bytes(range(256)) * 8)
    (folder / "photo.JPG").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    for project in ("Makefile", "AUTHORS", "INSTALL", "TODO", "VERSION"):
        (folder / project).write_text("all:\n\tdedupe scan in/\n", encoding="utf-8")
    for name in ("site.css", "app.js", "data.csv", "config.yaml", "bundle.tar.gz"):
        (folder / name).write_text("body { color: red } // not an article", encoding="utf-8")
    articles, skipped = read(str(folder))
    assert [a.id for a in articles] == ["7f3a9c", "story.1", "sub/item.dat#r1", "sub/item.dat#2", "sub/item.dat#r1@3"]
    assert articles[0].text == BODY_EN
    assert articles[1].text == "Le conseil a adopté le budget mardi soir."
    assert [(s.path, s.reason) for s in skipped] == [(str(folder / "blob"), "binary file (binary data)")]


def test_only_suffixes_of_other_kinds_of_file_keep_a_file_out_of_a_folder_scan() -> None:
    for name in ("a.png", "b.CSS", "c.js.gz", "d.tar.gz", "e.pdf", "f.py", "g.csv", "page.mhtml", "py.typed"):
        assert not may_be_article(name), name
    # Names a saved or mirrored site gives its assets.
    for name in ("jquery.min.js?ver=3.7.1", "style.css?ver=6.4", "app.js.download", "fa.woff2?v=4.7.0", "a.js@ver=1"):
        assert not may_be_article(name), name
    for name in ("logo@2x.png", "icon@3x.SVG"):  # images for high-density screens
        assert not may_be_article(name), name
    for name in ("a", "b.txt", "c.dat", "d.php", "e.md.gz", "f.1", "g.bin", "h.", "i.data.gz"):
        assert may_be_article(name), name


def test_markdown_body_offset_points_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(FRONT_MATTER + BODY_EN, encoding="utf-8")
    (article,), _ = read(str(path))
    assert path.read_text(encoding="utf-8")[article.body_offset :] == article.text


BROKEN_FRONT_MATTER = '---\ntitle: "unclosed\ndate: 2025-01-01\n---\n'


def test_front_matter_that_does_not_parse_is_left_out_of_the_text_with_one_warning(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text(BROKEN_FRONT_MATTER + BODY_EN, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(BODY_EN, encoding="utf-8")
    result = invoke("scan", str(tmp_path), "--format", "json", "--quiet")
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == (
        f"warning: {tmp_path / 'broken.md'}: front matter not parsed: while scanning a quoted scalar (line 2): "
        "found unexpected end of stream (line 3); left out of the text; its key: value lines read as written\n"
    )
    report = json.loads(result.stdout)
    # Its lines are not compared: the body alone is an exact copy of the clean file. Its
    # key: value lines still give the title (its open quote taken off) and the date.
    assert [(d["id"], d["title"], d["date"], d["words"]) for d in report["documents"]] == [
        ("broken.md", "unclosed", "2025-01-01", report["documents"][1]["words"]),
        ("clean.txt", BODY_EN.split("\n")[0], "", report["documents"][1]["words"]),
    ]
    assert relation(report, "broken.md", "clean.txt") == "exact"
    assert report["skipped"] == [
        {
            "path": str(tmp_path / "broken.md"),
            "reason": "front matter not parsed: while scanning a quoted scalar (line 2): found unexpected end of "
            "stream (line 3); left out of the text; its key: value lines read as written",
            "line": None,
        }
    ]
    # A warning is what a skipped input is to the exit code: 0, and 3 with --strict.
    strict = invoke("scan", str(tmp_path), "--format", "json", "--quiet", "--strict")
    assert (strict.exit_code, strict.stdout, strict.stderr) == (ExitCode.INPUT_ERROR, result.stdout, result.stderr)


def test_plain_text_between_two_rules_at_the_top_is_text(tmp_path: Path) -> None:
    # Only Markdown is expected to carry front matter: a .txt opening with an editor's note
    # between two "---" rules keeps it, with no warning (valid metadata is still read).
    note = '---\nNOTE: Editors: embargoed until 10:00 GMT: "do not publish\n---\n'
    (tmp_path / "story.txt").write_text(note + BODY_EN, encoding="utf-8")
    (article,), skipped = read(str(tmp_path / "story.txt"))
    assert (article.text, article.body_offset, skipped) == (note + BODY_EN, 0, [])
    (tmp_path / "meta.txt").write_text("---\ntitle: Vote\n---\n" + BODY_EN, encoding="utf-8")
    (article,), skipped = read(str(tmp_path / "meta.txt"))
    assert (article.text, article.title, skipped) == (BODY_EN, "Vote", [])


@pytest.mark.parametrize(
    ("text", "body", "problem"),
    [
        (
            BROKEN_FRONT_MATTER + "Body.",
            "Body.",
            "while scanning a quoted scalar (line 2): found unexpected end of stream (line 3)",
        ),
        ("---\ntitle: Vote: the result\n...\nBody.", "Body.", "mapping values are not allowed here (line 2)"),
        (
            "\ufeff---\r\ntitle: [1, 2\r\n---\r\nBody.",
            "Body.",
            "while parsing a flow sequence (line 2): expected ',' or ']', but got '<stream end>' (line 3)",
        ),
        ("---\nJust a line of text\n---\nBody.", "Body.", "not 'key: value' lines"),
        ("---\n- a\n- list\n---\nBody.", "Body.", "not 'key: value' lines"),
        ("---\n" + "a: b: c\n" * 98 + "---\nBody.", "Body.", "mapping values are not allowed here (line 2)"),
        # Closing further down than FRONT_MATTER_MAX_LINES: a "---" rule in text that opens with one.
        ("---\n" + "a: b: c\n" * 99 + "---\nBody.", "---\n" + "a: b: c\n" * 99 + "---\nBody.", ""),
        ("---\n" + "A paragraph\n" * 99 + "---\nBody.", "---\n" + "A paragraph\n" * 99 + "---\nBody.", ""),
        ("---\ntitle: Vote\n---\nBody.", "Body.", ""),
        ("---\n---\nBody.", "Body.", ""),
        ("---\ntitle: unclosed front matter\nBody.", "---\ntitle: unclosed front matter\nBody.", ""),
    ],
)
def test_front_matter_closed_near_the_top_is_never_body_text(text: str, body: str, problem: str) -> None:
    split = sources.split_front_matter(text)
    assert split.body == body
    assert text[split.body_offset :] == body
    told = "; its key: value lines read as written" if split.fields else ""
    assert split.problem == (f"front matter not parsed: {problem}; left out of the text{told}" if problem else "")


@pytest.mark.parametrize(
    ("block", "fields"),
    [
        ('title: "unclosed\ndate: 2025-01-01', {"title": "unclosed", "date": "2025-01-01"}),
        ("title: Vote: the result", {"title": "Vote: the result"}),
        (
            "Title: 'Budget: what changes'\nurl: https://example.org/a?b=1\n  continued: no\n- item\ndate:",
            {"title": "Budget: what changes", "url": "https://example.org/a?b=1"},
        ),
        ("title: [1, 2", {"title": "[1, 2"}),
        # A review's cases: YAML's syntax is no part of a value.
        (
            "title: >-\n  Minister resigns\n  after the vote\ndate: 2025-03-01 # updated later\nnote: Analysis: next",
            {"title": "Minister resigns after the vote", "date": "2025-03-01", "note": "Analysis: next"},
        ),
        (
            "title: 'It''s: here'\nsummary: !!str \"say \\\"hi\\\"\"\nx: a: b",
            {"title": "It's: here", "summary": 'say "hi"', "x": "a: b"},
        ),
        ("Just a line of text", {}),
    ],
)
def test_front_matter_that_does_not_parse_keeps_its_key_value_lines(block: str, fields: dict[str, str]) -> None:
    split = sources.split_front_matter(f"---\n{block}\n---\nBody.")
    assert (split.fields, split.body) == (fields, "Body.")
    assert split.problem.endswith("; its key: value lines read as written") == bool(fields)


def test_an_xhtml_page_under_an_xml_name_is_read_as_a_page(tmp_path: Path) -> None:
    page = _page("Council approves budget", PAGE_PARAGRAPHS).replace(
        b"<!DOCTYPE html>", b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>'
    )
    (tmp_path / "page.xml").write_bytes(page)
    (article,), skipped = read(str(tmp_path / "page.xml"))
    assert skipped == []
    assert article.text == "Council approves budget\n" + BODY_EN


# --- stdin ----------------------------------------------------------------------------------


def test_stdin_jsonl_records_are_documents() -> None:
    lines = "\n".join(json.dumps({"id": i, "text": f"{BODY_EN} Item {i}."}) for i in ("a", "b"))
    result = invoke("scan", "-", "--format", "json", "--quiet", input=lines)
    assert result.exit_code == ExitCode.SUCCESS, result.stderr
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["-#a", "-#b"]
    assert relation(report, "-#a", "-#b") in COPY_RELATIONS


def test_stdin_text_is_one_document_named_dash() -> None:
    result = invoke("scan", "-", "--format", "json", "--quiet", input=BODY_FR.encode("cp1252"))
    assert result.exit_code == ExitCode.SUCCESS, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert document["id"] == "-"
    assert document["title"] == BODY_FR.split("\n")[0]


@pytest.mark.parametrize(
    "opening",
    ["[이슈 정리] 오송 배터리 소재 공장 불", "[2보] 북한 미사일 발사", "[Seoul=Yonhap] N. Korea", "{Update} Vote"],
)
def test_text_opening_with_a_bracket_is_text_on_stdin_and_without_a_suffix(tmp_path: Path, opening: str) -> None:
    body = f"{opening}\n\n{BODY_EN}"
    result = invoke("scan", "-", "--format", "json", "--quiet", input=body.encode("utf-8"))
    assert (result.exit_code, result.stderr) == (ExitCode.SUCCESS, "")
    (document,) = json.loads(result.stdout)["documents"]
    assert (document["id"], document["title"]) == ("-", opening)
    (tmp_path / "k1").write_text(body, encoding="utf-8")
    (article,), skipped = read(str(tmp_path))
    assert (article.id, article.text, skipped) == ("k1", body, [])


def test_a_page_saved_with_a_comment_first_is_read_as_a_page_without_a_suffix(tmp_path: Path) -> None:
    page = _page("Council approves budget", PAGE_PARAGRAPHS)
    (tmp_path / "saved").write_bytes(b"<!-- saved from url=(0014)about:internet -->\n" + page)
    (tmp_path / "named.html").write_bytes(page)
    (saved, named), skipped = read(str(tmp_path / "saved"), str(tmp_path / "named.html"))
    assert skipped == []
    assert (saved.title, saved.text) == (named.title, named.text) == ("Council approves budget", named.text)
    assert "<" not in saved.text


def test_json_lines_without_a_suffix_are_read_record_by_record_beyond_the_size_limit(tmp_path: Path) -> None:
    records = "\n".join(json.dumps({"id": f"r{k}", "text": f"{BODY_EN} Item {k}."}) for k in range(400))
    for name in ("records", "records.jsonl"):
        (tmp_path / name).write_text(records, encoding="utf-8")
    limit = len(records) // 4
    unnamed, skipped = read(str(tmp_path / "records"), max_bytes=limit)
    named, _ = read(str(tmp_path / "records.jsonl"), max_bytes=limit)
    assert skipped == []
    assert [a.id for a in unnamed] == [f"records#r{k}" for k in range(400)]
    assert [a.text for a in unnamed] == [a.text for a in named]


@pytest.mark.parametrize("name", ["records", "records.jsonl"])
def test_json_lines_with_a_broken_first_line_lose_that_line_only_whatever_the_name(tmp_path: Path, name: str) -> None:
    records = [json.dumps({"id": f"r{k}", "text": f"{BODY_EN * 20} Item {k}."}) for k in range(5)]  # 5 KB each
    (tmp_path / name).write_text('{"id": "r0", "text": "cut off\n' + "\n".join(records[1:]) + "\n", encoding="utf-8")
    articles, skipped = read(str(tmp_path / name))
    assert [a.id for a in articles] == [f"{name}#r{k}" for k in range(1, 5)]
    assert [(s.line, s.reason.split(" (")[0]) for s in skipped] == [(1, "malformed JSON")]


@pytest.mark.parametrize("name", ["records.gz", "k2"])
def test_gzipped_json_lines_without_a_format_suffix_are_read_record_by_record(tmp_path: Path, name: str) -> None:
    records = "\n".join(json.dumps({"id": f"r{k}", "text": f"{BODY_EN} Item {k}."}) for k in range(400))
    (tmp_path / name).write_bytes(gzip.compress(records.encode("utf-8")))
    articles, skipped = read(str(tmp_path / name), max_bytes=len(records) // 4)
    assert skipped == []
    assert [a.id for a in articles] == [f"{name}#r{k}" for k in range(400)]


def test_a_huge_size_limit_sets_no_memory_aside(seeds: Path) -> None:
    result = invoke("scan", "seeds", "--max-size", "1000000", "--format", "json", "--quiet")
    assert (result.exit_code, result.stderr) == (ExitCode.SUCCESS, "")
    assert len(json.loads(result.stdout)["documents"]) == 5


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_records_and_pages_in_utf16_or_utf32_with_a_mark_are_read_by_content(tmp_path: Path, encoding: str) -> None:
    records = "\n".join(json.dumps({"id": f"r{k}", "text": f"{BODY_FR} {k}."}, ensure_ascii=False) for k in range(3))
    (tmp_path / "export").write_bytes(records.encode(encoding))
    (tmp_path / "saved").write_bytes(_page("Council approves budget", PAGE_PARAGRAPHS).decode().encode(encoding))
    articles, skipped = read(str(tmp_path / "export"), str(tmp_path / "saved"))
    assert skipped == []
    assert [a.id for a in articles] == ["export#r0", "export#r1", "export#r2", "saved"]
    assert articles[0].text == f"{BODY_FR} 0."
    assert articles[3].title == "Council approves budget" and "<" not in articles[3].text


def test_empty_stdin_is_a_skipped_input() -> None:
    result = invoke("scan", "-", "--format", "json", "--strict", input="")
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "<stdin>: empty file" in result.stderr


# --- copies in site chrome and in legacy encodings --------------------------------------------


def _seed_page(name: str, chrome: str) -> bytes:
    lines = [line for line in (SEEDS_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return _page(lines[0], lines[1:], chrome)


def test_seed_pages_wrapped_in_site_chrome_are_copies_of_the_seeds(seeds: Path) -> None:
    (seeds / "web").mkdir()
    (seeds / "web" / "afp-copy.html").write_bytes(_seed_page(AFP, "daily"))
    (seeds / "web" / "paraphrase-copy.htm").write_bytes(_seed_page(PARAPHRASE, "evening"))
    report = scan_json(str(seeds))
    assert relation(report, AFP, "web/afp-copy.html") in COPY_RELATIONS
    assert relation(report, PARAPHRASE, "web/paraphrase-copy.htm") in COPY_RELATIONS
    clusters = [set(c["members"]) for c in report["clusters"]]
    assert {AFP, "web/afp-copy.html"} in clusters


def test_a_cp1252_copy_of_a_seed_is_an_exact_copy(seeds: Path) -> None:
    text = (seeds / AFP).read_text(encoding="utf-8")
    (seeds / "legacy-afp.txt").write_bytes(text.encode("cp1252"))
    (seeds / "utf16-afp.txt").write_bytes(text.encode("utf-16"))
    report = scan_json(str(seeds))
    assert relation(report, AFP, "legacy-afp.txt") == "exact"
    assert relation(report, AFP, "utf16-afp.txt") == "exact"


@pytest.mark.parametrize("seed", sorted(path.name for path in SEEDS_DIR.glob("*.txt")))
def test_english_typed_on_windows_is_read_as_cp1252(tmp_path: Path, seed: str) -> None:
    """ASCII letters with Windows typography (curly double quotes and dashes; an apostrophe left
    straight): charset-normalizer took two of the seeds' curly quotes for cp775's "ō" and "ö" or
    mac_iceland's letters, and a copy of the text was a near-duplicate or a rewrite (audit 16)."""
    text = (SEEDS_DIR / seed).read_text(encoding="utf-8").replace("\u2019", "'").replace("\u2018", "'")
    data = text.encode("cp1252", "replace")
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (data.decode("cp1252"), "cp1252" if not data.isascii() else "utf-8")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Praha – Vláda schválila „rozpočet“ na příští rok. " * 20, "cp1250"),
        ("Москва — «бюджет» принят. " * 20, "cp1251"),
    ],
)
def test_windows_typography_with_letters_outside_ascii_is_left_to_detection(text: str, encoding: str) -> None:
    # Curly quotes and dashes beside letters of another code page: that code page, not cp1252.
    assert decode(text.encode(encoding)).text == text


def test_copies_with_other_line_ends_are_exact_copies(seeds: Path) -> None:
    bbc = "000_18cf876f3e1eab20.txt"  # opens with YAML front matter
    text = (seeds / bbc).read_text(encoding="utf-8")
    for name, end in (("crlf.txt", "\r\n"), ("cr.txt", "\r")):
        (seeds / name).write_bytes(text.replace("\n", end).encode("utf-8"))
    report = scan_json(str(seeds))
    titles = {d["id"]: d["title"] for d in report["documents"]}
    assert titles["crlf.txt"] == titles["cr.txt"] == titles[bbc]
    assert relation(report, bbc, "crlf.txt") == relation(report, bbc, "cr.txt") == "exact"


# --- bad inputs -----------------------------------------------------------------------------


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Write one bad input of each kind; returns file name → the reason's expected start."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(BODY_EN, encoding="utf-8")
    bad = {
        "binary.txt": "binary file",
        "nul.md": "binary file",
        "empty.txt": "empty file",
        "blank.md": "empty file",
        "front-matter-only.md": "empty: no article text",
        "broken-utf16.txt": "invalid UTF-16 text",
        "junk.jsonl": "malformed JSON",
        "truncated.rss": "malformed feed",
        "not-a-feed.xml": "not an RSS, Atom or JSON feed",
        "broken.json": "malformed JSON",
        "unknown.json": "JSON is neither",
        "corrupt.txt.gz": "not a valid gzip file",
        "bomb.txt.gz": "larger than",
        "huge.txt": "larger than",
        "empty.html": "no article text found",
        "no-items.atom": "feed has no items",
        "loop.txt": "symlink loop",
        "dangling.md": "no such file (a broken symlink)",
        "fifo.txt": "not a regular file",
    }
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul.md").write_bytes(b"text\x00with\x00nul\x00bytes\x00" * 3 + b"\x01\x02")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_bytes(b" \n\t\n")
    (folder / "front-matter-only.md").write_text("---\ntitle: Nothing else\n---\n\n", encoding="utf-8")
    (folder / "broken-utf16.txt").write_bytes(b"\xff\xfe" + "Text".encode("utf-16-le") + b"\x00\xd8\x41\x00")
    (folder / "junk.jsonl").write_bytes(b"{broken\n")
    (folder / "truncated.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut')
    (folder / "not-a-feed.xml").write_bytes(b'<?xml version="1.0"?><note><to>Tove</to></note>')
    (folder / "broken.json").write_bytes(b'{"version": "https://jsonfeed.org/version/1.1", "items": [')
    (folder / "unknown.json").write_bytes(b'{"name": "a config file"}')
    (folder / "corrupt.txt.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (folder / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 3_000_000))
    (folder / "huge.txt").write_bytes(b"word " * 500_000)
    (folder / "empty.html").write_bytes(b"<html><head><title></title></head><body><script>x()</script></body></html>")
    (folder / "no-items.atom").write_bytes(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.md").symlink_to("missing.md")
    os.mkfifo(folder / "fifo.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to("..")
    bad["sub/back"] = "folder already read (a symlink loop"
    if os.geteuid() != 0:  # root reads files whatever their mode
        (folder / "locked.txt").write_text(BODY_FR, encoding="utf-8")
        (folder / "locked.txt").chmod(0)
        bad["locked.txt"] = "unreadable (permission denied)"
    return bad


def test_each_bad_input_is_skipped_once_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    bad = _bad_inputs(folder)
    articles, skipped = read(str(folder), max_bytes=1_000_000)
    assert [a.id for a in articles] == ["good.txt"]
    by_name = Counter(Path(s.path).relative_to(folder).as_posix() for s in skipped)
    assert by_name == Counter(bad.keys())
    for item in skipped:
        name = Path(item.path).relative_to(folder).as_posix()
        assert item.reason.startswith(bad[name]), (name, item.reason)
        assert (item.line == 1) == (name == "junk.jsonl")


def test_bad_jsonl_lines_are_skipped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": "A good record."}),
                "{not json",
                "[1, 2, 3]",
                json.dumps({"id": "empty", "text": "   "}),
                json.dumps({"title": "no text field"}),
                "",
                "[" * 100_000,
                "9" * 5_000,
                json.dumps({"id": "ok2", "content": "Another good record."}),
            ]
        ),
        encoding="utf-8",
    )
    articles, skipped = read(str(path))
    assert [a.id for a in articles] == ["mixed.jsonl#ok", "mixed.jsonl#ok2"]
    assert [(s.line, s.reason.split(" (")[0]) for s in skipped] == [
        (2, "malformed JSON"),
        (3, "not a JSON object"),
        (4, NO_TEXT),
        (5, NO_TEXT),
        (7, "malformed JSON"),
        (8, "malformed JSON"),
    ]


NO_TEXT = "no text in 'text', 'body', 'content', 'article_body', 'articleBody', 'body_html' or 'content_html'"


# --- JSON in the shapes APIs and exports give -------------------------------------------------


def test_a_wordpress_rest_api_export_is_read_post_by_post_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "posts.json").write_bytes(_wordpress())
    result = invoke("scan", str(tmp_path / "posts.json"), "--format", "json", "--quiet")
    assert (result.exit_code, result.stderr) == (ExitCode.SUCCESS, "")
    report = json.loads(result.stdout)
    assert [(d["id"], d["title"], d["date"], d["url"]) for d in report["documents"]] == [
        (
            "posts.json#4127",
            "Budget approved – at last & signed",
            "2025-10-14T08:00:00",
            "https://blog.example/2025/10/14/budget-approved/",
        ),
        ("posts.json#4128", BODY_FR.split("\n")[0], "2025-10-15T09:30:00", "https://blog.example/?p=4128"),
    ]
    assert report["skipped"] == []


@pytest.mark.parametrize("key", ["items", "articles", "posts", "data", "results", "entries"])
def test_records_wrapped_in_an_object_are_read_under_each_documented_key(key: str) -> None:
    records = [{"id": 1, "text": BODY_EN}, {"id": 2, "content": {"rendered": _paragraphs(BODY_FR)}}]
    for data in (json.dumps({"meta": {"page": 1}, key: records}), json.dumps({key: records}, indent=2)):
        skipped: list[Skipped] = []
        articles = list(articles_from_bytes(data.encode(), "export.json", "export.json", skipped.append))
        assert (skipped, [(a.id, a.text) for a in articles]) == (
            [],
            [("export.json#1", BODY_EN), ("export.json#2", BODY_FR)],
        )
        # Named so that the content decides (stdin, no suffix): one JSON document, not a JSON Lines record.
        assert sniff_format(data.encode()) is Format.JSON
        unnamed = list(articles_from_bytes(data.encode(), "-", "-", skipped.append, name=""))
        assert (skipped, [a.id for a in unnamed]) == ([], ["-#1", "-#2"])


@pytest.mark.parametrize(
    "document",
    [
        {"data": [1, 2]},
        {"data": [{"id": 1, "text": "x"}, "not a record"]},
        {"payload": [{"id": 1, "text": "x"}]},
        {"data": {"posts": [{"id": 1, "text": "x"}]}},
        {"title": {"rendered": "No content"}, "excerpt": {"rendered": "<p>An excerpt is no body.</p>"}},
    ],
)
def test_json_objects_that_wrap_no_list_of_records_are_refused_with_one_warning(document: object) -> None:
    skipped: list[Skipped] = []
    articles = list(articles_from_bytes(json.dumps(document).encode(), "x.json", "x.json", skipped.append))
    assert articles == []
    assert [s.reason for s in skipped] == [
        "JSON is neither a JSON Feed nor article records (one, a list, or a list under 'items', 'articles', "
        "'posts', 'data', 'results' or 'entries', each with 'text', 'body', 'content', 'article_body', "
        "'articleBody', 'body_html' or 'content_html')"
    ]


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"posts": []}, "no records: 'posts' is an empty list"),
        ({"data": [], "meta": {"total": 0}}, "no records: 'data' is an empty list"),
        ([], "no records: an empty list"),
    ],
)
def test_an_empty_export_says_it_has_no_records(document: object, reason: str) -> None:
    """A CMS category with no posts is an export of no records, as an empty feed "has no items"
    (it was "JSON is neither a JSON Feed nor article records", audit 16)."""
    skipped: list[Skipped] = []
    assert list(articles_from_bytes(json.dumps(document).encode(), "x.json", "x.json", skipped.append)) == []
    assert [s.reason for s in skipped] == [reason]


def test_one_wordpress_post_and_its_json_lines_are_read_too(tmp_path: Path) -> None:
    post = json.loads(_wordpress())[0]
    (tmp_path / "post.json").write_text(json.dumps(post), encoding="utf-8")
    (tmp_path / "posts.jsonl").write_text("\n".join(json.dumps(p) for p in json.loads(_wordpress())), encoding="utf-8")
    articles, skipped = read(str(tmp_path / "post.json"), str(tmp_path / "posts.jsonl"))
    assert skipped == []
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("post.json", "Budget approved – at last & signed", BODY_EN),
        ("posts.jsonl#4127", "Budget approved – at last & signed", BODY_EN),
        ("posts.jsonl#4128", BODY_FR.split("\n")[0], BODY_FR),
    ]


def test_an_empty_text_field_gives_way_to_one_with_text(tmp_path: Path) -> None:
    records = [
        {"id": 1, "content": {"rendered": ""}, "article_body": BODY_EN},
        {"id": 2, "text": "  ", "body": BODY_FR},
        {"id": 3, "text": "", "body": " "},
    ]
    (tmp_path / "posts.json").write_text(json.dumps(records), encoding="utf-8")
    articles, skipped = read(str(tmp_path / "posts.json"))
    assert [(a.id, a.text) for a in articles] == [("posts.json#1", BODY_EN), ("posts.json#2", BODY_FR)]
    assert len(skipped) == 1


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    """``dedupe scan <(zcat feed.gz)``: inside folders pipes are skipped, named ones are read."""
    fifo = tmp_path / "63"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(gzip.compress(_rss()),))
    writer.start()
    try:
        articles, skipped = read(str(fifo))
    finally:
        writer.join()
    assert skipped == []
    assert [a.id for a in articles] == ["63#wire-2025-0042", "63#https://wire.example/second", "63#3"]


def test_a_file_the_user_may_not_read_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, since tests may run as root, who reads every file whatever its mode."""
    (tmp_path / "locked.md").write_text(BODY_EN, encoding="utf-8")
    (tmp_path / "open.md").write_text(BODY_FR, encoding="utf-8")
    real_open = os.open

    def guarded_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path).name == "locked.md":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded_open)
    articles, skipped = read(str(tmp_path))
    assert [a.id for a in articles] == ["open.md"]
    assert skipped == [Skipped(str(tmp_path / "locked.md"), "unreadable (permission denied)")]


def test_missing_inputs_are_skipped(tmp_path: Path) -> None:
    articles, skipped = read(str(tmp_path / "nowhere"), str(tmp_path / "nowhere.txt"))
    assert articles == []
    assert [s.reason for s in skipped] == ["no such file or folder"] * 2


def _snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every entry under ``folder``: content hash (regular files), mode and modification time."""
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else ""
            state[path.relative_to(folder).as_posix()] = (digest, info.st_mode, info.st_mtime_ns)
    return state


def _with_cases(folder: Path) -> None:
    for case in CASES:
        (folder / case.name).write_bytes(case.content)


def test_the_cli_warns_about_every_bad_file_by_name_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    bad = _bad_inputs(folder)
    _with_cases(folder)
    before = _snapshot(folder)
    result = invoke("scan", str(folder), "--format", "json", "--max-size", "1")
    assert result.exit_code == ExitCode.SUCCESS, result.stderr
    report = json.loads(result.stdout)
    assert report["stats"]["skipped"] == len(bad)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == len(bad)
    for name, reason in bad.items():
        (line,) = [w for w in warnings if f"{folder / name}:" in w]
        assert reason in line
    assert "Traceback" not in result.stderr
    assert any("skipped" in line for line in result.stderr.splitlines())
    assert "good.txt" in {d["id"] for d in report["documents"]}
    assert _snapshot(folder) == before


def test_strict_exits_3_when_any_input_was_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    _bad_inputs(folder)
    before = _snapshot(folder)
    result = invoke("scan", str(folder), "--format", "json", "--strict", "--quiet", "--max-size", "1")
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert json.loads(result.stdout)["documents"][0]["id"] == "good.txt"
    assert _snapshot(folder) == before


def test_a_clean_mixed_folder_scans_strictly_and_is_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "clean"
    folder.mkdir()
    _with_cases(folder)
    before = _snapshot(folder)
    result = invoke("scan", str(folder), "--format", "json", "--strict", "--quiet")
    assert result.exit_code == ExitCode.SUCCESS, result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    # The same budget story, read from text, Markdown, JSONL, HTML, RSS and JSON Feed, is one cluster.
    (cluster,) = [c for c in report["clusters"] if "plain.txt" in c["members"]]
    assert {
        "plain.txt",
        "post.md",
        "records.jsonl#r1",
        "page.html",
        "feed.rss#wire-2025-0042",
        "feed.json#jf-1",
        "notes.txt.gz",
    } <= set(cluster["members"])
    assert _snapshot(folder) == before


# --- JSON Lines: read record by record, the size limit is a record's --------------------------

MIB = 1024 * 1024
TOO_LARGE = "record larger than the 1,048,576-byte limit"


def story_records(count: int) -> list[str]:
    """``count`` distinct articles of about 4 KB each, one JSON record a line (over 1 MiB from 260)."""
    rng = random.Random(count)
    letters = "abcdefghijklmnoprstuvwy"
    records = []
    for number in range(count):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(640)]
        sentences = [" ".join(words[i : i + 16]).capitalize() + "." for i in range(0, len(words), 16)]
        records.append(json.dumps({"id": f"r{number:03}", "title": f"Story {number}", "text": " ".join(sentences)}))
    return records


def oversized_record() -> str:
    return json.dumps({"id": "huge", "text": "A very long record. " * (MIB // 20 + 1)})


def test_a_jsonl_file_larger_than_max_size_is_read() -> None:
    records = story_records(280)
    Path("archive.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    assert Path("archive.jsonl").stat().st_size > MIB
    result = invoke("scan", "archive.jsonl", "--format", "json", "--quiet", "--strict", "--max-size", "1")
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == [f"archive.jsonl#r{n:03}" for n in range(280)]
    assert report["skipped"] == []


def test_a_jsonl_record_over_max_size_is_skipped_with_its_line_and_the_others_are_read() -> None:
    records = story_records(280)
    records.insert(2, oversized_record())
    Path("archive.jsonl").write_text("\n".join(records), encoding="utf-8")
    result = invoke("scan", "archive.jsonl", "--format", "json", "--quiet", "--max-size", "1")
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == f"warning: archive.jsonl:3: {TOO_LARGE}\n"
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == [f"archive.jsonl#r{n:03}" for n in range(280)]
    assert report["skipped"] == [{"path": "archive.jsonl", "reason": TOO_LARGE, "line": 3}]
    assert report["stats"]["skipped"] == 1
    strict = invoke("scan", "archive.jsonl", "--format", "json", "--quiet", "--strict", "--max-size", "1")
    assert strict.exit_code == ExitCode.INPUT_ERROR


def test_jsonl_on_stdin_larger_than_max_size_is_read_record_by_record() -> None:
    records = story_records(280)
    records.insert(1, oversized_record())
    result = invoke("scan", "-", "--format", "json", "--quiet", "--max-size", "1", input="\n".join(records))
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == f"warning: <stdin>:2: {TOO_LARGE}\n"
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == [f"-#r{n:03}" for n in range(280)]


@pytest.mark.parametrize("size", ["small", "large"])
def test_a_gzipped_jsonl_file_is_read_record_by_record(tmp_path: Path, size: str) -> None:
    records = story_records(280 if size == "large" else 3)
    records.insert(1, oversized_record())
    path = tmp_path / "archive.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(records).encode()))
    articles, skipped = read(str(path), max_bytes=MIB)
    assert [a.id for a in articles] == [f"archive.jsonl.gz#r{n:03}" for n in range(len(records) - 1)]
    assert skipped == [Skipped(str(path), TOO_LARGE, line=2)]


def test_a_jsonl_record_over_the_limit_is_skipped_in_a_small_file_too(tmp_path: Path) -> None:
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": "Short."}), json.dumps({"text": "x" * 200}), ""]))
    articles, skipped = read(str(path), max_bytes=100)
    assert [a.id for a in articles] == ["small.jsonl#a"]
    assert skipped == [Skipped(str(path), "record larger than the 100-byte limit", line=2)]


def test_a_gzip_bomb_named_jsonl_stops_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "' + b"a" * 20 * MIB))
    articles, skipped = read(str(path), max_bytes=MIB)
    assert articles == []
    assert skipped == [Skipped(str(path), "stopped reading: decompresses to over 200 times its size (a gzip bomb?)", 1)]


def test_a_line_not_in_the_encoding_of_a_streamed_file_is_skipped(tmp_path: Path) -> None:
    records = [line.encode() for line in story_records(280)]
    records[270] = records[270].replace(b"Story", b"Stor\xff")
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(records))
    articles, skipped = read(str(path))
    assert len(articles) == 279
    assert articles[0].id == "archive.jsonl#r000"
    assert skipped == [Skipped(str(path), "invalid UTF-8 text", line=271)]


def test_utf16_jsonl_is_read_whole_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes("\n".join(story_records(280)).encode("utf-16"))
    articles, skipped = read(str(path), max_bytes=3 * MIB)
    assert (len(articles), skipped) == (280, [])
    articles, skipped = read(str(path), max_bytes=2 * MIB)
    assert (articles, skipped) == ([], [Skipped(str(path), "larger than the 2,097,152-byte limit")])


# --- the reader never raises ------------------------------------------------------------------

NAMES = ["x.txt", "x.md", "x.jsonl", "x.html", "x.xml", "x.rss", "x.atom", "x.json", "x.txt.gz", "x.jsonl.gz", "x"]
PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"---\n",
    b"<?xml version='1.0'?><rss version='2.0'>",
    b"<html>",
    b'{"version": "https://jsonfeed.org/version/1.1", "items": ',
    b"\x1f\x8b\x08\x00",
    b"{",
]


def _outcomes(data: bytes, name: str) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    articles = list(articles_from_bytes(data, "fuzz/" + name, name, skipped.append, SourceOptions(max_bytes=1 << 20)))
    return articles, skipped


@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=600), name=st.sampled_from(NAMES))
def test_random_bytes_never_raise(prefix: bytes, data: bytes, name: str) -> None:
    articles, skipped = _outcomes(prefix + data, name)
    assert all(a.text.strip() and a.id.startswith(name) for a in articles)
    assert all(s.path == "fuzz/" + name and s.reason for s in skipped)


@given(st.binary(max_size=300).map(gzip.compress), st.sampled_from(["x.txt.gz", "x.json.gz", "x.gz"]))
def test_random_gzipped_bytes_never_raise(data: bytes, name: str) -> None:
    _outcomes(data, name)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.text(max_size=80) | json_values,
        "body": st.text(max_size=80),
        "title": json_values,
        "date": json_values,
        "url": json_values,
    },
)
jsonl_lines = st.one_of(
    records.map(json.dumps),
    records.map(lambda r: json.dumps(r, ensure_ascii=False)),
    json_values.map(json.dumps),
    st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=60),
    records.map(lambda r: json.dumps(r)[: len(json.dumps(r)) // 2]),
)


@given(st.lists(jsonl_lines, max_size=12), st.sampled_from(["x.jsonl", "x.ndjson", "x"]))
def test_random_jsonl_never_raises_and_every_line_is_accounted_for(lines: list[str], name: str) -> None:
    data = "\n".join(lines).encode("utf-8")
    articles, skipped = _outcomes(data, name)
    if name != "x" and not any(s.line is None for s in skipped):
        # One outcome per non-blank line: an article or a warning naming the line.
        assert len(articles) + len(skipped) == sum(1 for line in data.decode("utf-8-sig").split("\n") if line.strip())
        assert all(s.line is not None and s.line <= len(lines) for s in skipped)
    assert len({a.id for a in articles}) == len(articles)


CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@example(lines=["\xa00"], head=1)  # a head of no-break spaces is blank, not an empty file
@given(st.lists(jsonl_lines, max_size=12), st.integers(1, 80))
def test_a_jsonl_file_read_line_by_line_is_read_as_a_whole(lines: list[str], head: int) -> None:
    """Streamed past its head, valid UTF-8 JSON Lines give the articles and warnings of a whole read."""
    # (A whole read looks for control characters in all of the text, a streamed one in its head.)
    data = "\n".join(line for line in lines if not CONTROL.search(line)).encode("utf-8")
    assume(data.strip() and not data.startswith(b"\xef\xbb\xbf"))
    whole = _outcomes(data, "x.jsonl")
    skipped: list[Skipped] = []
    with mock.patch.object(sources, "_JSONL_HEAD", head):
        source = io.BytesIO(data[head + 1 :])
        streamed = list(
            sources._stream_jsonl(data[: head + 1], source, None, "fuzz/x.jsonl", "x.jsonl", 1 << 20, skipped.append)
        )
    assert (streamed, skipped) == whole


UTF16_TEXTS = {
    "ru": "Президент заявил во вторник, что переговоры продолжатся. «Мы готовы», — сказал он в Москве.\n",
    "ar": "قال الرئيس يوم الثلاثاء إن المفاوضات ستستمر. وأضاف للصحفيين في القاهرة: نحن مستعدون.\n",
    "el": "Ο πρόεδρος δήλωσε την Τρίτη ότι οι διαπραγματεύσεις θα συνεχιστούν στην Αθήνα.\n",
    "en": "The president said on Tuesday that the talks would go on in Geneva next week.\n",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read_when_mostly_latin(encoding: str) -> None:
    text = (UTF16_TEXTS["en"] + "| Oil | $75.20 | +1.3 % | <p>€</p>\n") * 4
    assert decode(text.encode(encoding)) == Decoded(text, encoding)


UTF16_OTHER_SCRIPTS = {
    **{k: v for k, v in UTF16_TEXTS.items() if k != "en"},
    "zh": "国家主席周二表示，谈判将继续进行。他在北京对记者说：“我们准备好了。”\n",
    "ja": "首相は火曜日、交渉を続けると述べた。東京で記者団に語った。\n",
    "ko": "대통령은 화요일 협상이 계속될 것이라고 말했다. 서울에서 기자들에게 밝혔다.\n",
    "hi": "राष्ट्रपति ने मंगलवार को कहा कि बातचीत जारी रहेगी। उन्होंने दिल्ली में कहा।\n",
    "ml": "ചൊവ്വാഴ്ച ചർച്ചകൾ തുടരുമെന്ന് പ്രസിഡന്റ് പറഞ്ഞു.\n",
    "th": "ประธานาธิบดีกล่าวเมื่อวันอังคารว่าการเจรจาจะดำเนินต่อไป\n",
    # Found refused by a review: Gurmukhi (every other byte a line feed), kana-heavy Japanese
    # (a digit and a letter), full-width letters and the prolonged sound mark (other names).
    "pa": "ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਕਿਹਾ ਕਿ ਗੱਲਬਾਤ ਜਾਰੀ ਰਹੇਗੀ।\n",
    "ja-kana": "きょうは とても さむいので、あたたかい ふくを きて でかけましょう。\n",
    "ja-fullwidth": "ＮＨＫによると、東京では「ラーメン」のコーヒーショップが１２店オープンした。\n",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(UTF16_OTHER_SCRIPTS))
def test_utf16_of_another_script_without_a_mark_is_read_when_it_reads_as_one_script(
    language: str, encoding: str
) -> None:
    # Too few NULs to tell by (one at each space, digit or full stop; in Han text some on both
    # sides), but read in the right byte order it is the text of one writing system.
    text = UTF16_OTHER_SCRIPTS[language] * 4
    assert decode(text.encode(encoding)) == Decoded(text, encoding)


def test_bytes_with_nuls_on_one_side_that_read_as_no_script_are_refused_with_a_hint(tmp_path: Path) -> None:
    # NULs on one side of each pair as in UTF-16, the other bytes noise: letters of many scripts.
    noise = bytes(b for k in range(600) for b in ((k * 37 + 11) % 256, 0 if k % 5 == 0 else (k * 53 + 7) % 256 or 1))
    (tmp_path / "pairs.bin").write_bytes(noise)
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "ascii-nuls.txt").write_bytes(b"text\x00with\x00nul\x00bytes\x00" * 30)
    articles, skipped = read(str(tmp_path / "pairs.bin"), str(tmp_path / "noise.bin"), str(tmp_path / "ascii-nuls.txt"))
    assert articles == []
    assert [s.reason for s in skipped] == [
        "binary file (binary data, or UTF-16 text without a byte-order mark)",
        "binary file (binary data)",
        "binary file (binary data)",
    ]


@pytest.mark.parametrize("lead", range(8))
@pytest.mark.parametrize("stray", [b"", b"\xff"])
def test_utf8_with_a_stray_nul_is_not_read_as_utf16_whatever_character_the_sample_cuts(lead: int, stray: bytes) -> None:
    # Read as UTF-16, Cyrillic UTF-8 is Hangul and Han characters: one writing system to look
    # at. The first 8192 bytes, which the test for UTF-8 reads, may end inside a letter, and a
    # stray byte may sit among them too (found by a review: the file was read as UTF-16).
    paragraph = "Правительство России в среду объявило о новых мерах поддержки экономики.\n"
    data = (" " * lead + "Новости").encode() + b"\x00" + stray + (" " + paragraph * 120).encode()
    with pytest.raises(NotText):
        decode(data)


def test_utf8_cyrillic_with_a_nul_every_64_bytes_is_refused_not_read_as_utf16() -> None:
    data = bytearray(("Президент заявил во вторник, что переговоры продолжатся.\n" * 20).encode())
    for position in range(0, len(data), 64):
        data[position] = 0
    with pytest.raises(NotText):
        decode(bytes(data))


LEGACY_TEXTS = [
    (UTF16_TEXTS["ru"], "cp1251"),
    (UTF16_TEXTS["ar"], "cp1256"),
    (UTF16_TEXTS["el"], "iso8859-7"),
    ("国家主席周二表示，谈判将继续进行。他在北京对记者说：我们准备好了。\n", "gb18030"),
    ("首相は火曜日、交渉を続けると述べた。東京で記者団に語った。\n", "shift_jis"),
    (BODY_FR, "cp1252"),
]


@given(
    st.sampled_from(LEGACY_TEXTS),
    st.sampled_from([True, False]),
    st.lists(st.integers(0, 10**6), max_size=10),
    st.sampled_from([0, 8, 64]),
)
def test_text_with_stray_nul_bytes_is_never_read_as_utf16(
    case: tuple[str, str], utf8: bool, at: list[int], every: int
) -> None:
    text, legacy = case
    data = bytearray((text * 20).encode("utf-8" if utf8 else legacy))
    for position in at:
        data.insert(position % (len(data) + 1), 0)
    for position in range(0, len(data), every) if every else ():
        data[position] = 0  # NULs in place: on one side of the byte pairs
    try:
        decoded = decode(bytes(data))
    except NotText:
        return
    assert not decoded.encoding.startswith("utf-16")


@given(st.binary(max_size=400))
def test_random_stdin_never_raises(data: bytes) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    skipped: list[Skipped] = []
    with mock.patch.object(sys, "stdin", stdin):
        articles = list(iter_articles(["-"], skipped.append))
    assert all(a.id == "-" or a.id.startswith("-#") for a in articles)
    assert all(s.path == "<stdin>" for s in skipped)


def test_a_file_given_twice_is_one_document(tmp_path: Path) -> None:
    # Named directly and again through its folder: one article, not an "exact copy" of itself.
    (tmp_path / "a.txt").write_text(BODY_EN, encoding="utf-8")
    articles, skipped = read(str(tmp_path / "a.txt"), str(tmp_path))
    assert skipped == []
    assert [a.id for a in articles] == ["a.txt"]


def test_project_files_in_folders_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY_EN, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these articles\n\nNotes.\n", encoding="utf-8")
    articles, _ = read(str(tmp_path))
    assert [a.id for a in articles] == ["a.txt"]
    named, _ = read(str(tmp_path / "README.md"))
    assert [a.id for a in named] == ["README.md"]


# --- orjson reads JSON Lines as json does ---------------------------------------------------
#
# Lines go to orjson first (three times faster); a line it refuses, or whose text fields hold a
# number it may read otherwise, goes to json. Either way the outcome is json's.


def _json_only() -> Any:
    return mock.patch.object(sources, "_fast_record", lambda line: sources._UNREAD)


TRICKY_LINES = [
    b'{"text": "Ids past 64 bits.", "id": 123456789012345678901234567890}',
    b'{"text": "A title past 64 bits.", "title": -123456789012345678901234567890}',
    b'{"text": "Integers at the edges.", "id": 18446744073709551615, "title": -9223372036854775809}',
    b'{"text": "Floats in a list.", "author": ["A", 1.5, [2.5e-7, 0.1]], "title": 1E5}',
    b'{"text": "Not a number.", "title": NaN, "date": -Infinity}',
    b'{"text": "Too large a float.", "title": 1e400}',
    b'{"text": "A lone \\ud800 surrogate.", "title": "\\udc00"}',
    b'{"text": "Keys twice.", "title": "first", "title": "second", "text": "Second text."}',
    b'{"text": "Nested too deeply.", "title": ' + b"[" * 1100 + b"]" * 1100 + b"}",
    b'\xef\xbb\xbf{"text": "A byte-order mark on a later line."}',
    b'{"text": "A control \x01 character."}',
    b'{"text": "A trailing comma.",}',
    b'{"text": "Whitespace around."} \t \r',
    b'[{"text": "An array."}]',
    b'"a string"',
    b"12345678901234567890123",
    b'{"text": "Invalid UTF-8 \xff\xfe."}',
    b'{"text": "An encoded surrogate \xed\xa0\x80."}',
    b'{"text": "e\xcc\x81 and \xe2\x80\xa8 separators, \\u0000 and \\/"}',
    b'{"body": "From body.", "text": 5, "url": 7, "canonical_url": null, "link": "https://x.example"}',
    b'{"text": "Lists and objects.", "author": ["A", null, {"name": "B"}, ["C", true]], "url": {"href": "x"}}',
    b'{"text": "   ", "body": "Blank text, body read."}',
    b'{"text": "\\u00a0\\u2028"}',
    b"\xc2\xa0 \x1c",
    b" \t\x0b\x0c",
    b"",
]


@pytest.mark.parametrize("line", TRICKY_LINES, ids=range(len(TRICKY_LINES)))
@pytest.mark.parametrize("streamed", [False, True])
def test_a_jsonl_line_gives_what_json_gives(line: bytes, streamed: bool) -> None:
    # (Long enough that a few control characters do not make the file binary.)
    first = json.dumps({"id": "first", "text": "A first record. " * 100}).encode()
    data = first + b"\n" + line + b'\n{"text": "A last record."}'

    def outcomes() -> tuple[list[Article], list[Skipped]]:
        if not streamed:
            return _outcomes(data, "x.jsonl")
        skipped: list[Skipped] = []
        with mock.patch.object(sources, "_JSONL_HEAD", 10):
            source = io.BytesIO(data[11:])
            stream = sources._stream_jsonl(data[:11], source, None, "fuzz/x.jsonl", "x", 1 << 20, skipped.append)
            articles = list(stream)
        return articles, skipped

    with _json_only():
        expected = outcomes()
    assert outcomes() == expected
    assert len(expected[0]) + len(expected[1]) == 3 - (not line.decode("utf-8", "replace").strip())


def test_big_numbers_in_text_fields_keep_every_digit(tmp_path: Path) -> None:
    path = tmp_path / "numbers.jsonl"
    path.write_bytes(b'{"text": "Numbers.", "id": 123456789012345678901234567890, "title": -9223372036854775809}\n')
    articles, skipped = read(str(path))
    assert skipped == []
    (article,) = articles
    assert (article.id, article.title) == ("numbers.jsonl#123456789012345678901234567890", "-9223372036854775809")


def test_a_streamed_jsonl_file_in_a_legacy_encoding_is_not_read_as_utf8(tmp_path: Path) -> None:
    """Bytes that are valid UTF-8 mean something else in cp1252: the file's encoding decides."""
    text = "Le café de la gare a rouvert ses portes après des années de travaux."
    records = [json.dumps({"text": text}, ensure_ascii=False).encode("cp1252")]
    records += [line.encode() for line in story_records(280)]
    records.append(json.dumps({"text": "Crème brûlée servie à midi."}, ensure_ascii=False).encode("utf-8"))
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(b"\n".join(records))
    assert path.stat().st_size > sources._JSONL_HEAD
    articles, skipped = read(str(path))
    with _json_only():
        assert read(str(path)) == (articles, skipped)
    assert (len(articles), skipped) == (282, [])
    assert articles[-1].text != "Crème brûlée servie à midi."


big_integers = st.integers(-(1 << 70), 1 << 70) | st.sampled_from([1 << 64, (1 << 64) - 1, -(1 << 63) - 1])
text_values = st.recursive(
    st.none() | st.booleans() | big_integers | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3),
    max_leaves=6,
)
text_records = st.fixed_dictionaries(
    {"text": st.text(max_size=40) | text_values},
    optional={name: text_values for name in ("id", "title", "date", "author", "url", "link", "body")},
)


@given(st.lists(text_records.map(json.dumps) | jsonl_lines, max_size=8), st.binary(max_size=12))
def test_random_jsonl_gives_what_json_gives(lines: list[str], junk: bytes) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + junk
    with _json_only():
        expected = _outcomes(data, "x.jsonl")
    assert _outcomes(data, "x.jsonl") == expected


def test_one_bad_byte_in_a_small_utf8_jsonl_file_skips_that_line_only(tmp_path: Path) -> None:
    """A small file is read whole, but JSON Lines is UTF-8: one broken line must not make the
    whole file read in a guessed legacy encoding (which would turn every "é" into "Ã©")."""
    lines = [json.dumps({"id": f"r{i}", "text": f"Récit numéro {i} à Genève."}, ensure_ascii=False) for i in range(4)]
    data = [line.encode("utf-8") for line in lines]
    data[2] = data[2].replace("Récit".encode(), b"R\xe9cit")  # cp1252 "é" in a UTF-8 file
    path = tmp_path / "mostly-utf8.jsonl"
    path.write_bytes(b"\n".join(data) + b"\n")
    articles, skipped = read(str(path))
    assert [(a.id, a.text) for a in articles] == [
        (f"mostly-utf8.jsonl#r{i}", f"Récit numéro {i} à Genève.") for i in (0, 1, 3)
    ]
    assert skipped == [Skipped(str(path), "invalid UTF-8 text", line=3)]


def test_a_second_path_to_a_folder_is_read_once_and_is_no_skipped_input(tmp_path: Path) -> None:
    """``latest -> 2025/`` inside the corpus: nothing is missed, so nothing is warned of (a link
    back up, a loop, still is: ``_bad_inputs``)."""
    folder = tmp_path / "corpus"
    (folder / "2025").mkdir(parents=True)
    (folder / "2025" / "story.txt").write_text(BODY_FR, encoding="utf-8")
    (folder / "latest").symlink_to("2025")
    articles, skipped = read(str(folder), max_bytes=1_000_000)
    assert [a.id for a in articles] == ["2025/story.txt"]
    assert skipped == []
    result = CliRunner().invoke(main, ["scan", str(folder), "--strict", "--quiet", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_stdin_given_twice_is_read_once_and_is_no_skipped_input() -> None:
    result = CliRunner().invoke(main, ["scan", "-", "-", "--strict", "--quiet", "--format", "json"], input=BODY_FR)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["-"]


def test_a_text_files_metadata_with_a_mistake_is_warned_of_and_left_out(tmp_path: Path) -> None:
    """A title with a colon left unquoted: the block is still metadata, as in a Markdown file
    (it was read as the article's first lines, its title "---", with no warning)."""
    block = "---\nlayout: post\ntitle: Breaking: vote delayed\ndate: 2025-04-28\n---\n"
    (tmp_path / "story.txt").write_text(block + BODY_EN, encoding="utf-8")
    (article,), skipped = read(str(tmp_path / "story.txt"))
    assert (article.text, article.body_offset) == (BODY_EN, len(block))
    assert skipped == [
        Skipped(
            str(tmp_path / "story.txt"),
            "front matter not parsed: mapping values are not allowed here (line 3); left out of the text; "
            "its key: value lines read as written",
        )
    ]
    assert (article.title, article.date) == ("Breaking: vote delayed", "2025-04-28")


def test_a_feed_items_guid_is_its_address_only_when_it_is_one(tmp_path: Path) -> None:
    """feedparser takes a guid for the link of an item without one; "g-1" and "urn:…" ids are no address."""
    items = "".join(
        f"<item><title>T{k}</title><guid>{guid}</guid><description>{BODY_EN}</description></item>"
        for k, guid in enumerate(["g-1", "urn:uuid:1b4e28ba-2fa1", "https://wire.example/3"])
    )
    (tmp_path / "feed.rss").write_text(f'<rss version="2.0"><channel><title>W</title>{items}</channel></rss>')
    articles, skipped = read(str(tmp_path / "feed.rss"))
    assert skipped == []
    assert [(a.id, a.url) for a in articles] == [
        ("feed.rss#g-1", ""),
        ("feed.rss#urn:uuid:1b4e28ba-2fa1", ""),
        ("feed.rss#https://wire.example/3", "https://wire.example/3"),
    ]


def test_a_file_removed_while_the_scan_runs_is_not_called_a_broken_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gone.md").write_text(BODY_EN, encoding="utf-8")
    (tmp_path / "kept.md").write_text(BODY_FR, encoding="utf-8")
    real_open = os.open

    def vanishing_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path).name == "gone.md":
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", vanishing_open)
    articles, skipped = read(str(tmp_path))
    assert [a.id for a in articles] == ["kept.md"]
    assert skipped == [Skipped(str(tmp_path / "gone.md"), "no such file (removed while the scan ran?)")]


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("No", "No"),
        ("yes", "yes"),
        ("012", "012"),
        ("1_000", "1_000"),
        # Timestamps are read (``date_order`` orders ISO 8601), as YAML reads them.
        ("2025-01-01T10:00:00Z", "2025-01-01T10:00:00+00:00"),
        ("2025-01-05 9:30:00", "2025-01-05T09:30:00"),
        ("2025-01-01", "2025-01-01"),
        ('"1.50"', "1.50"),
        ("~", ""),
        ("null", ""),
    ],
)
def test_front_matter_values_are_read_as_written(value: str, read: str) -> None:
    """YAML would read "No" as false and "012" as 10: a title or an id is text, kept as the file
    has it (only null and an empty value are none); a timestamp is still read, for the order of
    dates (a review: "2025-01-05 9:30:00" kept as written could not be ordered)."""
    split = sources.split_front_matter(f"---\ntitle: {value}\ndate: {value}\n---\nBody.")
    assert (split.fields, split.problem) == ({"title": read, "date": read}, "")


def test_a_feed_items_html_title_is_read_as_text(tmp_path: Path) -> None:
    """An Atom title of type html or xhtml, and an RSS title with escaped markup, are HTML; a
    plain title keeps its "<" and "&" (audit 16: tags and entities were left in titles)."""
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><id>urn:f</id>'
        '<entry><id>tag:x,2025:1</id><title type="html">'
        "Kim says &lt;em&gt;troops&lt;/em&gt; were &amp;quot;heroes&amp;quot;</title>"
        f"<content>{BODY_EN}</content></entry>"
        '<entry><id>tag:x,2025:2</id><title type="xhtml">'
        '<div xmlns="http://www.w3.org/1999/xhtml">Kim <b>praises</b>\n troops</div></title>'
        f"<content>{BODY_FR}</content></entry></feed>"
    )
    rss = (
        '<rss version="2.0"><channel><title>F</title>'
        "<item><guid>g1</guid><title>Kim says &lt;em&gt;troops&lt;/em&gt; were &amp;quot;heroes&amp;quot;</title>"
        f"<description>{BODY_EN}</description></item>"
        f"<item><guid>g2</guid><title>AT&amp;T &lt; 5 % of Q&amp;A</title><description>{BODY_FR}</description></item>"
        "</channel></rss>"
    )
    (tmp_path / "feed.atom").write_text(atom, encoding="utf-8")
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    titles = sorted(article.title for article in read(str(tmp_path / "feed.atom"), str(tmp_path / "feed.rss"))[0])
    assert titles == [
        "AT&T < 5 % of Q&A",
        "Kim praises troops",
        'Kim says troops were "heroes"',
        'Kim says troops were "heroes"',
    ]
