"""Generate a synthetic news corpus with known near-duplicates for benchmarking dedupe.

Writes DIR/corpus.jsonl (one article per line) and DIR/truth.json (every pair of
documents that derive from the same original, labelled "copy" or "rewrite").

About 10% of documents derive from an earlier original: syndicated copies (outlet
boilerplate added at top and bottom, ~2% of words changed, and each with probability
1/2: a paragraph dropped, adjacent sentences swapped, trimmed to its first 60-80%)
and rewrites (every other sentence reworded by pseudo-synonyms and clause
reordering, the facts in the same order). A pair is "copy" when both members are the
original or copies of it, "rewrite" when either member is a rewrite.

Documents are made in fixed chunks, each from its own seeded generators, so the
output depends on --seed and --n only, not on --jobs.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import multiprocessing
import operator
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Final, TextIO

import click
import numpy as np
from corpus_language import (
    BODY_TEMPLATES,
    DATELINE_AGENCIES,
    DATELINE_CITIES,
    MONTHS,
    NEWS_AGENCIES,
    QUOTE_TEMPLATES,
    TITLE_TEMPLATES,
    WEEKDAYS,
    Vocabulary,
    build_vocabulary,
    field_kind,
    template_fields,
)

CHUNK_SIZE = 2_000
SOURCE_WINDOW = 400  # derived documents pick their original among this many recent ones
RNG_BATCH = 8_192
ZIPF_EXPONENT = 1.05
ZIPF_OFFSET = 2.7
ZIPF_TABLE_SLOTS = 1 << 21
CORPUS_YEAR = 2026
SYNONYM_KINDS = frozenset({"N", "NS", "V", "VD", "VS", "VG", "A", "R", "T"})

# Which edits a syndicated copy gets, each independently.
COPY_DROP_PARAGRAPH = 0.5
COPY_SWAP_SENTENCES = 0.5
COPY_TRIM = 0.5
COPY_WORD_CHANGE_RATE = 0.02
REWRITE_SYNONYM_RATE = 0.8
MIN_WORDS = 300  # no document is shorter, copies included
# Originals: normal around 700 words, clipped so that a copy's boilerplate stays < 1,200.
ORIGINAL_WORDS_MEAN = 700
ORIGINAL_WORDS_SD = 190
ORIGINAL_WORDS_RANGE = (320, 1_100)

DATELINE_RATE = 0.25
AGENCY_FOOTER_RATE = 0.2
AGENCY_FOOTERS = (
    "Reporting by {P0}; Editing by {P1}",
    "Additional reporting by {P0} in {L0}; Writing by {P1}",
    "Subscribe to our newsletter for the latest updates.",
    f"(c) {CORPUS_YEAR} {{AG0}}. All rights reserved.",
    "Follow us on social media for more news from {L0}.",
)
COPY_HEADERS = (
    "Advertisement",
    "Share this article",
    "Listen to this article",
    "This story was originally published by {AGENCY}.",
    "{OUTLET} | {DATE}",
)
COPY_FOOTERS = (
    "Subscribe to our newsletter for the latest news.",
    "Copyright {YEAR} {OUTLET}. All rights reserved.",
    "Sign up for breaking news alerts from {OUTLET}.",
    "This article was produced by {AGENCY} and republished by {OUTLET}.",
    "Read more stories like this at {OUTLET}.",
)
WORD_EDITS = {
    "said": "says",
    "says": "said",
    "percent": "per cent",
    "the": "a",
    "a": "the",
    "would": "will",
    "will": "would",
    "about": "around",
    "last": "past",
    "in": "across",
}
PUNCTUATION = "\"',.:;"


# -- Templates -------------------------------------------------------------------------


# Field kinds by number: an article's field sources are a list indexed by these.
STREAM_KINDS = (
    "N",
    "NS",
    "V",
    "VD",
    "VS",
    "VG",
    "A",
    "R",
    "NUM",
    "PCT",
    "MONEY",
    "DAY",
    "MON",
    "DATE",
    "YEAR",
    "FY",
    "AG",
    "FIRST",
    "SURNAME",
    "PLACE",
    "ORG",
    "TOPIC",
)
CAST_KINDS = ("P", "S", "L", "O", "T", "Q")
KIND_IDS = {kind: number for number, kind in enumerate(STREAM_KINDS + CAST_KINDS)}
LOWERCASE_KINDS = frozenset({"N", "NS", "V", "VD", "VS", "VG", "A", "R", "T", "O"})


@dataclass(frozen=True)
class CompiledTemplate:
    """A template with positional fields: `kinds[i]` fills field {i} of both wordings."""

    kinds: tuple[str, ...]
    kind_ids: tuple[int, ...]
    sources_of: Callable[[list[Iterator[str]]], tuple[Iterator[str], ...]]
    original: str
    paraphrase: str
    capitalise: bool  # the original may start with a lowercase field value


def _positional(template: str, fields: list[str]) -> str:
    for position, name in enumerate(fields):
        template = template.replace("{" + name + "}", "{" + str(position) + "}")
    return template


def _sources_getter(kind_ids: tuple[int, ...]) -> Callable[[list[Iterator[str]]], tuple[Iterator[str], ...]]:
    """A C-level getter of the field sources of a template, always returning a tuple."""
    if len(kind_ids) >= 2:
        getter: Callable[[list[Iterator[str]]], tuple[Iterator[str], ...]] = operator.itemgetter(*kind_ids)
        return getter
    return lambda sources: tuple(sources[kind_id] for kind_id in kind_ids)


def compile_template(original: str, paraphrase: str = "") -> CompiledTemplate:
    fields = template_fields(original)
    missing = set(template_fields(paraphrase)) - set(fields)
    if missing:
        raise ValueError(f"paraphrase uses fields absent from the original: {missing}")
    kinds = tuple(field_kind(name) for name in fields)
    kind_ids = tuple(KIND_IDS[kind] for kind in kinds)
    return CompiledTemplate(
        kinds=kinds,
        kind_ids=kind_ids,
        sources_of=_sources_getter(kind_ids),
        original=_positional(original, fields),
        paraphrase=_positional(paraphrase, fields),
        capitalise=original.startswith("{") and field_kind(fields[0]) in LOWERCASE_KINDS,
    )


ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")


def expand_alternatives(template: str) -> list[str]:
    """Every wording of a template: "a [b|c] d" -> ["a b d", "a c d"]."""
    parts = ALTERNATIVES.split(template)  # literal, alternatives, literal, ...
    options = [part.split("|") if odd else [part] for odd, part in zip(itertools.cycle((False, True)), parts)]
    return ["".join(choice) for choice in itertools.product(*options)]


def compile_family(original: str, paraphrase: str = "") -> tuple[CompiledTemplate, ...]:
    """The wordings of one template; they share fields, so one paraphrase serves all."""
    family = tuple(compile_template(wording, paraphrase) for wording in expand_alternatives(original))
    if len({variant.kinds for variant in family}) != 1:
        raise ValueError(f"alternatives must not hold fields: {original!r}")
    return family


# Sentences store the index of their family in BODY or TITLES.
BODY = tuple(compile_family(o, p) for o, p in BODY_TEMPLATES)
TITLES = tuple(compile_family(o, p) for o, p in TITLE_TEMPLATES)
QUOTES = tuple(variant for q in QUOTE_TEMPLATES for variant in compile_family(q))
FOOTERS = tuple(variant for f in AGENCY_FOOTERS for variant in compile_family(f))


# -- Random streams --------------------------------------------------------------------


@functools.cache
def zipf_rank_table(size: int) -> np.ndarray:
    """Ranks laid out so that a uniform slot is a Zipf-Mandelbrot draw over `size` ranks.

    One array lookup per draw instead of a binary search over the cumulative weights;
    a rank of probability p fills about p * ZIPF_TABLE_SLOTS slots.
    """
    ranks = np.arange(size, dtype=np.float64)
    weights = 1.0 / np.power(ranks + ZIPF_OFFSET, ZIPF_EXPONENT)
    cumulative = np.cumsum(weights)
    cumulative /= cumulative[-1]
    slot_centres = (np.arange(ZIPF_TABLE_SLOTS, dtype=np.float64) + 0.5) / ZIPF_TABLE_SLOTS
    table: np.ndarray = np.minimum(np.searchsorted(cumulative, slot_centres, side="right"), size - 1)
    return table.astype(np.uint16 if size <= 1 << 16 else np.uint32)


def zipf_words(words: Sequence[str], generator: np.random.Generator) -> Iterator[str]:
    """Endless Zipf-distributed draws from `words` (most frequent first), in numpy batches."""
    table = zipf_rank_table(len(words))
    word_array = np.array(words, dtype=object)

    def batches() -> Iterator[list[str]]:
        while True:
            ranks = table[generator.integers(0, len(table), RNG_BATCH)]
            yield word_array[ranks].tolist()

    # chain() hands out the words from C, without resuming a Python frame per word.
    return itertools.chain.from_iterable(batches())


def uniform_words(words: Sequence[str], generator: np.random.Generator) -> Iterator[str]:
    word_array = np.array(words, dtype=object)

    def batches() -> Iterator[list[str]]:
        while True:
            yield word_array[generator.integers(0, len(words), RNG_BATCH)].tolist()

    return itertools.chain.from_iterable(batches())


def _table_stream(
    table: np.ndarray, draw: Callable[[np.random.Generator], np.ndarray], generator: np.random.Generator
) -> Iterator[str]:
    """Endless strings from a table of preformatted strings, at indices drawn in batches."""

    def batches() -> Iterator[list[str]]:
        while True:
            yield table[draw(generator)].tolist()

    return itertools.chain.from_iterable(batches())


@functools.cache
def _number_table() -> np.ndarray:
    small = [str(n) for n in range(2, 100)]
    hundreds = [str(n) for n in range(100, 1_000)]
    thousands = [f"{n:,}" for n in range(1_000, 100_000)]
    return np.array(small + hundreds + thousands, dtype=object)


def numbers(generator: np.random.Generator) -> Iterator[str]:
    """Mostly small counts: 70% 2-99, 22% 100-999, 8% 1,000-99,999."""

    def draw(generator: np.random.Generator) -> np.ndarray:
        scale = generator.random(RNG_BATCH)
        within = generator.random(RNG_BATCH)
        index: np.ndarray = np.where(
            scale < 0.7,
            (within * 98).astype(np.intp),
            np.where(scale < 0.92, 98 + (within * 900).astype(np.intp), 998 + (within * 99_000).astype(np.intp)),
        )
        return index

    return _table_stream(_number_table(), draw, generator)


@functools.cache
def _percentage_table() -> np.ndarray:
    return np.array([f"{tenths / 10:.1f} percent" for tenths in range(1_000)], dtype=object)


def percentages(generator: np.random.Generator) -> Iterator[str]:
    def draw(generator: np.random.Generator) -> np.ndarray:
        tenths: np.ndarray = np.minimum(np.rint(generator.gamma(2.0, 30.0, RNG_BATCH)), 999).astype(np.intp)
        return tenths

    return _table_stream(_percentage_table(), draw, generator)


AMOUNT_FORMATS = tuple(
    currency.format(value="{value}", unit=unit)
    for currency in ("${value} {unit}", "${value} {unit}", "{value} {unit} euros", "{value} {unit} pounds")
    for unit in ("million", "million", "billion")
)
AMOUNT_VALUES = 5_000  # amounts 0.0 to 499.9 in tenths


@functools.cache
def _amount_table() -> np.ndarray:
    return np.array(
        [form.format(value=f"{tenths / 10:.1f}") for form in AMOUNT_FORMATS for tenths in range(AMOUNT_VALUES)],
        dtype=object,
    )


def amounts(generator: np.random.Generator) -> Iterator[str]:
    def draw(generator: np.random.Generator) -> np.ndarray:
        tenths = np.minimum(np.rint(generator.gamma(1.5, 400.0, RNG_BATCH)), AMOUNT_VALUES - 1).astype(np.intp)
        form: np.ndarray = generator.integers(0, len(AMOUNT_FORMATS), RNG_BATCH) * AMOUNT_VALUES + tenths
        return form

    return _table_stream(_amount_table(), draw, generator)


def calendar_dates(generator: np.random.Generator) -> Iterator[str]:
    return uniform_words([f"{month} {day}" for month in MONTHS for day in range(1, 29)], generator)


@dataclass
class Streams:
    """One endless stream per field kind that does not depend on the article."""

    by_kind: dict[str, Iterator[str]]

    def sources(self) -> list[Iterator[str]]:
        """Sources indexed by KIND_IDS; the article's cast kinds are left to fill in."""
        streams: list[Iterator[str]] = [self.by_kind[kind] for kind in STREAM_KINDS]
        return streams + [iter(()) for _ in CAST_KINDS]

    @classmethod
    def create(cls, vocabulary: Vocabulary, generator: np.random.Generator) -> Streams:
        return cls(
            by_kind={
                "N": zipf_words(vocabulary.nouns, generator),
                "NS": zipf_words(vocabulary.noun_plurals, generator),
                "V": zipf_words(vocabulary.verbs, generator),
                "VD": zipf_words(vocabulary.verbs_past, generator),
                "VS": zipf_words(vocabulary.verbs_third_person, generator),
                "VG": zipf_words(vocabulary.verbs_ing, generator),
                "A": zipf_words(vocabulary.adjectives, generator),
                "R": zipf_words(vocabulary.roles, generator),
                "NUM": numbers(generator),
                "PCT": percentages(generator),
                "MONEY": amounts(generator),
                "DAY": uniform_words(WEEKDAYS, generator),
                "MON": uniform_words(MONTHS, generator),
                "DATE": calendar_dates(generator),
                "YEAR": uniform_words([str(y) for y in range(1995, CORPUS_YEAR)], generator),
                "FY": uniform_words([str(y) for y in range(CORPUS_YEAR, CORPUS_YEAR + 5)], generator),
                "AG": uniform_words(NEWS_AGENCIES, generator),
                "FIRST": zipf_words(vocabulary.first_names, generator),
                "SURNAME": uniform_words(vocabulary.surnames, generator),
                "PLACE": zipf_words(vocabulary.places, generator),
                "ORG": zipf_words(vocabulary.organisations, generator),
                "TOPIC": zipf_words(vocabulary.nouns, generator),
            }
        )


