"""Sanity checks for multi20 (structure only; does not run the detector).

Adapted from multi18's check.py (multi16's, multi15's, multi14's and multi13's checks; roles split
with story()/kind()). Checks src length (450-560 words; bo1 1125-1400 Tibetan syllables, about 2.5
syllables to a word, since Tibetan writes no spaces between words), that the trimmed copy's paragraphs
are verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in multi18, with
this set's conventions: bo1 “…”, dv1 ASCII "…" (paired left to right within a paragraph), or1 ‘…’
(U+2018 … U+2019), yo1 “…”, sq1 „…“ (U+201E … U+201C). Quotations count from 25 characters. The close
rewrite keeps 1-2 src quotations verbatim, the loose rewrite is 40-45% of src (words; bo1 syllables;
multi18's looser 35-55% is kept as the hard limit and 40-45% is checked on top), the partial lifts
exactly three src paragraphs, indep-a shares exactly one src quotation verbatim and indep-b none, each
independent report has at least two quotations of its own, and no rewrite or independent report
contains a whole src paragraph that does not open with a quotation mark. Extra per-language checks
(all documents; the repost's YAML and site chrome are left out where a check is about the article
text): bo1 Tibetan script with no Latin letters, tsheg and shad, spaces only after a shad, a closing
quotation mark, a digit or a shad-less final ག/ཀ (no spaces between words), one digit system per
document (Tibetan ༠-༩ or ASCII, never both), the dateline and “…” ཞེས/ཅེས attributions in the src;
dv1 Thaana with no Latin letters, ASCII digits only, the Arabic comma ، (no ASCII comma outside
numbers), full stops, ASCII "…" only (no curly quotes), the dateline "ލ. ދޫރަފުށި، 12 މާރިޗު - " and
"…،" X ވިދާޅުވިއެވެ/ބުންޏެވެ attributions in the src; or1 Odia script with no Latin letters, the
danda as sentence end (no ASCII full stops), one digit system per document (Odia ୦-୯ or ASCII), ‘…’
in every document, the dateline and ‘…’ ବୋଲି / କହିଛନ୍ତି, ‘…’ attributions in the src; yo1 Latin in
NFC with the underdotted ẹ ọ ṣ in every document, tone marks (acute/grave, counted after NFD) at full
density in every document but the loose rewrite, which is a blog that drops most of them (its density
must be under half the src's, while it keeps the underdots), “…” in every document, the dateline and
pé:/ní, “…” or “…,” ni … attributions in the src; sq1 ë and ç in every document, „…“ only (no ” or
ASCII double quotes in the article text), the dateline "Gramsh, 12 mars /ALP/ – " and „…“, tha/deklaroi
attributions in the src."""

import collections
import json
import re
import unicodedata
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["bo1", "dv1", "or1", "yo1", "sq1"]
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
TIB_SYL = re.compile("[\u0f40-\u0f84\u0f90-\u0fbc]+")  # a Tibetan syllable: letters, subjoined letters and vowel signs between tshegs
def size(s, t):  # words; bo1: Tibetan syllables
    return len(TIB_SYL.findall(t)) if s.startswith("bo") else len(t.split())
