"""Sanity checks for multi21 (structure only; does not run the detector).

Adapted from multi20's check.py (multi18's, multi16's, ... and multi13's checks; roles split with
story()/kind()). The label pattern is compared with multi20's (which is multi8's). Checks src length
(450-560 words), that the trimmed copy's paragraphs are verbatim paragraphs of the src and that docs/
matches named/. Quotation checks as in multi20, with this set's conventions: hr3 „…“ (U+201E … U+201C),
is1 „…“ (comma inside the closing mark, as Icelandic writes it), eu1 «…» (as the Basque press writes
them), so1 ASCII "…" (paired left to right within a paragraph), tl1 “…”. Quotations count from 25
characters. The close rewrite keeps 1-2 src quotations verbatim, the loose rewrite is 40-45% of src
(words; 35-55% is kept as the hard limit and 40-45% is checked on top) and opens on a quotation, the
partial lifts exactly three src paragraphs (not the lead), indep-a shares exactly one src quotation
verbatim and indep-b none, each independent report has at least two quotations of its own, and no
rewrite or independent report contains a whole src paragraph that does not open with a quotation mark.
Extra per-language checks on the article text of every document (the repost's YAML and site chrome left
out): Latin script only, NFC; hr3 č ć š ž everywhere (đ in the src), „…“ only, the HDS dateline and
„…“, rekao/kazala/izjavio attributions; is1 þ ð æ ö and acute vowels everywhere, „…“ only, no dateline
(Icelandic sites run none), „…,“ segir/sagði attributions; eu1 tx/tz/ts and Basque function words
everywhere, «…» only, the EHA dateline and «…», esan/azaldu/adierazi du attributions; so1 plain ASCII
(Somali's Latin orthography has no diacritics; c and x are letters, long vowels doubled), Somali
function words, ASCII "…", the WWD dateline and "…," ayuu yiri/ayay tiri attributions; tl1 Tagalog
function words (ang, ng, sa, mga, ...) everywhere, “…” only, the PNA-style dateline and “…,” ani/sabi/
pahayag attributions."""

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
STORIES = ["hr3", "is1", "eu1", "so1", "tl1"]
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
# compare the label pattern with multi20's (role level; multi20's is multi8's)
m7 = Path("/work/main/calibration/multi20")
if m7.exists():
    n7 = json.loads((m7 / "names.json").read_text(encoding="utf-8"))
    t7 = json.loads((m7 / "truth.json").read_text(encoding="utf-8"))
    role7 = lambda n, x: n[x].split("-", 1)[1]
    p7 = collections.Counter((role7(n7, a), role7(n7, b), l) for a, b, l in t7["pairs"])
    p8 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
    if p7 != p8: bad("label pattern differs from multi20")
    else: print("label pattern matches multi20")
# src lengths and trimmed paragraphs (named/)
N = R / "named"
def size(s, t):  # words (every language here writes spaces between words)
    return len(t.split())
