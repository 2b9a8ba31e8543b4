"""Sanity checks for multi16 (structure only; does not run the detector).

Adapted from multi15's check.py (multi14's and multi13's checks; roles split with story()/kind()).
Checks src length (450-700 words; zh1 900-1400 non-space characters), that the trimmed copy's
paragraphs are verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in
multi15, with this set's conventions: zh1 「…」 (top-level) and 『…』 (nested quotations), te1 “…”,
mr1 “…” (‘…’ for names in headlines; balanced, not quotations), az1 «…» (“…” balanced), sk1 „…“
(U+201E … U+201C). Quotations count from 25 characters. The close rewrite keeps 1-2 src quotations
verbatim, the loose rewrite is 35-55% of src (words; zh1 characters), the partial lifts exactly three
src paragraphs, indep-a shares exactly one src quotation verbatim and indep-b none, each independent
report has at least two quotations of its own, and no rewrite or independent report contains a whole
src paragraph that does not open with a quotation mark. Extra per-language checks (all documents;
the repost's YAML and site chrome are left out where a check is about the article text): zh1
full-width punctuation (no ASCII , ; : ! ? ( ) in the text), 「」 in every document, a nested 『』
quotation in the src, the CNA dateline （中央社記者…12日電）, the closing （編輯：…）1150312, a 民國
year and 萬/億 amounts in the src; te1 Telugu script with no Latin letters in the text, the PTI
dateline and “…” అని attributions in the src, రూ. amounts; mr1 Devanagari digits only (no ASCII
digits in the text), full stops and at most one danda per document, the PTI dateline, “…” followed by
असे/असा in the src; az1 ə ı ş ç ü ö ğ in every document, «…», – deyə attributions, space-grouped
thousands and decimal commas in the src; sk1 „…“ only (no ” and no ASCII double quotes in the text),
ľ š č ž ý in every document, the TASR dateline, uviedol/uviedla, decimal commas, space-grouped
thousands and the closing initials line in the src."""

import collections
import json
import re
from pathlib import Path

R = Path(__file__).resolve().parent.parent
docs = sorted(p.name for p in (R / "docs").iterdir())
names = json.loads((R / "names.json").read_text(encoding="utf-8"))
truth = json.loads((R / "truth.json").read_text(encoding="utf-8"))
ok = True
STORIES = ["zh1", "te1", "mr1", "az1", "sk1"]
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
def size(s, t):  # words; zh1: non-space characters
    return len("".join(t.split())) if s.startswith("zh") else len(t.split())
