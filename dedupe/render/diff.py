"""The terminal view of one pair (rich): header, changed facts, then both texts passage by passage.

Wide terminals get the two articles side by side, narrow ones (under ``NARROW`` columns) one
passage of A above the matching passage of B. In colour, words found on both sides of a passage
are bold, words only in A red, words only in B green, changed facts underlined and text that
aligns with nothing dimmed. Without colour (``NO_COLOR``, not a terminal, ``TERM=dumb``) no
escape code is written and words only on one side are marked the way ``wdiff`` does:
``[-only in A-]`` and ``{+only in B+}``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields

from rich import box
from rich.console import Console, Group, OverflowMethod, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from dedupe.evidence import Comparison
from dedupe.models import Article, Change, Measures, Passage, Relation
from dedupe.render.safe import safe_line, safe_text
from dedupe.segment import token_spans
from dedupe.wording import counted

_JOINER = "\u2060"

NARROW = 100
SHARED = "bold"
ONLY_A = "red"
ONLY_B = "green"
CHANGED_FACT = "underline"
UNALIGNED = "dim"
RELATION_STYLE = {
    Relation.EXACT: "bold red",
    Relation.NEAR_DUPLICATE: "red",
    Relation.REWRITE: "magenta",
    Relation.PARTIAL: "yellow",
}
_MARKERS = {"a": ("[-", "-]"), "b": ("{+", "+}")}
# Characters of a title shown in the header.
TITLE_WIDTH = 80
# Text is shown whole: a line too long for its column breaks at spaces, and a run of text with no
# space to break at (Chinese, Japanese, Thai; a long URL) is folded onto the next line, not cut.
FOLD: OverflowMethod = "fold"

Span = tuple[int, int]


@dataclass(frozen=True)
class Row:
    """One line-up of the view: a passage of both sides, or text of either that aligns with nothing."""

    a: Span | None
    b: Span | None
    passage: Passage | None = None
    number: int = 0


def _body(article: Article) -> Span:
    return article.body_offset, article.body_offset + len(article.text)


def _gaps(spans: list[Span], whole: Span) -> list[Span]:
    """The parts of ``whole`` no span covers, in order."""
    out = []
    position = whole[0]
    for start, end in sorted(spans):
        if start > position:
            out.append((position, start))
        position = max(position, end)
    if position < whole[1]:
        out.append((position, whole[1]))
    return out


def rows(comparison: Comparison) -> list[Row]:
    """Passages in the order of A, each preceded by what lies before it, unaligned, on each side.

    A stretch of B that no passage covers is shown before the passage that follows it in B.
    """
    passages = sorted(comparison.passages, key=lambda p: p.a)
    gaps_b = _gaps([p.b for p in passages], _body(comparison.b))
    gap_b_before: dict[int, list[Span]] = {}
    leftover_b: list[Span] = []
    starts_b = sorted(passages, key=lambda p: p.b)
    for gap in gaps_b:
        follower = next((p for p in starts_b if p.b[0] >= gap[1]), None)
        if follower is None:
            leftover_b.append(gap)
        else:
            gap_b_before.setdefault(id(follower), []).append(gap)
    out: list[Row] = []
    position_a = _body(comparison.a)[0]
    for number, passage in enumerate(passages, start=1):
        gap_a = (position_a, passage.a[0]) if passage.a[0] > position_a else None
        out += _unaligned(gap_a, gap_b_before.get(id(passage), []))
        out.append(Row(passage.a, passage.b, passage, number))
        position_a = max(position_a, passage.a[1])
    end_a = _body(comparison.a)[1]
    out += _unaligned((position_a, end_a) if end_a > position_a else None, leftover_b)
    return [row for row in out if row.passage or _visible(comparison.a, row.a) or _visible(comparison.b, row.b)]


def _unaligned(gap_a: Span | None, gaps_b: list[Span]) -> list[Row]:
    """Rows for unaligned text: A's gap beside B's first, B's others below."""
    if not gaps_b:
        return [Row(gap_a, None)]
    return [Row(gap_a, gaps_b[0]), *(Row(None, gap) for gap in gaps_b[1:])]


