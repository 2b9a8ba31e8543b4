"""Pairs found by the topic index alone are confirmed on their exact topic stems before verification."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from dedupe.config import Settings
from dedupe.models import Article
from dedupe.pipeline import (
    TOPIC_CONFIRM,
    _Silent,
    candidate_pairs,
    corpus_statistics,
    read_corpus,
    sign_corpus,
    topic_confirmed,
    verify_pairs,
)
from dedupe.prepare import sketch, topic_stems
from dedupe.shingle import TokenHasher
from dedupe.store import TextStore
from tests.conftest import SEEDS_DIR


def _stems(values: set[int]) -> np.ndarray:
    return np.array(sorted(values), dtype=np.uint64)


def test_the_bar_is_the_exact_jaccard_at_a_share_of_the_topic_threshold() -> None:
    settings = Settings(topic_threshold=0.1)
    assert round(TOPIC_CONFIRM * settings.topic_threshold, 9) == 0.08
    # 2 shared of 25 distinct stems: exactly 0.08, kept; 2 of 26: 0.077, dropped.
    a = set(range(13))
    assert topic_confirmed(_stems(a), _stems({0, 1, *range(100, 112)}), settings)
    assert not topic_confirmed(_stems(a), _stems({0, 1, *range(100, 113)}), settings)
    assert not topic_confirmed(_stems(set()), _stems(set()), settings)
    assert topic_confirmed(_stems(a), _stems(a), replace(settings, topic_threshold=1.0))


@given(
    st.sets(st.integers(0, 60), max_size=40),
    st.sets(st.integers(0, 60), max_size=40),
    st.floats(0.01, 1.0),
)
def test_topic_confirmed_is_exact_jaccard_against_the_bar(a: set[int], b: set[int], threshold: float) -> None:
    union = len(a | b)
    expected = union > 0 and len(a & b) / union >= round(TOPIC_CONFIRM * threshold, 9)
    assert topic_confirmed(_stems(a), _stems(b), Settings(topic_threshold=threshold)) == expected


def _seed_articles() -> list[Article]:
    articles = [
        Article(id=path.name, path=str(path), text=path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS_DIR.glob("*.txt"))
    ]
    # A verbatim copy: found by the copy index and by its fingerprint, never confirmed on topics.
    return [*articles, replace(articles[0], id="zz-copy.txt")]


def test_candidates_found_by_the_topic_index_alone_are_marked() -> None:
    settings = Settings(jobs=1)
    with TextStore() as store:
        corpus = read_corpus(_seed_articles(), store, _Silent(), 1)
        statistics = corpus_statistics(corpus, settings, TokenHasher(settings.seed))
        signatures = sign_corpus(corpus, settings, statistics, _Silent())
        pairs, topic_only = candidate_pairs(signatures, settings, _Silent())
        ids = [article.id for article in corpus]
    named = {(ids[i], ids[j]) for i, j in topic_only}
    assert topic_only <= pairs
    assert ("000_18cf876f3e1eab20.txt", "003_c661afd7bc768f5b.txt") in named  # 5-shingle Jaccard 0.04
    copy = (ids.index("000_18cf876f3e1eab20.txt"), ids.index("zz-copy.txt"))
    assert copy in pairs
    assert copy not in topic_only
    # Without rewrite detection there is no topic index and nothing to confirm.
    _, none = candidate_pairs(signatures, replace(settings, rewrites=False), _Silent())
    assert none == set()


def test_a_topic_only_pair_under_the_bar_is_dropped_before_verification() -> None:
    articles = _seed_articles()[:5]
    rewrite = (0, 3)  # seeds 000 and 003: exact topic-stem Jaccard 0.54 on the five seeds
    for threshold, confirm, expected in [
        (0.1, set(), 1),
        (0.1, {rewrite}, 1),  # bar 0.08: confirmed, verified, reported
        (0.7, set(), 1),  # not to confirm: verified whatever the threshold
        (0.7, {rewrite}, 0),  # bar 0.56: dropped unverified
    ]:
        settings = Settings(jobs=1, topic_threshold=threshold)
        with TextStore() as store:
            corpus = read_corpus(articles, store, _Silent(), 1)
            statistics = corpus_statistics(corpus, settings, TokenHasher(settings.seed))
            pairs = verify_pairs(corpus, [rewrite], settings, _Silent(), None, statistics, confirm)
        assert len(pairs) == expected, (threshold, confirm)
        if expected:
            assert (pairs[0].a, pairs[0].b, pairs[0].relation.value) == (
                "000_18cf876f3e1eab20.txt",
                "003_c661afd7bc768f5b.txt",
                "rewrite",
            )


@given(
    st.text(
        alphabet=st.sampled_from(list("aZé ßİı Ñ\u0301\u0915\u093f\u4e2d\u6587\u0e01\u0627\u0644\u0434 1.,\n«»")),
        max_size=200,
    )
)
def test_topic_stems_are_the_sketchs_stems(text: str) -> None:
    # A pair found by the topic index alone is confirmed on the stems the index signed.
    article = Article(id="a", path="a", text=text)
    settings = Settings()
    assert np.array_equal(topic_stems(article, settings), sketch(article, settings).stems)


def test_topic_stems_of_the_seeds_are_the_sketchs_stems() -> None:
    settings = Settings()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        article = Article(id=path.name, path=str(path), text=path.read_text(encoding="utf-8"))
        stems = topic_stems(article, settings)
        assert len(stems) > 50
        assert np.array_equal(stems, sketch(article, settings).stems)
