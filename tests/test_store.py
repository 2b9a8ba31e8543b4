"""Texts kept on disk during a scan: what goes in comes back, from any process, and the file goes."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedupe import pipeline, store
from dedupe.config import Settings
from dedupe.models import Article
from dedupe.store import TextStore

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
