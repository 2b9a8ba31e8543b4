"""multi19: lengths and rough overlap with the original (character 8-gram Jaccard/containment on the
articles as extracted from docs/ by check.py's reader; longest common run), per story and kind."""
import re
import runpy
import sys
from difflib import SequenceMatcher
from io import StringIO
from pathlib import Path

_out, sys.stdout = sys.stdout, StringIO()  # reuse check.py's parser quietly
g = runpy.run_path(str(Path(__file__).with_name("check.py")))
sys.stdout = _out
T = g["T"]
def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i + n] for i in range(len(t) - n + 1)}
for s in g["STORIES"]:
    src = norm(" ".join(T[f"{s}-src"][1:])); gs = grams(src)
    print(f"{s} src words={len(src.split()):4d} chars={len(src):5d}")
    for k in g["KINDS"][1:]:
        t = norm(" ".join(T[f"{s}-{k}"][1:])); gt = grams(t)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        print(f"{s} {k:14s} words={len(t.split()):4d} chars={len(t):5d} jac8={len(gs & gt) / len(gs | gt):.3f} cont8={len(gs & gt) / len(gt):.3f} lcs={m.size}")
