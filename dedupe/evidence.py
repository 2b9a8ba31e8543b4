"""Why two articles match: aligned passages and changed facts, as offsets into the original files.

Data only, no styling. Every span is ``[start, end)`` in characters of the file as it was read
(``Article.body_offset`` plus an offset into ``Article.text``), found by mapping the normalised
text back through ``normalize_with_offsets``.

Passages. Copies (exact, near-duplicate, partial) get their verbatim runs: stretches of at least
``MIN_RUN`` words found in both texts, extended across small differences (up to ``MAX_GAP``
words on either side, as plagiarism viewers bridge them) when ``RESUME`` words match again
after the difference. Rewrites get their sentence alignment: the heaviest in-order one-to-one
matching of sentences at the verification threshold, then, between two aligned pairs, sentences
at half that threshold (a paraphrase sandwiched between aligned neighbours); a sentence moved
elsewhere must reach twice the threshold; an unaligned sentence next to a passage joins it when
it resembles the other side (two sentences merged into one). Unrelated pairs get both, so a
reader sees why they are not related.

Changes. Inside each passage and in the stretch between two consecutive passages, numbers
(with the hedge before them: "at least 1,000" is not "approximately 1,000"), dates and
quotations are compared. A fact on one side only is reported when the other document has it
nowhere. Numbers and dates inside quotations are left to the quotation. Numbers, ISO and
numeric dates work in any script; month and weekday names and hedges come from a small list of
major news languages (English, French, Spanish, German, Italian, Portuguese, Russian).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from dedupe.boilerplate import strip_boilerplate
from dedupe.config import Settings
from dedupe.models import Article, Change, Measures, Pair, Passage, Relation
from dedupe.normalize import normalize_with_offsets, offsets_by_alignment, original_span
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.segment import quoted_spans
from dedupe.shingle import TokenHasher
from dedupe.verify import Alignment, align, classify, measure

MIN_RUN = 6
MAX_GAP = 3
RESUME = 3
# Where a run's first words occur many times in the other text (a repeated line, a text of one
# word over and over), only the first few places are looked at: the cost stays linear.
MAX_SEEDS = 8
MAX_PLACES = 64
# Sentence alignment: sandwiched pairs need this share of the verification threshold; moved
# (out-of-order) pairs this multiple of it.
SANDWICHED = 0.5
MOVED = 2.0
# Two quotations are the same one (possibly altered) above this character similarity, or when
# the words of the shorter are nearly all in the longer.
QUOTE_SIMILARITY = 0.6
QUOTE_CONTAINMENT = 0.8

_COPIES = frozenset({Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARTIAL})

Span = tuple[int, int]


# --- documents ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=128)
def _offsets(text: str, normalized: str) -> list[int]:
    mapped, offsets = normalize_with_offsets(text, fold_case=False)
    if mapped != normalized:
        # The pipeline normalised differently (it should not): align the two texts instead.
        offsets = offsets_by_alignment(text, normalized)
    return offsets


@dataclass(frozen=True)
class _Side:
    """One document of the pair: normalised text, tokens and the way back to the file."""

    doc: Prepared
    offsets: list[int]

    @classmethod
    def of(cls, doc: Prepared) -> _Side:
        return cls(doc, _offsets(doc.article.text, doc.text))

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def tokens(self) -> list[str]:
        return self.doc.segmented.tokens

    @property
    def spans(self) -> list[Span]:
        return self.doc.segmented.spans

    def file_span(self, span: Span) -> Span:
        start, end = original_span(self.offsets, *span)
        base = self.doc.article.body_offset
        return base + start, base + end

    def original(self, span: Span) -> str:
        """The file's text at a file span."""
        base = self.doc.article.body_offset
        return self.doc.article.text[span[0] - base : span[1] - base]

    def tokens_in(self, span: Span) -> list[str]:
        """Tokens inside a span of the normalised text."""
        starts = self.starts
        return self.tokens[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]

    @functools.cached_property
    def starts(self) -> list[int]:
        return [s for s, _ in self.spans]

    def token_range(self, first: int, stop: int) -> Span:
        """Characters (normalised text) of tokens ``[first, stop)``."""
        return self.spans[first][0], self.spans[stop - 1][1]

    def sentence_range(self, first: int, last: int, fragment: int) -> Span:
        """Characters (normalised text) of sentences ``first`` … ``last``.

        With the closing quotes after the last, and with the pieces of fewer than ``fragment``
        tokens just before the first on the same line: the sentence splitter cuts "Col. Hamish"
        after "Col.".
        """
        sentences = self.doc.segmented.sentence_spans
        text = self.text
        start, end = sentences[first][0], sentences[last][1]
        while end < len(text) and text[end] in "\"')]":
            end += 1
        while first > 0:
            previous = sentences[first - 1]
            if "\n" in text[previous[1] : start] or len(self.tokens_in(previous)) >= fragment:
                break
            first -= 1
            start = previous[0]
        return start, end


