"""Command line: thin click commands that gather options, call the core, render and exit."""

from __future__ import annotations

import errno
import functools
import io
import os
import stat
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from dedupe import __version__
from dedupe.baseline import Baseline, dump_baseline, load_baseline, parse_baseline, save_baseline
from dedupe.check import CheckResult, accepted_baseline, changed_ids, check_report, unread
from dedupe.config import Settings
from dedupe.entry import Interrupted
from dedupe.errors import ConfigError, DedupeError, ExitCode
from dedupe.evidence import compare
from dedupe.lookup import read_articles
from dedupe.models import Article, Relation, Report, Skipped
from dedupe.pipeline import find_duplicates
from dedupe.render.check_json import render_check_json, render_check_jsonl
from dedupe.render.diff import render_diff
from dedupe.render.github import render_github
from dedupe.render.json_output import json_escape_unencodable, render_comparison_json, write_json, write_jsonl
from dedupe.render.safe import safe_line
from dedupe.render.sarif import render_sarif
from dedupe.render.table import render_table
from dedupe.render.text_check import render_check_summary, render_check_text
from dedupe.settings_file import ConfigFile, ConfigKey, default_map, format_settings, load_config
from dedupe.sources import SourceOptions, iter_articles
from dedupe.wording import counted

EXIT_CODES_HELP = """
\b
Exit codes:
  0  success (scan) / no findings (check)
  1  findings (check only)
  2  usage error
  3  input or runtime error (with --strict: any skipped input; also, with no
     message, when the reader of stdout went away: | head)
  130  interrupted (Ctrl-C)
"""


class RateColumn(ProgressColumn):
    """Steps per second of the current stage ("12,345/s")."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")


class RichProgress:
    """Backs the core's progress callbacks with a rich progress bar on stderr: stage, bar,
    done/total, rate and time left (stages of unknown length show a count and rate)."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("{task.description:>18}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
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
    # A progress bar only makes sense on a terminal; elsewhere rich would leave a blank line.
    if not enabled or not console.is_terminal:
        yield None
        return
    with RichProgress(console) as progress:
        yield progress


CONFIG_META = "dedupe.config"
# Options that only make sense for one run, never as a default from a config file.
NOT_CONFIGURABLE = frozenset({"help", "show_config", "changed", "changed_from_stdin", "update_baseline"})


