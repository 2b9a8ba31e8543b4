"""Run the per-document and per-pair stages across worker processes (``--jobs``).

Workers are forked after the inputs exist, so they read the prepared documents without
copying them; results come back in order, and the output does not depend on the number of
workers. Where ``fork`` is unavailable, or the work is small, everything runs in-process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items a pool costs more than it saves.
MIN_PARALLEL_ITEMS = 256
CHUNK = 64

_SHARED: dict[str, Any] = {}


def shared(name: str) -> Any:
    """A value handed to the workers by ``run_chunks`` (inherited through fork)."""
    return _SHARED[name]


def _call(arguments: tuple[Callable[[list[Any]], list[Any]], list[Any]]) -> list[Any]:
    function, chunk = arguments
    return function(chunk)


def run_chunks(
    function: Callable[[list[Item]], list[Result]],
    items: Sequence[Item],
    workers: int,
    advance: Callable[[int], None],
    context: dict[str, Any] | None = None,
    chunk: int = CHUNK,
    always: bool = False,
) -> Iterator[Result]:
    """Apply ``function`` to consecutive chunks of ``items``; yields results in input order.

    ``always``: use workers even for few items (each item is a large piece of work).
    """
    _SHARED.clear()
    _SHARED.update(context or {})
    chunks = [list(items[i : i + chunk]) for i in range(0, len(items), chunk)]
    small = len(items) < MIN_PARALLEL_ITEMS and not always
    if workers <= 1 or small or "fork" not in multiprocessing.get_all_start_methods():
        for part in chunks:
            yield from function(part)
            advance(len(part))
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for part, results in zip(chunks, pool.imap(_call, [(function, c) for c in chunks]), strict=True):
            yield from results
            advance(len(part))