@dataclass(frozen=True)
class _Match:
    """A passage while it is built: normalised spans on both sides."""

    a: Span
    b: Span
    kind: str
    similarity: float


# --- verbatim runs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Tokens ``[a0, a1)`` of one text match ``[b0, b1)`` of the other; ``matched`` are equal."""

    a0: int
    a1: int
    b0: int
    b1: int
    matched: int


def _bridge(ta: Sequence[str], tb: Sequence[str], p: int, q: int, used: bytearray) -> tuple[int, int] | None:
    """Where matching resumes after a difference at ``(p, q)``, the smallest gap first."""
    for total in range(1, 2 * MAX_GAP + 1):
        for da in range(max(0, total - MAX_GAP), min(total, MAX_GAP) + 1):
            pa, qb = p + da, q + total - da
            if pa + RESUME > len(ta) or qb + RESUME > len(tb) or any(used[q : qb + RESUME]):
                continue
            if ta[pa : pa + RESUME] == tb[qb : qb + RESUME]:
                return pa, qb
    return None


def _extend(ta: Sequence[str], tb: Sequence[str], i: int, j: int, used: bytearray) -> Run:
    p, q, matched = i + MIN_RUN, j + MIN_RUN, MIN_RUN
    while True:
        while p < len(ta) and q < len(tb) and not used[q] and ta[p] == tb[q]:
            p, q, matched = p + 1, q + 1, matched + 1
        end_a, end_b = p, q
        resume = _bridge(ta, tb, p, q, used)
        if resume is None:
            return Run(i, end_a, j, end_b, matched)
        p, q = resume


def verbatim_runs(ta: Sequence[str], tb: Sequence[str]) -> list[Run]:
    """Verbatim runs of at least ``MIN_RUN`` tokens, bridging small gaps; disjoint on each side.

    Greedy from the start of ``ta``: at each position whose next ``MIN_RUN`` tokens occur in
    ``tb`` (where ``tb`` is not yet used), take the longest extension.
    """
    if len(ta) < MIN_RUN or len(tb) < MIN_RUN:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(tb) - MIN_RUN + 1):
        index.setdefault(tuple(tb[j : j + MIN_RUN]), []).append(j)
    used = bytearray(len(tb))
    runs: list[Run] = []
    i = 0
    while i <= len(ta) - MIN_RUN:
        best: Run | None = None
        places = index.get(tuple(ta[i : i + MIN_RUN]), [])[:MAX_PLACES]
        for j in [j for j in places if not any(used[j : j + MIN_RUN])][:MAX_SEEDS]:
            run = _extend(ta, tb, i, j, used)
            if best is None or run.matched > best.matched:
                best = run
        if best is None:
            i += 1
            continue
        runs.append(best)
        used[best.b0 : best.b1] = b"\x01" * (best.b1 - best.b0)
        i = best.a1
    return runs


def _run_matches(a: _Side, b: _Side) -> list[_Match]:
    out = []
    for run in verbatim_runs(a.tokens, b.tokens):
        similarity = run.matched / max(run.a1 - run.a0, run.b1 - run.b0)
        out.append(_Match(a.token_range(run.a0, run.a1), b.token_range(run.b0, run.b1), "same", round(similarity, 4)))
    return out


# --- sentence alignment ------------------------------------------------------------------------


def monotone_matches(similarity: npt.NDArray[np.float64], threshold: float) -> list[tuple[int, int]]:
    """The in-order one-to-one matching of rows to columns with the largest total similarity,
    using only cells at or above ``threshold`` (a weighted longest common subsequence)."""
    rows, cols = similarity.shape
    if not rows or not cols:
        return []
    weight = np.where(similarity >= threshold, similarity, -np.inf)
    best = np.zeros((rows + 1, cols + 1), dtype=np.float64)
    for i in range(1, rows + 1):
        candidates = np.maximum(best[i - 1, 1:], best[i - 1, :-1] + weight[i - 1])
        best[i, 1:] = np.maximum.accumulate(candidates)
    matches: list[tuple[int, int]] = []
    i, j = rows, cols
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            matches.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return matches[::-1]


