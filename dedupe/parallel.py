"""Run the per-document and per-pair stages across worker processes (``--jobs``).

Workers are forked after the inputs exist, so they read the prepared documents without
copying them; results come back in order, and the output does not depend on the number of
workers. Where ``fork`` is unavailable, or the work is small, everything runs in-process.
``Background`` hands work to forked workers while the process goes on producing more.
Workers ignore Ctrl-C: the parent takes it and terminates them.

The stages make no reference cycles, so Python's cyclic garbage collector only costs them time:
a chunk runs with it paused (``collector_paused``), and a scan keeps what it read out of its
walks (``collector_settled``).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import multiprocessing.pool
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from dedupe.errors import WorkerLost

Item = TypeVar("Item")
Result = TypeVar("Result")

# How often a wait for a worker's result looks whether the workers are still there (seconds).
_POLL = 0.5

# Below this many items a pool costs more than it saves.
MIN_PARALLEL_ITEMS = 256
CHUNK = 64

_SHARED: dict[str, Any] = {}


def shared(name: str) -> Any:
    """A value handed to the workers by ``run_chunks`` (inherited through fork)."""
    return _SHARED[name]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for one chunk of work.

    The stages make no reference cycles (their objects are freed as soon as unused), yet the
    collector, woken every few hundred allocations, walks the young objects and now and then
    every object of the process (a worker's cached documents, the corpus it inherited): up to a
    sixth of the verification's time. Objects made during the chunk stay in the youngest
    generation, so the first collection after it (the next allocations, when the collector was
    on before) still finds any cycle. Nested, the outer pause decides.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def collector_settled() -> Iterator[None]:
    """What the process holds now kept out of the cyclic collector's walks until the block ends
    (``gc.freeze``): a scan's corpus lives until the scan ends, and walking it again and again
    (several hundred thousand objects at 100k documents) cost seconds of the main process's time,
    and in each forked worker copied the pages it touched. Objects made in the block are
    collected as usual. A process that froze objects of its own manages freezing itself: nothing
    is frozen then (unfreezing would thaw its objects too)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start_worker() -> None:
    """A worker's set-up. Ctrl-C (SIGINT to the whole process group) is the parent's to handle:
    it stops the pool; a worker that took it too would die with a traceback, its work lost, and
    the parent wait for it. The collector runs as usual between chunks, whatever its state when
    the worker was forked."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    gc.enable()


def _fork_pool(workers: int) -> _WatchedPool:
    """A pool of ``workers`` forked processes that leave Ctrl-C to the parent.

    SIGINT is blocked while they are forked, and in the pool's threads (which fork any
    replacement), so that no worker takes it before it ignores it (``_start_worker``). In the
    parent, a Ctrl-C while the pool is made is held until it exists, and then terminates it:
    a pool left half made keeps forking workers while the process exits. (Python runs signal
    handlers in the main thread only: another thread is never interrupted.)"""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    held: list[int] = []
    holding = threading.current_thread() is threading.main_thread()
    handler = signal.signal(signal.SIGINT, lambda signum, _: held.append(signum)) if holding else None
    try:
        pool = _WatchedPool(workers, initializer=_start_worker, context=multiprocessing.get_context("fork"))
    except BaseException:
        if holding:
            signal.signal(signal.SIGINT, handler)
        raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    if not holding:
        return pool
    try:
        signal.signal(signal.SIGINT, handler)
        if held and callable(handler):
            handler(signal.SIGINT, None)
    except BaseException:
        pool.terminate()
        raise
    return pool


class _WatchedPool(multiprocessing.pool.Pool):
    """A pool that keeps every worker process it starts (``started``), those it starts in place
    of one that died too: a worker that dies is seen however soon after the fork it dies.
    (A pool forks a new worker for one that dies, and the work the dead one held, or the lock of
    the task queue an idle worker holds while it waits, is lost: its result would be waited for
    for ever.)"""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.started: list[Any] = []  # before the pool forks its first workers
        super().__init__(*args, **kwargs)

    def Process(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        process = super().Process(*args, **kwargs)
        self.started.append(process)
        return process


def _ended(pool: _WatchedPool) -> int | None:
    """The exit code of a worker of the pool that has ended, ``None`` while all run."""
    return next((process.exitcode for process in pool.started if process.exitcode is not None), None)


def _stop(pool: _WatchedPool) -> None:
    """Stop a pool: terminated, or abandoned when a worker died (``terminate`` would wait for the
    lock of the task queue, which the dead worker may hold)."""
    if _ended(pool) is not None:
        _abandon(pool)
    pool.terminate()


def _await(get: Callable[[float], Any], pool: _WatchedPool) -> Any:
    """A result from the workers (``get(timeout)``), or ``WorkerLost`` once a worker of the pool
    has ended: killed by the kernel when memory ran out, or by a user. The pool is then
    abandoned (``_abandon``)."""
    while True:
        try:
            return get(_POLL)
        except multiprocessing.TimeoutError:
            exitcode = _ended(pool)
            if exitcode is not None:
                _abandon(pool)
                raise WorkerLost(exitcode) from None


def _abandon(pool: _WatchedPool) -> None:
    """Stop a pool one of whose workers died: no worker forked in its place, every worker killed.
    ``Pool.terminate`` would wait for the lock of the pool's task queue, which a worker killed
    while taking a task holds for ever; it is made a no-op here (``terminate`` and ``join`` then
    return at once). The pool's threads are daemons, left waiting on pipes until the process
    ends."""
    handler = pool._worker_handler  # type: ignore[attr-defined]
    handler._state = multiprocessing.pool.TERMINATE
    handler.join(1.0)
    pool._terminate.cancel()  # type: ignore[attr-defined]
    pool._state = multiprocessing.pool.TERMINATE  # type: ignore[attr-defined]
    for process in pool.started:
        process.kill()
    for process in pool.started:
        process.join(1.0)
    pool._abandoned = True  # type: ignore[attr-defined]


def _call(arguments: tuple[Callable[[list[Any]], list[Any]], list[Any]]) -> list[Any]:
    """A worker's chunk, with the collector paused; what the chunk leaves in the worker (the
    documents it prepared and keeps for the next pairs of their component) is then frozen out of
    the collector's walks (``gc.freeze``). Otherwise the first collections after each chunk walk
    all of it again: 8 % of a worker's time verifying 100k documents (182 youngest-generation
    collections of 10 ms each, 17 of the middle one of 45 ms). The chunks make no reference
    cycles (a full collection after each chunk of a 10k scan finds none), and frozen objects are
    still freed when their last reference goes; the pool's workers end with the stage."""
    function, chunk = arguments
    with collector_paused():
        results = function(chunk)
        gc.freeze()
    return results


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
            with collector_paused():
                results = function(part)
            yield from results
            advance(len(part))
        return
    pool = _fork_pool(workers)
    try:
        mapped = pool.imap(_call, [(function, c) for c in chunks])
        for part in chunks:
            yield from _await(mapped.next, pool)
            advance(len(part))
    finally:
        # However the chunks end: all done, an error, Ctrl-C, or the consumer stopping early.
        _stop(pool)


