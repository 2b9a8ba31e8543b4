"""Score dedupe on labelled sets (wire design): per-pair predictions and the wire scorer's figures.

usage: python calibration/evaluate.py SET_DIR [SET_DIR ...] [--show errors|all] [-- scan options]
A SET_DIR holds docs/ and truth.json (../shared/devsets/wire, calibration/multi2, ...).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLASS = {"exact": "copy", "near-duplicate": "copy", "rewrite": "rewrite", "partial": "partial"}
LABELS = ["copy", "rewrite", "partial", "none"]


def f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def score(report: dict, truth: dict, show: str) -> dict:
    rel = {frozenset((p["a"], p["b"])): p for p in report["pairs"]}
    gold, pred = [], []
    for a, b, label in truth["pairs"]:
        pair = rel.get(frozenset((a, b)))
        guess = CLASS[pair["relation"]] if pair else "none"
        gold.append(label)
        pred.append(guess)
        if show == "all" or (show == "errors" and guess != label):
            m = pair["measures"] if pair else {}
            print(f"  {label:>8} -> {guess:<8} {a} {b} {json.dumps(m) if m else ''}")
    macro = sum(
        f1(
            sum(g == p == lab for g, p in zip(gold, pred, strict=False)),
            sum(g != lab and p == lab for g, p in zip(gold, pred, strict=False)),
            sum(g == lab and p != lab for g, p in zip(gold, pred, strict=False)),
        )
        for lab in LABELS
    ) / len(LABELS)
    where = {m: i for i, c in enumerate(report["clusters"]) for m in c["members"]}
    whole = sum(1 for grp in truth["clusters"] if len({where.get(m, m) for m in grp}) == 1)
    # A story is a connected group of the truth's pairs (labelled within a story only), so that
    # anonymous file names work too.
    story = {d: d for a, b, _ in truth["pairs"] for d in (a, b)}

    def root(d: str) -> str:
        while story[d] != d:
            story[d] = story[story[d]]
            d = story[d]
        return d

    for a, b, _ in truth["pairs"]:
        story[root(a)] = root(b)
    cross = sum(1 for k in rel if len({root(x) if x in story else x for x in k}) > 1)
    strong_false = sum(g == "none" and p in ("copy", "rewrite") for g, p in zip(gold, pred, strict=False))
    return {
        "macro_f1": round(macro, 4),
        "by_class": {
            lab: f"{sum(g == p == lab for g, p in zip(gold, pred, strict=False))}/{gold.count(lab)}" for lab in LABELS
        },
        "false_strong": strong_false,
        "false_partial": sum(g == "none" and p == "partial" for g, p in zip(gold, pred, strict=False)),
        "cross": cross,
        "whole": f"{whole}/{len(truth['clusters'])}",
    }


def split_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """The script's own arguments, and the scan options after ``--``."""
    if "--" not in argv:
        return argv, []
    return argv[: argv.index("--")], argv[argv.index("--") + 1 :]


def main() -> None:
    args, extra = split_arguments(sys.argv[1:])
    show = "errors"
    if "--show" in args:
        show = args[args.index("--show") + 1]
        args = [a for a in args if a not in ("--show", show)]
    for folder in map(Path, args):
        out = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(folder / "docs"), "--format", "json", "-q", *extra],
            capture_output=True,
            text=True,
            check=False,
        )
        report = json.loads(out.stdout)
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        print(folder, json.dumps(score(report, truth, show)))


if __name__ == "__main__":
    main()
