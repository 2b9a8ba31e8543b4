"""The plain datasketch near-duplicate baseline that dedupe is benchmarked against.

The classic recipe that datasketch, text-dedup and datatrove users run: lowercased
`\\w+` word 5-shingles, a 128-permutation MinHash per document, MinHashLSH at
threshold 0.5 (filled with an insertion session), every document queried, and each
candidate pair kept when the exact Jaccard similarity of the two shingle sets is at
least the threshold.

Shingles are hashed once; the same hashes feed the MinHash and the exact check,
which keeps each document's shingle set as a sorted numpy array of 32-bit hashes
(4 bytes a shingle instead of a Python set of strings). Engines:
  datasketch  xxh32 of each shingle's UTF-8 bytes, then
              MinHash(hashfunc=int).update_batch(hashes): the same signature as
              MinHash(hashfunc=xxhash.xxh32_intdigest).update_batch(shingle bytes)
  rensa       rensa's batch API hashes the shingles (RMinHash.hash_token_sets) and
              signs them in Rust (digest_matrix_from_token_hash_sets); the digests go
              into the same datasketch MinHashLSH as LeanMinHash; the exact check
              uses the low 32 bits of rensa's shingle hashes
--procs N computes signatures in N worker processes; the LSH stays in the parent.

Prints the pairs as JSON on stdout ({"pairs": [{"a", "b", "jaccard"}], ...}) and a
summary on stderr. Exit codes: 0 success, 2 usage error, 3 engine not installed.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import re
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import IO, Any, Literal

import click
import numpy as np
import numpy.typing as npt
import xxhash
from datasketch import LeanMinHash, MinHash, MinHashLSH  # type: ignore[import-untyped, unused-ignore]

EXIT_ENGINE_MISSING = 3
TOKEN = re.compile(r"\w+")
MINHASH_SEED = 1
RENSA_SEED = 42
# The LSH keys and the permutation scheme label: rensa digests are 32-bit like
# affine32, and MinHashLSH only uses the label to refuse mixing schemes.
SCHEME = "affine32"

Engine = Literal["datasketch", "rensa"]
ShingleHashes = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class BaselineSettings:
    """Everything that changes the baseline's output or its speed."""

    threshold: float = 0.5
    num_perm: int = 128
    shingle_size: int = 5
    engine: Engine = "datasketch"
    procs: int = 1
    batch_size: int = 256


@dataclass(frozen=True)
class SignedBatch:
    """Signatures (one row per document) and exact shingle-hash sets of a batch."""

    ids: list[str]
    signatures: npt.NDArray[np.uint32]
    shingle_sets: list[ShingleHashes]


@dataclass
class BaselineResult:
    """Pairs found and where the time went."""

    settings: BaselineSettings
    documents: int = 0
    candidate_pairs: int = 0
    pairs: list[tuple[str, str, float]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "tool": "datasketch-baseline",
            "version": 1,
            "settings": asdict(self.settings),
            "documents": self.documents,
            "candidate_pairs": self.candidate_pairs,
            "timings": self.timings,
            "peak_rss_kib": {
                "self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "largest_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            },
            "pairs": [{"a": a, "b": b, "jaccard": round(j, 4)} for a, b, j in self.pairs],
        }


def shingles(text: str, size: int) -> list[str]:
    """Lowercased word shingles; a document shorter than `size` words is one shingle."""
    tokens = TOKEN.findall(text.lower())
    if len(tokens) <= size:
        return [" ".join(tokens)] if tokens else []
    return list(map(" ".join, zip(*(tokens[i:] for i in range(size)), strict=False)))


def xxh32_shingle_set(grams: Sequence[str]) -> npt.NDArray[np.uint32]:
    hashes = np.fromiter(map(xxhash.xxh32_intdigest, map(str.encode, grams)), dtype=np.uint32, count=len(grams))
    return np.unique(hashes)


def exact_jaccard(first: ShingleHashes, second: ShingleHashes) -> float:
    """Jaccard similarity of two sorted, duplicate-free hash arrays."""
    common = np.intersect1d(first, second, assume_unique=True).size
    union = first.size + second.size - common
    return common / union if union else 1.0