# -- Articles --------------------------------------------------------------------------


# One sentence: (template index, field values, text). A plain tuple because the
# generator makes tens of millions of them.
Sentence = tuple[int, tuple[str, ...], str]
TEMPLATE: Final = 0
VALUES: Final = 1
TEXT: Final = 2
PARAGRAPH_SIZES = (1,) * 15 + (2,) * 35 + (3,) * 35 + (4,) * 15


@dataclass
class Article:
    """A generated original, kept while later documents may derive from it."""

    doc_id: str
    day: date
    title: Sentence
    paragraphs: list[list[Sentence]]
    dateline: str
    footer: str
    derived: list[tuple[str, str]] = field(default_factory=list)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _word_count(text: str) -> int:
    # Words are separated by one space inside a paragraph, a blank line between.
    return text.count(" ") + text.count("\n\n") + 1 if text else 0


class ArticleComposer:
    """Composes originals and derives copies and rewrites, from seeded generators."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random, generator: np.random.Generator):
        self.vocabulary = vocabulary
        self.rng = rng
        self.streams = Streams.create(vocabulary, generator)
        self.stream_sources = self.streams.sources()

    # Fields ----------------------------------------------------------------------------

    def _field_sources(self) -> list[Iterator[str]]:
        """Field sources of one article, by kind id: its own cast of people, places and
        topics, and the shared word streams.

        Cast members are handed out in rotation, so that two fields of one kind in a
        sentence ("{P0} is to meet {P1}") name different people.
        """
        random_ = self.rng.random
        by_kind = self.streams.by_kind
        surnames = [next(by_kind["SURNAME"]) for _ in range(2 + int(random_() * 3))]
        cast = {
            "P": [f"{next(by_kind['FIRST'])} {surname}" for surname in surnames],
            "S": surnames,
            "L": [next(by_kind["PLACE"]) for _ in range(2 + int(random_() * 2))],
            "O": [next(by_kind["ORG"]) for _ in range(2 + int(random_() * 2))],
            "T": [next(by_kind["TOPIC"]) for _ in range(2 + int(random_() * 3))],
        }
        sources = self.stream_sources.copy()
        for kind, members in cast.items():
            sources[KIND_IDS[kind]] = itertools.cycle(members)

        def quote() -> str:
            return self._fill(QUOTES[int(random_() * len(QUOTES))], sources)[TEXT]

        sources[KIND_IDS["Q"]] = iter(quote, None)
        return sources

    @staticmethod
    def _fill(template: CompiledTemplate, sources: list[Iterator[str]], index: int = -1) -> Sentence:
        # Both maps run in C: no Python frame per field.
        values = tuple(map(next, template.sources_of(sources)))
        text = template.original.format(*values)
        if template.capitalise:
            text = text[0].upper() + text[1:]
        return (index, values, text)

    # Originals -------------------------------------------------------------------------

    def compose(self, doc_id: str, day: date) -> Article:
        rng = self.rng
        random_ = rng.random
        sources = self._field_sources()
        shortest, longest = ORIGINAL_WORDS_RANGE
        target_words = min(longest, max(shortest, int(rng.gauss(ORIGINAL_WORDS_MEAN, ORIGINAL_WORDS_SD))))
        paragraphs: list[list[Sentence]] = []
        words = 0
        previous = -1
        paragraph_size = 1
        body = BODY
        body_size = len(body)
        sizes = PARAGRAPH_SIZES
        sizes_count = len(sizes)
        while words < target_words:
            paragraph: list[Sentence] = []
            for _ in range(paragraph_size):
                # One draw picks the template (integer part) and its wording (fraction).
                draw = random_() * body_size
                index = int(draw)
                variants = body[index]
                template = variants[int((draw - index) * len(variants))]
                if index == previous:
                    index = (index + 1) % body_size
                    variants = body[index]
                    template = variants[0]
                previous = index
                values = tuple(map(next, template.sources_of(sources)))
                text = template.original.format(*values)
                if template.capitalise:
                    text = text[0].upper() + text[1:]
                paragraph.append((index, values, text))
                words += text.count(" ") + 1
            paragraphs.append(paragraph)
            paragraph_size = sizes[int(random_() * sizes_count)]
        title_index = int(random_() * len(TITLES))
        title = self._fill(TITLES[title_index][0], sources, title_index)
        dateline = ""
        if random_() < DATELINE_RATE:
            dateline = f"{rng.choice(DATELINE_CITIES)} ({rng.choice(DATELINE_AGENCIES)}) - "
        footer = ""
        if random_() < AGENCY_FOOTER_RATE:
            footer = self._fill(rng.choice(FOOTERS), sources)[TEXT]
        return Article(doc_id, day, title, paragraphs, dateline, footer)

    @staticmethod
    def render(title: str, paragraphs: list[list[str]], dateline: str, footer: str) -> tuple[str, str]:
        blocks = [" ".join(paragraph) for paragraph in paragraphs if paragraph]
        if dateline and blocks:
            blocks[0] = dateline + blocks[0]
        if footer:
            blocks.append(footer)
        return title, "\n\n".join(blocks)

    def render_original(self, article: Article) -> tuple[str, str]:
        paragraphs = [[s[TEXT] for s in paragraph] for paragraph in article.paragraphs]
        return self.render(article.title[TEXT], paragraphs, article.dateline, article.footer)

    # Copies ----------------------------------------------------------------------------

    def syndicated_copy(self, article: Article, day: date) -> tuple[str, str]:
        rng = self.rng
        paragraphs = [[s[TEXT] for s in paragraph] for paragraph in article.paragraphs]
        words = sum(s.count(" ") + 1 for paragraph in paragraphs for s in paragraph)
        if rng.random() < COPY_DROP_PARAGRAPH and len(paragraphs) >= 3:
            dropped = rng.randrange(1, len(paragraphs))
            dropped_words = sum(s.count(" ") + 1 for s in paragraphs[dropped])
            if words - dropped_words >= MIN_WORDS + 20:
                del paragraphs[dropped]
                words -= dropped_words
        if rng.random() < COPY_SWAP_SENTENCES:
            for _ in range(rng.randint(1, 3)):
                paragraph = rng.choice(paragraphs)
                if len(paragraph) >= 2:
                    first = rng.randrange(len(paragraph) - 1)
                    paragraph[first], paragraph[first + 1] = paragraph[first + 1], paragraph[first]
        if rng.random() < COPY_TRIM:
            paragraphs = self._trimmed(paragraphs, max(MIN_WORDS + 20, words * rng.uniform(0.6, 0.8)))
        self._change_words(paragraphs, COPY_WORD_CHANGE_RATE)
        outlet = rng.choice(self.vocabulary.outlets)
        substitutions = {
            "{OUTLET}": outlet,
            "{AGENCY}": rng.choice(NEWS_AGENCIES),
            "{DATE}": day.isoformat(),
            "{YEAR}": str(day.year),
        }
        header_roll = rng.random()
        header = rng.choice(COPY_HEADERS) if header_roll < 0.6 else ""
        footer = rng.choice(COPY_FOOTERS) if header_roll >= 0.6 or rng.random() < 0.7 else ""
        for placeholder, value in substitutions.items():
            header = header.replace(placeholder, value)
            footer = footer.replace(placeholder, value)
        if header:
            paragraphs.insert(0, [header])
        footer_lines = [line for line in (article.footer, footer) if line]
        title = article.title[TEXT]
        if rng.random() < 0.3:
            title = f"{title} - {outlet}"
        dateline = article.dateline if not header else ""
        if article.dateline and header:
            paragraphs[1][0] = article.dateline + paragraphs[1][0]
        return self.render(title, paragraphs, dateline, "\n\n".join(footer_lines))

    @staticmethod
    def _trimmed(paragraphs: list[list[str]], keep_words: float) -> list[list[str]]:
        kept: list[list[str]] = []
        words = 0
        for paragraph in paragraphs:
            kept.append([])
            for sentence in paragraph:
                kept[-1].append(sentence)
                words += sentence.count(" ") + 1
                if words >= keep_words:
                    return kept
        return kept

    def _change_words(self, paragraphs: list[list[str]], rate: float) -> None:
        """Changes `rate` of the words, each to a synonym or a house-style variant."""
        rng = self.rng
        synonyms = self.vocabulary.synonyms
        positions = [(p, s) for p, paragraph in enumerate(paragraphs) for s in range(len(paragraph))]
        words = sum(paragraphs[p][s].count(" ") + 1 for p, s in positions)
        wanted = max(1, round(words * rate))
        changed = 0
        # Words without a replacement ("of", names) are skipped, so draw until enough changed.
        for _ in range(5 * wanted):
            if changed == wanted:
                break
            paragraph_index, sentence_index = rng.choice(positions)
            tokens = paragraphs[paragraph_index][sentence_index].split(" ")
            at = rng.randrange(len(tokens))
            token = tokens[at]
            core = token.strip(PUNCTUATION)
            replacement = synonyms.get(core) or synonyms.get(core.lower()) or WORD_EDITS.get(core)
            if replacement and core:
                if core[0].isupper():
                    replacement = replacement[:1].upper() + replacement[1:]
                tokens[at] = token.replace(core, replacement, 1)
                paragraphs[paragraph_index][sentence_index] = " ".join(tokens)
                changed += 1

    # Rewrites --------------------------------------------------------------------------

    def _reworded(self, sentence: Sentence, families: Sequence[tuple[CompiledTemplate, ...]]) -> str:
        rng = self.rng
        synonyms = self.vocabulary.synonyms
        template = families[sentence[TEMPLATE]][0]
        values = [
            synonyms.get(value, value) if kind in SYNONYM_KINDS and rng.random() < REWRITE_SYNONYM_RATE else value
            for kind, value in zip(template.kinds, sentence[VALUES], strict=True)
        ]
        return _sentence_case(template.paraphrase.format(*values))

    def rewrite(self, article: Article) -> tuple[str, str]:
        rng = self.rng
        parity = rng.randrange(2)
        position = 0
        paragraphs: list[list[str]] = []
        for paragraph in article.paragraphs:
            texts = []
            for sentence in paragraph:
                reword = position % 2 == parity
                texts.append(self._reworded(sentence, BODY) if reword else sentence[TEXT])
                position += 1
            paragraphs.append(texts)
        title = self._reworded(article.title, TITLES)
        dateline = article.dateline if rng.random() < 0.3 else ""
        footer = rng.choice(COPY_FOOTERS).replace("{OUTLET}", rng.choice(self.vocabulary.outlets))
        footer = footer.replace("{AGENCY}", rng.choice(NEWS_AGENCIES))
        footer = footer.replace("{YEAR}", str(article.day.year))
        return self.render(title, paragraphs, dateline, footer if rng.random() < 0.4 else "")


# -- Chunks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusPlan:
    """What to generate: fixed before any chunk runs, shared by all workers."""

    n: int
    seed: int
    derived_fraction: float
    rewrite_share: float

    @property
    def id_width(self) -> int:
        return max(6, len(str(self.n)))

    def doc_id(self, index: int) -> str:
        return f"a{index + 1:0{self.id_width}d}"

    def day_of(self, index: int) -> date:
        return date(CORPUS_YEAR, 1, 1) + timedelta(days=index * 365 // max(1, self.n))


@dataclass(frozen=True)
class ChunkResult:
    """The JSONL text of one chunk, its truth pairs and counters."""

    jsonl: str
    pairs: list[tuple[str, str, str]]
    copies: int
    rewrites: int
    words_total: int
    words_min: int
    words_max: int


def family_pairs(article: Article) -> list[tuple[str, str, str]]:
    """Every pair within one original's family, labelled copy or rewrite."""
    members = [(article.doc_id, "original"), *article.derived]
    pairs = []
    for i, (first, first_kind) in enumerate(members):
        for second, second_kind in members[i + 1 :]:
            relation = "rewrite" if "rewrite" in (first_kind, second_kind) else "copy"
            pairs.append((first, second, relation))
    return pairs


