"""Articles named on the command line: a file of one article, or one record of a file (``FILE#RECORD``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dedupe.errors import ArgumentError, DedupeError, InputError
from dedupe.models import Article, Skipped
from dedupe.sources import STDIN, SourceOptions, iter_articles
from dedupe.wording import counted


@dataclass(frozen=True)
class Reference:
    """What one argument names: a whole file ('-': stdin), or the record ``key`` of it."""

    given: str
    path: str
    key: str | None = None

    @property
    def article_id(self) -> str:
        """The id a scan of this file alone gives the record (``feed.jsonl#12``, ``-#3``)."""
        return f"{_file_id(self.path)}#{self.key}"


def parse_reference(argument: str) -> Reference:
    """A path that exists is the whole file ('-': stdin). Otherwise the argument is an id as
    ``dedupe scan`` prints it for a record of a file holding many articles (a JSON Lines record,
    a feed item, an element of a JSON list) or ``dedupe check`` names it: FILE, "#", the record.
    It is split at the last "#" that leaves a file before it, since a feed item's guid may hold
    "#" itself (``feed.rss#https://example.com/story#top``). An argument naming no file is taken
    whole, and reading it says that it is missing."""
    if argument == STDIN or os.path.lexists(argument):
        return Reference(argument, argument)
    cut = argument.rfind("#")
    while cut > 0:
        path = argument[:cut]
        if path == STDIN or os.path.isfile(path):
            return Reference(argument, path, argument[cut + 1 :])
        cut = argument.rfind("#", 0, cut)
    return Reference(argument, argument)


def read_articles(
    arguments: Sequence[str], options: SourceOptions, on_warning: Callable[[Skipped], None] | None = None
) -> list[Article]:
    """The one article each argument names (``parse_reference``), in order, read as ``dedupe
    scan`` reads them. Each file (stdin too) is read once, and only as far as the records asked
    for. :class:`InputError` when a file cannot be read or a whole file is not one article;
    :class:`ArgumentError` when a file has no record of the key given. ``on_warning`` hears what
    a file read in part says of itself (front matter left out, feed items unread), as a scan's
    warnings would; a record's own line, when it could not be read, is an error instead."""
    references = [parse_reference(argument) for argument in arguments]
    found: dict[str, Article] = {}
    for path in dict.fromkeys(reference.path for reference in references):
        wanted = [reference for reference in references if reference.path == path]
        found |= _read_file(path, wanted, options, on_warning)
    return [found[reference.given] for reference in references]


def _read_file(
    path: str, wanted: list[Reference], options: SourceOptions, on_warning: Callable[[Skipped], None] | None
) -> dict[str, Article]:
    """The articles ``wanted`` of one file, by the argument that named each. Only those and the
    file's first article are kept: a JSON Lines file may be larger than memory."""
    skipped: list[Skipped] = []
    keys = {reference.article_id for reference in wanted if reference.key is not None}
    whole = any(reference.key is None for reference in wanted)
    picked: dict[str, Article] = {}
    first: Article | None = None
    count = 0
    for article in iter_articles([path], skipped.append, options):
        count += 1
        first = first or article
        if article.id in keys:
            picked[article.id] = article
            if len(picked) == len(keys) and not whole:
                break  # every record asked for is read: the rest of the file need not be
    out: dict[str, Article] = {}
    for reference in wanted:
        if reference.key is None:
            out[reference.given] = _only_article(path, first, count, skipped)
        elif reference.article_id in picked:
            out[reference.given] = picked[reference.article_id]
        else:
            raise _missing(reference, count, skipped)
    if on_warning is not None:
        for item in skipped:
            if item.line is None:
                on_warning(item)
    return out


def _only_article(path: str, first: Article | None, count: int, skipped: list[Skipped]) -> Article:
    if skipped and first is None:
        raise InputError(_where(skipped[0]))
    if first is None:
        raise InputError(f"{path}: holds no article; diff compares one article with one article")
    if count != 1:
        # The argument is what is wrong (as for a record the file does not hold): a usage error.
        raise ArgumentError(
            f"{path}: holds {counted(count, 'article')}; diff compares one article with one article; "
            f"name one as FILE#RECORD: {path}#{_key(first, path)}"
        )
    return first


def _missing(reference: Reference, count: int, skipped: list[Skipped]) -> DedupeError:
    """Why the record ``reference`` names is not there: its line was unusable, the whole file
    was, or the file has no such record (a usage error: the argument is wrong)."""
    line = next((item for item in skipped if item.line is not None and str(item.line) == reference.key), None)
    if line is not None:
        return InputError(_where(line))
    if skipped and not count:
        return InputError(_where(skipped[0]))
    return ArgumentError(f"{reference.given}: {reference.path} has no record {reference.key!r}")


def _where(item: Skipped) -> str:
    where = f"{item.path}:{item.line}" if item.line else item.path
    return f"{where}: {item.reason}"


def _file_id(path: str) -> str:
    # As ``iter_articles`` names a file given directly: its name ('-' for stdin).
    return STDIN if path == STDIN else Path(path).name


def _key(article: Article, path: str) -> str:
    """The record part of an article's id (what follows the file's id and "#")."""
    return article.id.removeprefix(_file_id(path) + "#")
