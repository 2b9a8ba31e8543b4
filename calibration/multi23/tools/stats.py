"""multi23: quick overlap stats vs src (character 8-gram Jaccard/containment, longest common run; word
5-shingle Jaccard); lengths in words (all five languages here write spaces between words)."""
import re
from difflib import SequenceMatcher
from pathlib import Path
N = Path(__file__).resolve().parent.parent / "named"
def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i+n] for i in range(len(t)-n+1)}
def sh(t, n=5):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i+n]) for i in range(len(w)-n+1)}
for s in ["lv1", "mk1", "uz1", "ha1", "mg1"]:
    src = norm((N / f"{s}-src.txt").read_text(encoding="utf-8"))
    gs, ws = grams(src), sh(src)
    print(f"{s} src            words={len(src.split()):4d} chars={len(src):5d}")
    for k in ["repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]:
        p = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        t = norm(p.read_text(encoding="utf-8")); g, w = grams(t), sh(t)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        print(f"{s} {k:14s} words={len(t.split()):4d} chars={len(t):5d} jac8={len(gs&g)/len(gs|g):.3f} cont8={len(gs&g)/len(g):.3f} w5jac={len(ws&w)/len(ws|w):.3f} lcs={m.size}")
