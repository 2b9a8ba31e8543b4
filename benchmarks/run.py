"""Benchmark `dedupe scan` against the datasketch baselines on one corpus, in one go.

Each tool runs as a child process on the same corpus.jsonl; for each run this
measures wall time, docs/s, CPU time and peak memory, and scores the pairs it
reports against truth.json. Prints a table on stdout; --json-out writes the results.

How memory is measured:
  main    the child's own peak RSS (ru_maxrss from os.wait4). Linux reports the
          larger of the child's peak and its largest reaped descendant's peak.
  all     the sum of the peak RSS (VmHWM) of the child and of every descendant,
          read from /proc every --sample-interval seconds while it runs (a process
          that grows in its last interval is under-counted by that growth). Shared
          copy-on-write pages of forked workers are counted in each process, so
          this is an upper bound of the memory in use at any one time.
  concurrent  the largest sum of current RSS (VmRSS) over the tree seen in one sample.
A single-process run gets its exact ru_maxrss for both main and all.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import click

BENCHMARKS_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCHMARKS_DIR.parent
BASELINE_SCRIPT = BENCHMARKS_DIR / "baseline.py"
EXIT_ENGINE_MISSING = 3  # baseline.py's exit code when its engine is not installed
DEFAULT_BASELINES = "datasketch:1,datasketch:2,rensa:1"
STDERR_TAIL_LINES = 12


# -- Measuring one child ---------------------------------------------------------------


@dataclass
class TreeMemory:
    """Memory of a process tree, sampled from /proc while it runs."""

    peak_by_pid_kib: dict[int, int] = field(default_factory=dict)
    concurrent_peak_kib: int = 0
    samples: int = 0


def _status_fields(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of a process in KiB, or None once it has gone."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        return None
    return rss, hwm


def _parent_pids() -> dict[int, int]:
    """pid -> parent pid for every process visible in /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                text = stat.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # The command name may hold spaces and parentheses: fields follow the last ')'.
        fields = text[text.rfind(")") + 2 :].split()
        if len(fields) > 1:
            parents[int(entry)] = int(fields[1])
    return parents


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in _parent_pids().items():
        children.setdefault(parent, []).append(pid)
    found = [root]
    for pid in found:
        found.extend(children.get(pid, []))
    return found


class TreeSampler(threading.Thread):
    """Samples the memory of a process and its descendants until stopped."""

    def __init__(self, root: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.interval = interval
        self.memory = TreeMemory()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def sample(self) -> None:
        concurrent = 0
        for pid in _descendants(self.root):
            fields = _status_fields(pid)
            if fields is None:
                continue
            rss, hwm = fields
            concurrent += rss
            peaks = self.memory.peak_by_pid_kib
            peaks[pid] = max(peaks.get(pid, 0), hwm)
        self.memory.samples += 1
        self.memory.concurrent_peak_kib = max(self.memory.concurrent_peak_kib, concurrent)

    def stop(self) -> TreeMemory:
        self._stop_event.set()
        self.join()
        return self.memory


@dataclass
class ChildRun:
    """How one child process ran."""

    returncode: int
    wall_s: float
    cpu_s: float
    main_peak_rss_kib: int
    all_peak_rss_kib: int
    concurrent_peak_rss_kib: int
    processes: int
    timed_out: bool


def run_measured(
    command: list[str],
    stdout_path: Path,
    stderr_path: Path,
    timeout: float | None,
    sample_interval: float,
) -> ChildRun:
    """Runs `command`, waiting with os.wait4 to get its own resource usage."""
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        started = time.perf_counter()
        # A session of its own lets a timeout end the child and its workers together.
        process = subprocess.Popen(
            command,
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            cwd=REPO_DIR,
            start_new_session=True,
        )
        sampler = TreeSampler(process.pid, sample_interval)
        sampler.start()
        timed_out = threading.Event()

        def kill_tree() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill_tree) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if timer:
            timer.cancel()
        memory = sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    peaks = memory.peak_by_pid_kib
    main_peak = usage.ru_maxrss
    # Alone, the child's exact ru_maxrss is its peak; with workers, ru_maxrss is
    # only the largest of them, so sum the sampled per-process peaks instead.
    all_peak = max(main_peak, sum(peaks.values())) if len(peaks) <= 1 else sum(peaks.values())
    return ChildRun(
        returncode=process.returncode,
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        main_peak_rss_kib=main_peak,
        all_peak_rss_kib=all_peak,
        concurrent_peak_rss_kib=memory.concurrent_peak_kib,
        processes=max(1, len(peaks)),
        timed_out=timed_out.is_set(),
    )


