"""The terminal report (rich): clusters, then pairs with their measures."""

from __future__ import annotations

from collections.abc import Mapping

import regex
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dedupe.evidence import Comparison
from dedupe.models import Article, Report
from dedupe.render.diff import RELATION_STYLE, render_diff
from dedupe.render.safe import safe_line
from dedupe.wording import counted

# Characters of a title shown under a cluster's origin.
TITLE_WIDTH = 60
_GRAPHEME = regex.compile(r"\X")


def shortened(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` characters with "…", between whole graphemes (a Bengali
    or Khmer vowel sign stays with its consonant)."""
    if len(text) <= width:
        return text
    end = 0
    for match in _GRAPHEME.finditer(text):
        if match.end() > width - 1:
            break
        end = match.end()
    return text[:end].rstrip() + "…"


def render_table(
    report: Report, console: Console, show_diffs: bool = False, articles: Mapping[str, Article] | None = None
) -> None:
    """Print the clusters table and the pairs table; with ``show_diffs``, then each pair's diff.

    The diffs need the articles as they were read (``articles``, by document id).
    """
    titles = {d.id: d.title for d in report.documents}
    if report.clusters:
        clusters = Table(title="Clusters (same story republished)", title_justify="left", expand=False)
        clusters.add_column("#", justify="right")
        clusters.add_column("members", overflow="fold")
        clusters.add_column("origin")
        clusters.add_column("relation")
        for number, cluster in enumerate(report.clusters, start=1):
            # Ids and titles are text, never markup: "[draft] story.txt" keeps its brackets.
            clusters.add_row(
                str(number),
                Text("\n".join(map(safe_line, cluster.members))),
                Text.assemble(
                    safe_line(cluster.origin),
                    "\n",
                    (shortened(safe_line(titles.get(cluster.origin) or ""), TITLE_WIDTH), "dim"),
                ),
                f"[{RELATION_STYLE[cluster.relation]}]{cluster.relation.value}[/]",
            )
        console.print(clusters)
    else:
        read = report.stats.documents
        console.print(
            "No clusters: no two articles are the same story."
            if read > 1
            else f"No clusters: {counted(read, 'article')} read, nothing to compare."
        )
    if report.pairs:
        # On a narrow terminal the measures give way to the ids (`--format json` has them all).
        wide = console.width >= 110
        pairs = Table(title="Pairs", title_justify="left")
        columns = ["a", "b", "relation", "score"]
        if wide:
            columns += ["shingles J/C", "in order a/b", "verbatim"]
        for column in columns:
            if column in ("a", "b"):
                # ids are what a user copies into `dedupe diff`: wrap them, never cut them
                pairs.add_column(column, overflow="fold", ratio=2)
            else:
                pairs.add_column(column, justify="left" if column == "relation" else "right", no_wrap=True)
        for pair in report.pairs:
            m = pair.measures
            cells: list[str | Text] = [
                Text(safe_line(pair.a)),
                Text(safe_line(pair.b)),
                f"[{RELATION_STYLE[pair.relation]}]{pair.relation.value}[/]",
                f"{pair.score:.2f}",
            ]
            if wide:
                cells += [
                    f"{m.jaccard:.2f}/{m.containment:.2f}",
                    f"{m.ordered_a:.2f}/{m.ordered_b:.2f}",
                    f"{max(m.verbatim_a, m.verbatim_b):.2f}",
                ]
            pairs.add_row(*cells)
        console.print(pairs)
    if show_diffs and articles is not None:
        words = {d.id: d.words for d in report.documents}
        for pair in report.pairs:
            if pair.a in articles and pair.b in articles:
                console.print()
                console.rule(style="" if console.no_color or console.color_system is None else "dim")
                comparison = Comparison.of_pair(
                    pair, articles[pair.a], articles[pair.b], words.get(pair.a, 0), words.get(pair.b, 0)
                )
                render_diff(comparison, console)
