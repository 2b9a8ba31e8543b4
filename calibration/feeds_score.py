"""Score dedupe on agency feeds: false and missed links per language folder.

usage: python calibration/feeds_score.py FEEDS_DIR [-- scan options]
FEEDS_DIR holds one folder of items per language and truth.json: language -> the true pairs
[{"a", "b", "relation", "note"}]; every other pair of a folder is unrelated (items of one formula,
stand-alone items). Each language folder is scanned on its own, as an agency's feed would be.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from evaluate import split_arguments


def main() -> None:
    args, extra = split_arguments(sys.argv[1:])
    root = Path(args[0])
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    false_total = missed_total = 0
    for language in sorted(truth):
        out = subprocess.run(
            [sys.executable, "-m", "dedupe", "scan", str(root / language), "--format", "json", "-q", *extra],
            capture_output=True,
            text=True,
            check=False,
        )
        got = {frozenset((p["a"], p["b"])): p["relation"] for p in json.loads(out.stdout)["pairs"]}
        true = {frozenset((x["a"], x["b"])) for x in truth[language]}
        false = sorted((*sorted(k), v) for k, v in got.items() if k not in true)
        missed = sorted(tuple(sorted(k)) for k in true if k not in got)
        false_total += len(false)
        missed_total += len(missed)
        print(f"{language}: {len(got)} pairs, {len(false)} false, {len(missed)} missed")
        for pair in false:
            print("   false ", *pair)
        for pair in missed:
            print("   missed", *pair)
    print(f"total: {false_total} false, {missed_total} missed")


if __name__ == "__main__":
    main()