# -- Scoring pairs ---------------------------------------------------------------------


@dataclass(frozen=True)
class Truth:
    """Pairs of documents derived from the same original, by relation."""

    relation_of: dict[frozenset[str], str]

    @classmethod
    def load(cls, path: Path) -> Truth:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({frozenset((a, b)): relation for a, b, relation in data["pairs"]})

    def count(self, relation: str) -> int:
        return sum(1 for value in self.relation_of.values() if value == relation)


def record_id(document_id: str) -> str:
    """The record id of a dedupe document id ("corpus.jsonl#a000001" -> "a000001")."""
    return document_id.rsplit("#", 1)[-1]


def predicted_pairs(output: dict[str, Any]) -> dict[frozenset[str], str]:
    """Pairs a tool reported, with the relation it gave (or "" when it gave none)."""
    pairs: dict[frozenset[str], str] = {}
    for pair in output["pairs"]:
        first, second = record_id(str(pair["a"])), record_id(str(pair["b"]))
        if first != second:
            pairs[frozenset((first, second))] = str(pair.get("relation", ""))
    return pairs


@dataclass
class Quality:
    """Pair precision and recall against the truth."""

    predicted: int
    true_positives: int
    precision: float | None
    recall_copy: float | None
    recall_rewrite: float | None
    found_by_relation: dict[str, dict[str, int]]  # truth relation -> reported relation -> n


def score(predicted: dict[frozenset[str], str], truth: Truth) -> Quality:
    found: dict[str, Counter[str]] = {"copy": Counter(), "rewrite": Counter()}
    for pair, reported in predicted.items():
        relation = truth.relation_of.get(pair)
        if relation is not None:
            found.setdefault(relation, Counter())[reported or "-"] += 1
    true_positives = sum(sum(counter.values()) for counter in found.values())

    def recall(relation: str) -> float | None:
        total = truth.count(relation)
        return sum(found[relation].values()) / total if total else None

    return Quality(
        predicted=len(predicted),
        true_positives=true_positives,
        precision=true_positives / len(predicted) if predicted else None,
        recall_copy=recall("copy"),
        recall_rewrite=recall("rewrite"),
        found_by_relation={k: dict(v) for k, v in found.items()},
    )


# -- Runs ------------------------------------------------------------------------------


@dataclass
class RunResult:
    """One row of the benchmark."""

    name: str
    command: list[str]
    status: str  # ok, failed, incomplete (part of the corpus ignored), skipped, timeout
    error: str = ""
    documents: int = 0
    wall_s: float | None = None
    docs_per_s: float | None = None
    cpu_s: float | None = None
    main_peak_rss_mib: float | None = None
    all_peak_rss_mib: float | None = None
    concurrent_peak_rss_mib: float | None = None
    processes: int | None = None
    quality: Quality | None = None


