"""Sanity checks for multi13 (structure only; does not run the detector).

Adapted from multi12's check.py (roles split with story()/kind(), longest known story prefix).
Checks src length (450-700 words; zh4 900-1400 non-space characters), that the trimmed copy's
paragraphs are verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in
multi12, with this set's conventions: marks balanced per language (fr3 and ru3 « », de3 „ “, ru3's
nested „ “, ar3 « » and “ ” (the Arabic documents use either), zh4 “ ”), the close rewrite keeps
1-2 src quotations verbatim, the loose rewrite is 35-55% of src (words; zh4 characters), the
partial lifts exactly three src paragraphs, indep-a shares exactly one src quotation verbatim and
indep-b none, and no rewrite or independent report contains a whole src paragraph that does not
open with a quotation mark. fr3 also checks the no-break spaces inside « »."""

import collections
import json
import re
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["fr3", "de3", "ru3", "ar3", "zh4"]
KINDS = ["src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]
def story(role):
    return max((s for s in STORIES if role.startswith(s + "-")), key=len, default=role.split("-")[0])
def kind(role):
    return role[len(story(role)) + 1:]
def bad(msg):
    global ok
    ok = False
    print("FAIL", msg)

for d in docs:
    b = (R / "docs" / d).read_bytes()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        bad(f"{d} not UTF-8"); continue
    if not t.strip():
        bad(f"{d} empty")
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.(txt|md)", d):
        bad(f"{d} bad name")
    if d.endswith(".md") != names.get(d, "").endswith("-repost"):
        bad(f"{d} extension/kind mismatch")
if len(docs) != 40: bad(f"{len(docs)} docs")
if set(docs) != set(names): bad("names.json != docs/")
per = collections.Counter(story(v) for v in names.values())
if sorted(kind(v) for v in names.values()) != sorted(KINDS * 5): bad("kinds per story")
if sorted(per.values()) != [8] * 5: bad(f"per-story counts {per}")
if len(truth["pairs"]) != 5 * 22: bad(f"{len(truth['pairs'])} pairs")
labels = collections.Counter(l for _, _, l in truth["pairs"])
print("labels", dict(labels))
for a, b, l in truth["pairs"]:
    if a not in names or b not in names: bad(f"unknown name in pair {a} {b}")
    elif story(names[a]) != story(names[b]): bad(f"cross-story pair {a} {b}")
    if l not in ("copy", "rewrite", "partial", "none"): bad(f"label {l}")
if len({frozenset(p[:2]) for p in truth["pairs"]}) != len(truth["pairs"]): bad("duplicate pair")
if len(truth["clusters"]) != 5: bad("clusters")
for c in truth["clusters"]:
    if len(c) != 5 or any(x not in names for x in c): bad(f"cluster {c}")
    if sorted(kind(names[x]) for x in c) != sorted(["src", "repost", "trimmed", "rewrite", "rewrite-loose"]): bad(f"cluster kinds {c}")
# compare the label pattern with multi8's (role level)
m7 = Path("/work/main/calibration/multi8")
if m7.exists():
    n7 = json.loads((m7 / "names.json").read_text(encoding="utf-8"))
    t7 = json.loads((m7 / "truth.json").read_text(encoding="utf-8"))
    role7 = lambda n, x: n[x].split("-", 1)[1]
    p7 = collections.Counter((role7(n7, a), role7(n7, b), l) for a, b, l in t7["pairs"])
    p8 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
    if p7 != p8: bad("label pattern differs from multi8")
    else: print("label pattern matches multi8")
# src lengths and trimmed paragraphs (named/)
N = R / "named"
def size(s, t):  # words; zh4: non-space characters
    return len("".join(t.split())) if s.startswith("zh") else len(t.split())
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = (900, 1400) if s.startswith("zh") else (450, 700)
    print(f"{s} src {'chars' if s.startswith('zh') else 'words'} {w}")
    if not lo <= w <= hi: bad(f"{s} src length {w}")
    sp = set(src.strip("\n").split("\n\n"))
    tp = (N / f"{s}-trimmed.txt").read_text(encoding="utf-8").strip("\n").split("\n\n")
    if any(p not in sp for p in tp[1:]): bad(f"{s} trimmed paragraph not in src")
    anon = {r: d for d, r in names.items()}
    for k in KINDS:
        f = N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}"
        if not f.exists(): bad(f"missing {f.name}")
        elif f"{s}-{k}" not in anon: bad(f"{f.name} not in names.json")
        elif (R / "docs" / anon[f"{s}-{k}"]).read_bytes() != f.read_bytes(): bad(f"docs copy of {f.name} differs")