class DatasketchSigner:
    """Signs documents with datasketch's MinHash."""

    def __init__(self, settings: BaselineSettings) -> None:
        self.settings = settings
        # copy() of one prototype reuses its permutations, as MinHash.generator does.
        self.prototype = MinHash(num_perm=settings.num_perm, seed=MINHASH_SEED, hashfunc=int)

    def sign(self, ids: list[str], texts: list[str]) -> SignedBatch:
        signatures = np.empty((len(texts), self.settings.num_perm), dtype=np.uint32)
        shingle_sets: list[ShingleHashes] = []
        for row, text in enumerate(texts):
            shingle_set = xxh32_shingle_set(shingles(text, self.settings.shingle_size))
            minhash = self.prototype.copy()
            minhash.update_batch(shingle_set.tolist())
            signatures[row] = minhash.hashvalues
            shingle_sets.append(shingle_set)
        return SignedBatch(ids, signatures, shingle_sets)


class RensaSigner:
    """Signs documents with rensa's RMinHash batch API (hashing and MinHash in Rust)."""

    def __init__(self, settings: BaselineSettings) -> None:
        import rensa  # type: ignore[import-untyped]  # optional engine: imported on use

        self.settings = settings
        self.rminhash = rensa.RMinHash

    def sign(self, ids: list[str], texts: list[str]) -> SignedBatch:
        size = self.settings.shingle_size
        hash_lists = self.rminhash.hash_token_sets([shingles(text, size) for text in texts])
        matrix = self.rminhash.digest_matrix_from_token_hash_sets(hash_lists, self.settings.num_perm, RENSA_SEED)
        signatures = np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), self.settings.num_perm)
        # Keep the low 32 bits, as the datasketch engine keeps xxh32: the same memory
        # per shingle and the same (negligible) chance of a collision in the exact check.
        shingle_sets: list[ShingleHashes] = [
            np.unique(np.array(hashes, dtype=np.uint64).astype(np.uint32)) for hashes in hash_lists
        ]
        return SignedBatch(ids, signatures, shingle_sets)


Signer = DatasketchSigner | RensaSigner


def make_signer(settings: BaselineSettings) -> Signer:
    if settings.engine == "rensa":
        return RensaSigner(settings)
    return DatasketchSigner(settings)


def parse_lines(lines: Sequence[str], first_line_number: int) -> tuple[list[str], list[str]]:
    """Record ids (the line number when a record has none) and texts of JSONL lines."""
    ids: list[str] = []
    texts: list[str] = []
    for offset, line in enumerate(lines):
        record = json.loads(line)
        ids.append(str(record.get("id", first_line_number + offset)))
        texts.append(str(record.get("text", "")))
    return ids, texts


def line_batches(stream: IO[str], batch_size: int) -> Iterator[tuple[int, list[str]]]:
    """(line number of the first line, non-blank lines) in batches."""
    batch: list[str] = []
    first = 1
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        if not batch:
            first = number
        batch.append(line)
        if len(batch) == batch_size:
            yield first, batch
            batch = []
    if batch:
        yield first, batch


_worker_signer: Signer | None = None


def _init_worker(settings: BaselineSettings) -> None:
    global _worker_signer
    _worker_signer = make_signer(settings)


def _sign_in_worker(batch: tuple[int, list[str]]) -> SignedBatch:
    assert _worker_signer is not None, "worker not initialised"
    first, lines = batch
    return _worker_signer.sign(*parse_lines(lines, first))


def signed_batches(stream: IO[str], settings: BaselineSettings) -> Iterator[SignedBatch]:
    """Signed batches in input order, from this process or `settings.procs` workers."""
    batches = line_batches(stream, settings.batch_size)
    if settings.procs <= 1:
        signer = make_signer(settings)
        for first, lines in batches:
            yield signer.sign(*parse_lines(lines, first))
        return
    with multiprocessing.Pool(settings.procs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_sign_in_worker, batches)