_worker_vocabulary: Vocabulary | None = None


def _vocabulary_for(seed: int) -> Vocabulary:
    global _worker_vocabulary
    if _worker_vocabulary is None:
        _worker_vocabulary = build_vocabulary(seed)
    return _worker_vocabulary


def generate_chunk(plan: CorpusPlan, chunk: int) -> ChunkResult:
    rng = random.Random(f"corpus-{plan.seed}-chunk-{chunk}")
    generator = np.random.default_rng([plan.seed, chunk])
    composer = ArticleComposer(_vocabulary_for(plan.seed), rng, generator)
    start = chunk * CHUNK_SIZE
    stop = min(plan.n, start + CHUNK_SIZE)
    recent: list[Article] = []
    pairs: list[tuple[str, str, str]] = []
    lines: list[str] = []
    copies = rewrites = words_total = 0
    words_min, words_max = sys.maxsize, 0
    for index in range(start, stop):
        doc_id = plan.doc_id(index)
        if recent and rng.random() < plan.derived_fraction:
            source = rng.choice(recent)
            day = min(source.day + timedelta(days=rng.randint(0, 2)), date(CORPUS_YEAR, 12, 31))
            if rng.random() < plan.rewrite_share:
                title, text = composer.rewrite(source)
                source.derived.append((doc_id, "rewrite"))
                rewrites += 1
            else:
                title, text = composer.syndicated_copy(source, day)
                source.derived.append((doc_id, "copy"))
                copies += 1
        else:
            day = plan.day_of(index)
            article = composer.compose(doc_id, day)
            title, text = composer.render_original(article)
            recent.append(article)
            if len(recent) > SOURCE_WINDOW:  # its family is complete: keep its pairs only
                pairs.extend(family_pairs(recent.pop(0)))
        words = _word_count(text)
        words_total += words
        words_min, words_max = min(words_min, words), max(words_max, words)
        # json.dumps of a lone string takes a C fast path; a dict goes through the encoder.
        lines.append(
            f'{{"id": {json.dumps(doc_id)}, "title": {json.dumps(title)}, '
            f'"date": "{day.isoformat()}", "text": {json.dumps(text)}}}'
        )
    for article in recent:
        pairs.extend(family_pairs(article))
    return ChunkResult(
        jsonl="\n".join(lines) + "\n",
        pairs=pairs,
        copies=copies,
        rewrites=rewrites,
        words_total=words_total,
        words_min=words_min,
        words_max=words_max,
    )


