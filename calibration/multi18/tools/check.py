"""Sanity checks for multi18 (structure only; does not run the detector).

Adapted from multi16's check.py (multi15's, multi14's and multi13's checks; roles split with
story()/kind()). Checks src length (450-700 words), that the trimmed copy's paragraphs are verbatim
paragraphs of the src and that docs/ matches named/. Quotation checks as in multi16, with this set's
conventions: gu1 “…”, pa1 “…”, kn1 ‘…’ (U+2018 … U+2019), mn1 «…», ps1 «…» and, in the outlets that
use them, ASCII "…" (paired left to right within a paragraph). Quotations count from 25 characters.
The close rewrite keeps 1-2 src quotations verbatim, the loose rewrite is 35-55% of src (words), the
partial lifts exactly three src paragraphs, indep-a shares exactly one src quotation verbatim and
indep-b none, each independent report has at least two quotations of its own, and no rewrite or
independent report contains a whole src paragraph that does not open with a quotation mark. Extra
per-language checks (all documents; the repost's YAML and site chrome are left out where a check is
about the article text): gu1 Gujarati script with no Latin letters, one digit system per document
(Gujarati ૦-૯ or ASCII, never both), the dateline "વેલણકોટ, તા. ૧૨ : " and “…” followed by એમ/તેમ or
introduced by કહ્યું,/જણાવ્યું, in the src, ₹ amounts in the src; pa1 Gurmukhi script with no Latin
letters, the danda as sentence end (at least five per document, no ASCII full stops), ASCII digits
only, the dateline "ਸ੍ਰੀ ਮੁਕਤਸਰ ਸਾਹਿਬ, 12 ਮਾਰਚ (ਪੱਤਰ ਪ੍ਰੇਰਕ)- "; kn1 Kannada script with no Latin
letters, ‘…’ followed by ಎಂದು (at least three in the src), the dateline "ತುಮಕೂರು: "; mn1 Cyrillic
with ө and ү in every document and no Latin letters, «…» followed by гэж/гэв/гэлээ/гэсэн in the src,
the dateline "Улиастай /ХӨХ МЭДЭЭ/. "; ps1 Arabic script with Pashto letters (at least six of
ټ ډ ړ ږ ښ ګ ڼ ې ۍ) in every document and no Latin letters, one digit system per document (Eastern
۰-۹ or ASCII, never both), the dateline "اسعدآباد (وږمه، ۲۱ کب ۱۴۰۴): " with the solar date."""

