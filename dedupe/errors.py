"""Errors the core raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Process exit codes shared by every command."""

    SUCCESS = 0
    FINDINGS = 1
    USAGE = 2
    INPUT_ERROR = 3


class DedupeError(Exception):
    """Base class of errors a user can fix; the message says how."""

    exit_code = ExitCode.INPUT_ERROR


class InputError(DedupeError):
    """An input path or its content cannot be used."""


class ConfigError(DedupeError):
    """A configuration file or option value is invalid."""

    exit_code = ExitCode.USAGE


class ArgumentError(DedupeError):
    """A command-line argument names something that is not there (a record a file does not hold)."""

    exit_code = ExitCode.USAGE


class WorkerLost(DedupeError):
    """A worker process ended before its work was done: killed (by the kernel when memory ran
    out, or by a user), never to report back."""

    def __init__(self, exitcode: int | None) -> None:
        how = f"killed by signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
        super().__init__(f"a worker process ended before its work was done ({how}; out of memory?)")
