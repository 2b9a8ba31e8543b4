"""Where a scan's time goes: wall time of each pipeline stage on a corpus, printed to stderr.

    python benchmarks/stages.py /tmp/bench10k/corpus.jsonl [-j 2]

Reads the inputs as ``dedupe scan`` does, runs ``find_duplicates`` with a progress recorder
that timestamps each stage, renders the JSON report, and prints seconds and docs/s per stage
the main process's CPU seconds in each (the rest is the workers'), plus its peak RSS. A measuring tool, not a test.
"""

from __future__ import annotations

import resource
import sys
import time

import click

from dedupe.config import Settings
from dedupe.pipeline import find_duplicates
from dedupe.render.json_output import render_json
from dedupe.sources import SourceOptions, iter_articles


class _Clock:
    def __init__(self) -> None:
        self.marks: list[tuple[str, float, float]] = [("start", time.perf_counter(), time.process_time())]

    def stage(self, name: str, total: int | None) -> None:
        self.marks.append((name, time.perf_counter(), time.process_time()))

    def advance(self, steps: int = 1) -> None:
        pass


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--max-size", type=int, default=50, help="MB, as dedupe scan --max-size.")
def main(paths: tuple[str, ...], jobs: int | None, max_size: int) -> None:
    """Time each stage of a scan of PATHS."""
    clock = _Clock()
    skipped: list[str] = []
    articles = iter_articles(paths, lambda *a: skipped.append(str(a)), SourceOptions(max_bytes=max_size * 2**20))
    settings = Settings(jobs=jobs or 0)
    report = find_duplicates(articles, settings, clock)
    clock.stage("render json", None)
    size = len(render_json(report))
    clock.stage("end", None)
    total = clock.marks[-1][1] - clock.marks[0][1]
    n = report.stats.documents
    for (name, start, cpu), (_, end, cpu_end) in zip(clock.marks, clock.marks[1:], strict=False):
        click.echo(
            f"{name:24s} {end - start:8.2f} s  {n / max(end - start, 1e-9):10,.0f} docs/s"
            f"  main process cpu {cpu_end - cpu:7.2f} s",
            err=True,
        )
    click.echo(
        f"{'total':24s} {total:8.2f} s  {n / total:10,.0f} docs/s  ({n} docs, {report.stats.candidates} candidates,"
        f" {len(report.pairs)} pairs, {size / 2**20:.1f} MiB JSON, {len(skipped)} skipped)",
        err=True,
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    click.echo(f"peak RSS {peak:,.0f} MiB (this process)", err=True)


if __name__ == "__main__":
    sys.exit(main())
