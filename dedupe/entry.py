"""The console script: a light function that handles Ctrl-C, then imports and runs the CLI."""

from __future__ import annotations

import contextlib
import os
import signal
import sys

# The shell's code for a command ended by Ctrl-C: 128 + SIGINT.
INTERRUPTED = 130

_reported = False


class Interrupted(BaseException):
    """Ctrl-C, raised in place of ``KeyboardInterrupt``: click would turn that into "Aborted!"
    and exit 1 (a failing check), and none of the CLI's handlers of errors may catch it."""


def _report() -> None:
    global _reported
    if _reported:
        return
    _reported = True
    # Straight to the file descriptor, safe in a signal handler too; on a terminal, the ^C it
    # echoed ends its own line.
    with contextlib.suppress(OSError):
        os.write(2, b"\ninterrupted\n" if os.isatty(2) else b"interrupted\n")


def _exit_at_once(signum: int, frame: object) -> None:
    _report()
    # Workers ignore Ctrl-C (``dedupe.parallel``): stopped too, not left to finish for no one.
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None:
        for worker in multiprocessing.active_children():
            worker.terminate()
    os._exit(INTERRUPTED)


def _on_sigint(signum: int, frame: object) -> None:
    # A second Ctrl-C ends the process at once: the first is still winding down (stopping the
    # workers, removing temporary files), or was lost in compiled code that swallowed it.
    signal.signal(signal.SIGINT, _exit_at_once)
    raise Interrupted


def main() -> None:
    """Run the command line; Ctrl-C at any moment, even while its libraries load, prints
    "interrupted" and exits 130."""
    signal.signal(signal.SIGINT, _on_sigint)
    try:
        try:
            from dedupe.cli import main as cli  # numpy, numba, datasketch, rich: a second or two

            cli()
        except Interrupted:
            raise
        except BaseException:
            # The run is over and its output written (the CLI flushes stdout): a Ctrl-C now
            # only makes the exit code 130, without cutting short Python's way out.
            signal.signal(signal.SIGINT, _exit_at_once)
            raise
    except Interrupted:
        _report()
        # Wound down, and the exit code is 130 whatever comes: another Ctrl-C changes nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        sys.exit(INTERRUPTED)