import collections
import json
import re
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["gu1", "pa1", "kn1", "mn1", "ps1"]
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
LIMITS = {}
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = LIMITS.get(s, (450, 700))
    print(f"{s} src words {w}")
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
    "gu1": [("\u201c", "\u201d")],                         # “…” quotations
    "pa1": [("\u201c", "\u201d")],                         # “…” quotations
    "kn1": [("\u2018", "\u2019")],                         # ‘…’ quotations
    "mn1": [("\u00ab", "\u00bb")],                         # «…» quotations
    "ps1": [("\u00ab", "\u00bb"), ('"', '"')],             # «…» quotations; ASCII "…" in some outlets
}
TOP = {"gu1": 1, "pa1": 1, "kn1": 1, "mn1": 1, "ps1": 2}  # how many pairs are top-level quotations
MIN = {}  # minimum quotation length (characters); 25 for every language here
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
    def text(k):  # the article text: the repost without YAML and site chrome
        t = allk[k]
        if k == "repost":
            body = src.strip("\n").split("\n\n")[1:]
            t = "\n\n".join(p for p in t.split("\n\n") if any(p in b or b.endswith(p) for b in body))
        return t
    lat_re = re.compile("[A-Za-z]")
    def nolatin(k, t):
        lat = lat_re.findall(t)
        if lat: bad(f"{s}-{k} has Latin letters {lat[:5]}")
        return len(lat)
    if s == "gu1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0a80-\u0aff]", t)); gd = len(re.findall("[\u0ae6-\u0aef]", t)); ad = len(re.findall("[0-9]", t))
            print(f"  gu1-{k}: Gujarati chars {sc}, Latin {nolatin(k, t)}, Gujarati digits {gd}, ASCII digits {ad}, “” {t.count(chr(0x201c))}")
            if sc < 500: bad(f"gu1-{k} not Gujarati-script text")
            if gd and ad: bad(f"gu1-{k} mixes Gujarati and ASCII digits")
        if not src.split("\n\n")[1].startswith("વેલણકોટ, તા. ૧૨ : "): bad("gu1 src lacks the dateline")
        if len(re.findall("\u201d,? (?:એમ|તેમ)|(?:કહ્યું|જણાવ્યું), \u201c", src)) < 4: bad("gu1 src lacks “…” attributions")
        if "₹" not in src: bad("gu1 src lacks ₹ amounts")
    if s == "pa1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0a00-\u0a7f]", t)); nd = len(re.findall("[\u0a66-\u0a6f]", t))
            print(f"  pa1-{k}: Gurmukhi chars {sc}, Latin {nolatin(k, t)}, dandas {t.count(chr(0x964))}, full stops {t.count('.')}, Gurmukhi digits {nd}, “” {t.count(chr(0x201c))}")
            if sc < 500: bad(f"pa1-{k} not Gurmukhi text")
            if t.count("\u0964") < 5 or t.count("."): bad(f"pa1-{k} does not end sentences with the danda")
            if nd: bad(f"pa1-{k} has Gurmukhi digits")
        if not src.split("\n\n")[1].startswith("ਸ੍ਰੀ ਮੁਕਤਸਰ ਸਾਹਿਬ, 12 ਮਾਰਚ (ਪੱਤਰ ਪ੍ਰੇਰਕ)- "): bad("pa1 src lacks the dateline")
        if len(re.findall("(?:ਦੱਸਿਆ|ਕਿਹਾ), \u201c", src)) < 4: bad("pa1 src lacks ਕਿਹਾ, “…” attributions")
    if s == "kn1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0c80-\u0cff]", t))
            print(f"  kn1-{k}: Kannada chars {sc}, Latin {nolatin(k, t)}, ‘’ {t.count(chr(0x2018))}")
            if sc < 500: bad(f"kn1-{k} not Kannada-script text")
            if not t.count("\u2018"): bad(f"kn1-{k} has no ‘…’ quotation")
        if not src.split("\n\n")[1].startswith("ತುಮಕೂರು: "): bad("kn1 src lacks the dateline")
        if len(re.findall("\u2019 ಎಂದು", src)) < 3: bad("kn1 src lacks ‘…’ ಎಂದು attributions")
    if s == "mn1":
        for k in allk:
            t = text(k)
            dia = {ch: t.count(ch) for ch in "өү"}
            cy = len(re.findall("[\u0400-\u04ff]", t))
            print(f"  mn1-{k}: Cyrillic {cy}, Latin {nolatin(k, t)}, «» {t.count(chr(0xab))}, letters {dia}")
            if cy < 500 or not all(dia.values()): bad(f"mn1-{k} not Mongolian Cyrillic text with ө ү")
            if not t.count("\u00ab"): bad(f"mn1-{k} has no «…» quotation")
        if not src.split("\n\n")[1].startswith("Улиастай /ХӨХ МЭДЭЭ/. "): bad("mn1 src lacks the dateline")
        if len(re.findall("\u00bb (?:гэж|гэв|гэлээ|гэсэн)", src)) < 4: bad("mn1 src lacks «…» гэж attributions")
    if s == "ps1":
        for k in allk:
            t = text(k)
            ar = len(re.findall("[\u0600-\u06ff]", t)); pl = {ch: t.count(ch) for ch in "ټډړږښګڼېۍ"}
            ed = len(re.findall("[\u06f0-\u06f9]", t)); ad = len(re.findall("[0-9]", t)); ai = len(re.findall("[\u0660-\u0669]", t))
            print(f"  ps1-{k}: Arabic-script chars {ar}, Latin {nolatin(k, t)}, Pashto letters {sum(1 for v in pl.values() if v)}/9, Eastern digits {ed}, ASCII digits {ad}, «» {t.count(chr(0xab))}, ASCII \" {t.count(chr(34))}")
            if ar < 500 or sum(1 for v in pl.values() if v) < 6: bad(f"ps1-{k} not Pashto text")
            if ed and ad: bad(f"ps1-{k} mixes Eastern and ASCII digits")
            if ai: bad(f"ps1-{k} has Arabic-Indic (U+0660) digits instead of Eastern (U+06F0) ones")
        if not src.split("\n\n")[1].startswith("اسعدآباد (وږمه، ۲۱ کب ۱۴۰۴): "): bad("ps1 src lacks the dateline")
print("OK" if ok else "PROBLEMS")
