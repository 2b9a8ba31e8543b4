"""The benchmark corpus in other writing systems: does every script find the same pairs, as fast?

    python benchmarks/scripts.py /tmp/bench10k [--n 2000] [--scripts thai,arabic] [--out DIR]

Takes the first ``--n`` documents of a ``generate_corpus.py`` corpus and writes them again in
pseudo-words of another script: each English word becomes the same made-up word of two to four
letters of that script (a hash of the word picks them), full stops become the script's own
(``।`` ``։`` ``።`` ``။`` ``。``), and in the scripts written without spaces (Thai, Myanmar,
Japanese kana) the spaces between words go. The corpus keeps its structure (copies, rewrites,
numbers, quotations), so ``dedupe scan`` should find the same pairs in every script: for each it
prints wall time, pairs, false pairs and recall of copies and rewrites against ``truth.json``,
with the English original first. A check of the pipeline's handling of each script (tokens,
sentences, numbers, quotation marks), not of any language: the words mean nothing.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click
import xxhash

# name: (letters, full stop or None for ". ", written with spaces between words)
SCRIPTS: dict[str, tuple[str, str | None, bool]] = {
    "arabic": ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", ".", True),
    "hindi": ("कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह", "।", True),
    "thai": ("กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ", None, False),
    "korean": ("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호", ".", True),
    "hebrew": ("אבגדהוזחטיכלמנסעפצקרשת", ".", True),
    "greek": ("αβγδεζηθικλμνξοπρστυφχψω", ".", True),
    "armenian": ("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ", "։", True),
    "amharic": ("ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ", "።", True),
    "myanmar": ("ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ", "။", False),
    "japanese": ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもらりるれろ", "。", False),
}
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def transliterate(text: str, script: str) -> str:
    """``text`` with every Latin word replaced by its pseudo-word in ``script``."""
    letters, stop, spaced = SCRIPTS[script]

    def word(match: re.Match[str]) -> str:
        h = xxhash.xxh64_intdigest(match.group().lower().encode())
        return "".join(letters[(h >> (7 * i)) % len(letters)] for i in range(2 + h % 3))

    text = _LATIN_WORD.sub(word, text)
    if stop:
        text = re.sub(r"\.(\s|$)", stop + r"\1", text)
    if not spaced:
        text = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)
    return text


def _score(report: dict[str, Any], truth: dict[tuple[str, str], str]) -> str:
    found: dict[tuple[str, str], str] = {}
    for pair in report["pairs"]:
        a, b = (str(pair[side]).split("#", 1)[1] for side in ("a", "b"))
        found[(min(a, b), max(a, b))] = pair["relation"]
    recall: Counter[str] = Counter(label for key, label in truth.items() if key in found)
    totals: Counter[str] = Counter(truth.values())
    false = sum(1 for key in found if key not in truth)
    copies = f"{recall['copy']:6,}/{totals['copy']:<6,}"
    return f"{len(found):6,} {false:6,} {copies} {recall['rewrite']:6,}/{totals['rewrite']:<6,}"


@click.command()
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option("--n", "count", type=click.IntRange(min=1), default=2000, show_default=True, help="Documents to take.")
@click.option("--scripts", default=",".join(SCRIPTS), show_default=True, help="Comma-separated scripts.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Keep the corpora and reports here.")
@click.option("--dedupe-args", default="", help='Extra arguments for dedupe scan, e.g. "--jobs 1".')
def main(corpus: Path, count: int, scripts: str, out: Path | None, dedupe_args: str) -> None:
    """Scan the first documents of CORPUS in each script and compare with its truth.json."""
    source = corpus / "corpus.jsonl" if corpus.is_dir() else corpus
    chosen = [s for s in scripts.split(",") if s]
    unknown = [s for s in chosen if s not in SCRIPTS]
    if unknown:
        raise click.BadParameter(f"unknown script(s) {', '.join(unknown)}; known: {', '.join(SCRIPTS)}")
    records: list[dict[str, Any]] = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if len(records) == count:
                break
            records.append(json.loads(line))
    ids = {record["id"] for record in records}
    pairs = json.loads((source.parent / "truth.json").read_text(encoding="utf-8"))["pairs"]
    truth = {(min(a, b), max(a, b)): label for a, b, label in pairs if a in ids and b in ids}
    folder = out or Path(tempfile.mkdtemp(prefix="dedupe-scripts-"))
    folder.mkdir(parents=True, exist_ok=True)
    dedupe = [str(Path(sys.executable).with_name("dedupe"))]
    if not Path(dedupe[0]).exists():
        dedupe = [sys.executable, "-m", "dedupe"]
    click.echo(f"{len(records):,} documents of {source}; truth: {len(truth):,} pairs", err=True)
    click.echo(f"{'script':10s} {'wall s':>7s} {'pairs':>6s} {'false':>6s} {'copies':>13s} {'rewrites':>13s}")
    for script in ["english", *chosen]:
        path = folder / f"{script}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in records:
                if script != "english":
                    record = {**record, "title": transliterate(record.get("title", ""), script)}
                    record["text"] = transliterate(record["text"], script)
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        command = [*dedupe, "scan", str(path), "--format", "json", "--quiet", *dedupe_args.split()]
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if run.returncode != 0:
            click.echo(f"{script:10s} failed (exit {run.returncode}): {run.stderr.strip()[-300:]}")
            continue
        (folder / f"{script}.report.json").write_text(run.stdout, encoding="utf-8")
        click.echo(f"{script:10s} {wall:7.2f} {_score(json.loads(run.stdout), truth)}")
    if out is None:
        click.echo(f"corpora and reports in {folder}", err=True)


if __name__ == "__main__":
    main()