def find_near_duplicates(stream: IO[str], settings: BaselineSettings) -> BaselineResult:
    """Runs the whole baseline over a JSONL stream."""
    result = BaselineResult(settings)
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
    ids: list[str] = []
    minhashes: list[LeanMinHash] = []
    shingle_sets: list[ShingleHashes] = []
    seed = RENSA_SEED if settings.engine == "rensa" else MINHASH_SEED
    with lsh.insertion_session(buffer_size=50_000) as session:
        for batch in signed_batches(stream, settings):
            for row, doc_id in enumerate(batch.ids):
                minhash = LeanMinHash(seed=seed, hashvalues=batch.signatures[row], scheme=SCHEME)
                session.insert(len(ids), minhash, check_duplication=False)
                ids.append(doc_id)
                minhashes.append(minhash)
            shingle_sets.extend(batch.shingle_sets)
    indexed = time.perf_counter()
    result.documents = len(ids)
    for key, minhash in enumerate(minhashes):
        for other in lsh.query(minhash):
            if other <= key:
                continue
            result.candidate_pairs += 1
            similarity = exact_jaccard(shingle_sets[key], shingle_sets[other])
            if similarity >= settings.threshold:
                result.pairs.append((ids[key], ids[other], similarity))
    finished = time.perf_counter()
    result.timings = {
        "sign_and_index_s": round(indexed - started, 3),
        "query_and_verify_s": round(finished - indexed, 3),
        "total_s": round(finished - started, 3),
    }
    return result


def engine_available(engine: Engine) -> bool:
    if engine == "datasketch":
        return True
    try:
        importlib.import_module(engine)
    except ImportError:
        return False
    return True


def _summary(result: BaselineResult) -> str:
    total = result.timings["total_s"]
    rate = result.documents / total if total else 0.0
    return (
        f"{result.settings.engine} x{result.settings.procs}: {result.documents:,} documents, "
        f"{result.candidate_pairs:,} candidate pairs, {len(result.pairs):,} pairs "
        f"in {total:.1f} s ({rate:,.0f} docs/s; sign+index "
        f"{result.timings['sign_and_index_s']:.1f} s, query+verify "
        f"{result.timings['query_and_verify_s']:.1f} s)"
    )


@click.command()
@click.argument("corpus", type=click.File("r", encoding="utf-8"))
@click.option(
    "--engine",
    type=click.Choice(["datasketch", "rensa"]),
    default="datasketch",
    show_default=True,
    help="What computes the MinHash signatures.",
)
@click.option(
    "--procs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes computing signatures (the LSH stays in the parent).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=0.5,
    show_default=True,
    help="LSH threshold and minimum exact Jaccard of a reported pair.",
)
@click.option("--num-perm", type=click.IntRange(min=2), default=128, show_default=True, help="MinHash permutations.")
@click.option("--shingle-size", type=click.IntRange(min=1), default=5, show_default=True, help="Words per shingle.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="Documents per signing batch (and per task sent to a worker).",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
def main(
    corpus: IO[str],
    engine: Engine,
    procs: int,
    threshold: float,
    num_perm: int,
    shingle_size: int,
    batch_size: int,
    quiet: bool,
) -> None:
    """Find near-duplicate pairs in CORPUS (JSONL with "id" and "text"; - for stdin).

    Writes JSON to stdout. Exit codes: 0 success, 2 usage error, 3 the engine is not
    installed (the run is skipped).
    """
    if not engine_available(engine):
        click.echo(f"skipped: engine {engine!r} is not installed (pip install {engine})", err=True)
        sys.exit(EXIT_ENGINE_MISSING)
    settings = BaselineSettings(
        threshold=threshold,
        num_perm=num_perm,
        shingle_size=shingle_size,
        engine=engine,
        procs=procs,
        batch_size=batch_size,
    )
    result = find_near_duplicates(corpus, settings)
    json.dump(result.to_json(), sys.stdout)
    sys.stdout.write("\n")
    if not quiet:
        click.echo(_summary(result), err=True)


if __name__ == "__main__":
    main()
