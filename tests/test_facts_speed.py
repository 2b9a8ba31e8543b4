"""Facts extraction made faster (``evidence.extract_facts``) gives exactly what it gave before.

The implementation before the speed-up is kept here as the reference (``_old_extract_facts`` and
what it called), and random texts mixing numbers, separators, dates, currencies, units, hedges,
quotation marks of many scripts and non-Latin scripts and digits must give equal facts.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dedupe import evidence, kernels
from dedupe.evidence import (
    _ASCII_NAME_HASHES,
    _ASCII_NUMBER_FIRST,
    _ASCII_WORD,
    _ASCII_WORD_CHAR,
    _BEFORE_MONTH,
    _CURRENCY,
    _CURRENCY_SIGNS,
    _DAY_AFTER,
    _FOLDED_NAMES,
    _HEDGE_BEFORE,
    _HEDGE_CLASS,
    _HEDGE_LAST_WORDS,
    _MONTH,
    _NUMBER,
    _NUMERIC_DATE,
    _QUOTE_WORD,
    _SCALE_AFTER,
    _SCALE_OF,
    _WEEKDAY,
    _WORD,
    _YEAR_AFTER,
    DateKey,
    Fact,
    Span,
    _before_month,
    _may_be_numeric_date,
    _may_scale,
    _month,
    _name_places,
    _numeric_date_key,
)
from dedupe.normalize import digit_run_starts, normalize, number_value
from dedupe.segment import quoted_spans
from tests.conftest import SEEDS_DIR

# --- the reference: extract_facts and the helpers it called, as they were -----------------------


def _old_dates_by_name(text: str) -> list[tuple[Span, DateKey]]:
    """Dates written with a month or weekday name, in any of the listed languages."""
    found: list[tuple[Span, DateKey]] = []
    # In ASCII text, a compiled scan picks out the few words that may be names (by a hash of the
    # lower-cased word); the exact test below keeps the same ones as from every word.
    candidates = kernels.ascii_words_among(text, _ASCII_NAME_HASHES) if text.isascii() else None
    if candidates is None:
        candidates = _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)
    words = list(set(candidates))
    present = set(itertools.compress(words, map(_FOLDED_NAMES.__contains__, map(str.casefold, words))))
    names = [w for w in present if _month(w) is not None or w.rstrip(".").casefold() in _WEEKDAY]
    # Finding the few names present is much faster than looking at every word of the text.
    # (The literal name is searched fast; the boundaries around it are checked by hand.)
    matches = sorted(
        (
            (start, end, name)
            for name in names
            for start, end in _name_places(text, name)
            if not text[start - 1 : start].isalnum()
        ),
        key=lambda m: (m[0], -m[1]),
    )
    covered_until = 0
    for start, end, word in matches:
        if start < covered_until:
            continue
        month = _month(word)
        if month is None:
            weekday = _WEEKDAY.get(word.rstrip(".").casefold())
            if weekday is not None:
                found.append(((start, start + len(word.rstrip("."))), (weekday, None, None, None, None)))
            continue
        if word.endswith(".") and word not in _MONTH:
            end -= 1  # a sentence's full stop, not an abbreviation's
        weekday, day, year = None, None, None
        before = _BEFORE_MONTH.search(text, max(0, start - 40), start)
        if before is not None and before.group(0):
            if before.group("day"):
                day = int(before.group("day"))
            candidate = before.group("weekday")
            if candidate and candidate.casefold() in _WEEKDAY:
                weekday = _WEEKDAY[candidate.casefold()]
                start = before.start()
            elif day is not None:
                start = before.start("day")
        if found and found[-1][0][1] > start:
            found.pop()  # the weekday just found belongs to this date
        if day is None and (after := _DAY_AFTER.match(text, end)) is not None:
            day, end = int(after.group("day")), after.end()
        if (after_year := _YEAR_AFTER.match(text, end)) is not None:
            year, end = int(after_year.group("year")), after_year.end()
        found.append(((start, end), (weekday, day, month, year, None)))
        covered_until = end
    return found


def _old_inside(position: int, areas: Sequence[Span], starts: Sequence[int] | None = None) -> bool:
    """Whether ``position`` falls in one of ``areas`` (sorted, disjoint; ``starts``: their starts)."""
    if not areas:
        return False
    if starts is None:
        index = bisect.bisect_right(areas, position, key=lambda area: area[0]) - 1
    else:
        index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < areas[index][1]


def _old_numbers(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(text)``, tried only where a number can start, which is much faster: in
    ASCII text a digit or a currency sign after a character that is not a word character; in
    other text a currency sign or a digit that follows no digit."""
    if not text.isascii():
        starts = digit_run_starts(text)
        if any(sign in text for sign in _CURRENCY_SIGNS):
            starts = sorted({*starts, *(match.start() for match in _CURRENCY.finditer(text))})
        end = 0
        for start in starts:
            if start >= end and (match := _NUMBER.match(text, start)) is not None:
                yield match
                end = match.end()
        return
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    may_start = _ASCII_NUMBER_FIRST[codes]
    may_start[1:] &= ~_ASCII_WORD_CHAR[codes[:-1]]
    position = 0
    for start in np.flatnonzero(may_start).tolist():
        if start >= position and (match := _NUMBER.match(text, start)) is not None:
            yield match
            position = match.end()


