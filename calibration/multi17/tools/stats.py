"""multi17: overlap stats vs src on the extracted article text (character 8-gram Jaccard/containment,
longest common run) and, for contrast, 8-gram Jaccard of the whole visible page text (chrome included)."""
import re
import sys
from difflib import SequenceMatcher
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from htmltext import extract, read  # noqa: E402
from sites import KINDS, SITES, STORIES, STORY  # noqa: E402

N = Path(__file__).resolve().parent.parent / "named"


class V(HTMLParser):
    def __init__(self):
        super().__init__(); self.out, self.skip = [], 0
    def handle_starttag(self, t, a):
        if t in ("script", "style", "head"): self.skip += 1
    def handle_endtag(self, t):
        if t in ("script", "style", "head"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def norm(t): return re.sub(r"\s+", " ", t)
def grams(t, n=8): return {t[i:i + n] for i in range(len(t) - n + 1)}


def load(s, k):
    cs, t = read((N / f"{s}-{k}.html").read_bytes())
    v = V(); v.feed(t)
    return norm("\n".join(extract(t, SITES[STORY[s]["site"][k]]["family"])["paras"])), norm(" ".join(v.out)), cs


for s in STORIES:
    src, srcp, _ = load(s, "src")
    gs, gp = grams(src), grams(srcp)
    for k in KINDS[1:]:
        t, p, cs = load(s, k)
        g, g2 = grams(t), grams(p)
        m = SequenceMatcher(None, src, t, autojunk=False).find_longest_match(0, len(src), 0, len(t))
        print(f"{s} {k:14s} {STORY[s]['site'][k]:15s} {cs:12s} words={len(t.split()):4d} chars={len(t):5d} jac8={len(gs & g) / len(gs | g):.3f} cont8={len(gs & g) / len(g):.3f} lcs={m.size:5d} page_jac8={len(gp & g2) / len(gp | g2):.3f}")