def sentence_pairs(alignment: Alignment, threshold: float) -> list[tuple[list[int], list[int], float]]:
    """Aligned sentences as (rows of a, columns of b, similarity), rows/columns of the matrix."""
    sim = alignment.similarity
    rows, cols = sim.shape
    chain = monotone_matches(sim, threshold)
    filled: list[tuple[int, int]] = []
    bounds = [(-1, -1), *chain, (rows, cols)]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        if (i0, j0) != (-1, -1) and (i1, j1) != (rows, cols) and i1 - i0 > 1 and j1 - j0 > 1:
            sub = sim[i0 + 1 : i1, j0 + 1 : j1]
            filled += [(i0 + 1 + r, j0 + 1 + c) for r, c in monotone_matches(sub, threshold * SANDWICHED)]
    pairs = sorted(chain + filled)
    row_of = {i: k for k, (i, _) in enumerate(pairs)}
    col_of = {j: k for k, (_, j) in enumerate(pairs)}
    for i in range(rows):
        j = int(alignment.best_a[i])
        if (
            i not in row_of
            and j not in col_of
            and int(alignment.best_b[j]) == i
            and sim[i, j] >= min(1.0, threshold * MOVED)
        ):
            row_of[i] = col_of[j] = len(pairs)
            pairs.append((i, j))
    groups = [([i], [j], float(sim[i, j])) for i, j in pairs]
    # An unaligned sentence next to a passage joins it when it resembles the passage's other
    # side: a rewrite often merges two sentences into one or splits one in two.
    _absorb(sim, [(g[0], g[1]) for g in groups], row_of, alignment.sentences_a, threshold * SANDWICHED)
    _absorb(sim.T, [(g[1], g[0]) for g in groups], col_of, alignment.sentences_b, threshold * SANDWICHED)
    return groups


def _absorb(
    sim: npt.NDArray[np.float64],
    groups: list[tuple[list[int], list[int]]],
    group_of: dict[int, int],
    sentences: list[int],
    low: float,
) -> None:
    """Add each free row to the group of the next or previous sentence if it resembles that group.

    Only sentences that follow each other in the text (``sentences``: the sentence number of
    each row) and only at the group's edge, so that passages stay contiguous.
    """
    for row in range(sim.shape[0]):
        if row in group_of:
            continue
        for neighbour in (row - 1, row + 1):
            k = group_of.get(neighbour)
            if k is None or abs(sentences[neighbour] - sentences[row]) != 1:
                continue
            own, other = groups[k]
            at_edge = own[-1] == neighbour if neighbour < row else own[0] == neighbour
            if at_edge and max(sim[row, col] for col in other) >= low:
                own.insert(len(own) if neighbour < row else 0, row)
                group_of[row] = k
                break


def _sentence_matches(a: _Side, b: _Side, alignment: Alignment | None, settings: Settings) -> list[_Match]:
    if alignment is None:
        return []
    out = []
    fragment = settings.min_sentence_tokens
    for rows, cols, similarity in sentence_pairs(alignment, settings.sentence_similarity):
        span_a = a.sentence_range(alignment.sentences_a[rows[0]], alignment.sentences_a[rows[-1]], fragment)
        span_b = b.sentence_range(alignment.sentences_b[cols[0]], alignment.sentences_b[cols[-1]], fragment)
        same = a.tokens_in(span_a) == b.tokens_in(span_b)
        out.append(_Match(span_a, span_b, "same" if same else "changed", round(similarity, 4)))
    return out


# --- facts -------------------------------------------------------------------------------------


def _alternation(words: str) -> str:
    return "|".join(sorted((re.escape(w.strip()) for w in words.split("|") if w.strip()), key=len, reverse=True))


