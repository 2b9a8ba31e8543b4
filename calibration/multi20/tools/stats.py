"""multi20: quick overlap stats vs src (character 8-gram Jaccard/containment, longest common run); lengths
(words; for bo1 also Tibetan syllables, since Tibetan writes no spaces between words)."""
import re
from difflib import SequenceMatcher
from pathlib import Path
N = Path(__file__).resolve().parent.parent / "named"
TIB = re.compile("[\u0f40-\u0f84\u0f90-\u0fbc]+")  # Tibetan syllables
def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i+n] for i in range(len(t)-n+1)}
for s in ["bo1", "dv1", "or1", "yo1", "sq1"]:
    src = norm((N / f"{s}-src.txt").read_text(encoding="utf-8"))
    gs = grams(src)
    for k in ["repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]:
        p = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        t = norm(p.read_text(encoding="utf-8")); g = grams(t)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        syl = f" syl={len(TIB.findall(t)):4d}" if s == "bo1" else ""
        print(f"{s} {k:14s} words={len(t.split()):4d}{syl} chars={len(t):5d} jac8={len(gs&g)/len(gs|g):.3f} cont8={len(gs&g)/len(g):.3f} lcs={m.size}")
