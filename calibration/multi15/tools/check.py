"""Sanity checks for multi15 (structure only; does not run the detector).

Adapted from multi14's check.py (multi13's checks; roles split with story()/kind()).
Checks src length (450-700 words; ja3 900-1400 non-space characters), that the trimmed copy's
paragraphs are verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in
multi14, with this set's conventions: ko3 “…” (top-level) and ‘…’ (emphasis, policy names,
summarised speech; must balance but are not quotations), ja3 「…」 (top-level) and 『…』 (titles,
nested quotations), es3 «…» and “…” (both top-level), ca1 «…» (and “…” balanced), ro1 „…”. The
close rewrite keeps 1-2 src quotations verbatim, the loose rewrite is 35-55% of src (words; ja3
characters), the partial lifts exactly three src paragraphs, indep-a shares exactly one src
quotation verbatim and indep-b none, each independent report has at least two quotations of its
own, and no rewrite or independent report contains a whole src paragraph that does not open with a
quotation mark. Extra per-language checks over all eight documents: ko3 at least three ‘…’ terms in
every document, the policy name ‘교통 공백 제로 대책’ in every one, a term of its own in every
hand-written non-src document, and both a particle glued to the closing ’ and a space after it;
ja3 『…』 in every document and a nested 『』 quotation in the src; es3 the dash interview passage
(—… —dijo …—.) and both «» and “” in the src, no ASCII double quotes; ca1 typographic apostrophes
(U+2019) in every document and no ASCII ones; ro1 comma-below ș ț (no cedilla ş ţ), ă â î in every
document, no “ (quotations close with ”), dotted thousands in the src."""

import collections
import json
import re
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["ko3", "ja3", "es3", "ca1", "ro1"]
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
def size(s, t):  # words; ja3: non-space characters
    return len("".join(t.split())) if s.startswith("ja") else len(t.split())
LIMITS = {"ja3": (900, 1400)}
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = LIMITS.get(s, (450, 700))
    print(f"{s} src {'characters' if s.startswith('ja') else 'words'} {w}")
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
QUOTE = {  # (opening, closing) marks; the first TOP[s] pairs are top-level quotations; every pair must balance
    "ko3": [("\u201c", "\u201d"), ("\u2018", "\u2019")],   # “…” quotations; ‘…’ emphasis/policy names/summarised speech
    "ja3": [("\u300c", "\u300d"), ("\u300e", "\u300f")],   # 「…」 quotations; 『…』 titles and nested quotations
    "es3": [("\u00ab", "\u00bb"), ("\u201c", "\u201d")],   # «…» and “…” quotations
    "ca1": [("\u00ab", "\u00bb"), ("\u201c", "\u201d")],   # «…» quotations (’ is the apostrophe, not a mark)
    "ro1": [("\u201e", "\u201d")],                         # „…” quotations
}
TOP = {"ko3": 1, "ja3": 1, "es3": 2, "ca1": 1, "ro1": 1}  # how many pairs are top-level quotations
MIN = {"ja3": 10}  # minimum quotation length (characters); 25 otherwise
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
    # per-language conventions (all eight documents of the story)
    allk = {k: (N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}").read_text(encoding="utf-8") for k in KINDS}
    if s == "ko3":
        policy = "교통 공백 제로 대책"
        srcterms = set(re.findall("\u2018([^\u2018\u2019\n]+)\u2019", src))
        for k, t in allk.items():
            terms = re.findall("\u2018([^\u2018\u2019\n]+)\u2019", t)
            glued = len(re.findall("\u2019[\uac00-\ud7a3]", t))
            spaced = len(re.findall("\u2019 ", t))
            own = [x for x in terms if x not in srcterms]
            print(f"  ko3-{k}: ‘…’ terms {len(terms)} (particle glued {glued}, space after {spaced}), not in src {len(own)}, policy name {policy in terms}")
            if len(terms) < 3: bad(f"ko3-{k} has {len(terms)} ‘…’ terms")
            if policy not in terms: bad(f"ko3-{k} lacks the policy name")
            if k not in ("repost", "trimmed") and k != "src" and not own: bad(f"ko3-{k} has no ‘…’ term of its own")
            if not glued or not spaced: bad(f"ko3-{k} ‘…’ never glued to a particle or never followed by a space")
    if s == "ja3":
        for k, t in allk.items():
            nested = re.findall("\u300c[^\u300c\u300d\n]*\u300e[^\u300e\u300f\n]+\u300f[^\u300c\u300d\n]*\u300d", t)
            print(f"  ja3-{k}: 「」 {t.count(chr(0x300c))}, 『』 {t.count(chr(0x300e))}, 『』 nested in 「」 {len(nested)}")
            if not t.count("\u300e"): bad(f"ja3-{k} has no 『…』")
        if not re.search("\u300c[^\u300c\u300d\n]*\u300e[^\u300e\u300f\n]+\u300f[^\u300c\u300d\n]*\u300d", src): bad("ja3 src has no nested 『』 quotation")
    if s == "es3":
        dash = [p for p in src.split("\n") if p.startswith("\u2014")]
        closing = re.findall("\u2014[a-záéíóú][^\u2014\n]*\u2014\\.", src)
        print(f"  es3 src: dash dialogue lines {len(dash)}, '—dijo …—.' closings {len(closing)}, «» {src.count(chr(0xab))}, “” {src.count(chr(0x201c))}")
        if len(dash) < 2 or not closing: bad("es3 src lacks the dash interview passage")
        if not src.count("\u00ab") or not src.count("\u201c"): bad("es3 src lacks «…» or “…”")
        for k, t in allk.items():
            if '"' in t.replace('title: "', "").replace('author: "', "").replace('\\"', "").rstrip('"\n') and k != "repost": bad(f"es3-{k} has ASCII double quotes")
    if s == "ca1":
        for k, t in allk.items():
            ap = t.count("\u2019")
            print(f"  ca1-{k}: apostrophes ’ {ap}, ASCII ' {t.count(chr(39))}, «» {t.count(chr(0xab))}")
            if not ap: bad(f"ca1-{k} has no ’")
            if "'" in t: bad(f"ca1-{k} has an ASCII apostrophe")
        for w in ("l\u2019Ajuntament", "d\u2019", "s\u2019"):
            if w not in src: bad(f"ca1 src lacks {w}")
    if s == "ro1":
        for k, t in allk.items():
            dia = {c: t.count(c) for c in "șțăâî"}
            print(f"  ro1-{k}: „ {t.count(chr(0x201e))}, diacritics {dia}, cedilla ş/ţ {t.count(chr(0x15f)) + t.count(chr(0x163))}, “ {t.count(chr(0x201c))}")
            if not all(dia.values()): bad(f"ro1-{k} lacks some of ș ț ă â î")
            if t.count("\u015f") or t.count("\u0163"): bad(f"ro1-{k} uses cedilla ş/ţ")
            if t.count("\u201c"): bad(f"ro1-{k} has “")
        dots = re.findall(r"\b\d{1,3}(?:\.\d{3})+\b", src)
        print(f"  ro1 src dotted thousands: {dots}")
        if len(dots) < 3: bad("ro1 src has fewer than three dotted numbers")
print("OK" if ok else "PROBLEMS")