class PipeConsole(Console):
    """A rich console that leaves a closed pipe (``| head``) to ``DedupeGroup``, as any other
    write does: rich on its own exits 1, the code of a failing check."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


@contextmanager
def _closed_pipe_ends_quietly() -> Iterator[None]:
    """A reader that went away (``dedupe scan … | head -1``) ends the run with exit 3 and no message.

    As Python's documentation advises for SIGPIPE, stdout and stderr (which ``2>&1 | head``
    closes too) then point at devnull: flushing them at exit raises nothing more."""
    try:
        try:
            yield
        finally:
            # What is still buffered is written now, where a closed pipe is caught, not at exit.
            sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            # A stream without a file descriptor (CliRunner's) has nothing to flush at exit.
            with suppress(OSError, ValueError):
                os.dup2(devnull, stream.fileno())
        sys.exit(ExitCode.INPUT_ERROR)


def _interrupt_behind(error: BaseException) -> BaseException | None:
    """The Ctrl-C behind an error, if any: compiled code running when it came (numba's
    dispatcher) reports it as the cause of a SystemError."""
    seen: set[int] = set()
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt | Interrupted):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


class DedupeGroup(click.Group):
    """The command group; an unexpected error becomes one line and exit 3, not a traceback; a
    closed pipe on stdout ends the run with exit 3 and no message; Ctrl-C is left to the entry
    point (``dedupe.entry``), even when compiled code reports it as the cause of an error.

    Set ``DEDUPE_DEBUG=1`` to see the traceback (and please report it: it is a bug).
    """

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        # The group's own --help and --version are written while its arguments are parsed.
        with _closed_pipe_ends_quietly():
            return super().make_context(*args, **kwargs)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if sys.stderr is None:  # closed (2>&-): nothing to guard
            return super().main(*args, **kwargs)
        guard = _ForgivingStderr(sys.stderr)
        sys.stderr = guard
        try:
            result = super().main(*args, **kwargs)
        except SystemExit as done:
            if guard.failed and done.code in (0, None):
                # stderr could take nothing (a full disk under it): the data went to stdout
                # whole, the exit code says what was not told.
                raise SystemExit(ExitCode.INPUT_ERROR) from None
            raise
        finally:
            if sys.stderr is guard:
                sys.stderr = guard.stream
        if guard.failed:
            sys.exit(ExitCode.INPUT_ERROR)
        return result

    def invoke(self, ctx: click.Context) -> Any:
        with _closed_pipe_ends_quietly():
            try:
                return super().invoke(ctx)
            except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
                raise
            except BrokenPipeError:
                raise
            except Exception as error:
                interrupt = _interrupt_behind(error)
                if interrupt is not None:
                    raise interrupt from None
                if os.environ.get("DEDUPE_DEBUG"):
                    raise
                if isinstance(error, OSError) and error.errno in _SYSTEM_ERRORS:
                    # The system's, not a bug: a full disk for the output, the store of texts or
                    # stderr itself (then nothing can be told, and the exit code tells).
                    _tell(f"[red]error:[/] {escape(safe_line(error.strerror or str(error)))}")
                    sys.exit(ExitCode.INPUT_ERROR)
                _tell(
                    f"[red]internal error:[/] {escape(type(error).__name__)}: {escape(safe_line(str(error)))} "
                    "(a bug: please report it; DEDUPE_DEBUG=1 shows the traceback)"
                )
                sys.exit(ExitCode.INPUT_ERROR)


def _tell(line: str) -> None:
    """One line on stderr (``_ForgivingStderr`` drops it when a full disk under stderr takes nothing)."""
    PipeConsole(stderr=True).print(line, highlight=False, soft_wrap=True)


class _ForgivingStderr:
    """stderr for people, which a full disk under it does not end the run for: a write that fails
    so (any error of the system but a closed pipe, which ``_closed_pipe_ends_quietly`` ends the
    run for) is dropped and remembered (``failed``), and the run writes its data to stdout whole."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.failed = False

    def write(self, text: str) -> int:
        if self.failed:
            return len(text)
        try:
            return int(self.stream.write(text))
        except BrokenPipeError:
            raise
        except OSError:
            self.failed = True
            return len(text)

    def flush(self) -> None:
        if self.failed:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError:
            self.failed = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


# Errors of the system a run cannot go on after (writing its output or its store of texts), told
# as such rather than as a bug.
_SYSTEM_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS, errno.ENOMEM})