def _text_at(article: Article, span: Span | None) -> str:
    if span is None:
        return ""
    return article.text[span[0] - article.body_offset : span[1] - article.body_offset]


def _visible(article: Article, span: Span | None) -> bool:
    return bool(_text_at(article, span).strip())


def _trimmed(article: Article, span: Span) -> tuple[str, int]:
    """The text at ``span`` without surrounding whitespace, and its file offset."""
    raw = _text_at(article, span)
    lead = len(raw) - len(raw.lstrip())
    return safe_text(raw.strip()), span[0] + lead


def _shown(text: str) -> str:
    """``text`` without the word joiners reading leaves (where it joined wrapped Chinese lines or
    decoded a character reference): they show nothing, and would throw the columns out."""
    return text.replace(_JOINER, "")


def _marked(text: str, start: int, other_words: set[str], side: str, changes: list[Span], plain: bool) -> Text:
    """``text`` (at file offset ``start``) with its words styled as shared or one-sided."""
    if _JOINER in text:
        # Changes are file offsets: each moves back by the joiners before it.
        kept = [i for i, c in enumerate(text) if c != _JOINER]

        def moved(offset: int) -> int:
            return start + bisect.bisect_left(kept, offset - start)

        changes = [(moved(s), moved(e)) for s, e in changes]
        text = _shown(text)
    out = Text(text)
    only: list[Span] = []
    for token, s, e in token_spans(text):
        if token in other_words:
            if not plain:
                out.stylize(SHARED, s, e)
        elif only and not any(c.isalnum() or c == "\n" for c in text[only[-1][1] : s]):
            only[-1] = (only[-1][0], e)  # one mark for neighbouring words
        else:
            only.append((s, e))
    if plain:
        opening, closing = _MARKERS[side]
        pieces = []
        position = 0
        for s, e in only:
            pieces += [text[position:s], opening, text[s:e], closing]
            position = e
        return Text("".join([*pieces, text[position:]]))
    for s, e in only:
        out.stylize(ONLY_A if side == "a" else ONLY_B, s, e)
    for change_start, change_end in changes:
        s, e = max(change_start - start, 0), min(change_end - start, len(text))
        if s < e:
            out.stylize(CHANGED_FACT, s, e)
    return out


def _cells(comparison: Comparison, row: Row, plain: bool) -> tuple[Text, Text]:
    if row.passage is None:
        style = "" if plain else UNALIGNED
        text_a = _shown(_trimmed(comparison.a, row.a)[0]) if row.a else ""
        text_b = _shown(_trimmed(comparison.b, row.b)[0]) if row.b else ""
        return Text(text_a, style=style), Text(text_b, style=style)
    assert row.a is not None and row.b is not None
    text_a, start_a = _trimmed(comparison.a, row.a)
    text_b, start_b = _trimmed(comparison.b, row.b)
    words_a = {token for token, _, _ in token_spans(_shown(text_a))}
    words_b = {token for token, _, _ in token_spans(_shown(text_b))}
    changes_a = [c.a for c in comparison.changes if c.a is not None]
    changes_b = [c.b for c in comparison.changes if c.b is not None]
    return (
        _marked(text_a, start_a, words_b, "a", changes_a, plain),
        _marked(text_b, start_b, words_a, "b", changes_b, plain),
    )


def _label(row: Row) -> str:
    if row.passage is None:
        return "not aligned"
    return f"{row.number}\n{row.passage.kind}\n{row.passage.similarity:.2f}"


def _number(value: float) -> str:
    return f"{value:.2f}"


# The measures the header spells out in words (``--format json`` has them under their names).
_SHOWN = frozenset(
    {"jaccard", "containment", "containment_a", "containment_b", "coverage_a", "coverage_b", "ordered_a", "ordered_b"}
    | {"aligned_sentences", "verbatim_a", "verbatim_b", "longest_run", "weak_ordered_a", "weak_ordered_b"}
    | {"rare_order", "length_ratio", "shared_quotes", "own_quotes_a", "own_quotes_b", "numbers_a", "numbers_b"}
    | {"shared_numbers", "own_numbers_a", "own_numbers_b", "numbers_in_both", "conflicting_numbers"}
)


