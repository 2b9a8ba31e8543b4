"""multi24: quick overlap stats vs src (character 8-gram Jaccard/containment, longest common run; 5-shingle
Jaccard over words, or over characters for Japanese and Chinese, which write no spaces; shared numbers).
Lengths in words (ar4, ru4, es4) and characters without whitespace (ja4, zh5); the chars column is the
whitespace-normalised length for all.
num: share of the document's distinct numbers that also occur in the src, after mapping Arabic-Indic digits
and separators (٠-٩ ٫ ٬) to Western ones (so it counts restated figures whatever the digit script);
num-raw: the same without that mapping (what a character-level comparison sees)."""
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path
N = Path(__file__).resolve().parent.parent / "named"
CJK = {"ja4", "zh5"}
def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i+n] for i in range(len(t)-n+1)}
def toks(s, t):
    return re.findall(r"[^\W\d_]|\d+", t.lower()) if s in CJK else re.findall(r"\w+", t.lower())
def sh(s, t, n=5):
    w = toks(s, t)
    return {tuple(w[i:i+n]) for i in range(len(w)-n+1)}
AI = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬", "0123456789.,")
def nums(t, mapped=True):
    if mapped: t = t.translate(AI)
    return set(re.findall(r"[0-9\u0660-\u0669]+(?:[.,\u066b\u066c ][0-9\u0660-\u0669]{1,3})*", t))
def size(s, t): return len(re.sub(r"\s", "", t)) if s in CJK else len(t.split())
md = "--md" in sys.argv
if md:
    print("| story | kind | size | chars | jac8 | cont8 | sh5jac | lcs | num | num-raw |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for s in ["ja4", "ar4", "ru4", "es4", "zh5"]:
    src = norm((N / f"{s}-src.txt").read_text(encoding="utf-8"))
    gs, ws, ns, nr = grams(src), sh(s, src), nums(src), nums(src, False)
    unit = "chars" if s in CJK else "words"
    if md: print(f"| {s} | src | {size(s, src)} {unit} | {len(src)} | – | – | – | – | – | – |")
    else: print(f"{s} src            {unit}={size(s, src):5d} chars={len(src):5d}")
    for k in ["repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]:
        p = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        t = norm(p.read_text(encoding="utf-8")); g, w, n, r = grams(t), sh(s, t), nums(t), nums(t, False)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        row = (len(gs & g) / len(gs | g), len(gs & g) / len(g), len(ws & w) / len(ws | w), m.size, len(n & ns) / max(1, len(n)), len(r & nr) / max(1, len(r)))
        if md:
            print(f"| {s} | {k} | {size(s, t)} | {len(t)} | {row[0]:.3f} | {row[1]:.3f} | {row[2]:.3f} | {row[3]} | {row[4]:.2f} | {row[5]:.2f} |")
        else:
            print(f"{s} {k:14s} {unit}={size(s, t):5d} chars={len(t):5d} jac8={row[0]:.3f} cont8={row[1]:.3f} sh5jac={row[2]:.3f} lcs={row[3]} num={row[4]:.2f} num-raw={row[5]:.2f}")