def _generate_chunk_star(arguments: tuple[CorpusPlan, int]) -> ChunkResult:
    return generate_chunk(*arguments)


def chunk_results(plan: CorpusPlan, jobs: int) -> Iterator[ChunkResult]:
    """Chunk results in corpus order, made by `jobs` processes."""
    tasks = [(plan, chunk) for chunk in range((plan.n + CHUNK_SIZE - 1) // CHUNK_SIZE)]
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(_generate_chunk_star, tasks)
        return
    with multiprocessing.Pool(min(jobs, len(tasks))) as pool:
        yield from pool.imap(_generate_chunk_star, tasks)


@contextlib.contextmanager
def written_atomically(path: Path) -> Iterator[TextIO]:
    """A text file written as ``<path>.tmp`` and renamed to ``path`` once whole; however the
    writing ends short (an error, Ctrl-C), the temporary file is removed and ``path`` untouched."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_truth(path: Path, plan: CorpusPlan, pairs: list[tuple[str, str, str]]) -> None:
    """Writes truth.json with one pair per line, atomically."""
    with written_atomically(path) as out:
        out.write(f'{{"seed": {plan.seed}, "documents": {plan.n}, "pairs": [\n')
        out.write(",\n".join(json.dumps(list(pair)) for pair in pairs))
        out.write("\n]}\n")


@dataclass(frozen=True)
class CorpusSummary:
    documents: int
    copies: int
    rewrites: int
    pairs_copy: int
    pairs_rewrite: int
    words_mean: float
    words_min: int
    words_max: int
    seconds: float


def generate_corpus(plan: CorpusPlan, out_dir: Path, jobs: int) -> CorpusSummary:
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus_path = out_dir / "corpus.jsonl"
    pairs: list[tuple[str, str, str]] = []
    copies = rewrites = words_total = 0
    words_min, words_max = sys.maxsize, 0
    with written_atomically(corpus_path) as out:
        for result in chunk_results(plan, jobs):
            out.write(result.jsonl)
            pairs.extend(result.pairs)
            copies += result.copies
            rewrites += result.rewrites
            words_total += result.words_total
            words_min = min(words_min, result.words_min)
            words_max = max(words_max, result.words_max)
    write_truth(out_dir / "truth.json", plan, pairs)
    pairs_copy = sum(1 for pair in pairs if pair[2] == "copy")
    return CorpusSummary(
        documents=plan.n,
        copies=copies,
        rewrites=rewrites,
        pairs_copy=pairs_copy,
        pairs_rewrite=len(pairs) - pairs_copy,
        words_mean=words_total / max(1, plan.n),
        words_min=words_min if plan.n else 0,
        words_max=words_max,
        seconds=time.perf_counter() - started,
    )


@click.command()
@click.option("--n", "n", type=click.IntRange(min=1), default=10_000, show_default=True, help="Number of documents.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory for corpus.jsonl and truth.json (created if missing).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of every random choice.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="Worker processes (the output does not depend on it).",
)
@click.option(
    "--derived-fraction",
    type=click.FloatRange(0.0, 0.9),
    default=0.1,
    show_default=True,
    help="Share of documents derived from an earlier original.",
)
@click.option(
    "--rewrite-share",
    type=click.FloatRange(0.0, 1.0),
    default=0.4,
    show_default=True,
    help="Share of derived documents that are rewrites rather than copies.",
)
def main(n: int, out_dir: Path, seed: int, jobs: int, derived_fraction: float, rewrite_share: float) -> None:
    """Generate DIR/corpus.jsonl and DIR/truth.json. A summary goes to stderr."""
    plan = CorpusPlan(n=n, seed=seed, derived_fraction=derived_fraction, rewrite_share=rewrite_share)
    summary = generate_corpus(plan, out_dir, jobs)
    click.echo(
        f"{summary.documents:,} documents ({summary.copies:,} copies, {summary.rewrites:,} "
        f"rewrites) -> {out_dir}\n"
        f"truth pairs: {summary.pairs_copy:,} copy, {summary.pairs_rewrite:,} rewrite\n"
        f"words per document: mean {summary.words_mean:.0f}, min {summary.words_min}, "
        f"max {summary.words_max}\n"
        f"{summary.seconds:.1f} s ({summary.documents / summary.seconds:,.0f} docs/s, "
        f"{jobs} jobs)",
        err=True,
    )


if __name__ == "__main__":
    main()