def header(comparison: Comparison, plain: bool) -> Text:
    """Who is compared, the relation and the measures behind it."""
    from dedupe.render.table import shortened  # here: the table module imports this one

    m: Measures = comparison.measures
    out = Text()
    out.append(f"{safe_line(comparison.a.id)} and {safe_line(comparison.b.id)}: ", style="" if plain else "bold")
    fewer = min(m.numbers_a, m.numbers_b)
    if fewer == 1:
        found = "the one number of the side with fewer is not found in the other"
    elif m.shared_numbers == 0:
        found = f"none of the {fewer} numbers of the side with fewer is found in the other"
    else:
        found = (
            f"{m.shared_numbers} of the {counted(fewer, 'number')} of the side with fewer"
            f" {'is' if m.shared_numbers == 1 else 'are'} found in the other"
        )
    numbers = f"worded like a copy or rewrite, but {found} (a template story, items of one formula, or revised figures)"
    if comparison.numbers_conflict:
        stated = counted(m.conflicting_numbers, "quantity", "quantities")
        numbers = (
            f"worded like a rewrite, but the sentences that align state {stated}"
            " otherwise (the same word after another number, as '6 fishermen' and '3 fishermen': items of one"
            " formula about another day, place or count)"
        )
    elif comparison.numbers_apart:
        numbers = (
            f"worded like a rewrite, but each states numbers the other does not (A {m.own_numbers_a},"
            f" B {m.own_numbers_b}), more than the {m.numbers_in_both} both state (items of one formula,"
            " or two reports, each with figures of its own)"
        )
    if comparison.relation is None:
        out.append("not related", style="" if plain else "bold")
        if comparison.other_numbers:
            out.append(f": {numbers}")
        elif comparison.other_quotes:
            out.append(
                ": worded like a rewrite, but each quotes what the other does not and they share no"
                " quotation (two reports, or items of one formula, each with its own statement)"
            )
        else:
            out.append(" (no relation reaches its threshold; the evidence below shows how close they are)")
    else:
        out.append(comparison.relation.value, style="" if plain else RELATION_STYLE[comparison.relation])
        out.append(f", score {_number(comparison.score)}")
        if comparison.other_numbers:
            out.append(f"; {numbers}")
    for side, article, words in (("A", comparison.a, comparison.words_a), ("B", comparison.b, comparison.words_b)):
        out.append(f"\n  {side}  {safe_line(article.path)}")
        if words:
            out.append(f" · {counted(words, 'word')}")
        if article.title:
            out.append(f" · {shortened(safe_line(article.title), TITLE_WIDTH)}", style="" if plain else "italic")
    out.append(
        f"\n  shingles: Jaccard {_number(m.jaccard)}, containment {_number(m.containment)}"
        f" (A {_number(m.containment_a)}, B {_number(m.containment_b)})"
        f"\n  sentences aligned: A {_number(m.coverage_a)}, B {_number(m.coverage_b)};"
        f" in order: A {_number(m.ordered_a)}, B {_number(m.ordered_b)}"
        f" ({counted(m.aligned_sentences, 'sentence')})"
        f"\n  verbatim: A {_number(m.verbatim_a)}, B {_number(m.verbatim_b)};"
        f" longest run {counted(m.longest_run, 'word')}"
        f"\n  in order, loosely aligned: A {_number(m.weak_ordered_a)}, B {_number(m.weak_ordered_b)};"
        f" rare words in the same order {_number(m.rare_order)}; length ratio {_number(m.length_ratio)}"
        f"\n  quotations: in both {m.shared_quotes}, only in A {m.own_quotes_a}, only in B {m.own_quotes_b};"
        f" numbers: A {m.numbers_a}, B {m.numbers_b}, in both {m.shared_numbers}"
        f"\n  numbers anywhere: only in A {m.own_numbers_a}, only in B {m.own_numbers_b},"
        f" in both {m.numbers_in_both}; stated otherwise where sentences align {m.conflicting_numbers}"
    )
    # A measure added to Measures later is still shown, under its own name.
    others = [f"{f.name.replace('_', ' ')} {_measure(getattr(m, f.name))}" for f in fields(m) if f.name not in _SHOWN]
    if others:
        out.append("\n  " + "; ".join(others))
    return out