UNIT = lambda s: "words"
LIMITS = {}
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
    "hr3": [("\u201e", "\u201c")],                         # „…“ quotations (Croatian)
    "is1": [("\u201e", "\u201c")],                         # „…“ quotations (Icelandic)
    "eu1": [("\u00ab", "\u00bb")],                         # «…» quotations (Basque press)
    "so1": [('"', '"')],                                   # ASCII "…" quotations (Somali news sites)
    "tl1": [("\u201c", "\u201d")],                         # “…” quotations
}
TOP = {"hr3": 1, "is1": 1, "eu1": 1, "so1": 1, "tl1": 1}  # how many pairs are top-level quotations
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
    LATIN_OK = "\\x00-\\x7f\u00c0-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2026"
    def others(t):  # characters outside Latin script and the usual punctuation
        return re.findall("[^" + LATIN_OK + "]", t)
    def wrongq(t, allowed):  # quotation marks of other conventions
        return {q: t.count(q) for q in ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb") if q not in allowed and t.count(q)}
    first_body = src.split("\n\n")[1]
    for k in allk:
        t = text(k)
        low = t.lower()
        if others(t): bad(f"{s}-{k} has characters of other scripts {others(t)[:5]}")
        if t != unicodedata.normalize("NFC", t): bad(f"{s}-{k} not NFC")
        if s == "hr3":
            ec = {ch: low.count(ch) for ch in "čćđšž"}
            wq = wrongq(t, ("\u201e", "\u201c"))
            print(f"  hr3-{k}: letters {ec}, „“ {t.count(chr(0x201e))}, other quotation marks {wq}")
            if not all(ec[ch] for ch in "čćšž"): bad(f"hr3-{k} lacks one of č ć š ž")
            if k == "src" and not ec["đ"]: bad("hr3 src lacks đ")
            if not t.count("\u201e"): bad(f"hr3-{k} has no „…“ quotation")
            if wq: bad(f"hr3-{k} has non-Croatian quotation marks {wq}")
        if s == "is1":
            ec = {ch: low.count(ch) for ch in "þðæö"}
            acc = sum(low.count(ch) for ch in "áéíóúý")
            wq = wrongq(t, ("\u201e", "\u201c"))
            print(f"  is1-{k}: letters {ec}, acute vowels {acc}, „“ {t.count(chr(0x201e))}, other quotation marks {wq}")
            if not all(ec.values()) or acc < 20: bad(f"is1-{k} lacks þ ð æ ö or accented vowels")
            if not t.count("\u201e"): bad(f"is1-{k} has no „…“ quotation")
            if wq: bad(f"is1-{k} has non-Icelandic quotation marks {wq}")
        if s == "eu1":
            words = re.findall(r"\w+", low)
            tx = sum(w.count("tx") + w.count("tz") + w.count("ts") for w in words)
            fw = sum(1 for w in words if w in ("eta", "da", "du", "zen", "zuen", "ere", "baina", "dira", "ziren"))
            wq = wrongq(t, ("\u00ab", "\u00bb"))
            print(f"  eu1-{k}: tx/tz/ts {tx}, function words {fw}/{len(words)}, «» {t.count(chr(0xab))}, other quotation marks {wq}")
            if tx < 5 or fw < 0.04 * len(words): bad(f"eu1-{k} does not look like Basque")
            if not t.count("\u00ab"): bad(f"eu1-{k} has no «…» quotation")
            if wq: bad(f"eu1-{k} has non-Basque quotation marks {wq}")
        if s == "so1":
            words = re.findall(r"[\w']+", low)
            nonascii = re.findall(r"[^\x00-\x7f\u2013]", t)
            xc = sum(w.count("x") + w.count("c") for w in words)
            dv = sum(len(re.findall("aa|ee|ii|oo|uu", w)) for w in words)
            fw = sum(1 for w in words if w in ("ayaa", "oo", "iyo", "ee", "ku", "ka", "u", "waxay", "waxaa"))
            print(f"  so1-{k}: non-ASCII {len(nonascii)}, x+c {xc}, double vowels {dv}, function words {fw}/{len(words)}, ASCII \" {t.count(chr(34))}")
            if nonascii: bad(f"so1-{k} has non-ASCII characters {nonascii[:5]} (Somali Latin script uses none)")
            if xc < 0.08 * len(words) or dv < 0.3 * len(words) or fw < 0.08 * len(words): bad(f"so1-{k} does not look like Somali")
            if not t.count('"'): bad(f'so1-{k} has no "…" quotation')
        if s == "tl1":
            words = re.findall(r"[\w'-]+", low)
            fw = sum(1 for w in words if w in ("ang", "ng", "sa", "mga", "na", "ay", "at", "si", "ni", "kay"))
            wq = wrongq(t, ("\u201c", "\u201d"))
            print(f"  tl1-{k}: function words {fw}/{len(words)}, “” {t.count(chr(0x201c))}, other quotation marks {wq}")
            if fw < 0.15 * len(words): bad(f"tl1-{k} does not look like Tagalog")
            if not t.count("\u201c"): bad(f"tl1-{k} has no “…” quotation")
            if wq: bad(f"tl1-{k} has non-Filipino quotation marks {wq}")
    DATELINE = {"hr3": "VRANJKOVAC, 19. ožujka (HDS) - ", "eu1": "Ibarzelai, martxoak 19 (EHA) – ",
                "so1": "Marsa-Yare (WWD) – ", "tl1": "SAN VICENTE FERRER, Nueva Ecija – "}
    if s in DATELINE and not first_body.startswith(DATELINE[s]): bad(f"{s} src lacks the dateline")
    if s == "is1" and re.match(r"^\S+, \d|^[A-ZÁÉÍÓÚÝÞÆÖ]+ ?[-–]", first_body): bad("is1 src has a dateline (Icelandic sites run none)")
    ATTR = {
        "hr3": "\u201c, (?:rekao|rekla|kazao|kazala|izjavio|izjavila|istaknuo|istaknula|dodao|dodala)",
        "is1": ",\u201c (?:segir|sagði|kveðst)",
        "eu1": "\u00bb, (?:esan|azaldu|adierazi|kontatu|gaineratu|nabarmendu) du",
        "so1": ',"\\s+(?:ayuu|ayay) (?:yiri|tiri|sheegay|sheegtay)',
        "tl1": ",\u201d (?:ani|aniya|sabi|pahayag|ayon)",
    }
    na = len(re.findall(ATTR[s], src))
    print(f"  {s} src attributions {na}")
    if na < 4: bad(f"{s} src lacks quotation attributions in its language's pattern")
print("OK" if ok else "PROBLEMS")
