"""Work handed to forked workers while the process goes on: every result, in order."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
import time
import weakref
from collections import OrderedDict
from pathlib import Path

import pytest
from click.testing import CliRunner

from dedupe import parallel, pipeline
from dedupe.cli import main
from dedupe.config import Settings
from dedupe.errors import WorkerLost
from dedupe.models import Article
from dedupe.parallel import Background
from dedupe.pipeline import find_duplicates
from tests.conftest import SEEDS_DIR


def _square_and_pid(value: int) -> tuple[int, int]:
    return value * value, os.getpid()


def _fail(value: int) -> int:
    raise ValueError(f"bad item {value}")


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_order(workers: int) -> None:
    with Background(_square_and_pid, workers) as jobs:
        for value in range(50):
            jobs.submit(value)
        first = list(jobs.results())
        jobs.submit(50)
        second = list(jobs.results())
    assert [square for square, _ in first + second] == [value * value for value in range(51)]
    in_process = {pid for _, pid in first + second} == {os.getpid()}
    assert in_process == (workers == 1 or "fork" not in multiprocessing.get_all_start_methods())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_item_raises_where_its_result_is_read(workers: int) -> None:
    with Background(_fail, workers) as jobs:
        jobs.submit(3)
        with pytest.raises(ValueError, match="bad item 3"):
            list(jobs.results())


def test_no_worker_is_forked_before_the_first_item() -> None:
    with Background(_square_and_pid, 2) as jobs:
        assert multiprocessing.active_children() == []
        assert list(jobs.results()) == []


_CONTEXT = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
_RUNNING = _CONTEXT.Value("i", 0) if _CONTEXT else None
_MOST = _CONTEXT.Value("i", 0) if _CONTEXT else None
_ENDED = _CONTEXT.Value("i", 0) if _CONTEXT else None


def _counted(value: int) -> int:
    assert _RUNNING is not None and _MOST is not None and _ENDED is not None
    with _RUNNING.get_lock():
        _RUNNING.value += 1
        _MOST.value = max(_MOST.value, _RUNNING.value)
    time.sleep(0.02)
    with _RUNNING.get_lock():
        _RUNNING.value -= 1
        _ENDED.value += 1
    return value


@pytest.mark.skipif(_CONTEXT is None, reason="needs fork")
def test_items_are_worked_on_one_at_a_time_until_finish() -> None:
    assert _RUNNING is not None and _MOST is not None and _ENDED is not None
    _MOST.value = _ENDED.value = 0
    with Background(_counted, 2, busy=1) as jobs:
        for value in range(6):
            jobs.submit(value)
        deadline = time.monotonic() + 30
        while _ENDED.value < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _MOST.value == 1
        for value in range(6, 12):
            jobs.submit(value)
        assert list(jobs.results()) == list(range(12))


def _seed_articles() -> list[Article]:
    return [
        Article(id=path.name, path=str(path), text=path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS_DIR.glob("*.txt"))
    ]


def test_a_worker_keeps_the_documents_it_used_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_WORKER_CACHE_SIZE", 2)
    monkeypatch.setattr(pipeline, "_WORKER_DOCS", OrderedDict())
    monkeypatch.setattr(parallel, "_SHARED", {"settings": Settings(jobs=1), "corpus": _seed_articles()})
    first = pipeline._prepared(0)
    pipeline._prepared(1)
    assert pipeline._prepared(0) is first  # used again: now the most recent
    pipeline._prepared(2)  # drops document 1, the least recently used
    assert list(pipeline._WORKER_DOCS) == [0, 2]
    assert pipeline._prepared(0) is first


def test_the_report_does_not_depend_on_the_worker_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _seed_articles()
    roomy = find_duplicates(articles, Settings(jobs=1))
    monkeypatch.setattr(pipeline, "_WORKER_CACHE_SIZE", 1)
    assert find_duplicates(articles, Settings(jobs=1)) == roomy
    assert roomy.pairs  # the seeds relate: the comparison is not between two empty reports


def _collector_states(chunk: list[int]) -> list[tuple[int, bool]]:
    return [(item, gc.isenabled()) for item in chunk]


@pytest.mark.parametrize("workers", [1, 2])
def test_chunks_run_with_the_cyclic_collector_paused_and_it_comes_back(workers: int) -> None:
    items = list(range(300))
    results = list(parallel.run_chunks(_collector_states, items, workers, lambda _: None, chunk=50))
    assert results == [(item, False) for item in items]
    assert gc.isenabled()


def _freeze_counts(chunk: list[int]) -> list[tuple[int, int]]:
    return [(item, gc.get_freeze_count()) for item in chunk]


def test_a_worker_freezes_what_its_chunks_leave_and_the_caller_freezes_nothing() -> None:
    # 8 chunks over 2 workers: a worker's later chunks find the earlier ones' objects frozen.
    items = list(range(400))
    in_workers = list(parallel.run_chunks(_freeze_counts, items, 2, lambda _: None, chunk=50))
    assert [item for item, _ in in_workers] == items
    assert max(count for _, count in in_workers) > 0
    assert gc.get_freeze_count() == 0
    in_process = list(parallel.run_chunks(_freeze_counts, items, 1, lambda _: None, chunk=50))
    assert in_process == [(item, 0) for item in items]
    assert gc.get_freeze_count() == 0


def test_a_paused_collector_is_enabled_again_after_an_error_and_left_off_if_it_was_off() -> None:
    with pytest.raises(ValueError), parallel.collector_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with parallel.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_cycle_made_in_a_chunk_is_still_collected() -> None:
    class Node:
        pass

    with parallel.collector_paused():
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
    gc.collect(0)
    assert alive() is None


def test_objects_held_when_settled_are_frozen_for_the_block_only() -> None:
    assert gc.get_freeze_count() == 0
    with parallel.collector_settled():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()  # the process froze objects of its own: it manages freezing, nothing is added
    try:
        frozen = gc.get_freeze_count()
        with parallel.collector_settled():
            kept = [object() for _ in range(1000)]
            gc.collect()
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
        del kept
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_scan_leaves_the_collector_as_it_found_it(workers: int) -> None:
    articles = [Article(id=p.name, path=str(p), text=p.read_text()) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    report = find_duplicates(articles, Settings(jobs=workers))
    assert [(p.a[:3], p.b[:3], p.relation.value) for p in report.pairs] == [("000", "003", "rewrite")]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


# --- a worker that dies (the kernel's out-of-memory killer, kill -9) ----------------------------


def _die_at(value: int) -> int:
    if value == 300:
        os.kill(os.getpid(), 9)
    return value


def _die_in_chunk(chunk: list[int]) -> list[int]:
    return [_die_at(value) for value in chunk]


def _workers_left(before: set[int | None]) -> set[int | None]:
    return {child.pid for child in multiprocessing.active_children() if child.pid not in before}


def test_a_worker_killed_mid_chunk_ends_the_run_with_an_error_not_a_hang() -> None:
    before = {child.pid for child in multiprocessing.active_children()}
    started = time.monotonic()
    with pytest.raises(WorkerLost, match=r"^a worker process ended before its work was done \(killed by signal 9;"):
        list(parallel.run_chunks(_die_in_chunk, list(range(1000)), 2, lambda _: None, chunk=10))
    assert time.monotonic() - started < 30
    assert _workers_left(before) == set()


def test_a_background_worker_killed_ends_the_results_with_an_error_not_a_hang() -> None:
    before = {child.pid for child in multiprocessing.active_children()}
    started = time.monotonic()
    with Background(_die_at, 2) as jobs:
        for value in range(298, 310):
            jobs.submit(value)
        with pytest.raises(WorkerLost):
            list(jobs.results())
    assert time.monotonic() - started < 30
    assert _workers_left(before) == set()


def test_a_scan_whose_worker_is_killed_exits_3_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verification's workers die on their first pair: one line on stderr, exit 3."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(300):
        (corpus / f"{k:03d}.txt").write_text((SEEDS_DIR / "000_18cf876f3e1eab20.txt").read_text(encoding="utf-8"))
    monkeypatch.setattr(pipeline, "verify_pair", lambda *_args, **_kw: os.kill(os.getpid(), 9))
    result = CliRunner().invoke(main, ["scan", str(corpus), "--format", "json", "--quiet", "--jobs", "2"])
    assert result.exit_code == 3
    assert result.stdout == ""
    lost = "a worker process ended before its work was done (killed by signal 9; out of memory?)"
    assert result.stderr == f"error: {lost}\n"


def test_a_worker_killed_as_soon_as_it_is_forked_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed before the pool's first task, perhaps replaced by the pool before the run looks:
    the task queue's lock may be the dead worker's, so the run must not wait for results."""
    real = parallel._fork_pool

    def fork_and_kill(workers: int) -> multiprocessing.pool.Pool:
        pool = real(workers)
        os.kill(pool._pool[0].pid, 9)  # type: ignore[attr-defined]
        time.sleep(0.3)  # the pool's handler reaps it and forks another
        return pool

    monkeypatch.setattr(parallel, "_fork_pool", fork_and_kill)
    before = {child.pid for child in multiprocessing.active_children()}
    started = time.monotonic()
    try:
        results = list(parallel.run_chunks(_die_in_chunk, list(range(0, 200)) * 3, 2, lambda _: None, chunk=10))
    except WorkerLost:
        pass
    else:  # the dead worker held no lock: every result came back, in order
        assert results == list(range(0, 200)) * 3
    assert time.monotonic() - started < 30
    assert _workers_left(before) == set()