_HEDGES = {
    ">=": """at least | more than | over | upwards of | in excess of | as many as | no fewer than | no less than
        | a minimum of | above | au moins | plus de | al menos | más de | mindestens | mehr als | über | almeno
        | più di | pelo menos | mais de | не менее | по меньшей мере | более | свыше | больше""",
    "~": """about | around | approximately | approx. | roughly | some | an estimated | estimated | nearly | almost
        | close to | circa | environ | près de | quelque | unos | unas | cerca de | alrededor de
        | aproximadamente | casi | etwa | rund | ungefähr | fast | knapp | circa | circa | quasi | oltre | cerca
        | около | примерно | почти | порядка | приблизительно""",
    "<=": """at most | up to | fewer than | less than | under | below | no more than | a maximum of | as few as
        | moins de | jusqu'à | au plus | menos de | hasta | weniger als | bis zu | höchstens | meno di | fino a
        | менее | меньше | не более""",
    "=": "exactly | precisely | exactement | exactamente | genau | ровно",
}
_HEDGE_CLASS = {w.strip().casefold(): cls for cls, words in _HEDGES.items() for w in words.split("|") if w.strip()}
_HEDGE_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in _HEDGE_CLASS)
_SCALES = {
    "%": "% | percent | per cent | pour cent | por ciento | prozent | per cento | por cento | процента | процентов"
    " | процент",
    "e3": "thousand | thousands | mille | mil | tausend | тысяч | тысячи | тысяча | тыс.",
    "e6": "million | millions | millón | millones | millionen | milioni | milhões | mln | mio. | m | миллиона"
    " | миллионов | миллион | млн",
    "e9": "billion | billions | milliard | milliards | mil millones | milliarde | milliarden | miliardi"
    " | bilhões | bn | mrd. | миллиарда | миллиардов | миллиард | млрд",
    "e12": "trillion | trillions | billones | billionen | триллион | трлн",
}
_SCALE_OF = {w.strip().casefold(): key for key, words in _SCALES.items() for w in words.split("|") if w.strip()}
_HEDGE_BEFORE = re.compile(r"(?<!\w)(?P<hedge>" + _alternation("|".join(_HEDGES.values())) + r")\s+$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s?(?P<scale>" + _alternation("|".join(_SCALES.values())) + r")(?!\w)", re.IGNORECASE)
# Scripts written without spaces glue the counter to the number ("21时", "120万册"): one glyph.
_GLYPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NUMBER = re.compile(
    r"(?<!\w)(?<![^\W\d_]-)(?P<currency>[$€£¥₹₽]\s?)?(?P<value>\d+(?:[.,:]\d+)*)"
    r"(?:(?P<glyph>[" + _GLYPH + r"])|(?P<unit>[^\W\d_]{1,3})(?!\w)|(?!\w))"
)
# Dates and times written with digits: ISO (with its time), day/month/year, CJK, clock times.
_NUMERIC_DATE = re.compile(
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"(?:[T ](?P<ih>\d{1,2}):(?P<imin>\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?(?!\w)"
    r"|(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}|\d{2})(?!\w)"
    r"|(?P<cy>\d{4})年(?:(?P<cm>\d{1,2})月(?:(?P<cd>\d{1,2})[日号])?)?"
    r"|(?P<cm2>\d{1,2})月(?P<cd2>\d{1,2})[日号]"
    r"|(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s?(?P<half>[ap])\.?m\.?(?!\w)"
    r"|(?P<hour24>\d{1,2})[:h](?P<minute24>\d{2})(?![\d.,:])",
    re.IGNORECASE,
)
_QUOTE_WORD = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?\.?")

