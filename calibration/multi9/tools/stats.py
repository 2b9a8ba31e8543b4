"""Quick overlap stats vs src (character 8-gram Jaccard/containment, word 5-shingle and word-set Jaccard, longest common run); lengths."""
import re
from difflib import SequenceMatcher
from pathlib import Path
N = Path(__file__).resolve().parent.parent / "named"
def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i+n] for i in range(len(t)-n+1)}
def words(t): return re.findall(r"\w+", t.lower())
def sh(w, n=5): return {tuple(w[i:i+n]) for i in range(len(w)-n+1)}
def jac(a, b): return len(a & b) / max(1, len(a | b))
for s in ["fr2", "de2", "ko2", "hi2", "tr2"]:
    src = norm((N / f"{s}-src.txt").read_text())
    gs = grams(src); ws = words(src)
    for k in ["repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]:
        p = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        t = norm(p.read_text()); g = grams(t)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        print(f"{s} {k:14s} words={len(t.split()):4d} chars={len(t):5d} jac8={len(gs&g)/len(gs|g):.3f} cont8={len(gs&g)/len(g):.3f} lcs={m.size} w5={jac(sh(ws), sh(words(t))):.3f} wset={jac(set(ws), set(words(t))):.3f}")