class Background(Generic[Item, Result]):
    """``function`` applied to items handed over one at a time, by forked workers while the
    caller goes on (reading more input); ``results`` come back in the order items were submitted.

    The workers are forked at the first item: they see what the process held then and nothing
    added since, so an item carries what its work needs (a file offset, say). Until ``finish``,
    at most ``busy`` items are worked on at once, leaving the other cores to the caller. With one
    worker, or where ``fork`` is unavailable, each item is done in-process as it is submitted.
    """

    def __init__(self, function: Callable[[Item], Result], workers: int, busy: int | None = None) -> None:
        self._function = function
        self._workers = workers
        self._busy = workers if busy is None else max(1, busy)
        self._pool: Any = None
        self._lock = threading.Lock()
        self._waiting: deque[tuple[_Slot, Item]] = deque()
        self._running = 0
        self._slots: list[_Slot] = []

    def submit(self, item: Item) -> None:
        """Hand ``item`` over."""
        slot = _Slot()
        self._slots.append(slot)
        if self._workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            try:
                slot.started(_Done(self._function(item)))
            except Exception as error:
                slot.started(_Done(error=error))
            return
        if self._pool is None:
            self._pool = _fork_pool(self._workers)
        with self._lock:
            self._waiting.append((slot, item))
            self._start_waiting()

    def finish(self) -> None:
        """No more items soon: let every worker take the items still waiting."""
        with self._lock:
            self._busy = sys.maxsize
            self._start_waiting()

    def results(self) -> Iterator[Result]:
        """The result of every item submitted so far, in order (waiting for the workers)."""
        self.finish()
        slots, self._slots = self._slots, []
        for slot in slots:
            yield slot.get()

    def _start_waiting(self) -> None:
        while self._waiting and self._running < self._busy:
            slot, item = self._waiting.popleft()
            self._running += 1
            ended = self._ended
            result = self._pool.apply_async(self._function, (item,), callback=ended, error_callback=ended)
            slot.started(result, self._pool)

    def _ended(self, _: object) -> None:
        # Called in the pool's result thread as each item ends.
        with self._lock:
            self._running -= 1
            self._start_waiting()

    def close(self) -> None:
        """Stop the workers (any work still running is dropped)."""
        with self._lock:
            # Nothing more is started: an item ending now must not hand the next one to a pool
            # being terminated (its result thread would fail on "Pool not running").
            self._waiting.clear()
        if self._pool is not None:
            _stop(self._pool)
            if not getattr(self._pool, "_abandoned", False):
                self._pool.join()
            self._pool = None
        self._slots = []
        self._waiting.clear()

    def __enter__(self) -> Background[Item, Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Slot:
    """Where an item's result will be: computed in-process, or a pool's ``AsyncResult`` once the
    item is started."""

    def __init__(self) -> None:
        self._started = threading.Event()
        self._result: Any = None
        self._pool: Any = None

    def started(self, result: Any, pool: _WatchedPool | None = None) -> None:
        self._result = result
        self._pool = pool
        self._started.set()

    def get(self) -> Any:
        self._started.wait()
        if self._pool is None:
            return self._result.get()
        return _await(self._result.get, self._pool)


class _Done:
    """A result computed in-process (or its error), read back as a pool's ``AsyncResult`` is."""

    def __init__(self, value: Any = None, error: Exception | None = None) -> None:
        self.value = value
        self.error = error

    def get(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value