# English and German months are written capitalised (and "may", "march" are words); the
# others are matched in any case. Abbreviations need their full stop unless listed without.
_CAPITALISED_MONTHS = [
    "January Jan. Januar Jänner", "February Feb. Februar", "March Mar. März", "April Apr.",
    "May Mai", "June Jun. Juni", "July Jul. Juli", "August Aug.", "September Sept. Sep. Sept",
    "October Oct. Oktober Okt.", "November Nov.", "December Dec. Dezember Dez.",
]
_OTHER_MONTHS = [
    "janvier enero gennaio janeiro января январь", "février febrero febbraio fevereiro февраля февраль",
    "mars marzo março марта март", "avril abril aprile апреля апрель", "mai mayo maggio maio мая май",
    "juin junio giugno junho июня июнь", "juillet julio luglio julho июля июль", "août agosto августа август",
    "septembre septiembre settembre setembro сентября сентябрь", "octobre octubre ottobre outubro октября октябрь",
    "novembre noviembre novembro ноября ноябрь", "décembre diciembre dicembre dezembro декабря декабрь",
]
_MONTH = {name: number for number, names in enumerate(_CAPITALISED_MONTHS, 1) for name in names.split()}
_MONTH_ANY_CASE = {name: number for number, names in enumerate(_OTHER_MONTHS, 1) for name in names.split()}
_WEEKDAY_NAMES = [
    "Monday lundi lunes Montag lunedì segunda-feira понедельник",
    "Tuesday mardi martes Dienstag martedì terça-feira вторник",
    "Wednesday mercredi miércoles Mittwoch mercoledì quarta-feira среда среду",
    "Thursday jeudi jueves Donnerstag giovedì quinta-feira четверг",
    "Friday vendredi viernes Freitag venerdì sexta-feira пятница пятницу",
    "Saturday samedi sábado Samstag Sonnabend sabato суббота субботу",
    "Sunday dimanche domingo Sonntag domenica воскресенье",
]
_WEEKDAY = {name.casefold(): number for number, names in enumerate(_WEEKDAY_NAMES, 1) for name in names.split()}
_FOLDED_NAMES = frozenset(
    variant
    for name in [*_MONTH, *_MONTH_ANY_CASE, *_WEEKDAY]
    for variant in (name.casefold().rstrip("."), name.casefold().rstrip(".") + ".")
)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|\.)?"
# What may stand before a month name: "Monday, 28 April", "le 28 avril", "28 de abril", "the 28th of April".
_BEFORE_MONTH = re.compile(
    r"(?<!\w)(?:(?P<weekday>[^\W\d_]+(?:-[^\W\d_]+)?),?\s+)?(?:(?P<day>[0-3]?\d)" + _ORDINAL + r"\s+(?:of\s+|de\s+)?)?$"
)
_DAY_AFTER = re.compile(r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)(?!,?\s*\d{3}\b)")
_YEAR_AFTER = re.compile(r",?\s+(?:de\s+)?(?P<year>\d{4})(?!\w)")

# (weekday, day, month, year, time "HH:MM"), None where the text does not say.
DateKey = tuple[int | None, int | None, int | None, int | None, str | None]


@dataclass(frozen=True)
class Fact:
    """A number, date or quotation at ``span`` (normalised text) and what it says (``key``).

    Numbers: (hedge class, currency, value, unit, scale). Dates: (weekday, day, month, year),
    ``None`` where the text does not say. Quotations: their tokens.
    """

    kind: str
    span: Span
    key: tuple[object, ...]

    @property
    def words(self) -> str:
        return " ".join(map(str, self.key))


def _digits(value: str) -> str:
    return "".join(str(d) if (d := unicodedata.digit(c, None)) is not None else c for c in value)


def number_value(raw: str) -> str:
    """A number's value as plain digits: "1,000" and "1.000" -> "1000"; "3,5" -> "3.5"."""
    value = _digits(raw)
    if ":" in value:
        return value
    separators = [i for i, c in enumerate(value) if c in ".,"]
    if not separators:
        return value
    last = separators[-1]
    decimal = len(value) - last - 1 != 3 or len({value[i] for i in separators}) > 1
    whole = "".join(c for c in value[:last] if c not in ".,")
    return f"{whole}.{value[last + 1 :]}" if decimal else whole + value[last + 1 :]


def _month(word: str) -> int | None:
    return _MONTH.get(word) or _MONTH_ANY_CASE.get(word.casefold()) or _MONTH.get(word.rstrip("."))


def _dates_by_name(text: str) -> list[tuple[Span, DateKey]]:
    """Dates written with a month or weekday name, in any of the listed languages."""
    found: list[tuple[Span, DateKey]] = []
    present = {w for w in set(_WORD.findall(text)) if w.casefold() in _FOLDED_NAMES}
    names = [w for w in present if _month(w) is not None or w.rstrip(".").casefold() in _WEEKDAY]
    # Finding the few names present is much faster than looking at every word of the text.
    # (A pattern that starts with the literal name is searched fast; the boundary before it is
    # checked by hand.)
    matches = sorted(
        (
            m
            for name in names
            for m in re.finditer(re.escape(name) + r"(?!\w)", text)
            if not text[m.start() - 1 : m.start()].isalnum()
        ),
        key=lambda m: (m.start(), -m.end()),
    )
    covered_until = 0
    for match in matches:
        start, end = match.span()
        if start < covered_until:
            continue
        word = match.group(0)
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