LIMITS = {"zh1": (900, 1400)}
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    lo, hi = LIMITS.get(s, (450, 700))
    print(f"{s} src {'characters' if s.startswith('zh') else 'words'} {w}")
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
    "zh1": [("\u300c", "\u300d"), ("\u300e", "\u300f")],   # 「…」 quotations; 『…』 nested quotations
    "te1": [("\u201c", "\u201d")],                         # “…” quotations
    "mr1": [("\u201c", "\u201d"), ("\u2018", "\u2019")],   # “…” quotations; ‘…’ names in headlines
    "az1": [("\u00ab", "\u00bb"), ("\u201c", "\u201d")],   # «…» quotations (and outlet names)
    "sk1": [("\u201e", "\u201c")],                         # „…“ quotations
}
TOP = {"zh1": 1, "te1": 1, "mr1": 1, "az1": 1, "sk1": 1}  # how many pairs are top-level quotations
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
    if s == "zh1":
        for k in allk:
            t = text(k)
            asc = re.findall(r"[,;:!?()]", t)
            print(f"  zh1-{k}: 「」 {t.count(chr(0x300c))}, 『』 {t.count(chr(0x300e))}, ，{t.count(chr(0xff0c))} 。{t.count(chr(0x3002))}, ASCII punctuation {len(asc)}")
            if asc: bad(f"zh1-{k} has ASCII punctuation {asc[:5]}")
            if not t.count("\u300c") or not t.count("\uff0c") or not t.count("\u3002"): bad(f"zh1-{k} lacks 「」 or ，。")
        if not re.search("\u300c[^\u300c\u300d\n]*\u300e[^\u300e\u300f\n]+\u300f[^\u300c\u300d\n]*\u300d", src): bad("zh1 src has no nested 『』 quotation")
        if not re.search(r"（中央社記者\S+?12日電）", src): bad("zh1 src lacks the CNA dateline")
        if not re.search(r"（編輯：\S+?）1150312\s*$", src): bad("zh1 src lacks the closing editor line")
        if not re.search(r"民國\d+年", src) or not re.search(r"\d+(\.\d+)?[萬億]", src): bad("zh1 src lacks a 民國 year or 萬/億 amounts")
    if s == "te1":
        for k in allk:
            t = text(k)
            tel = len(re.findall("[\u0c00-\u0c7f]", t)); lat = re.findall("[A-Za-z]", t)
            print(f"  te1-{k}: Telugu chars {tel}, Latin letters {len(lat)}, “” {t.count(chr(0x201c))}")
            if tel < 500 or lat: bad(f"te1-{k} not Telugu-script text")
        if not src.split("\n\n")[1].startswith("ఖమ్మం, మార్చి 12 (పీటీఐ): "): bad("te1 src lacks the PTI dateline")
        if len(re.findall("\u201d అని", src)) < 4: bad("te1 src lacks “…” అని attributions")
        if "రూ." not in src: bad("te1 src lacks రూ. amounts")
    if s == "mr1":
        for k in allk:
            t = text(k)
            dev = len(re.findall("[\u0966-\u096f]", t)); asc = re.findall("[0-9]", t)
            print(f"  mr1-{k}: Devanagari digits {dev}, ASCII digits {len(asc)}, dandas {t.count(chr(0x964))}, full stops {t.count('.')}, “” {t.count(chr(0x201c))}")
            if asc: bad(f"mr1-{k} has ASCII digits")
            if t.count("\u0964") > 1: bad(f"mr1-{k} uses dandas")
            if t.count(".") < 5: bad(f"mr1-{k} has few full stops")
        if not src.split("\n\n")[1].startswith("सांगली, १२ मार्च (पीटीआय) – "): bad("mr1 src lacks the PTI dateline")
        if len(re.findall("[,.?]?\u201d,? अस[ेा]", src)) < 3: bad("mr1 src lacks “…” असे attributions")
    if s == "az1":
        for k in allk:
            t = text(k)
            dia = {ch: t.count(ch) for ch in "əışçüöğ"}
            print(f"  az1-{k}: «» {t.count(chr(0xab))}, letters {dia}")
            if not all(dia.values()): bad(f"az1-{k} lacks some of ə ı ş ç ü ö ğ")
        if "\u2013 deyə" not in src: bad("az1 src lacks – deyə")
        sp = re.findall(r"\b\d{1,3}(?: \d{3})+\b", src); dc = re.findall(r"\b\d+,\d+\b", src)
        print(f"  az1 src thousands {sp}, decimals {dc}")
        if not sp or not dc: bad("az1 src lacks space-grouped thousands or decimal commas")
    if s == "sk1":
        for k in allk:
            t = text(k)
            dia = {ch: t.count(ch) for ch in "ľščžý"}
            print(f"  sk1-{k}: „ {t.count(chr(0x201e))}, “ {t.count(chr(0x201c))}, ” {t.count(chr(0x201d))}, ASCII \" {t.count(chr(34))}, letters {dia}")
            if t.count("\u201d") or t.count('"'): bad(f"sk1-{k} has ” or ASCII double quotes")
            if not all(dia.values()): bad(f"sk1-{k} lacks some of ľ š č ž ý")
        if not src.split("\n\n")[1].startswith("Banská Bystrica 12. marca (TASR) - "): bad("sk1 src lacks the TASR dateline")
        if not re.search(r"uviedl[ao]? ", src): bad("sk1 src lacks uviedol/uviedla")
        sp = re.findall(r"\b\d{1,3}(?: \d{3})+\b", src); dc = re.findall(r"\b\d+,\d+\b", src)
        print(f"  sk1 src thousands {sp}, decimals {dc}")
        if not sp or not dc: bad("sk1 src lacks space-grouped thousands or decimal commas")
        if not re.fullmatch(r"[a-z]{2,4} [a-z]{2,4}", src.strip().split("\n")[-1]): bad("sk1 src lacks the closing initials line")
print("OK" if ok else "PROBLEMS")
