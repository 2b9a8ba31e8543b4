"""Sanity checks for multi14 (structure only; does not run the detector).

Adapted from multi13's check.py (roles split with story()/kind(), longest known story prefix).
Checks src length (450-700 words, all five stories counted in whitespace-separated words), that the
trimmed copy's paragraphs are verbatim paragraphs of the src and that docs/ matches named/.
Quotation checks as in multi13, with this set's conventions: fa2 « », he2 ASCII "…" (same mark for
opening and closing, so quotations are paired left to right within each paragraph and every
paragraph must hold an even number of them), ur2 “ ”, ta2 ASCII "…" (paired the same way) and ‘ ’
(both count as quotations), ms1 ASCII "…". The close rewrite keeps 1-2 src quotations verbatim,
the loose rewrite is 35-55% of src (words), the partial lifts exactly three src paragraphs, indep-a
shares exactly one src quotation verbatim and indep-b none, each independent report has at least
two quotations of its own, and no rewrite or independent report contains a whole src paragraph that
does not open with a quotation mark. Extra per-language checks: he2 abbreviations use the gershayim
U+05F4 (no ASCII " between two Hebrew letters); the digit script of every fa2 and ur2 document is
printed (and must be a single script per document); fa2 zero-width non-joiner counts are printed
and the loose rewrite must type some ZWNJ words with a space or joined (the one variant document)."""

import collections
import json
import re
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["fa2", "he2", "ur2", "ta2", "ms1"]
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
def size(s, t):  # words
    return len(t.split())
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    print(f"{s} src words {w}")
    if not 450 <= w <= 700: bad(f"{s} src length {w}")
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
    "fa2": [("\u00ab", "\u00bb")], "he2": [('"', '"')], "ur2": [("\u201c", "\u201d")],
    "ta2": [('"', '"'), ("\u2018", "\u2019")], "ms1": [('"', '"')],
}
TOP = {"fa2": 1, "he2": 1, "ur2": 1, "ta2": 2, "ms1": 1}  # how many pairs are top-level quotations
MIN = {}  # minimum quotation length (characters); 25 otherwise
def quotes(s, t):
    out = []
    n = MIN.get(s, 25)
    for o, c in QUOTE[s][:TOP[s]]:
        if o == c:  # same mark both ways: pair left to right within each paragraph
            for p in t.split("\n"):
                out += [q for q in p.split(o)[1::2][: p.count(o) // 2] if len(q) >= n]
        else:
            out += re.findall(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % n + re.escape(c), t)
    return out
for s in STORIES:
    rd = lambda k: (N / f"{s}-{k}.txt").read_text(encoding="utf-8")
    src = rd("src")
    sq = set(quotes(s, src))
    for k in ("src", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"):
        t = rd(k)
        for o, c in QUOTE[s]:
            if o == c:
                odd = [p[:40] for p in t.split("\n") if p.count(o) % 2]
                if odd: bad(f"{s}-{k} odd number of {o} in paragraph(s) {odd}")
            elif t.count(o) != t.count(c): bad(f"{s}-{k} unbalanced {o}{c}: {t.count(o)} vs {t.count(c)}")
        if s == "he2" and re.search('[\u05d0-\u05ea]"[\u05d0-\u05ea]', t): bad(f"{s}-{k} ASCII \" inside a Hebrew word (abbreviations take \u05f4)")
    def shared(k):
        t = rd(k)
        return [q for q in sq if q in t]
    rw, ia, ib = shared("rewrite"), shared("indep-a"), shared("indep-b")
    print(f"{s} src quotations {len(sq)}; verbatim in rewrite {len(rw)}, rewrite-loose {len(shared('rewrite-loose'))}, partial {len(shared('partial'))}, indep-a {len(ia)}, indep-b {len(ib)}")
    if len(sq) < 3: bad(f"{s} src has {len(sq)} quotations")
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
    # digits: fa2 and ur2 mix Persian/Urdu (U+06F0-06F9) and ASCII digits across documents
    if s in ("fa2", "ur2"):
        for k in KINDS:
            t = (N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}").read_text(encoding="utf-8")
            e, d = len(re.findall("[\u06f0-\u06f9]", t)), len(re.findall("[0-9]", t))
            z = t.count("\u200c")
            print(f"  {s}-{k}: Extended Arabic-Indic digits {e}, ASCII digits {d}" + (f", ZWNJ {z}" if s == "fa2" else ""))
            if k != "repost" and e and d: bad(f"{s}-{k} mixes digit scripts")
    if s == "fa2":
        loose = rd("rewrite-loose")
        var = [w for w in ("میدانیم", "نمیتواند", "می رود", "میشود", "آب منطقه ای", "راه آهن", "سازمانها") if w in loose]
        print(f"  fa2-rewrite-loose spaced/joined forms: {len(var)} of 7 probes")
        if len(var) < 3: bad("fa2 rewrite-loose does not vary the ZWNJ words")
        for k in ("src", "rewrite", "partial", "indep-a", "indep-b"):
            if any(w in rd(k) for w in ("میدانیم", "نمیتواند", "می رود", "میشود", "می شود")): bad(f"fa2-{k} has an unjoined ZWNJ word")
print("OK" if ok else "PROBLEMS")