def _measure(value: object) -> str:
    return _number(value) if isinstance(value, float) else str(value)


def facts(comparison: Comparison, plain: bool, console_width: int = 100) -> RenderableType:
    """The changed facts as a short list."""
    if not comparison.changes:
        return Text("No changed numbers, dates or quotations in the aligned text.")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(max_width=max(20, (console_width - 16) // 2), overflow=FOLD)
    grid.add_column(no_wrap=True)
    grid.add_column(max_width=max(20, (console_width - 16) // 2), overflow=FOLD)
    for change in comparison.changes:
        grid.add_row(
            Text(change.kind),
            Text(_one_side(change, "a"), style="" if plain or change.a is None else ONLY_A),
            Text("→"),
            Text(_one_side(change, "b"), style="" if plain or change.b is None else ONLY_B),
        )
    title = Text(f"Changed facts ({len(comparison.changes)}), A → B:", style="" if plain else "bold")
    return Group(title, grid)


def _one_side(change: Change, side: str) -> str:
    span = change.a if side == "a" else change.b
    if span is None:
        return f"(only in {'B' if side == 'a' else 'A'})"
    return safe_line(" ".join((change.text_a if side == "a" else change.text_b).split()))


def legend(plain: bool) -> Text:
    """How to read the highlighting."""
    if plain:
        return Text("[-words-] only in A, {+words+} only in B; other words are in both sides of the passage.")
    out = Text()
    out.append("shared words", style=SHARED)
    out.append(" · ")
    out.append("only in A", style=ONLY_A)
    out.append(" · ")
    out.append("only in B", style=ONLY_B)
    out.append(" · ")
    out.append("changed fact", style=CHANGED_FACT)
    out.append(" · ")
    out.append("not aligned", style=UNALIGNED)
    return out


def _side_by_side(comparison: Comparison, lines: list[Row], plain: bool) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD if not plain else box.ASCII2,
        show_lines=True,
        expand=True,
        header_style="" if plain else "bold",
    )
    table.add_column(Text("#"), no_wrap=True, width=11)
    table.add_column(Text(f"A: {safe_line(comparison.a.id)}"), ratio=1, overflow=FOLD)
    table.add_column(Text(f"B: {safe_line(comparison.b.id)}"), ratio=1, overflow=FOLD)
    for row in lines:
        text_a, text_b = _cells(comparison, row, plain)
        table.add_row(Text(_label(row), style="" if plain or row.passage else UNALIGNED), text_a, text_b)
    return table


def _interleaved(comparison: Comparison, lines: list[Row], plain: bool) -> Group:
    parts: list[RenderableType] = []
    for row in lines:
        text_a, text_b = _cells(comparison, row, plain)
        parts.append(Rule(Text(_label(row).replace("\n", " · ")), align="left", style="" if plain else "dim"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow=FOLD)
        if row.a is not None and text_a.plain:
            grid.add_row(Text("A"), text_a)
        if row.b is not None and text_b.plain:
            grid.add_row(Text("B"), text_b)
        parts.append(grid)
    return Group(*parts)


def render_diff(comparison: Comparison, console: Console) -> None:
    """Print one pair: header, changed facts, legend, then the aligned texts."""
    plain = console.no_color or console.color_system is None
    console.print(header(comparison, plain), highlight=False)
    console.print()
    console.print(facts(comparison, plain, console.width), highlight=False)
    console.print()
    lines = rows(comparison)
    if not comparison.passages:
        console.print(Text("No aligned passages."), highlight=False)
        return
    console.print(legend(plain), highlight=False)
    if console.width < NARROW:
        console.print(_interleaved(comparison, lines, plain), highlight=False)
    else:
        console.print(_side_by_side(comparison, lines, plain), highlight=False)