def _old_extract_facts(text: str) -> tuple[Fact, ...]:
    """Numbers, dates and quotations of a normalised text, in order of position.

    Numbers and dates inside a quotation belong to the quotation.
    """
    quotes = quoted_spans(text)
    facts = [Fact("quote", (s, e), tuple(_QUOTE_WORD.findall(text[s:e].casefold()))) for s, e in quotes]
    facts = [f for f in facts if f.key]
    quote_starts = [s for s, _ in quotes]
    dates = _old_dates_by_name(text)
    date_spans = [span for span, _ in dates]
    date_starts = [s for s, _ in date_spans]
    facts += [Fact("date", span, key) for span, key in dates if not _old_inside(span[0], quotes, quote_starts)]
    covered_until = 0
    ascii_text = text.isascii()
    for match in _old_numbers(text):
        start, end = match.span()
        if (
            start < covered_until
            or _old_inside(start, quotes, quote_starts)
            or _old_inside(start, date_spans, date_starts)
        ):
            continue
        numeric = _NUMERIC_DATE.match(text, start)
        if numeric is not None:
            facts.append(Fact("date", numeric.span(), _numeric_date_key(numeric)))
            covered_until = numeric.end()
            continue
        # Most numbers have no hedge: look for one only after a word that can end one.
        maybe = (
            text[start - 1 : start].isspace()
            and bool(before := text[max(0, start - 16) : start].split())
            and before[-1].casefold() in _HEDGE_LAST_WORDS
        )
        hedge = _HEDGE_BEFORE.search(text, max(0, start - 32), start) if maybe else None
        scale = _SCALE_AFTER.match(text, end) if not ascii_text or _may_scale(text, end) else None
        currency, raw, glyph, unit = match.group("currency", "value", "glyph", "unit")
        value = number_value(raw)
        unit = glyph or unit or ""
        plain = not (hedge or scale or currency or unit)
        if plain and len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2099:
            facts.append(Fact("date", (start, end), (None, None, None, int(value), None)))
            continue
        facts.append(
            Fact(
                "number",
                (hedge.start() if hedge else start, scale.end() if scale else end),
                (
                    _HEDGE_CLASS[hedge.group("hedge").casefold()] if hedge else "",
                    (currency or "").strip(),
                    value,
                    unit.casefold(),
                    _SCALE_OF[scale.group("scale").casefold()] if scale else "",
                ),
            )
        )
    return tuple(sorted(facts, key=lambda f: f.span))


# --- random texts ----------------------------------------------------------------------------