@click.group(cls=DedupeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dedupe")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Find syndicated copies and rewrites of news articles.

    Option defaults come from .dedupe.toml or [tool.dedupe] in pyproject.toml, the nearest one
    from the current directory upwards; command-line flags override them. See docs/check.md.
    """
    if ctx.resilient_parsing:
        return
    # Text a stream cannot encode (a lone surrogate from a JSON escape in the input, or anything
    # under a non-UTF-8 locale) is shown escaped rather than ending the run; JSON output escapes
    # it the JSON way before writing (``_write_json_piece``).
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        config = load_config(Path.cwd(), main.commands)
        ctx.default_map = _config_defaults(ctx, config)
    except DedupeError as error:
        PipeConsole(stderr=True).print(
            f"[red]error:[/] {escape(safe_line(str(error)))}", highlight=False, soft_wrap=True
        )
        sys.exit(error.exit_code)
    ctx.meta[CONFIG_META] = config


# The TOML type a config value must have, by the option's type (ranges are subclasses).
CONFIG_KINDS: tuple[tuple[type[click.ParamType[Any]], type], ...] = (
    (click.types.BoolParamType, bool),
    (click.types.IntParamType, int),
    (click.types.FloatParamType, float),
)
SETTING_NAMES = frozenset(field.name for field in fields(Settings))


def config_keys(command: click.Command) -> dict[str, ConfigKey]:
    """The keys a config file may set for ``command``: long option names, and ``paths`` for PATHS."""
    keys: dict[str, ConfigKey] = {}
    for param in command.params:
        if param.name is None or param.name in NOT_CONFIGURABLE:
            continue
        if isinstance(param, click.Argument):
            key = param.name
        else:
            key = next((opt[2:] for opt in param.opts if opt.startswith("--")), param.name)
        many = param.multiple or param.nargs == -1
        kind = next((kind for base, kind in CONFIG_KINDS if isinstance(param.type, base)), None)
        keys[key] = ConfigKey(param.name, is_path=isinstance(param.type, click.Path), many=many, kind=kind)
    return keys


def _config_defaults(ctx: click.Context, config: ConfigFile) -> dict[str, dict[str, Any]]:
    """The config file as click's ``default_map``, each value checked as its option would be, and
    a setting's range as ``Settings`` checks it: an error names the file and the key."""
    known = {name: config_keys(command) for name, command in main.commands.items()}
    defaults = default_map(config, known, Path.cwd())
    for name, values in defaults.items():
        params = {param.name: param for param in main.commands[name].params}
        keys = {spec.param: key for key, spec in known[name].items()}
        for param_name, value in values.items():
            try:
                converted = params[param_name].type_cast_value(ctx, value)
                if param_name in SETTING_NAMES:
                    Settings(**{param_name: converted})
            except click.BadParameter as error:
                hint = _shared_hint(ctx, config, known, keys[param_name], value)
                raise ConfigError(f"{config.path}: {keys[param_name]} = {value!r}: {error.message}{hint}") from None
            except ConfigError as error:
                raise ConfigError(f"{config.path}: {keys[param_name]} = {value!r}: {error}") from None
    return defaults


def _shared_hint(
    ctx: click.Context, config: ConfigFile, known: dict[str, dict[str, ConfigKey]], key: str, value: Any
) -> str:
    """For a top-level key whose value only some commands take (``format = "github"``: check's,
    not scan's), where to set it instead."""
    if key not in {raw.replace("_", "-") for raw in config.shared} or any(
        key in {raw.replace("_", "-") for raw in table} for table in config.commands.values()
    ):
        return ""  # set in a command's own table too: that one is the value refused
    takers = []
    for name, keys in known.items():
        spec = keys.get(key)
        if spec is None:
            continue
        param = next(param for param in main.commands[name].params if param.name == spec.param)
        try:
            param.type_cast_value(ctx, value)
        except click.BadParameter:
            continue
        takers.append(f"[{name}]")
    if not takers:
        return ""
    return f" (a top-level key applies to every command that has it: set it under {' or '.join(takers)})"


def _output_file() -> frozenset[tuple[int, int]]:
    """stdout's file (device, inode) when it is a regular file: a report being written into a
    folder the run reads is not read back as an input (it is empty, or half written)."""
    try:
        info = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return frozenset()
    return frozenset({(info.st_dev, info.st_ino)}) if stat.S_ISREG(info.st_mode) else frozenset()


def _write_json_piece(piece: str) -> None:
    """Write JSON to stdout; characters its encoding cannot take (a lone surrogate from a JSON
    escape in the input, or anything under a non-UTF-8 locale) are written as JSON escapes,
    which read back as the same characters. They only occur inside JSON strings."""
    if not piece.isascii():
        encoding = sys.stdout.encoding or "utf-8"
        try:
            piece.encode(encoding)
        except UnicodeEncodeError:
            piece = json_escape_unencodable(piece, encoding)
    sys.stdout.write(piece)


def _settings(options: dict[str, Any]) -> Settings:
    keys = {
        "shingle_size",
        "num_perm",
        "copy_threshold",
        "topic_threshold",
        "rewrites",
        "near_duplicate_containment",
        "sentence_similarity",
        "rewrite_ordered",
        "rewrite_ordered_max",
        "partial_verbatim",
        "partial_min_run",
        "jobs",
        "rewrite_disorder",
        "quoted_rewrite_ordered",
        "quoted_rewrite_ordered_max",
        "quoted_rewrite_quotes",
        "weak_sentence_similarity",
        "loose_rewrite_ordered",
        "loose_rewrite_origin",
        "loose_rewrite_rare_order",
        "quotes_apart_ordered",
        "numbers_min",
        "numbers_shared",
        "numbers_any",
        "numbers_own",
        "numbers_conflicts",
    }
    return Settings(**{k: v for k, v in options.items() if k in keys and v is not None})


SCAN_FORMATS = ("text", "json", "jsonl")
# Upper bounds where the engine stops working (a shingle size past 64 bits), takes minutes to
# choose its bands (band_params at 100,000 permutations) or forks until the system refuses.
MAX_SHINGLE_SIZE = 1_000
MAX_NUM_PERM = 4_096
MAX_JOBS = 1_024


def scan_options(function: Any = None, *, formats: Sequence[str] = SCAN_FORMATS, paths_required: bool = True) -> Any:
    """Options shared by every command that runs the pipeline (``@scan_options`` or with arguments)."""
    if function is None:
        return functools.partial(scan_options, formats=formats, paths_required=paths_required)
    defaults = Settings()
    decorators = [
        click.argument("paths", nargs=-1, required=paths_required, type=click.Path(readable=False)),
        click.option(
            "--format",
            "output_format",
            type=click.Choice(list(formats)),
            default="text",
            show_default=True,
            help="Output format on stdout.",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr."),
        click.option("--strict", is_flag=True, help="Exit 3 when any input was skipped."),
        click.option(
            "--max-size",
            type=click.IntRange(min=1),
            default=50,
            show_default=True,
            help="Skip an input file larger than this many MB; a JSON Lines file is read line by line, "
            "whatever its size, and a record (line) over the limit is skipped.",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(0, MAX_JOBS),
            default=None,
            help="Worker processes (default: all cores).",
        ),
        click.option(
            "--rewrites/--no-rewrites",
            default=None,
            help=f"Look for rewrites, not only copies (default: {'on' if defaults.rewrites else 'off'}).",
        ),
        click.option(
            "--copy-threshold",
            type=float,
            default=None,
            help=f"LSH Jaccard threshold of the copy index [{defaults.copy_threshold}].",
        ),
        click.option(
            "--topic-threshold",
            type=float,
            default=None,
            help=f"LSH Jaccard threshold of the rewrite index [{defaults.topic_threshold}].",
        ),
        click.option(
            "--near-duplicate-containment",
            type=float,
            default=None,
            help=f"Shingle containment for near-duplicate [{defaults.near_duplicate_containment}].",
        ),
        click.option(
            "--sentence-similarity",
            type=float,
            default=None,
            help=f"Similarity for two sentences to align [{defaults.sentence_similarity}].",
        ),
        click.option(
            "--rewrite-ordered",
            type=float,
            default=None,
            help=f"In-order aligned share of each side for rewrite [{defaults.rewrite_ordered}].",
        ),
        click.option(
            "--rewrite-ordered-max",
            type=float,
            default=None,
            help=f"In-order aligned share of the better side [{defaults.rewrite_ordered_max}].",
        ),
        click.option(
            "--rewrite-disorder",
            type=float,
            default=None,
            help=f"Most aligned text allowed out of order [{defaults.rewrite_disorder}].",
        ),
        click.option(
            "--quoted-rewrite-ordered",
            type=float,
            default=None,
            help=f"In-order share of each side for a rewrite sharing quotes [{defaults.quoted_rewrite_ordered}].",
        ),
        click.option(
            "--quoted-rewrite-ordered-max",
            type=float,
            default=None,
            help=f"In-order share of the better side, rewrite sharing quotes [{defaults.quoted_rewrite_ordered_max}].",
        ),
        click.option(
            "--quoted-rewrite-quotes",
            type=int,
            default=None,
            help=f"Verbatim quotations shared for the looser rewrite rule [{defaults.quoted_rewrite_quotes}].",
        ),
        click.option(
            "--weak-sentence-similarity",
            type=float,
            default=None,
            help=f"Weaker sentence similarity of the loose-rewrite rule [{defaults.weak_sentence_similarity}].",
        ),
        click.option(
            "--loose-rewrite-ordered",
            type=float,
            default=None,
            help=f"In-order share (weak similarity) of the borrowing side, loose rewrite "
            f"[{defaults.loose_rewrite_ordered}].",
        ),
        click.option(
            "--loose-rewrite-origin",
            type=float,
            default=None,
            help=f"In-order share (weak similarity) of the other side [{defaults.loose_rewrite_origin}].",
        ),
        click.option(
            "--loose-rewrite-rare-order",
            type=float,
            default=None,
            help=f"Order agreement of shared rare tokens, loose rewrite [{defaults.loose_rewrite_rare_order}].",
        ),
        click.option(
            "--quotes-apart-ordered",
            type=float,
            default=None,
            help=f"When each side quotes something the other does not and they share no quotation, the "
            f"in-order share a rewrite needs on its better-covered side (items of one formula quote "
            f"their own statements) [{defaults.quotes_apart_ordered}].",
        ),
        click.option(
            "--partial-verbatim",
            type=float,
            default=None,
            help=f"Verbatim share of one side for partial [{defaults.partial_verbatim}].",
        ),
        click.option(
            "--partial-min-run",
            type=int,
            default=None,
            help=f"Longest verbatim run (words) for partial [{defaults.partial_min_run}].",
        ),
        click.option(
            "--numbers-min",
            type=int,
            default=None,
            help=f"Distinct numbers each side must state before numbers are compared [{defaults.numbers_min}].",
        ),
        click.option(
            "--numbers-shared",
            type=float,
            default=None,
            help=f"Share of the smaller side's numbers (equal or rounded) a copy or rewrite must share; "
            f"template stories (market reports, results) repeat a wording with other numbers "
            f"[{defaults.numbers_shared}].",
        ),
        click.option(
            "--numbers-any",
            type=int,
            default=None,
            help=f"With at least this many numbers on each side (fewer than --numbers-min), a rewrite must "
            f"share one; agency items of one formula state other dates and counts (0: never) [{defaults.numbers_any}].",
        ),
        click.option(
            "--numbers-own",
            type=int,
            default=None,
            help=f"Not a rewrite when each side states at least this many numbers the other does not, more "
            f"than the two share: items of one formula, or reports, with figures of their own (0: never) "
            f"[{defaults.numbers_own}].",
        ),
        click.option(
            "--numbers-conflicts",
            type=int,
            default=None,
            help=f"Not a rewrite when the sentences that align state at least this many quantities otherwise "
            f"('6 fishermen' / '3 fishermen'): items of one formula about another day or place (0: never) "
            f"[{defaults.numbers_conflicts}].",
        ),
        click.option(
            "--shingle-size",
            type=click.IntRange(1, MAX_SHINGLE_SIZE),
            default=None,
            help=f"Words per shingle [{defaults.shingle_size}].",
        ),
        click.option(
            "--num-perm",
            type=click.IntRange(16, MAX_NUM_PERM),
            default=None,
            help=f"MinHash permutations [{defaults.num_perm}].",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def run_scan(
    paths: tuple[str, ...],
    options: dict[str, Any],
    err: Console,
    changed: Collection[str] | None = None,
    collect: list[Article] | None = None,
) -> tuple[Report, list[Skipped]]:
    """Read inputs, warn about skipped ones on stderr, run the pipeline.

    With ``changed`` (file paths), only pairs involving a document read from them are verified.
    With ``collect``, the articles read are appended to it (``--show-diffs`` shows their text).
    """
    settings = _settings(options)
    skipped: list[Skipped] = []

    def on_skip(item: Skipped) -> None:
        skipped.append(item)
        warn_skipped(err, item)

    located: list[DocumentSource] = []

    def stream() -> Iterator[Article]:
        # Articles flow into the pipeline as they are read (a large archive is never held
        # whole); only what --changed and --show-diffs need is kept on the way.
        reading = SourceOptions(max_bytes=options["max_size"] * 1024 * 1024, passed_over=_output_file())
        for article in iter_articles(paths, on_skip, reading):
            if changed is not None:
                located.append(DocumentSource(article.id, article.path))
            if collect is not None:
                collect.append(article)
            yield article

    focus = (lambda: changed_ids(located, changed)) if changed is not None else None
    with _progress(err, not options["quiet"]) as progress:
        report = find_duplicates(stream(), settings, progress, skipped, focus=focus)
    return report, skipped


def warn_skipped(err: Console, item: Skipped) -> None:
    """One warning line for an input (or a line of it) passed over or read in part."""
    where = f"{item.path}:{item.line}" if item.line else item.path
    err.print(
        f"[yellow]warning:[/] {escape(safe_line(where))}: {escape(safe_line(item.reason))}",
        highlight=False,
        soft_wrap=True,
    )


@dataclass(frozen=True)
class DocumentSource:
    """Where a document was read from (what ``--changed`` matches)."""

    id: str
    path: str


# Options only one output format uses (option name: the format); given with another, they are
# ignored with a warning.
FORMAT_ONLY_OPTIONS = {"show_diffs": "text"}


def warn_format_only_options(ctx: click.Context, options: dict[str, Any], err: Console) -> None:
    """One warning line for each option of ``FORMAT_ONLY_OPTIONS`` asked for (on the command line
    or in the environment) with another ``--format``. A config file's value is a default for the
    runs it applies to, and says nothing."""
    asked = (click.core.ParameterSource.COMMANDLINE, click.core.ParameterSource.ENVIRONMENT)
    output_format = options["output_format"]
    for name, only in FORMAT_ONLY_OPTIONS.items():
        if options.get(name) and output_format != only and ctx.get_parameter_source(name) in asked:
            flag = next(param.opts[0] for param in ctx.command.params if param.name == name)
            err.print(
                f"[yellow]warning:[/] {flag} applies to --format {only} only; ignored with --format {output_format}",
                highlight=False,
                soft_wrap=True,
            )


@main.command(epilog=EXIT_CODES_HELP)
@scan_options
@click.option("--show-diffs", is_flag=True, help="With --format text, show each pair's highlights after the tables.")
@click.pass_context
def scan(ctx: click.Context, /, paths: tuple[str, ...], **options: Any) -> None:
    """Report clusters of articles that are the same story republished.

    PATHS are files or folders (read recursively). Pairs are exact, near-duplicate, rewrite or
    partial; clusters join exact, near-duplicate and rewrite links. --show-diffs applies to
    --format text only (with another format, a warning says it is ignored).
    """
    err = PipeConsole(stderr=True)
    warn_format_only_options(ctx, options, err)
    try:
        # Only --show-diffs needs the articles' texts after the scan; a large corpus is never
        # held in memory otherwise.
        articles: list[Article] = []
        wanted = options["show_diffs"] and options["output_format"] == "text"
        report, skipped = run_scan(paths, options, err, collect=articles if wanted else None)
    except DedupeError as error:
        err.print(f"[red]error:[/] {escape(safe_line(str(error)))}", highlight=False, soft_wrap=True)
        sys.exit(error.exit_code)
    out_format = options["output_format"]
    if out_format in ("json", "jsonl"):
        # Written piece by piece: the report of a million documents is never one string.
        write: Callable[[Report, Callable[[str], object]], None] = write_json if out_format == "json" else write_jsonl
        write(report, _write_json_piece)
        sys.stdout.flush()
    else:
        render_table(report, PipeConsole(), options["show_diffs"], {a.id: a for a in reversed(articles)})
    if not options["quiet"]:
        s = report.stats
        err.print(
            f"{counted(s.documents, 'document')}, {counted(s.candidates, 'candidate pair')}, "
            f"{counted(s.pairs, 'pair')}, {counted(s.clusters, 'cluster')}, {s.skipped} skipped",
            highlight=False,
            soft_wrap=True,  # one line, however narrow the terminal: logs split on lines
        )
    if skipped and options["strict"]:
        sys.exit(ExitCode.INPUT_ERROR)
    sys.exit(ExitCode.SUCCESS)


# dedupe diff: why two articles match --------------------------------------------------------

# The candidate stage (MinHash-LSH) plays no part when two articles are compared directly.
CANDIDATE_SETTINGS = frozenset({"num_perm", "copy_threshold", "topic_threshold", "rewrites", "jobs"})


def verification_params() -> list[click.Parameter]:
    """The scan's verification thresholds, so that ``diff`` judges a pair as ``scan`` does."""
    template = click.command()(scan_options(lambda **_: None))
    keep = set(Settings().as_dict()) - CANDIDATE_SETTINGS
    return [param for param in template.params if param.name in keep]


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("a", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("b", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format on stdout.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Refuse a file (a JSON Lines record) larger than this many MB.",
)
def diff(a: str, b: str, output_format: str, max_size: int, **options: Any) -> None:
    """Show why two articles match: aligned passages side by side and the facts that changed.

    A and B are one article each: a file ('-': stdin), or one article of a file that holds
    several (JSON Lines, a feed, a JSON list) named as scan and check name it, FILE#RECORD
    (feed.jsonl#12, feed.rss#<guid>; record 3 of stdin: dedupe diff -- -#3 B). FILE is the
    file's path (scan's ids are
    relative to the folder it scanned); a path that exists is a file, else the argument is cut
    at the last '#' that leaves one. The record is read as scan reads it; one the file does not
    hold is a usage error (exit 2). The text output has a header
    with the relation and the measures, the numbers, dates and quotations that differ, then both
    texts passage by passage: shared words, words only in A and only in B highlighted (marked
    [-only in A-] and {+only in B+} without colour); side by side from 100 columns, one above
    the other below. --format json prints {"version": 1, "pairs": [pair]} with the pair as
    scan reports it; when the articles are not related, "relation" is null and "score" 0, and
    the measures, passages and changes are there all the same. Exit 0 either way.
    """
    err = PipeConsole(stderr=True)
    if a == "-" and b == "-":
        raise click.UsageError("A and B cannot both be '-': stdin holds one article.")
    try:
        article_a, article_b = read_articles(
            [a, b], SourceOptions(max_bytes=max_size * 1024 * 1024), lambda item: warn_skipped(err, item)
        )
        comparison = compare(article_a, article_b, _settings(options))
    except DedupeError as error:
        err.print(f"[red]error:[/] {escape(safe_line(str(error)))}", highlight=False, soft_wrap=True)
        sys.exit(error.exit_code)
    if output_format == "json":
        click.echo(render_comparison_json(comparison), nl=False)
    else:
        render_diff(comparison, PipeConsole())
    sys.exit(ExitCode.SUCCESS)


diff.params += verification_params()


# dedupe check: the CI gate ------------------------------------------------------------------

CHECK_FORMATS = ("text", "json", "jsonl", "sarif", "github")
CHECK_RENDERERS: dict[str, Callable[[CheckResult], str]] = {
    "text": render_check_text,
    "json": render_check_json,
    "jsonl": render_check_jsonl,
    "sarif": render_sarif,
    "github": render_github,
}


def expand_changed(args: list[str]) -> list[str]:
    """Let ``--changed`` take every following argument up to the next option (``--changed FILE...``)."""
    expanded: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "--":
            expanded += args[index - 1 :]
            break
        values = []
        if arg == "--changed":
            while index < len(args) and (args[index] == "-" or not args[index].startswith("-")):
                values.append(args[index])
                index += 1
        if values:
            expanded += [item for value in values for item in ("--changed", value)]
        else:
            expanded.append(arg)
    return expanded


class CheckCommand(click.Command):
    """A command whose ``--changed`` option takes several files."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, expand_changed(args))


def _show_config(ctx: click.Context) -> str:
    config = ctx.meta.get(CONFIG_META, ConfigFile())
    settings = Settings()
    sources = {
        click.core.ParameterSource.COMMANDLINE: "command line",
        click.core.ParameterSource.ENVIRONMENT: "environment",
        click.core.ParameterSource.DEFAULT_MAP: config.path.name if config.path else "config file",
    }
    rows = []
    for key, spec in config_keys(ctx.command).items():
        value = ctx.params.get(spec.param)
        if value is None and hasattr(settings, spec.param):
            value = getattr(settings, spec.param)
        source = ctx.get_parameter_source(spec.param)
        rows.append((key, value, sources.get(source, "default") if source is not None else "default"))
    return format_settings(ctx.info_name or "check", rows, config)


def _read_baseline(path: str) -> Baseline:
    if path == "-":
        return parse_baseline(sys.stdin.read(), "<stdin>")
    return load_baseline(path)


def _read_changed(names: tuple[str, ...], from_stdin: bool) -> list[str] | None:
    """Changed file names from ``--changed`` and stdin, or ``None`` when neither was given."""
    if not names and not from_stdin:
        return None
    files = [name for name in names if name != "-"]
    if from_stdin:
        files += [line for line in sys.stdin.read().splitlines() if line.strip()]
    return files


_check_scan_options: Callable[[Any], Any] = scan_options(formats=CHECK_FORMATS, paths_required=False)


@main.command(cls=CheckCommand, epilog=EXIT_CODES_HELP)
@_check_scan_options
@click.option(
    "--fail-on",
    type=click.Choice([relation.value for relation in Relation]),
    default=Relation.REWRITE.value,
    show_default=True,
    help="Weakest relation that fails the check; weaker pairs are reported and pass.",
)
@click.option(
    "--baseline", type=click.Path(dir_okay=False), help="JSON file of accepted pairs, which do not fail ('-': stdin)."
)
@click.option(
    "--update-baseline",
    type=click.Path(dir_okay=False),
    help="Write every current finding to this baseline file ('-': stdout) and exit 0.",
)
@click.option(
    "--changed",
    multiple=True,
    metavar="FILE...",
    help="Check only these files against all of PATHS; takes the arguments up to the next option ('-': stdin).",
)
@click.option(
    "--changed-from-stdin", is_flag=True, help="Read changed files from stdin, one a line (git diff --name-only)."
)
@click.option("--show-config", is_flag=True, help="Print the effective settings and where each comes from, then exit.")
@click.pass_context
def check(ctx: click.Context, /, paths: tuple[str, ...], **options: Any) -> None:
    """Fail when articles copy or rewrite each other: a gate for CI and pre-commit.

    Runs the scan pipeline on PATHS. Pairs at or above --fail-on fail (by default exact,
    near-duplicate and rewrite) unless the --baseline accepts them; partial reuse is reported and
    passes. Failing pairs go to stdout, named by the newer article; the summary goes to stderr.
    """
    if options["show_config"]:
        click.echo(_show_config(ctx), nl=False)
        sys.exit(ExitCode.SUCCESS)
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...': the folders or files to check (or 'paths' in the config).")
    changed_from_stdin = options["changed_from_stdin"] or "-" in options["changed"]
    target = options["update_baseline"]
    for name, flag in (("update_baseline", "--update-baseline"), ("baseline", "--baseline")):
        if options[name] is not None and not options[name].strip():
            # An unset variable in a CI step ("--update-baseline $FILE"): no check of another kind.
            raise click.UsageError(f"{flag}: an empty file name")
    if target and (options["changed"] or changed_from_stdin):
        raise click.UsageError("--update-baseline records the pairs of the whole corpus: run it without --changed.")
    if options["baseline"] == "-" and not target and changed_from_stdin:
        raise click.UsageError("--baseline - and changed files from stdin cannot both read stdin.")
    if "-" in paths and changed_from_stdin:
        raise click.UsageError("an article from stdin ('-') and changed files from stdin cannot both read stdin.")
    if "-" in paths and options["baseline"] == "-" and not target:
        raise click.UsageError("an article from stdin ('-') and --baseline - cannot both read stdin.")
    # A gate passes on nothing it could not read: a mistyped path is an error, not an empty corpus.
    missing = [path for path in paths if path != "-" and not os.path.lexists(path)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    unreadable = [path for path in paths if path != "-" and not os.access(path, os.R_OK)]
    if unreadable:
        raise click.UsageError(f"not readable: {', '.join(unreadable)}")
    err = PipeConsole(stderr=True)
    if target:
        asked = (click.core.ParameterSource.COMMANDLINE, click.core.ParameterSource.ENVIRONMENT)
        for name, flag, why in (
            ("output_format", "--format", "it writes the baseline's JSON"),
            ("baseline", "--baseline", "it records every current finding"),
        ):
            if options[name] and ctx.get_parameter_source(name) in asked:
                warning = f"[yellow]warning:[/] {flag} is ignored with --update-baseline ({why})"
                err.print(warning, highlight=False, soft_wrap=True)
    fail_on = Relation(options["fail_on"])
    try:
        baseline = _read_baseline(options["baseline"]) if options["baseline"] and not target else None
        changed = _read_changed(options["changed"], changed_from_stdin)
        report, skipped = run_scan(paths, options, err, changed)
        if target:
            accepted = accepted_baseline(check_report(report, fail_on))
            if skipped and options["strict"]:
                raise DedupeError(f"inputs were skipped (--strict): {target} was not written")
            if target == "-":
                click.echo(dump_baseline(accepted), nl=False)
            else:
                save_baseline(accepted, target)
    except DedupeError as error:
        err.print(f"[red]error:[/] {escape(safe_line(str(error)))}", highlight=False, soft_wrap=True)
        sys.exit(error.exit_code)
    if target:
        if not options["quiet"]:
            err.print(
                f"wrote {counted(len(accepted.entries), 'accepted pair')} ({fail_on.value} or stronger) to {target}",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
        sys.exit(ExitCode.SUCCESS)
    focus = changed_ids(report.documents, changed) if changed is not None else None
    if changed is not None and not options["quiet"]:
        for path in unread(report.documents, changed):
            err.print(
                f"note: changed file {safe_line(path)} was not read (deleted, or outside PATHS)",
                markup=False,
                soft_wrap=True,
            )
    result = check_report(report, fail_on, baseline, focus)
    rendered = CHECK_RENDERERS[options["output_format"]](result)
    if options["output_format"] in ("json", "jsonl", "sarif"):
        # A name that is not UTF-8 (a lone surrogate) written as a JSON escape, as scan writes it.
        _write_json_piece(rendered)
    else:
        click.echo(rendered, nl=False)
    if not options["quiet"]:
        err.print(render_check_summary(result), end="", highlight=False, markup=False, soft_wrap=True)
    if skipped and options["strict"]:
        sys.exit(ExitCode.INPUT_ERROR)
    sys.exit(result.exit_code)