def _stderr_tail(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return "\n".join(lines[-STDERR_TAIL_LINES:]) or "(nothing on stderr)"


def run_one(
    name: str,
    command: list[str],
    documents: int,
    truth: Truth | None,
    work_dir: Path,
    timeout: float | None,
    sample_interval: float,
    is_baseline: bool,
) -> RunResult:
    slug = "".join(char if char.isalnum() else "-" for char in name)
    stdout_path, stderr_path = work_dir / f"{slug}.out.json", work_dir / f"{slug}.err.txt"
    click.echo(f"running {name}: {shlex.join(command)}", err=True)
    result = RunResult(name=name, command=command, status="ok", documents=documents)
    try:
        child = run_measured(command, stdout_path, stderr_path, timeout, sample_interval)
    except OSError as error:
        result.status, result.error = "failed", f"could not start: {error}"
        return result
    mib = 1024.0
    result.wall_s = round(child.wall_s, 3)
    result.cpu_s = round(child.cpu_s, 2)
    result.main_peak_rss_mib = round(child.main_peak_rss_kib / mib, 1)
    result.all_peak_rss_mib = round(child.all_peak_rss_kib / mib, 1)
    result.concurrent_peak_rss_mib = round(child.concurrent_peak_rss_kib / mib, 1)
    result.processes = child.processes
    if child.timed_out:
        result.status, result.error = "timeout", f"killed after {timeout} s"
        return result
    if is_baseline and child.returncode == EXIT_ENGINE_MISSING:
        result.status, result.error = "skipped", _stderr_tail(stderr_path)
        return result
    if child.returncode != 0:
        result.status = "failed"
        result.error = f"exit code {child.returncode}: {_stderr_tail(stderr_path)}"
        return result
    try:
        output = json.loads(stdout_path.read_text(encoding="utf-8"))
        predicted = predicted_pairs(output)
    except (ValueError, KeyError, TypeError) as error:
        result.status = "failed"
        result.error = f"could not read pairs from its JSON output: {error!r}"
        return result
    if truth is not None:
        result.quality = score(predicted, truth)
    shortfall = incompleteness(output, documents)
    if shortfall:
        result.status, result.error = "incomplete", shortfall
        return result
    # Throughput only for a run that did the whole job.
    result.docs_per_s = round(documents / child.wall_s, 1) if child.wall_s else None
    return result


def incompleteness(output: dict[str, Any], documents: int) -> str:
    """Why a tool's output covers fewer documents than the corpus has ("" if it does not).

    Reads the document count a tool reports ("stats": {"documents": n} or
    "documents": n) and its "skipped" inputs, when it reports them.
    """
    stats = output.get("stats")
    reported = stats.get("documents") if isinstance(stats, dict) else output.get("documents")
    skipped = output.get("skipped")
    reasons = [
        str(item.get("reason", item)) if isinstance(item, dict) else str(item)
        for item in (skipped if isinstance(skipped, list) else [])
    ]
    if isinstance(reported, int) and reported < documents:
        message = f"processed {reported:,} of {documents:,} documents"
        return message + (f"; skipped: {'; '.join(reasons)}" if reasons else "")
    if reasons:
        return f"skipped inputs: {'; '.join(reasons)}"
    return ""


def dedupe_command(dedupe_cmd: str | None) -> list[str]:
    if dedupe_cmd:
        return shlex.split(dedupe_cmd)
    script = Path(sys.executable).parent / "dedupe"
    return [str(script)] if script.exists() else [sys.executable, "-m", "dedupe"]


def baseline_variants(spec: str) -> list[tuple[str, int]]:
    """ "datasketch:1,rensa:1" -> [("datasketch", 1), ("rensa", 1)]."""
    variants = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        engine, _, procs = item.partition(":")
        if engine not in ("datasketch", "rensa") or not (procs or "1").isdigit():
            raise click.BadParameter(
                f"{item!r}: expected ENGINE[:PROCS] with ENGINE datasketch or rensa", param_hint="--baselines"
            )
        variants.append((engine, int(procs or "1")))
    return variants


def count_documents(corpus: Path) -> int:
    """Non-blank lines; reading the whole file also warms the page cache for every run."""
    count = 0
    with corpus.open("rb") as stream:
        for line in stream:
            if line.strip():
                count += 1
    return count


# -- Output ----------------------------------------------------------------------------


def _number(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def render_table(results: list[RunResult], ratio: tuple[float, str] | None) -> str:
    header = (
        "run",
        "status",
        "wall s",
        "docs/s",
        "cpu s",
        "RSS main MiB",
        "RSS all MiB",
        "pairs",
        "precision",
        "recall copy",
        "recall rewrite",
    )
    rows = [header]
    for run in results:
        quality = run.quality
        rows.append(
            (
                run.name,
                run.status,
                _number(run.wall_s, 1),
                _number(run.docs_per_s),
                _number(run.cpu_s, 1),
                _number(run.main_peak_rss_mib),
                _number(run.all_peak_rss_mib),
                _number(quality.predicted) if quality else "-",
                _percent(quality.precision) if quality else "-",
                _percent(quality.recall_copy) if quality else "-",
                _percent(quality.recall_rewrite) if quality else "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [cell.rjust(width) for cell, width in zip(row[2:], widths[2:], strict=True)]
        lines.append("  ".join(cells))
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    for run in results:
        if run.error:
            indented = run.error.replace("\n", "\n    ")
            lines.append(f"\n{run.name} {run.status}: {indented}")
        if run.quality and run.name.startswith("dedupe"):
            lines.append(
                f"\n{run.name}: relations it gave to true pairs: "
                f"{json.dumps(run.quality.found_by_relation, sort_keys=True)}"
            )
    if ratio:
        lines.append(f"\ndedupe docs/s / best baseline docs/s ({ratio[1]}): {ratio[0]:.2f}")
    lines.append("(baselines are not expected to find rewrites: those share too few 5-shingles for Jaccard >= 0.5)")
    return "\n".join(lines)


def speed_ratio(results: list[RunResult]) -> tuple[float, str] | None:
    dedupe = next((run for run in results if run.name.startswith("dedupe") and run.status == "ok"), None)
    baselines = [run for run in results if not run.name.startswith("dedupe") and run.status == "ok"]
    if dedupe is None or dedupe.docs_per_s is None or not baselines:
        return None
    best = max(baselines, key=lambda run: run.docs_per_s or 0.0)
    if not best.docs_per_s:
        return None
    return dedupe.docs_per_s / best.docs_per_s, best.name


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """``payload`` written to ``path`` atomically; a write cut short (Ctrl-C) leaves no temporary file."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@click.command()
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--truth",
    "truth_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="truth.json (default: beside corpus.jsonl).",
)
@click.option(
    "--dedupe-cmd",
    help="Command that runs dedupe (default: the dedupe script beside this Python, else 'python -m dedupe').",
)
@click.option("--dedupe-args", default="", help='Extra arguments for dedupe scan, e.g. "--jobs 2".')
@click.option("--no-dedupe", is_flag=True, help="Run the baselines only.")
@click.option(
    "--baselines",
    "baselines_spec",
    default=DEFAULT_BASELINES,
    show_default=True,
    help="Baseline runs as ENGINE:PROCS, comma-separated; empty for none.",
)
@click.option("--baseline-args", default="", help="Extra arguments for every baseline run.")
@click.option("--timeout", type=click.FloatRange(min=1), help="Seconds before a run is killed.")
@click.option(
    "--sample-interval",
    type=click.FloatRange(min=0.01),
    default=0.25,
    show_default=True,
    help="Seconds between /proc memory samples.",
)
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path), help="Write the results as JSON here.")
@click.option(
    "--keep-outputs",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep every run's stdout and stderr in this directory.",
)
def main(
    corpus: Path,
    truth_path: Path | None,
    dedupe_cmd: str | None,
    dedupe_args: str,
    no_dedupe: bool,
    baselines_spec: str,
    baseline_args: str,
    timeout: float | None,
    sample_interval: float,
    json_out: Path | None,
    keep_outputs: Path | None,
) -> None:
    """Benchmark dedupe and the baselines on CORPUS (a corpus.jsonl or its directory).

    Exits 0 even when a run fails: a failed run is reported in its row.
    """
    corpus_file = corpus / "corpus.jsonl" if corpus.is_dir() else corpus
    truth_file = truth_path or corpus_file.parent / "truth.json"
    truth = Truth.load(truth_file) if truth_file.exists() else None
    if truth is None:
        click.echo(f"no truth file at {truth_file}: precision and recall are skipped", err=True)
    documents = count_documents(corpus_file)
    load_before = os.getloadavg()
    runs: list[tuple[str, list[str], bool]] = []
    if not no_dedupe:
        command = [
            *dedupe_command(dedupe_cmd),
            *("scan", str(corpus_file), "--format", "json", "--quiet"),
            *shlex.split(dedupe_args),
        ]
        runs.append(("dedupe", command, False))
    for engine, procs in baseline_variants(baselines_spec):
        command = [
            sys.executable,
            str(BASELINE_SCRIPT),
            str(corpus_file),
            "--quiet",
            "--engine",
            engine,
            "--procs",
            str(procs),
            *shlex.split(baseline_args),
        ]
        runs.append((f"{engine} x{procs}", command, True))

    with tempfile.TemporaryDirectory(prefix="dedupe-bench-") as scratch:
        work_dir = keep_outputs or Path(scratch)
        work_dir.mkdir(parents=True, exist_ok=True)
        results = [
            run_one(name, command, documents, truth, work_dir, timeout, sample_interval, is_baseline)
            for name, command, is_baseline in runs
        ]
    ratio = speed_ratio(results)
    click.echo(
        f"\n{documents:,} documents in {corpus_file}"
        + (f"; truth: {truth.count('copy'):,} copy pairs, {truth.count('rewrite'):,} rewrite pairs" if truth else "")
    )
    click.echo(render_table(results, ratio))
    if json_out:
        write_json(
            json_out,
            {
                "version": 1,
                "corpus": str(corpus_file),
                "documents": documents,
                "truth_pairs": {"copy": truth.count("copy"), "rewrite": truth.count("rewrite")} if truth else None,
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "load_average_before": load_before,
                "load_average_after": os.getloadavg(),
                "memory_note": "main = ru_maxrss of the child (os.wait4); all = sum of VmHWM of "
                "the child and its descendants sampled from /proc",
                "runs": [asdict(run) for run in results],
                "dedupe_vs_best_baseline": {"ratio": ratio[0], "best_baseline": ratio[1]} if ratio else None,
            },
        )
        click.echo(f"results written to {json_out}", err=True)


if __name__ == "__main__":
    main()
