"""What verifying one candidate pair costs, step by step: CPU milliseconds a pair, in one process.

    python benchmarks/verify_cost.py /tmp/bench10k/corpus.jsonl [--pairs 600] [--repeat 5]

Finds the corpus's candidate pairs as ``dedupe scan`` does, takes the first ``--pairs`` of them in
the order the workers verify them (by connected component), and verifies them in this process
``--repeat`` times, timing each step with the process's CPU clock (the cycle collector off: this
harness keeps every prepared document alive, which would make it run far more often than in a
scan's workers, where documents come and go):
preparing both documents, their sentence grams, alignment, measures and relation, the facts the
evidence compares, and the rest of the evidence. Prints the least time of the repeats per step,
which varies far less than a whole scan's wall time on a shared machine. A measuring tool, not a
test: it uses the pipeline's internals and may need changes when they change.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from dedupe import evidence, verify
from dedupe.config import Settings
from dedupe.pipeline import _Silent, by_component, corpus_statistics, find_candidates, read_corpus, sign_corpus
from dedupe.prepare import Prepared, prepare, sentence_grams
from dedupe.shingle import TokenHasher
from dedupe.sources import SourceOptions, iter_articles
from dedupe.store import TextStore
from dedupe.verify import align, classify, measure

STEPS = ("prepare", "sentence grams", "align", "measure + classify", "facts", "evidence")


class _Clock:
    """CPU seconds spent in each step."""

    def __init__(self) -> None:
        self.times = dict.fromkeys(STEPS, 0.0)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.process_time()
        yield
        self.times[name] += time.process_time() - start


@click.command()
@click.argument("corpus")
@click.option("--pairs", type=click.IntRange(min=1), default=600, show_default=True, help="Candidate pairs to verify.")
@click.option("--repeat", type=click.IntRange(min=1), default=5, show_default=True, help="Runs; the least time counts.")
@click.option("--max-size", type=int, default=10_000, show_default=True, help="MB, as dedupe scan --max-size.")
def main(corpus: str, pairs: int, repeat: int, max_size: int) -> None:
    """Verify the first candidate pairs of CORPUS and print the CPU time of each step."""
    settings = Settings()
    with TextStore() as store:
        articles = iter_articles([corpus], lambda *_: None, SourceOptions(max_bytes=max_size * 2**20))
        documents = read_corpus(articles, store, _Silent(), settings.workers)
        statistics = corpus_statistics(documents, settings, TokenHasher(settings.seed))
        signatures = sign_corpus(documents, settings, statistics, _Silent())
        chosen = by_component(sorted(find_candidates(signatures, settings, _Silent())))[:pairs]
        texts = {index: documents[index] for pair in chosen for index in pair}
    if not chosen:
        click.echo("no candidate pairs in this corpus", err=True)
        return
    hasher = TokenHasher(settings.seed)
    best = dict.fromkeys(STEPS, float("inf"))
    related = 0
    gc.collect()
    gc.disable()
    for _ in range(repeat):
        evidence._SIDES.clear()
        evidence.extract_facts.cache_clear()
        evidence.number_value.cache_clear()
        verify._values.cache_clear()
        clock = _Clock()
        ready: dict[int, Prepared] = {}
        related = 0
        for i, j in chosen:
            for index in (i, j):
                if index not in ready:
                    with clock.step("prepare"):
                        ready[index] = prepare(texts[index], settings, hasher)
            a, b = sorted((ready[i], ready[j]), key=lambda doc: doc.article.id)
            with clock.step("sentence grams"):
                sentence_grams(a, settings, hasher)
                sentence_grams(b, settings, hasher)
            with clock.step("align"):
                alignment = align(a, b)
            with clock.step("measure + classify"):
                verdict = classify(a, b, measure(a, b, settings, alignment, statistics.common_shingles), settings)
            if verdict is None:
                continue
            related += 1
            with clock.step("facts"):
                _ = evidence._Side.of(a).facts, evidence._Side.of(b).facts
            with clock.step("evidence"):
                evidence.build_evidence(a, b, alignment, verdict[0], settings)
        for step in STEPS:
            best[step] = min(best[step], clock.times[step])
    gc.enable()
    total = sum(best.values())
    heading = f"{len(chosen)} candidate pairs ({related} related), {len(texts)} documents, least of {repeat} runs"
    click.echo(heading, err=True)
    for step in STEPS:
        click.echo(f"{step:20s} {best[step] / len(chosen) * 1e3:7.3f} ms a pair  {best[step] / total:6.1%}", err=True)
    click.echo(f"{'total':20s} {total / len(chosen) * 1e3:7.3f} ms a pair", err=True)


if __name__ == "__main__":
    sys.exit(main())