def _numeric_date_key(match: re.Match[str]) -> DateKey:
    def number(*groups: str) -> int | None:
        value = next((match.group(g) for g in groups if match.group(g)), None)
        return int(value) if value is not None else None

    year = number("iy", "ny", "cy")
    if year is not None and year < 100:
        year += 2000
    time = None
    if match.group("ih"):
        time = f"{int(match.group('ih')):02d}:{match.group('imin')}"
    elif match.group("hour"):
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").casefold() == "p" else 0)
        time = f"{hour:02d}:{match.group('minute') or '00'}"
    elif match.group("hour24"):
        time = f"{int(match.group('hour24')):02d}:{match.group('minute24')}"
    return (None, number("id", "nd", "cd", "cd2"), number("im", "nm", "cm", "cm2"), year, time)


def _compatible(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Dates agree when no part known on both sides differs ("April 28" ~ "28 April 2025")."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _inside(position: int, areas: Sequence[Span]) -> bool:
    """Whether ``position`` falls in one of ``areas`` (sorted, disjoint)."""
    index = bisect.bisect_right(areas, position, key=lambda area: area[0]) - 1
    return index >= 0 and position < areas[index][1]


@functools.lru_cache(maxsize=256)
def extract_facts(text: str) -> tuple[Fact, ...]:
    """Numbers, dates and quotations of a normalised text, in order of position.

    Numbers and dates inside a quotation belong to the quotation.
    """
    quotes = quoted_spans(text)
    facts = [Fact("quote", (s, e), tuple(_QUOTE_WORD.findall(text[s:e].casefold()))) for s, e in quotes]
    facts = [f for f in facts if f.key]
    dates = _dates_by_name(text)
    date_spans = [span for span, _ in dates]
    facts += [Fact("date", span, key) for span, key in dates if not _inside(span[0], quotes)]
    covered_until = 0
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start < covered_until or _inside(start, quotes) or _inside(start, date_spans):
            continue
        numeric = _NUMERIC_DATE.match(text, start)
        if numeric is not None:
            facts.append(Fact("date", numeric.span(), _numeric_date_key(numeric)))
            covered_until = numeric.end()
            continue
        before = text[max(0, start - 16) : start].split()
        # Most numbers have no hedge: look for one only after a word that can end one.
        maybe = bool(before) and text[start - 1 : start].isspace() and before[-1].casefold() in _HEDGE_LAST_WORDS
        hedge = _HEDGE_BEFORE.search(text, max(0, start - 32), start) if maybe else None
        scale = _SCALE_AFTER.match(text, end)
        value = number_value(match.group("value"))
        unit = match.group("glyph") or match.group("unit") or ""
        plain = not (hedge or scale or match.group("currency") or unit)
        if plain and len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2099:
            facts.append(Fact("date", (start, end), (None, None, None, int(value), None)))
            continue
        facts.append(
            Fact(
                "number",
                (hedge.start() if hedge else start, scale.end() if scale else end),
                (
                    _HEDGE_CLASS[hedge.group("hedge").casefold()] if hedge else "",
                    (match.group("currency") or "").strip(),
                    value,
                    unit.casefold(),
                    _SCALE_OF[scale.group("scale").casefold()] if scale else "",
                ),
            )
        )
    return tuple(sorted(facts, key=lambda f: f.span))


def _same_quote(a: Fact, b: Fact) -> bool:
    """The same quotation, perhaps altered: mostly the same characters, or one inside the other."""
    if a.key == b.key:
        return True
    shorter, longer = sorted((a.key, b.key), key=len)
    if shorter and sum(1 for t in shorter if t in set(longer)) / len(shorter) >= QUOTE_CONTAINMENT:
        return True
    words_a, words_b = a.words, b.words
    if 2 * min(len(words_a), len(words_b)) < QUOTE_SIMILARITY * (len(words_a) + len(words_b)):
        return False  # the bound real_quick_ratio() gives, without building a matcher
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    return matcher.quick_ratio() >= QUOTE_SIMILARITY and matcher.ratio() >= QUOTE_SIMILARITY


def _same_value(a: Fact, b: Fact) -> bool:
    """The same number whatever the hedge, a compatible date, or the same quotation."""
    if a.kind == "date":
        return _compatible(a.key, b.key)
    if a.kind == "quote":
        return _same_quote(a, b)
    return a.key[1:] == b.key[1:]


def _same_sort(a: Fact, b: Fact) -> bool:
    """Two numbers of the same currency, unit and scale; two dates that say the same parts."""
    if a.kind == "date":
        return [x is None for x in a.key] == [y is None for y in b.key]
    return (a.key[1], a.key[3], a.key[4]) == (b.key[1], b.key[3], b.key[4])


def _identical(a: Fact, b: Fact) -> bool:
    return _compatible(a.key, b.key) if a.kind == "date" else a.key == b.key


def _pair_up(
    left: list[Fact], right: list[Fact], same: Callable[[Fact, Fact], bool]
) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """Greedy in-order pairing by ``same``; returns pairs and what is left on each side."""
    pairs = []
    remaining = list(right)
    unpaired = []
    for fact in left:
        partner = next((r for r in remaining if same(fact, r)), None)
        if partner is None:
            unpaired.append(fact)
        else:
            remaining.remove(partner)
            pairs.append((fact, partner))
    return pairs, unpaired, remaining


class Facts:
    """Every fact of one document, to ask whether it says something anywhere."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = facts
        self.starts = [f.span[0] for f in facts]
        # numbers by value (whatever the hedge): a set, as documents can hold hundreds
        self._numbers = {f.key[1:] for f in facts if f.kind == "number"}
        self._others = [f for f in facts if f.kind != "number"]

    def has(self, fact: Fact) -> bool:
        """Whether the document has ``fact`` (the same number, a compatible date, the quote)."""
        if fact.kind == "number":
            return fact.key[1:] in self._numbers
        return any(g.kind == fact.kind and _same_value(fact, g) for g in self._others)

    def within(self, area: Span) -> Sequence[Fact]:
        """Facts that start inside ``area`` (a quotation may run past the end of its sentence)."""
        return self.facts[bisect.bisect_left(self.starts, area[0]) : bisect.bisect_left(self.starts, area[1])]


def compare_facts(
    facts_a: Sequence[Fact], facts_b: Sequence[Fact], all_a: Facts, all_b: Facts
) -> list[tuple[str, Fact | None, Fact | None]]:
    """Facts of two corresponding stretches that differ: (kind, fact in a, fact in b).

    A fact of one stretch with no counterpart in the other is reported only when the other
    document has it nowhere (``all_a``/``all_b``: every fact of each document).
    """
    out: list[tuple[str, Fact | None, Fact | None]] = []
    for kind in ("number", "date", "quote"):
        left = [f for f in facts_a if f.kind == kind]
        right = [f for f in facts_b if f.kind == kind]
        _, left, right = _pair_up(left, right, _identical)
        pairs, left, right = _pair_up(left, right, _same_value)
        out += [(kind, x, y) for x, y in pairs]
        left = [f for f in left if not all_b.has(f)]
        right = [f for f in right if not all_a.has(f)]
        if kind != "quote":
            # A number or date left on both sides, of the same sort, was most likely updated.
            pairs, left, right = _pair_up(left, right, _same_sort)
            out += [(kind, x, y) for x, y in pairs]
        out += [(kind, x, None) for x in left] + [(kind, None, y) for y in right]
    return out


def _stretches(matches: list[_Match]) -> list[tuple[Span, Span]]:
    """Each passage, and the text between two passages that follow each other on both sides."""
    ordered = sorted(matches, key=lambda m: m.a)
    out = [(m.a, m.b) for m in ordered]
    for first, second in itertools.pairwise(ordered):
        if first.b[1] <= second.b[0] and (first.a[1] < second.a[0] or first.b[1] < second.b[0]):
            out.append(((first.a[1], second.a[0]), (first.b[1], second.b[0])))
    return out


def _changes(a: _Side, b: _Side, matches: list[_Match]) -> list[Change]:
    all_a, all_b = Facts(extract_facts(a.text)), Facts(extract_facts(b.text))
    if not all_a.facts and not all_b.facts:
        return []
    found: dict[tuple[str, Span | None, Span | None], Change] = {}
    for area_a, area_b in _stretches(matches):
        facts_a = all_a.within(area_a)
        facts_b = all_b.within(area_b)
        if not facts_a and not facts_b:
            continue
        for kind, x, y in compare_facts(facts_a, facts_b, all_a, all_b):
            span_a = a.file_span(x.span) if x else None
            span_b = b.file_span(y.span) if y else None
            found.setdefault(
                (kind, span_a, span_b),
                Change(
                    kind=kind,
                    a=span_a,
                    b=span_b,
                    text_a=a.original(span_a) if span_a else "",
                    text_b=b.original(span_b) if span_b else "",
                ),
            )
    return sorted(found.values(), key=lambda c: (c.a or c.b or (0, 0), c.b or (0, 0), c.kind))


# --- passages ----------------------------------------------------------------------------------


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _disjoint(a: _Side, b: _Side, matches: list[_Match]) -> list[tuple[_Match, Passage]]:
    """File spans of the passages, clipped so that no two overlap on either side."""
    out: list[tuple[_Match, Passage]] = []
    taken_a: list[Span] = []
    taken_b: list[Span] = []
    for match in sorted(matches, key=lambda m: m.a):
        span_a, span_b = a.file_span(match.a), b.file_span(match.b)
        # Overlapping tokens (character bigrams of unspaced scripts) can make neighbours share a
        # character: clip the later one.
        if taken_a and span_a[0] < taken_a[-1][1]:
            span_a = (taken_a[-1][1], span_a[1])
        span_b = next(((e, span_b[1]) for s, e in taken_b if s <= span_b[0] < e), span_b)
        if span_a[0] >= span_a[1] or span_b[0] >= span_b[1] or _overlaps(span_b, taken_b):
            continue
        taken_a.append(span_a)
        taken_b.append(span_b)
        out.append((match, Passage(a=span_a, b=span_b, kind=match.kind, similarity=match.similarity)))
    return out


def build_evidence(
    a: Prepared, b: Prepared, alignment: Alignment | None, relation: Relation | None, settings: Settings
) -> tuple[tuple[Passage, ...], tuple[Change, ...]]:
    """Aligned passages and changed facts of a pair, as offsets into each original file.

    ``a`` and ``b`` must have their sentence grams filled (``alignment`` is ``align(a, b)``).
    """
    side_a, side_b = _Side.of(a), _Side.of(b)
    if relation is Relation.EXACT:
        matches = [_Match((0, len(a.text)), (0, len(b.text)), "same", 1.0)] if a.text and b.text else []
    elif relation in _COPIES:
        matches = _run_matches(side_a, side_b)
    else:
        matches = _sentence_matches(side_a, side_b, alignment, settings)
        if relation is None:
            runs = _run_matches(side_a, side_b)
            matches += [
                r for r in runs if not any(_overlaps(r.a, [m.a]) or _overlaps(r.b, [m.b]) for m in matches)
            ]
    kept = _disjoint(side_a, side_b, matches)
    changes = _changes(side_a, side_b, [m for m, _ in kept])
    return tuple(p for _, p in kept), tuple(changes)


# --- two articles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """Everything ``dedupe diff`` shows about two articles, related or not (``relation`` None)."""

    a: Article
    b: Article
    relation: Relation | None
    score: float
    measures: Measures
    passages: tuple[Passage, ...]
    changes: tuple[Change, ...]
    words_a: int = 0
    words_b: int = 0

    @classmethod
    def of_pair(cls, pair: Pair, a: Article, b: Article, words_a: int = 0, words_b: int = 0) -> Comparison:
        """A reported pair with the articles it points into."""
        return cls(a, b, pair.relation, pair.score, pair.measures, pair.passages, pair.changes, words_a, words_b)


def compare(article_a: Article, article_b: Article, settings: Settings) -> Comparison:
    """Verify two articles as a scan would (without a corpus) and gather the evidence."""
    hasher = TokenHasher(settings.seed)
    stripped_a, stripped_b = strip_boilerplate([article_a, article_b])
    a = prepare(stripped_a, settings, hasher)
    b = prepare(stripped_b, settings, hasher)
    sentence_grams(a, settings, hasher)
    sentence_grams(b, settings, hasher)
    alignment = align(a, b)
    measures = measure(a, b, settings, alignment)
    verdict = classify(a, b, measures, settings)
    relation, score = verdict if verdict is not None else (None, 0.0)
    passages, changes = build_evidence(a, b, alignment, relation, settings)
    return Comparison(article_a, article_b, relation, round(score, 4), measures, passages, changes, a.words, b.words)