# quotation checks (named/)
QUOTE = {  # (opening, closing) marks of top-level quotations; every pair must balance
    "fr3": [("\u00ab", "\u00bb")], "de3": [("\u201e", "\u201c")],
    "ru3": [("\u00ab", "\u00bb"), ("\u201e", "\u201c")],
    "ar3": [("\u00ab", "\u00bb"), ("\u201c", "\u201d")], "zh4": [("\u201c", "\u201d")],
}
TOP = {"fr3": 1, "de3": 1, "ru3": 1, "ar3": 2, "zh4": 1}  # how many pairs are top-level quotations
MIN = {"zh4": 10}  # minimum quotation length (characters); 25 otherwise
def quotes(s, t):
    out = []
    for o, c in QUOTE[s][:TOP[s]]:
        out += re.findall(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % MIN.get(s, 25) + re.escape(c), t)
    return out
for s in STORIES:
    rd = lambda k: (N / f"{s}-{k}.txt").read_text(encoding="utf-8")
    src = rd("src")
    sq = set(quotes(s, src))
    for k in ("src", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"):
        t = rd(k)
        for o, c in QUOTE[s]:
            if t.count(o) != t.count(c): bad(f"{s}-{k} unbalanced {o}{c}: {t.count(o)} vs {t.count(c)}")
        if s == "fr3" and (re.search("\u00ab[^\u00a0]", t) or re.search("[^\u00a0]\u00bb", t)): bad(f"{s}-{k} guillemets without no-break space")
    def shared(k):
        t = rd(k)
        return [q for q in sq if q in t]
    rw, ia, ib = shared("rewrite"), shared("indep-a"), shared("indep-b")
    print(f"{s} src quotations {len(sq)}; verbatim in rewrite {len(rw)}, rewrite-loose {len(shared('rewrite-loose'))}, partial {len(shared('partial'))}, indep-a {len(ia)}, indep-b {len(ib)}")
    if not 1 <= len(rw) <= 2: bad(f"{s} rewrite keeps {len(rw)} quotations")
    if len(ia) != 1: bad(f"{s} indep-a shares {len(ia)} quotations")
    if ib: bad(f"{s} indep-b shares {len(ib)} quotations")
    for k in ("indep-a", "indep-b"):
        own = [q for q in quotes(s, rd(k)) if q not in sq]
        if len(own) < 2: bad(f"{s}-{k} has {len(own)} quotations of its own")
    ratio = size(s, rd("rewrite-loose")) / size(s, src)
    print(f"{s} rewrite-loose ratio {ratio:.2f}")
    if not 0.35 <= ratio <= 0.55: bad(f"{s} rewrite-loose ratio {ratio:.2f}")
    sp = [p for p in src.strip("\n").split("\n\n")[1:]]
    lifted = sum(1 for p in sp if p in rd("partial")) + sum(1 for p in sp if p not in rd("partial") and len(p) > 200 and p[60:] in rd("partial"))  # lifted without the dateline
    if lifted != 3: bad(f"{s} partial lifts {lifted} src paragraphs")
    opens = tuple(o for o, _ in QUOTE[s][:TOP[s]])
    for k in ("rewrite", "rewrite-loose", "indep-a", "indep-b"):
        if any(p in rd(k) for p in sp if not p.startswith(opens)): bad(f"{s}-{k} contains a whole non-quote src paragraph")
    # digits: ar3 src uses Arabic-Indic digits, some other ar3 documents ASCII digits
    if s == "ar3":
        for k in KINDS:
            t = (N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}").read_text(encoding="utf-8")
            a, d = len(re.findall("[\u0660-\u0669]", t)), len(re.findall("[0-9]", t))
            print(f"  ar3-{k}: Arabic-Indic digits {a}, ASCII digits {d}")
print("OK" if ok else "PROBLEMS")
