"""Measures of every candidate pair of labelled sets, for calibrating the relation rules.

usage: python calibration/collect.py OUT.jsonl SET_DIR [SET_DIR ...]
Each line: {"set", "a", "b", "label" (copy|rewrite|partial|none|cross|unlabelled), measures...}.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from dedupe.config import Settings
from dedupe.lsh import Signer
from dedupe.pipeline import Signatures, _Silent, corpus_statistics, find_candidates
from dedupe.prepare import prepare, sentence_grams, sketch
from dedupe.shingle import TokenHasher
from dedupe.sources import iter_articles
from dedupe.verify import align, measure


def story(doc_id: str) -> str:
    return doc_id.rsplit("/", 1)[-1].split("-", 1)[0]


def main() -> None:
    out = Path(sys.argv[1])
    settings = Settings(sentence_similarity=float(__import__("os").environ.get("SIM", "0.3")))
    with out.open("w", encoding="utf-8") as sink:
        for folder in map(Path, sys.argv[2:]):
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            labels = {frozenset((a, b)): lab for a, b, lab in truth["pairs"]}
            hasher = TokenHasher(settings.seed)
            articles = sorted(iter_articles([str(folder / "docs")], lambda s: None), key=lambda a: a.id)
            docs = [prepare(a, settings, hasher) for a in articles]
            statistics = corpus_statistics(articles, settings, hasher)
            signer = Signer(settings.num_perm, settings.seed)
            sketches = [sketch(a, settings) for a in articles]
            signatures = Signatures.of(sketches, signer, statistics.common_stems)
            for i, j in sorted(find_candidates(signatures, settings, _Silent())):
                a, b = docs[i], docs[j]
                sentence_grams(a, settings, hasher)
                sentence_grams(b, settings, hasher)
                m = measure(a, b, settings, align(a, b), statistics.common_shingles)
                ida, idb = a.article.id, b.article.id
                label = labels.get(frozenset((ida, idb)))
                if label is None:
                    label = "cross" if story(ida) != story(idb) else "unlabelled"
                row = {"set": folder.name, "a": ida, "b": idb, "label": label, **asdict(m)}
                sink.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
