"""Texts kept on disk during a scan: what goes in comes back, from any process, and the file goes."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedupe import boilerplate, pipeline, store
from dedupe.boilerplate import strip_boilerplate
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.store import StoredTexts, TextStore

texts = st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=50) | st.just("a\ud800b"), max_size=30)


@given(texts, st.sampled_from([0, 10, 1 << 30]))
def test_every_text_comes_back(values: list[str], spill_bytes: int) -> None:
    with TextStore(spill_bytes=spill_bytes) as kept:
        numbers = [kept.add(value) for value in values]
        kept.finish()
        assert numbers == list(range(len(values)))
        assert [kept.get(n) for n in numbers] == values


def test_small_corpora_stay_in_memory_and_large_ones_spill() -> None:
    with TextStore(spill_bytes=100) as kept:
        kept.add("x" * 50)
        assert not kept.on_disk
        kept.add("y" * 60)
        assert kept.on_disk
        assert kept.get(0) == "x" * 50


def _read_in_child(kept: TextStore, queue: multiprocessing.Queue[str]) -> None:
    queue.put(kept.get(1))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_forked_workers_read_the_texts() -> None:
    with TextStore(spill_bytes=0) as kept:
        for value in ("first", "second ü 東京", "third"):
            kept.add(value)
        kept.finish()
        context = multiprocessing.get_context("fork")
        queue: multiprocessing.Queue[str] = context.Queue()
        child = context.Process(target=_read_in_child, args=(kept, queue))
        child.start()
        child.join()
        assert queue.get(timeout=5) == "second ü 東京"


def test_the_file_is_gone_when_the_store_closes(tmp_path: Path) -> None:
    folder = tmp_path / "spill"
    folder.mkdir()
    with TextStore(spill_bytes=0, directory=str(folder)) as kept:
        kept.add("text")
        kept.finish()
        assert kept.on_disk
    assert os.listdir(folder) == []


def test_a_scan_gives_the_same_report_with_texts_on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    base = "Officials said the bridge over the river would reopen on Monday after repairs.\n"
    articles = [
        Article(id="a", path="a", text=base + "The mayor welcomed the decision.\nSubscribe to our newsletter"),
        Article(id="b", path="b", text=base + "The mayor welcomed the decision.\nSubscribe to our newsletter"),
        Article(id="c", path="c", text="A different story about a football match that ended in a draw on Sunday."),
    ]
    in_memory = pipeline.find_duplicates(articles, Settings(jobs=1))
    monkeypatch.setattr(store, "SPILL_BYTES", 0)
    on_disk = pipeline.find_duplicates(articles, Settings(jobs=1))
    assert on_disk == in_memory
    assert [(p.a, p.b, p.relation.value) for p in on_disk.pairs] == [("a", "b", "exact")]


def _stored_in_child(texts: StoredTexts, queue: multiprocessing.Queue[list[bytes] | str]) -> None:
    try:
        queue.put([bytes(text) for text in texts.read()])
    except RuntimeError as error:
        queue.put(str(error))


def _read_in_fork(texts: StoredTexts) -> list[bytes] | str:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[list[bytes] | str] = context.Queue()
    child = context.Process(target=_stored_in_child, args=(texts, queue))
    child.start()
    result = queue.get(timeout=10)
    child.join()
    return result


VALUES = ["first", "", "second ü 東京", "a\ud800b", "third"]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
@pytest.mark.parametrize("spill_bytes", [0, 1 << 30])
def test_a_run_of_texts_is_read_back_in_a_forked_worker(spill_bytes: int) -> None:
    with TextStore(spill_bytes=spill_bytes) as kept:
        for value in VALUES:
            kept.add(value)
        kept.finish()
        assert kept.readable == len(VALUES)
        assert kept.size_before(2) == len("first") == kept.size_before(1)
        assert kept.size_before(len(VALUES)) == kept.size
        encoded = [value.encode("utf-8", "surrogatepass") for value in VALUES]
        assert _read_in_fork(kept.stored(1, 4)) == encoded[1:4]
        assert [bytes(text) for text in kept.stored(0, 5).read()] == encoded


def test_texts_on_disk_are_readable_once_written() -> None:
    with TextStore(spill_bytes=0) as kept:
        kept.add("written at once: the store spills")
        kept.add("buffered")
        assert kept.readable == 1
        kept.finish()
        assert kept.readable == 2


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_forked_before_the_file_was_made_says_so() -> None:
    with TextStore(spill_bytes=0) as kept:
        context = multiprocessing.get_context("fork")
        queue: multiprocessing.Queue[list[bytes] | str] = context.Queue()
        inbox: multiprocessing.Queue[StoredTexts] = context.Queue()
        child = context.Process(target=_read_when_told, args=(inbox, queue))
        child.start()
        kept.add("made after the fork")
        kept.finish()
        inbox.put(kept.stored(0, 1))
        result = queue.get(timeout=10)
        child.join()
    assert isinstance(result, str) and "not open in this process" in result


def _read_when_told(inbox: multiprocessing.Queue[StoredTexts], queue: multiprocessing.Queue[list[bytes] | str]) -> None:
    _stored_in_child(inbox.get(timeout=10), queue)


@pytest.mark.parametrize("workers", [1, 2])
def test_reading_a_corpus_with_workers_gives_the_same_corpus(workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(boilerplate, "_JOB_BYTES", 300)
    monkeypatch.setattr(boilerplate, "_PARALLEL_BYTES", 0)
    chrome = "Subscribe to our newsletter for the latest news."
    articles = [
        Article(id=f"doc-{n % 37:02}", path=f"p{n}", text=f"Story {n} about the harbour's {n} boats.\n{chrome}")
        for n in range(60)
    ]
    with TextStore(spill_bytes=0) as kept:
        corpus = pipeline.read_corpus(iter(articles), kept, pipeline._Silent(), workers)
        read = list(corpus)
        assert corpus.shells == [replace(article, text="") for article in read]
    expected = strip_boilerplate(sorted(articles[:37], key=lambda a: a.id))
    assert read == expected
    assert all(chrome not in article.text for article in read)


def test_an_article_with_a_text_is_the_replaced_article() -> None:
    article = Article(id="a", path="p", text="text", title="t", date="d", url="u", author="w", body_offset=3)
    assert pipeline.Corpus.with_text(article, "other") == replace(article, text="other")
    assert article.text == "text"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_forked_while_texts_were_in_memory_reads_them_once_spilled() -> None:
    with TextStore(spill_bytes=100) as kept:
        kept.add("in memory")
        early = kept.stored(0, 1)
        assert not kept.on_disk and early.data == b"in memory"
        context = multiprocessing.get_context("fork")
        queue: multiprocessing.Queue[list[bytes] | str] = context.Queue()
        inbox: multiprocessing.Queue[StoredTexts] = context.Queue()
        child = context.Process(target=_read_when_told, args=(inbox, queue))
        child.start()
        kept.add("x" * 200)
        kept.add("after the spill")
        kept.finish()
        assert kept.on_disk
        inbox.put(kept.stored(1, 3))
        result = queue.get(timeout=10)
        child.join()
    assert result == [b"x" * 200, b"after the spill"]


@given(st.lists(st.integers(0, 9), min_size=1, max_size=20), st.integers(0, 30), st.data())
def test_a_run_of_texts_holds_at_most_its_size(sizes: list[int], size: int, data: st.DataObject) -> None:
    with TextStore() as kept:
        for length in sizes:
            kept.add("x" * length)
        first = data.draw(st.integers(0, len(sizes) - 1))
        end = data.draw(st.integers(first + 1, len(sizes)))
        last = kept.run_end(first, end, size)
        assert first < last <= end
        assert last == first + 1 or sum(sizes[first:last]) <= size
        assert last == end or sum(sizes[first : last + 1]) > size