_PIECES = [
    # numbers and separators
    "1,234.5",
    "12.000",
    "3/4",
    "0.5",
    "1 000",
    "7",
    "42",
    "2026",
    "1999",
    "1800",
    "2100",
    "99",
    "100,000",
    "12:30",
    "9.30",
    "10h15",
    "3pm",
    "4 p.m.",
    "11 am",
    "7.5%",
    "50 %",
    "-3",
    "12-",
    "1.2.3",
    "05",
    # dates
    "12 March 2026",
    "March 12",
    "2026-03-12",
    "2026-03-12T08:15:00Z",
    "2026-3-1 9:05",
    "12.03.2026",
    "12/3/26",
    "2026年3月12日",
    "3月12日",
    "2026年",
    "Monday, 28 April",
    "le 28 avril",
    "28 de abril de 2025",
    "the 28th of April",
    "Sept. 3",
    "Sept 3",
    "Sep.",
    "Mar.",
    "May",
    "may",
    "march",
    "Jan. 5, 2026",
    "Montag",
    "12. März",
    "понедельник",
    "12 марта 2026",
    "1 mai",
    "Friday.",
    "friday",
    "segunda-feira",
    "Dienstag, 3. Juni 2025",
    "mardi 3 juin",
    "Sonnabend",
    "Dec",
    "Dezember",
    "12 December, 2025",
    # currencies, scales and units
    "$5",
    "$ 5",
    "€3.2 billion",
    "£10m",
    "¥100",
    "₹5 crore",
    "₽7 млн",
    "5 million",
    "3 per cent",
    "2.5 bn",
    "10 mln",
    "4 тыс.",
    "6 mio.",
    "8 mrd.",
    "9 trillion",
    "3 km",
    "12kg",
    "5 percent",
    "120万册",
    "21时",
    "3 миллиарда",
    "10 процентов",
    "5 mil millones",
    "2 Millionen",
    # hedges
    "at least",
    "more than",
    "about",
    "around",
    "up to",
    "close to",
    "no more than",
    "in excess of",
    "an estimated",
    "approx.",
    "jusqu'à",
    "más de",
    "mindestens",
    "über",
    "не менее",
    "примерно",
    "ровно",
    "exactly",
    "AT LEAST",
    "About",
    "of",
    "to",
    "a",
    "some",
    "over",
    # quotation marks of many scripts
    '"',
    '"',
    "«",
    "»",
    "„",
    "“",
    "”",
    "「",
    "」",
    "『",
    "』",
    "‘",
    "’",
    "'",
    "‹",
    "›",
    '"All 300 of us,"',
    "«Nous avons 12 morts»",
    "„Wir haben 3 Millionen“",
    "「東京で5人」",
    # non-Latin scripts and digits
    "مرحبا",
    "في ١٢ مارس ٢٠٢٦",
    "٠١٢٣",
    "٣,٥",
    "Привет",
    "всего",
    "東京",
    "年",
    "月",
    "日",
    "हिन्दी",
    "१२ मार्च",
    "１２３",
    "２０２６年３月",
    "Ⅻ",
    "²",
    "ß",
    "ı",
    "İ",
    "ſ",
    "K",
    # glue
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    ",",
    ".",
    ";",
    ":",
    "-",
    "(",
    ")",
    "_",
    "/",
    "%",
    "—",
    "the",
    "said",
    "on",
    "in",
    "Officials",
    "x",
    "ab",
    "rose",
    "by",
]
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=40).map("".join)
_GLUED = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_SPACED = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)


def _assert_same(text: str) -> None:
    new = evidence.extract_facts.__wrapped__(text)
    old = _old_extract_facts(text)
    assert new == old
    assert [(f.kind, f.span, f.key) for f in new] == [(f.kind, f.span, f.key) for f in old]
    assert [type(f) for f in new] == [Fact] * len(new)
    assert evidence._dates_by_name(text) == _old_dates_by_name(text)


@settings(max_examples=600)
@given(_TEXTS)
@example('"12" March 2026 at least 3 "x 5" 2026-03-12 and Monday. Monday 12 March')
@example("Monday Monday. Monday March 5 12 April, Friday, 5 April 2026")
@example("(about 5) xxxxxxxxxxxxxxxxover 12 and     at least\n7")
def test_random_texts(text: str) -> None:
    _assert_same(text)


@settings(max_examples=600)
@given(_GLUED)
def test_glued_pieces(text: str) -> None:
    _assert_same(text)


@settings(max_examples=600)
@given(_SPACED)
def test_spaced_pieces(text: str) -> None:
    _assert_same(text)
    _assert_same(normalize(text, fold_case=False))


@given(_SPACED)
def test_names_are_dated_in_order(text: str) -> None:
    """The walk over date spans in ``extract_facts`` needs them sorted by start."""
    starts = [span[0] for span, _ in evidence._dates_by_name(text)]
    assert starts == sorted(starts)


@given(_TEXTS, st.integers(min_value=0, max_value=200))
def test_before_month_searches_the_same(text: str, start: int) -> None:
    start = min(start, len(text))
    old = _BEFORE_MONTH.search(text, max(0, start - 40), start)
    new = _before_month(text, start)
    assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict()))


def test_seed_texts() -> None:
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        _assert_same(raw)
        _assert_same(normalize(raw, fold_case=False))


def test_numeric_date_prefilter_over_every_character() -> None:
    """Where ``_may_be_numeric_date`` says no, ``_NUMERIC_DATE`` finds nothing, for any assigned
    character (unassigned, private-use and surrogate code points have no case to match another)."""
    probes = ("2026{}03-12", "12{}03{}2026", "12{}30", "12{}m", "12{}1日", "12{}")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isdigit() or unicodedata.category(char) in ("Cn", "Co", "Cs"):
            continue
        digits = 2
        if not _may_be_numeric_date("12" + char + "m", digits):
            for probe in probes:
                text = probe.format(char, char)
                assert _NUMERIC_DATE.match(text) is None, repr(char)
        after_space = "12 " + char + "m"
        if not _may_be_numeric_date(after_space, digits):
            assert _NUMERIC_DATE.match(after_space) is None, repr(char)
