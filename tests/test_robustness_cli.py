"""Edge cases that must end in one line or silence and a documented exit code, never a traceback."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from datasketch import MinHashLSH

from dedupe import parallel
from dedupe.cli import _interrupt_behind, config_keys, main
from dedupe.config import Settings
from dedupe.entry import INTERRUPTED, Interrupted
from dedupe.errors import ConfigError, ExitCode
from dedupe.lsh import band_params
from dedupe.parallel import Background
from dedupe.settings_file import ConfigKey
from tests.conftest import SEEDS_DIR

BBC = "000_18cf876f3e1eab20.txt"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- thresholds near 1 -----------------------------------------------------------------------


@pytest.mark.parametrize("num_perm", [16, 17, 128])
def test_every_threshold_up_to_1_has_a_banding_of_two_bands_or_more(num_perm: int) -> None:
    for step in range(80, 101):
        threshold = step / 100
        bands, rows = band_params(threshold, num_perm)
        assert bands >= 2 and rows >= 1 and bands * rows <= num_perm
        try:
            expected = MinHashLSH(threshold=threshold, num_perm=num_perm)
        except ValueError:  # datasketch's optimum is one band: the most rows two bands can have
            assert (bands, rows) == (2, num_perm // 2)
        else:
            assert (bands, rows) == (expected.b, expected.r)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--copy-threshold", "1"], id="copy-1"),
        pytest.param(["--copy-threshold", "0.99"], id="copy-0.99"),
        pytest.param(["--topic-threshold", "1"], id="topic-1"),
        pytest.param(["--copy-threshold", "0.9", "--num-perm", "16"], id="copy-0.9-16-perms"),
    ],
)
def test_thresholds_near_1_are_served(seeds: Path, args: list[str]) -> None:
    result = invoke("scan", "seeds", "--format", "json", "--quiet", *args)
    assert result.exit_code == ExitCode.SUCCESS
    assert result.stderr == ""
    assert json.loads(result.stdout)["stats"]["documents"] == 5


def test_a_copy_threshold_of_1_still_finds_exact_copies(isolated: Path) -> None:
    (isolated / "corpus").mkdir()
    shutil.copy(SEEDS_DIR / BBC, isolated / "corpus" / "a.txt")
    shutil.copy(SEEDS_DIR / BBC, isolated / "corpus" / "b.txt")
    result = invoke("scan", "corpus", "--format", "json", "--quiet", "--no-rewrites", "--copy-threshold", "1")
    assert result.exit_code == ExitCode.SUCCESS
    assert [(p["a"], p["b"], p["relation"]) for p in json.loads(result.stdout)["pairs"]] == [
        ("a.txt", "b.txt", "exact")
    ]


@pytest.mark.parametrize(("option", "value"), [("--copy-threshold", "1.01"), ("--topic-threshold", "0")])
def test_thresholds_outside_0_1_are_usage_errors(seeds: Path, option: str, value: str) -> None:
    result = invoke("scan", "seeds", option, value)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"error: {option[2:]} must be in (0, 1], got {float(value)}\n"


def test_a_rewrite_disorder_of_0_allows_none(seeds: Path) -> None:
    # A bound on disorder may be 0 (every aligned sentence in order): the seeds' rewrite (003)
    # aligns partly out of order, so it is no longer a rewrite.
    result = invoke("scan", "seeds", "--format", "json", "--quiet", "--rewrite-disorder", "0")
    assert result.exit_code == ExitCode.SUCCESS
    assert json.loads(result.stdout)["pairs"] == []
    result = invoke("scan", "seeds", "--rewrite-disorder", "-0.1")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == "error: rewrite-disorder must be in [0, 1], got -0.1\n"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("shingle_size", 0, "shingle-size must be >= 1, got 0"),
        ("num_perm", 8, "num-perm must be >= 16, got 8"),
        ("partial_min_run", 0, "partial-min-run must be >= 1, got 0"),
        ("quoted_rewrite_quotes", 1, "quoted-rewrite-quotes must be >= 2, got 1"),
    ],
)
def test_each_integer_setting_out_of_range_is_named_alone(name: str, value: int, message: str) -> None:
    # (The command line's ranges stop these first; a program building Settings gets the same.)
    with pytest.raises(ConfigError) as raised:
        Settings(**{name: value})
    assert str(raised.value) == message


# --- config values: type and range of every key ---------------------------------------------


@pytest.fixture
def project(isolated: Path) -> Path:
    """A repository (``.git`` stops the config search) with the seeds in ``content/``."""
    (isolated / ".git").mkdir()
    shutil.copytree(SEEDS_DIR, isolated / "content")
    return isolated


def configurable() -> list[tuple[str, str, ConfigKey]]:
    return [(name, key, spec) for name, command in main.commands.items() for key, spec in config_keys(command).items()]


# A TOML value of another type than the key's: a number is no flag, a flag or a string no
# number, a fraction no integer, a number no path or choice.
WRONG_TYPE = {bool: "1", int: "1.5", float: "true", str: "5", None: "5"}


@pytest.mark.parametrize(("command", "key", "spec"), configurable(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_config_value_of_the_wrong_type_is_a_usage_error_naming_file_and_key(
    project: Path, command: str, key: str, spec: ConfigKey
) -> None:
    kind = str if spec.is_path else spec.kind
    (project / ".dedupe.toml").write_text(f"[{command}]\n{key} = {WRONG_TYPE[kind]}\n", encoding="utf-8")
    result = invoke(command)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith(f"error: {project / '.dedupe.toml'}: {key} = ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("copy-threshold = true\n", "copy-threshold = True: must be a number"),
        ("[check]\nbaseline = 5\n", "baseline = 5: must be a string"),
        ("num-perm = 1e400\n", "num-perm = inf: must be an integer"),
        ("num-perm = 128.0\n", "num-perm = 128.0: must be an integer"),
        # A string is read as the command line reads it.
        ('num-perm = "1e400"\n', "num-perm = '1e400': '1e400' is not a valid integer range."),
        ("quiet = 1\n", "quiet = 1: must be true or false"),
        ("paths = ['content', 1]\n", "paths = ['content', 1]: must be a string or a list of them"),
        ("copy-threshold = 1.5\n", "copy-threshold = 1.5: copy-threshold must be in (0, 1], got 1.5"),
        ("topic-threshold = 0\n", "topic-threshold = 0: topic-threshold must be in (0, 1], got 0.0"),
        ("copy-threshold = nan\n", "copy-threshold = nan: copy-threshold must be in (0, 1], got nan"),
        ("jobs = -1\n", "jobs = -1: -1 is not in the range 0<=x<=1024."),
        ("numbers-min = 0\n", "numbers-min = 0: numbers-min must be >= 1, got 0"),
        (
            "num-perm = 100000000000000000000\n",
            "num-perm = 100000000000000000000: 100000000000000000000 is not in the range 16<=x<=4096.",
        ),
        (
            "shingle-size = 9223372036854775807\n",
            "shingle-size = 9223372036854775807: 9223372036854775807 is not in the range 1<=x<=1000.",
        ),
        ("max-size = 0\n", "max-size = 0: 0 is not in the range x>=1."),
    ],
)
def test_config_values_are_checked_as_options_and_settings_are(project: Path, config: str, message: str) -> None:
    (project / ".dedupe.toml").write_text(config, encoding="utf-8")
    result = invoke("check", "content")
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr == f"error: {project / '.dedupe.toml'}: {message}\n"


# Values at and past the edges; each is either refused naming the file, or runs.
EDGE_VALUES = ["0", "-1", "1", "0.5", "1.5", "nan", "inf", "9223372036854775807", "true", '""', "[]"]


@pytest.mark.parametrize("key", sorted(config_keys(main.commands["check"])))
def test_no_config_value_ends_in_an_internal_error(project: Path, key: str) -> None:
    for value in EDGE_VALUES:
        (project / ".dedupe.toml").write_text(f"{key} = {value}\n", encoding="utf-8")
        result = invoke("check", "content", "--quiet")
        outcome = f"{key} = {value}: exit {result.exit_code}, {result.stderr!r}"
        if result.exit_code == ExitCode.USAGE:
            assert result.stderr.startswith(f"error: {project / '.dedupe.toml'}: {key} = "), outcome
        else:
            assert result.exit_code in (ExitCode.SUCCESS, ExitCode.FINDINGS, ExitCode.INPUT_ERROR), outcome
            assert "internal error" not in result.stderr, outcome
        assert result.stderr.count("\n") <= 1, outcome


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--num-perm", "100000000000000000000"],
            "'--num-perm': 100000000000000000000 is not in the range 16<=x<=4096.",
        ),
        (
            ["--shingle-size", "9223372036854775808"],
            "'--shingle-size': 9223372036854775808 is not in the range 1<=x<=1000.",
        ),
        (["--max-size", "0"], "'--max-size': 0 is not in the range x>=1."),
        (["-j", "100000"], "'--jobs' / '-j': 100000 is not in the range 0<=x<=1024."),
    ],
)
def test_option_ranges_on_the_command_line(seeds: Path, args: list[str], message: str) -> None:
    result = invoke("scan", "seeds", *args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.endswith(f"\nError: Invalid value for {message}\n")


# --- a reader of stdout that goes away ------------------------------------------------------


CLOSED_PIPE_RUNS = {
    "scan json": ["scan", "seeds", "--format", "json"],
    "scan jsonl": ["scan", "seeds", "--format", "jsonl"],
    "scan text": ["scan", "seeds"],
    "check text": ["check", "seeds"],
    "check sarif": ["check", "seeds", "--format", "sarif"],
    "scan --help": ["scan", "--help"],
}


def test_a_closed_stdout_ends_the_run_silently_with_exit_3(seeds: Path) -> None:
    # As `dedupe scan … | head -1` once head has exited: here the pipe is closed before the
    # first write, so that a write fails whatever the size of the output. The runs go side by side.
    processes = {}
    for name, args in CLOSED_PIPE_RUNS.items():
        process = subprocess.Popen(
            [sys.executable, "-m", "dedupe", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert process.stdout is not None
        process.stdout.close()
        processes[name] = process
    outcomes = {}
    for name, process in processes.items():
        _, stderr = process.communicate(timeout=120)
        outcomes[name] = (process.returncode, stderr.decode())
    assert outcomes == {name: (ExitCode.INPUT_ERROR, "") for name in CLOSED_PIPE_RUNS}


# --- Ctrl-C ----------------------------------------------------------------------------------


def _sigint_handlers(items: list[int]) -> list[str]:
    return [str(signal.getsignal(signal.SIGINT)) for _ in items]


def _sigint_handler(_: int) -> str:
    return str(signal.getsignal(signal.SIGINT))


def test_workers_leave_ctrl_c_to_the_parent() -> None:
    # SIGINT goes to the whole process group: a worker that took it would die with a
    # traceback and its work would never come back.
    ignored = str(signal.SIG_IGN)
    # The parent keeps whatever handler it had (the default, or SIG_IGN when it was started in
    # the background by a non-interactive shell).
    before = signal.getsignal(signal.SIGINT)
    chunks = parallel.run_chunks(_sigint_handlers, list(range(8)), 2, lambda _: None, chunk=1, always=True)
    assert set(chunks) == {ignored}
    with Background(_sigint_handler, 2) as jobs:
        for value in range(4):
            jobs.submit(value)
        assert set(jobs.results()) == {ignored}
    assert signal.getsignal(signal.SIGINT) is before


def test_a_pool_made_outside_the_main_thread() -> None:
    # Only the main thread may set signal handlers; another one cannot be interrupted anyway.
    results: list[str] = []
    work = parallel.run_chunks(_sigint_handlers, list(range(4)), 2, lambda _: None, chunk=1, always=True)
    thread = threading.Thread(target=lambda: results.extend(work))
    thread.start()
    thread.join(60)
    assert results == [str(signal.SIG_IGN)] * 4


def test_a_pool_stopped_early_is_terminated() -> None:
    chunks = parallel.run_chunks(_sigint_handlers, list(range(8)), 2, lambda _: None, chunk=1, always=True)
    assert next(chunks) == str(signal.SIG_IGN)
    assert multiprocessing.active_children()
    chunks.close()  # as when Ctrl-C reaches the loop that consumes the results
    assert multiprocessing.active_children() == []


def test_an_interrupt_reported_as_the_cause_of_an_error_is_still_an_interrupt() -> None:
    interrupt = Interrupted()
    try:
        try:
            raise interrupt
        except Interrupted as error:
            raise SystemError("CPUDispatcher(<function tokenize>) returned a result with an exception set") from error
    except SystemError as error:
        assert _interrupt_behind(error) is interrupt
    assert _interrupt_behind(ValueError("no interrupt")) is None


def test_ctrl_c_prints_interrupted_and_exits_130(seeds: Path) -> None:
    # As Ctrl-C in a terminal: SIGINT to the process group, here while it waits for stdin
    # (the rest of the corpus). FORCE_COLOR makes rich draw the progress bar on the pipe, which
    # says the scan has started.
    process = subprocess.Popen(
        [sys.executable, "-m", "dedupe", "scan", "-", "--format", "json", "-j", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "FORCE_COLOR": "1"},
    )
    assert process.stdin is not None and process.stderr is not None
    process.stdin.write((SEEDS_DIR / BBC).read_bytes())
    process.stdin.flush()
    seen = b""
    while b"reading" not in seen:
        piece = process.stderr.read1(4096)
        assert piece, seen.decode(errors="replace")
        seen += piece
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    stderr = (seen + stderr).decode(errors="replace")
    assert process.returncode == INTERRUPTED == 130
    assert stdout == b""
    assert stderr.endswith("interrupted\n")
    assert "Traceback" not in stderr
    assert "Aborted" not in stderr


@pytest.mark.parametrize("command", sorted(main.commands))
def test_help_documents_the_interrupted_exit_code(command: str) -> None:
    assert "\n    130  interrupted (Ctrl-C)\n" in invoke(command, "--help").stdout


# --- inputs named on the command line (session 15 audit) ----------------------------------------


def test_a_file_named_on_the_command_line_that_may_not_be_read_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated (tests may run as root): the file reads as denied, and ``os.access`` says so.
    The scan goes on with the other inputs, as for such a file inside a folder."""
    locked = tmp_path / "locked.txt"
    shutil.copy(SEEDS_DIR / BBC, locked)
    real_open, real_access = os.open, os.access

    def guarded_open(path: object, flags: int, *args: object) -> int:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: str(path) != str(locked) and real_access(path, mode))
    result = CliRunner().invoke(main, ["scan", str(locked), str(SEEDS_DIR), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"warning: {locked}: unreadable (permission denied)\n"
    report = json.loads(result.stdout)
    assert report["skipped"] == [{"line": None, "path": str(locked), "reason": "unreadable (permission denied)"}]
    assert len(report["documents"]) == 5
    strict = CliRunner().invoke(main, ["scan", str(locked), str(SEEDS_DIR), "--quiet", "--strict"])
    assert strict.exit_code == ExitCode.INPUT_ERROR


def test_skipped_inputs_are_listed_in_the_same_order_whatever_the_order_of_the_paths(tmp_path: Path) -> None:
    for name, seed in (("first", BBC), ("second", "003_c661afd7bc768f5b.txt")):
        (tmp_path / name).mkdir()
        shutil.copy(SEEDS_DIR / seed, tmp_path / name / seed)
        (tmp_path / name / "empty.txt").write_text("", encoding="utf-8")
    first, second = str(tmp_path / "first"), str(tmp_path / "second")
    one = invoke("scan", first, second, "--format", "json", "--quiet")
    other = invoke("scan", second, first, "--format", "json", "--quiet")
    assert one.stdout == other.stdout
    assert [s["path"] for s in json.loads(one.stdout)["skipped"]] == [
        f"{first}/empty.txt",
        f"{second}/empty.txt",
    ]


def test_the_tools_own_reports_left_in_a_scanned_folder_are_passed_over(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    shutil.copytree(SEEDS_DIR, folder)
    reference = invoke("scan", str(folder), "--format", "json", "--quiet").stdout
    outputs = {
        "report.json": ["scan", str(folder), "--format", "json"],
        "report.jsonl": ["scan", str(folder), "--format", "jsonl"],
        "check.json": ["check", str(folder), "--format", "json"],
        "check.jsonl": ["check", str(folder), "--format", "jsonl"],
        "dedupe.sarif": ["check", str(folder), "--format", "sarif"],
        "diff.json": ["diff", str(folder / BBC), str(folder / "003_c661afd7bc768f5b.txt"), "--format", "json"],
    }
    for name, args in outputs.items():
        result = CliRunner().invoke(main, [*args, "--quiet"] if args[0] != "diff" else args)
        assert result.exit_code in (0, 1), result.output
        (folder / name).write_text(result.stdout, encoding="utf-8")
    again = CliRunner().invoke(main, ["scan", str(folder), "--format", "json", "--quiet", "--strict"])
    assert again.exit_code == 0, again.output
    assert again.stderr == ""
    assert again.stdout == reference


def test_a_file_being_written_as_the_runs_output_is_passed_over(tmp_path: Path) -> None:
    """``dedupe scan . > report.json``: the shell makes report.json (empty) before the scan reads the folder."""
    folder = tmp_path / "feed"
    shutil.copytree(SEEDS_DIR, folder)
    report = folder / "report.json"
    with report.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(folder), "--format", "json", "--quiet", "--strict"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(report.read_text(encoding="utf-8"))["stats"]["documents"] == 5


def test_the_summary_is_one_line_however_narrow_the_terminal() -> None:
    result = CliRunner().invoke(main, ["scan", str(SEEDS_DIR), "--format", "json"], env={"COLUMNS": "30"})
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "5 documents, 10 candidate pairs, 1 pair, 1 cluster, 0 skipped"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_for_the_output_is_an_error_of_the_system_not_a_bug() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(SEEDS_DIR), "--format", "json", "--quiet"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (3, "error: No space left on device\n")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_under_stderr_is_an_error_of_the_system_the_data_written_whole() -> None:
    # The summary cannot be told, nor the error: the exit code tells (it was 1, Python's own,
    # after a second failure in the handler); stdout's report is whole.
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(SEEDS_DIR), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=full,
            text=True,
            check=False,
        )
    assert done.returncode == 3
    assert json.loads(done.stdout)["stats"]["pairs"] == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_warning_on_a_full_stderr_loses_no_data(tmp_path: Path) -> None:
    """A review: a run with a warning to tell wrote no report at all when stderr took nothing;
    a usage error was exit 1 (Python's), not 2."""
    shutil.copytree(SEEDS_DIR, tmp_path / "seeds")
    (tmp_path / "seeds" / "bin.txt").write_bytes(b"\x00\x01binary")
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(tmp_path / "seeds"), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=full,
            text=True,
            check=False,
        )
        usage = subprocess.run([sys.executable, "-m", "dedupe", "scan", "--bogus"], stderr=full, check=False)
    assert done.returncode == 3
    report = json.loads(done.stdout)
    assert (report["stats"]["pairs"], report["stats"]["skipped"]) == (1, 1)
    assert usage.returncode == 2


def test_a_top_level_value_only_some_commands_take_says_where_to_set_it(project: Path) -> None:
    """check has a github format, scan has not: a top-level ``format = "github"`` was refused
    with scan's list of formats and no word of ``[check]`` (audit 16)."""
    (project / ".dedupe.toml").write_text('format = "github"\n', encoding="utf-8")
    result = invoke("check", "content")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == (
        f"error: {project / '.dedupe.toml'}: format = 'github': 'github' is not one of 'text', 'json', 'jsonl'. "
        "(a top-level key applies to every command that has it: set it under [check])\n"
    )
    (project / ".dedupe.toml").write_text('[check]\nformat = "github"\n', encoding="utf-8")
    assert invoke("check", "content").exit_code == 1


def test_a_closed_stderr_changes_no_exit_code() -> None:
    """``2>&-``: Python's stderr is None; wrapping it made the first warning an AttributeError
    and a passing run exit 1 (a review)."""

    def close_stderr() -> None:
        os.close(2)

    done = subprocess.run(
        [sys.executable, "-m", "dedupe", "scan", str(SEEDS_DIR), "--format", "json"],
        stdout=subprocess.PIPE,
        preexec_fn=close_stderr,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["stats"]["pairs"] == 1
