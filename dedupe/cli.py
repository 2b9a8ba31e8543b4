"""Command line: thin click commands that gather options, call the core, render and exit."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from dedupe import __version__
from dedupe.config import Settings
from dedupe.errors import DedupeError, ExitCode
from dedupe.models import Report, Skipped
from dedupe.pipeline import find_duplicates
from dedupe.render.json_output import render_json, render_jsonl
from dedupe.render.table import render_table
from dedupe.sources import SourceOptions, iter_articles

EXIT_CODES_HELP = """
\b
Exit codes:
  0  success (scan) / no findings (check)
  1  findings (check only)
  2  usage error
  3  input or runtime error (with --strict: any skipped input)
"""


class RichProgress:
    """Backs the core's progress callbacks with a rich progress bar on stderr."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("{task.description:>18}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task: Any = None

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def stage(self, name: str, total: int | None) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(name, total=total)

    def advance(self, steps: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, steps)


@contextmanager
def _progress(console: Console, enabled: bool) -> Iterator[RichProgress | None]:
    if not enabled:
        yield None
        return
    with RichProgress(console) as progress:
        yield progress


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dedupe")
def main() -> None:
    """Find syndicated copies and rewrites of news articles."""


def _settings(options: dict[str, Any]) -> Settings:
    keys = {
        "shingle_size", "num_perm", "copy_threshold", "topic_threshold", "rewrites",
        "near_duplicate_containment", "sentence_similarity", "rewrite_ordered",
        "rewrite_ordered_max", "partial_verbatim", "partial_min_run", "jobs", "rewrite_disorder",
        "quoted_rewrite_ordered", "quoted_rewrite_ordered_max", "quoted_rewrite_quotes",
    }
    return Settings(**{k: v for k, v in options.items() if k in keys and v is not None})


def scan_options(function: Any) -> Any:
    """Options shared by every command that runs the pipeline."""
    defaults = Settings()
    decorators = [
        click.argument("paths", nargs=-1, required=True, type=click.Path()),
        click.option("--format", "output_format", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True, help="Output format on stdout."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr."),
        click.option("--strict", is_flag=True, help="Exit 3 when any input was skipped."),
        click.option("--max-size", type=int, default=50, show_default=True, help="Skip input files larger than this many MB."),
        click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores)."),
        click.option("--rewrites/--no-rewrites", default=None, help=f"Look for rewrites, not only copies (default: {'on' if defaults.rewrites else 'off'})."),
        click.option("--copy-threshold", type=float, default=None, help=f"LSH Jaccard threshold of the copy index [{defaults.copy_threshold}]."),
        click.option("--topic-threshold", type=float, default=None, help=f"LSH Jaccard threshold of the rewrite index [{defaults.topic_threshold}]."),
        click.option("--near-duplicate-containment", type=float, default=None, help=f"Shingle containment for near-duplicate [{defaults.near_duplicate_containment}]."),
        click.option("--sentence-similarity", type=float, default=None, help=f"Similarity for two sentences to align [{defaults.sentence_similarity}]."),
        click.option("--rewrite-ordered", type=float, default=None, help=f"In-order aligned share of each side for rewrite [{defaults.rewrite_ordered}]."),
        click.option("--rewrite-ordered-max", type=float, default=None, help=f"In-order aligned share of the better side [{defaults.rewrite_ordered_max}]."),
        click.option("--rewrite-disorder", type=float, default=None, help=f"Most aligned text allowed out of order [{defaults.rewrite_disorder}]."),
        click.option("--quoted-rewrite-ordered", type=float, default=None, help=f"In-order share of each side for a rewrite sharing quotes [{defaults.quoted_rewrite_ordered}]."),
        click.option("--quoted-rewrite-ordered-max", type=float, default=None, help=f"In-order share of the better side for a rewrite sharing quotes [{defaults.quoted_rewrite_ordered_max}]."),
        click.option("--quoted-rewrite-quotes", type=int, default=None, help=f"Verbatim quotations shared for the looser rewrite rule [{defaults.quoted_rewrite_quotes}]."),
        click.option("--partial-verbatim", type=float, default=None, help=f"Verbatim share of one side for partial [{defaults.partial_verbatim}]."),
        click.option("--partial-min-run", type=int, default=None, help=f"Longest verbatim run (words) for partial [{defaults.partial_min_run}]."),
        click.option("--shingle-size", type=int, default=None, help=f"Words per shingle [{defaults.shingle_size}]."),
        click.option("--num-perm", type=int, default=None, help=f"MinHash permutations [{defaults.num_perm}]."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def run_scan(paths: tuple[str, ...], options: dict[str, Any], err: Console) -> tuple[Report, list[Skipped]]:
    """Read inputs, warn about skipped ones on stderr, run the pipeline."""
    settings = _settings(options)
    skipped: list[Skipped] = []

    def on_skip(item: Skipped) -> None:
        skipped.append(item)
        where = f"{item.path}:{item.line}" if item.line else item.path
        err.print(f"[yellow]warning:[/] {where}: {item.reason}", highlight=False, soft_wrap=True)

    with _progress(err, not options["quiet"]) as progress:
        articles = list(iter_articles(paths, on_skip, SourceOptions(max_bytes=options["max_size"] * 1024 * 1024)))
        report = find_duplicates(articles, settings, progress, skipped)
    return report, skipped


@main.command(epilog=EXIT_CODES_HELP)
@scan_options
def scan(paths: tuple[str, ...], **options: Any) -> None:
    """Report clusters of articles that are the same story republished.

    PATHS are files or folders (read recursively). Pairs are exact, near-duplicate, rewrite or
    partial; clusters join exact, near-duplicate and rewrite links.
    """
    err = Console(stderr=True)
    try:
        report, skipped = run_scan(paths, options, err)
    except DedupeError as error:
        err.print(f"[red]error:[/] {error}", highlight=False)
        sys.exit(error.exit_code)
    out_format = options["output_format"]
    if out_format == "json":
        click.echo(render_json(report), nl=False)
    elif out_format == "jsonl":
        click.echo(render_jsonl(report), nl=False)
    else:
        render_table(report, Console())
    if not options["quiet"]:
        s = report.stats
        err.print(
            f"{s.documents} documents, {s.candidates} candidate pairs, {s.pairs} pairs, "
            f"{s.clusters} clusters, {s.skipped} skipped",
            highlight=False,
        )
    if skipped and options["strict"]:
        sys.exit(ExitCode.INPUT_ERROR)
    sys.exit(ExitCode.SUCCESS)