UNIT = lambda s: "syllables" if s.startswith("bo") else "words"
LIMITS = {"bo1": (1125, 1400)}
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = LIMITS.get(s, (450, 560))
    print(f"{s} src {UNIT(s)} {w}")
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
    "bo1": [("\u201c", "\u201d")],                         # “…” quotations
    "dv1": [('"', '"')],                                   # ASCII "…" quotations (Thaana news sites)
    "or1": [("\u2018", "\u2019")],                         # ‘…’ quotations
    "yo1": [("\u201c", "\u201d")],                         # “…” quotations
    "sq1": [("\u201e", "\u201c")],                         # „…“ quotations
}
TOP = {"bo1": 1, "dv1": 1, "or1": 1, "yo1": 1, "sq1": 1}  # how many pairs are top-level quotations
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
    if len(sq) != 5: bad(f"{s} src has {len(sq)} quotations (five wanted)")
    if not 1 <= len(rw) <= 2: bad(f"{s} rewrite keeps {len(rw)} quotations")
    if len(ia) != 1: bad(f"{s} indep-a shares {len(ia)} quotations")
    if ib: bad(f"{s} indep-b shares {len(ib)} quotations")
    for k in ("indep-a", "indep-b"):
        own = [q for q in quotes(s, rd(k)) if q not in sq]
        if len(own) < 2: bad(f"{s}-{k} has {len(own)} quotations of its own")
    ratio = size(s, rd("rewrite-loose")) / size(s, src)
    print(f"{s} rewrite-loose ratio {ratio:.2f}")
    if not 0.35 <= ratio <= 0.55: bad(f"{s} rewrite-loose ratio {ratio:.2f}")
    elif not 0.40 <= ratio <= 0.45: bad(f"{s} rewrite-loose ratio {ratio:.2f} outside 40-45%")
    opens = tuple(o for o, _ in QUOTE[s][:TOP[s]])
    loose = rd("rewrite-loose").strip("\n").split("\n\n")
    if len(loose) < 2 or not loose[1].startswith(opens): bad(f"{s}-rewrite-loose does not open on a quotation")
    sp = [p for p in src.strip("\n").split("\n\n")[1:]]
    lifted = sum(1 for p in sp if p in rd("partial")) + sum(1 for p in sp if p not in rd("partial") and len(p) > 200 and p[60:] in rd("partial"))  # lifted without the dateline
    if lifted != 3: bad(f"{s} partial lifts {lifted} src paragraphs")
    if sp[0] in rd("partial") or sp[0][60:] in rd("partial"): bad(f"{s} partial lifts the lead paragraph")
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
    if s == "bo1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0f00-\u0fff]", t)); td = len(re.findall("[\u0f20-\u0f29]", t)); ad = len(re.findall("[0-9]", t))
            sps = [m.start() for m in re.finditer(" ", t)]
            OKPREV = "\u0f0d\u0f0e\u201d\u0f42\u0f40" + "0123456789" + "".join(chr(c) for c in range(0x0f20, 0x0f2a))  # shad, double shad, ”, final ག/ཀ (shad omitted), digits
            badsp = [t[max(0, i - 8):i + 8] for i in sps if t[i - 1] not in OKPREV]
            nsyl = size(s, t)
            print(f"  bo1-{k}: Tibetan chars {sc}, syllables {nsyl}, Latin {nolatin(k, t)}, tsheg {t.count(chr(0xf0b))}, shad {t.count(chr(0xf0d))}, spaces {len(sps)}, Tibetan digits {td}, ASCII digits {ad}, “” {t.count(chr(0x201c))}")
            if sc < 500 or not t.count("\u0f0b") or not t.count("\u0f0d"): bad(f"bo1-{k} not Tibetan-script text")
            if td and ad: bad(f"bo1-{k} mixes Tibetan and ASCII digits")
            if "\u0f0b " in t: bad(f"bo1-{k} has a tsheg followed by a space")
            if badsp: bad(f"bo1-{k} has spaces between words: {badsp[:3]}")
            if len(sps) > 0.15 * nsyl: bad(f"bo1-{k} too many spaces ({len(sps)} for {nsyl} syllables)")
            if not t.count("\u201c"): bad(f"bo1-{k} has no “…” quotation")
        if not src.split("\n\n")[1].startswith("གངས་རི་གསར་འགྱུར་ཁང་ནག་ཆུ་ནས་ཟླ་༣ ཚེས་༡༢ ཉིན་གྱི་གློག་འཕྲིན། "): bad("bo1 src lacks the dateline")
        if len(re.findall("\u201d ?(?:ཞེས|ཅེས|ཤེས)", src)) < 4: bad("bo1 src lacks “…” ཞེས attributions")
    if s == "dv1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0780-\u07bf]", t)); od = len(re.findall("[\u0660-\u0669\u06f0-\u06f9]", t))
            lc = len(re.findall(r"\D,|,\D", t)); cq = len(re.findall("[\u201c\u201d]", t))
            print(f"  dv1-{k}: Thaana chars {sc}, Latin {nolatin(k, t)}, ، {t.count(chr(0x60c))}, ASCII commas outside numbers {lc}, full stops {t.count('.')}, ؟ {t.count(chr(0x61f))}, Arabic digits {od}, ASCII \" {t.count(chr(34))}")
            if sc < 500: bad(f"dv1-{k} not Thaana text")
            if od: bad(f"dv1-{k} has Arabic-Indic digits")
            if lc or not t.count("\u060c"): bad(f"dv1-{k} does not use the Arabic comma")
            if t.count(".") < 5: bad(f"dv1-{k} lacks full stops")
            if cq: bad(f"dv1-{k} has curly quotation marks")
            if not t.count('"'): bad(f"dv1-{k} has no \"…\" quotation")
        if not src.split("\n\n")[1].startswith("ލ. ދޫރަފުށި، 12 މާރިޗު - "): bad("dv1 src lacks the dateline")
        if len(re.findall('\u060c" [^"\\n]{0,60}?(?:ވިދާޅުވިއެވެ|ބުންޏެވެ)', src)) < 4: bad("dv1 src lacks \"…،\" ވިދާޅުވިއެވެ attributions")
    if s == "or1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0b00-\u0b7f]", t)); od = len(re.findall("[\u0b66-\u0b6f]", t)); ad = len(re.findall("[0-9]", t))
            print(f"  or1-{k}: Odia chars {sc}, Latin {nolatin(k, t)}, dandas {t.count(chr(0x964))}, full stops {t.count('.')}, Odia digits {od}, ASCII digits {ad}, ‘’ {t.count(chr(0x2018))}")
            if sc < 500: bad(f"or1-{k} not Odia text")
            if t.count("\u0964") < 5 or t.count("."): bad(f"or1-{k} does not end sentences with the danda")
            if od and ad: bad(f"or1-{k} mixes Odia and ASCII digits")
            if not t.count("\u2018"): bad(f"or1-{k} has no ‘…’ quotation")
        if not src.split("\n\n")[1].startswith("ଭଦ୍ରକ, ୧୨।୩ (ନିଜସ୍ୱ ପ୍ରତିନିଧି): "): bad("or1 src lacks the dateline")
        if len(re.findall("\u2019 ବୋଲି|(?:କହିଛନ୍ତି|କହିଥିଲେ|କହୁଥିଲେ), \u2018", src)) < 4: bad("or1 src lacks ‘…’ ବୋଲି attributions")
    if s == "yo1":
        def tones(t):
            d = unicodedata.normalize("NFD", t)
            letters = len(re.findall("[A-Za-z]", d))
            return sum(d.count(m) for m in "\u0300\u0301") / max(letters, 1), d.count("\u0323")
        st, _ = tones(text("src"))
        for k in allk:
            t = text(k)
            dens, dots = tones(t)
            nonlat = re.findall("[^\\x00-\\x7f\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f\u2013\u2014\u2018\u2019\u201c\u201d]", t)
            print(f"  yo1-{k}: NFC {t == unicodedata.normalize('NFC', t)}, tone marks per letter {dens:.3f}, underdots {dots}, ẹ {t.count('ẹ') + t.count('Ẹ')}, ọ {t.count('ọ') + t.count('Ọ')}, ṣ {t.count('ṣ') + t.count('Ṣ')}, “” {t.count(chr(0x201c))}, other scripts {len(nonlat)}")
            if t != unicodedata.normalize("NFC", t): bad(f"yo1-{k} not NFC")
            if not all(any(x in t for x in pair) for pair in (("ẹ", "Ẹ"), ("ọ", "Ọ"), ("ṣ", "Ṣ"))): bad(f"yo1-{k} lacks ẹ ọ ṣ")
            if nonlat: bad(f"yo1-{k} has characters of other scripts {nonlat[:5]}")
            if k == "rewrite-loose":
                if not dens < 0.5 * st: bad(f"yo1-{k} keeps the tone marks ({dens:.3f} vs src {st:.3f})")
            elif dens < 0.7 * st: bad(f"yo1-{k} drops tone marks ({dens:.3f} vs src {st:.3f})")
            if not t.count("\u201c"): bad(f"yo1-{k} has no “…” quotation")
        if not src.split("\n\n")[1].startswith("Ìbàdàn (Akéde Ìròyìn) – "): bad("yo1 src lacks the dateline")
        if len(re.findall("(?:pé:|ní,) \u201c|\u201d (?:ni|ó ní)", src)) < 4: bad("yo1 src lacks “…” attributions")
    if s == "sq1":
        for k in allk:
            t = text(k)
            ec = {ch: t.count(ch) + t.count(ch.upper()) for ch in "ëç"}
            nonlat = re.findall("[^\\x00-\\x7f\u00c0-\u024f\u2013\u2014\u2018\u2019\u201c\u201e\u2026]", t)
            print(f"  sq1-{k}: letters {ec}, „“ {t.count(chr(0x201e))}, ” {t.count(chr(0x201d))}, ASCII \" {t.count(chr(34))}, other scripts {len(nonlat)}")
            if not all(ec.values()): bad(f"sq1-{k} lacks ë or ç")
            if not t.count("\u201e"): bad(f"sq1-{k} has no „…“ quotation")
            if t.count("\u201d") or t.count('"'): bad(f"sq1-{k} has non-Albanian quotation marks")
            if nonlat: bad(f"sq1-{k} has characters of other scripts {nonlat[:5]}")
        if not src.split("\n\n")[1].startswith("Gramsh, 12 mars /ALP/ – "): bad("sq1 src lacks the dateline")
        if len(re.findall("\u201c, (?:tha|deklaroi|tregoi|shtoi|theksoi)", src)) < 4: bad("sq1 src lacks „…“, tha attributions")
print("OK" if ok else "PROBLEMS")
