"""Sanity checks for multi22 (structure only; does not run the detector).

Adapted from multi20's check.py (multi18's, multi16's, ... and multi13's checks; roles split with
story()/kind()). The label pattern is compared with multi20's (role level). Checks src length (450-560
words; all five languages here write spaces between words), that the trimmed copy's paragraphs are
verbatim paragraphs of the src and that docs/ matches named/. Quotation checks as in multi20, with this
set's conventions: ckb1 ASCII "…" (paired left to right within a paragraph, as on Kurdish news sites),
ti1 “…” (U+201C … U+201D, as in Tigray media), be1 «…», yi1 „…“ (U+201E … U+201C), ug1 «…».
Quotations count from 25 characters. The close rewrite keeps 1-2 src quotations verbatim, the loose
rewrite is 40-45% of src in words (35-55% kept as the hard limit) and opens on a quotation, the partial
lifts exactly three src paragraphs (not the lead), indep-a shares exactly one src quotation verbatim
and indep-b none, each independent report has at least two quotations of its own, and no rewrite or
independent report contains a whole src paragraph that does not open with a quotation mark.
Extra per-language checks on the article text of every document (the repost's YAML and site chrome
are left out):
ckb1 Arabic script with no Latin letters, the Sorani letters (ە in every document and at least three
of ڕ ڵ ۆ ێ), Persian/Kurdish yeh and keheh only (no Arabic ي ك ى), the Arabic comma (no ASCII comma
outside numbers), full stops, one digit system per document (Arabic-Indic ٠-٩ or ASCII, never Persian
۰-۹), ASCII "…" only (no curly quotes or guillemets), the dateline and X وتی/ڕایگەیاند: "…" attributions;
ti1 Ethiopic script with no Latin letters, ። and ፣ (no ASCII full stop except in ዓ.ም and decimals, no
ASCII comma outside numbers), ASCII digits only (no Ethiopic numerals), “…” only, the dateline and
“…” ክብል/ክብሉ/ክብላ/ኢሉ/ኢሎም attributions; be1 Cyrillic with і and ў in every document and none of the
Russian-only letters и щ ъ, no Latin letters, «…» only, the dateline and «…», – сказаў/расказала …
attributions; yi1 Hebrew script in NFC with no presentation forms (U+FB1D-FB4F), YIVO points only
(pasekh/komets alef, ייַ, יִ, פּ פֿ, וּ, כּ תּ, בֿ, שׂ; every document has אַ אָ פֿ), no Latin letters, „…“ only, the
dateline and „…“, האָט … געזאָגט attributions; ug1 Uyghur Arabic script with ې ى ۆ ۈ ۇ ۋ ھ ە in every
document and none of the Persian/Sorani letters ی ک ه ێ ڵ ڕ, no Latin letters, ASCII digits only, the
Arabic comma (no ASCII comma outside numbers), full stops, «…» only, the dateline and «…» دېدى /
دېدى: «…» attributions."""

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
STORIES = ["ckb1", "ti1", "be1", "yi1", "ug1"]
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
# compare the label pattern with multi20's (role level; multi20's story ids have no '-')
m20 = Path("/work/main/calibration/multi20")
if m20.exists():
    n20 = json.loads((m20 / "names.json").read_text(encoding="utf-8"))
    t20 = json.loads((m20 / "truth.json").read_text(encoding="utf-8"))
    role20 = lambda x: n20[x].split("-", 1)[1]
    p20 = collections.Counter((role20(a), role20(b), l) for a, b, l in t20["pairs"])
    p22 = collections.Counter((kind(names[a]), kind(names[b]), l) for a, b, l in truth["pairs"])
    c20 = sorted(sorted(role20(x) for x in c) for c in t20["clusters"])
    c22 = sorted(sorted(kind(names[x]) for x in c) for c in truth["clusters"])
    if p20 != p22: bad("label pattern differs from multi20")
    elif c20 != c22: bad("cluster pattern differs from multi20")
    else: print("label and cluster pattern match multi20")
else:
    bad("multi20 not found for the pattern comparison")
# src lengths and trimmed paragraphs (named/)
N = R / "named"
def size(s, t):
    return len(t.split())
for s in STORIES:
    src = (N / f"{s}-src.txt").read_text(encoding="utf-8")
    w = size(s, src)
    print(f"{s} src words {w}")
    if not 450 <= w <= 560: bad(f"{s} src length {w}")
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
QUOTE = {  # (opening, closing) marks of the top-level quotations; every pair must balance
    "ckb1": ('"', '"'),                 # ASCII "…" (Kurdish news sites)
    "ti1": ("\u201c", "\u201d"),        # “…” (Tigray media)
    "be1": ("\u00ab", "\u00bb"),        # «…»
    "yi1": ("\u201e", "\u201c"),        # „…“
    "ug1": ("\u00ab", "\u00bb"),        # «…»
}
FOREIGN_Q = {  # quotation marks that must not appear in the article text
    "ckb1": "\u201c\u201d\u201e\u00ab\u00bb",
    "ti1": '"\u201e\u00ab\u00bb',
    "be1": '"\u201c\u201d\u201e',
    "yi1": '"\u201d\u00ab\u00bb',
    "ug1": '"\u201c\u201d\u201e',
}
MINQ = 25
def quotes(s, t):
    o, c = QUOTE[s]
    out = []
    if o == c:  # same mark both ways: pair left to right within each paragraph
        for p in t.split("\n"):
            out += [q for q in p.split(o)[1::2][: p.count(o) // 2] if len(q) >= MINQ]
    else:
        out += re.findall(re.escape(o) + r"([^" + o + c + r"\n]{%d,})" % MINQ + re.escape(c), t)
    return out
for s in STORIES:
    rd = lambda k: (N / f"{s}-{k}.txt").read_text(encoding="utf-8")
    src = rd("src")
    sq = set(quotes(s, src))
    o, c = QUOTE[s]
    for k in ("src", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"):
        t = rd(k)
        if o == c:
            odd = [p[:40] for p in t.split("\n") if p.count(o) % 2]
            if odd: bad(f"{s}-{k} odd number of {o} in paragraph(s) {odd}")
        else:
            for p in t.split("\n"):
                depth = 0
                for ch in p:
                    depth += (ch == o) - (ch == c)
                    if depth < 0 or depth > 1: break
                if depth != 0: bad(f"{s}-{k} unbalanced {o}{c} in paragraph {p[:40]}")
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
    loose = rd("rewrite-loose").strip("\n").split("\n\n")
    if len(loose) < 2 or not loose[1].startswith(o): bad(f"{s}-rewrite-loose does not open on a quotation")
    sp = [p for p in src.strip("\n").split("\n\n")[1:]]
    part = rd("partial")
    lifted = sum(1 for p in sp if p in part) + sum(1 for p in sp if p not in part and len(p) > 200 and p[60:] in part)
    if lifted != 3: bad(f"{s} partial lifts {lifted} src paragraphs")
    if sp[0] in part or sp[0][60:] in part: bad(f"{s} partial lifts the lead paragraph")
    for k in ("rewrite", "rewrite-loose", "indep-a", "indep-b"):
        if any(p in rd(k) for p in sp if not p.startswith(o)): bad(f"{s}-{k} contains a whole non-quote src paragraph")
    # per-language conventions (all eight documents of the story)
    allk = {k: (N / f"{s}-{k}{'.md' if k == 'repost' else '.txt'}").read_text(encoding="utf-8") for k in KINDS}
    def text(k):  # the article text: the repost without YAML and site chrome
        t = allk[k]
        if k == "repost":
            body = src.strip("\n").split("\n\n")[1:]
            t = "\n\n".join(p for p in t.split("\n\n") if any(p in b or b.endswith(p) for b in body))
        return t
    lat_re = re.compile("[A-Za-z\u00c0-\u024f]")
    def nolatin(k, t):
        lat = lat_re.findall(t)
        if lat: bad(f"{s}-{k} has Latin letters {lat[:5]}")
        return len(lat)
    for k in allk:
        t = text(k)
        fq = [ch for ch in t if ch in FOREIGN_Q[s]]
        if fq: bad(f"{s}-{k} has foreign quotation marks {fq[:5]}")
        if not t.count(o): bad(f"{s}-{k} has no {o}…{c} quotation")
        if t != unicodedata.normalize("NFC", t): bad(f"{s}-{k} not NFC")
    ascii_comma = lambda t: len(re.findall(r"(?<!\d),|,(?!\d)", t))
    if s == "ckb1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0600-\u06ff]", t)); ai = len(re.findall("[\u0660-\u0669]", t)); ad = len(re.findall("[0-9]", t)); pd = len(re.findall("[\u06f0-\u06f9]", t))
            sor = {ch: t.count(ch) for ch in "\u0695\u06b5\u06c6\u06ce\u06d5"}
            arab = len(re.findall("[\u064a\u0643\u0649]", t))
            print(f"  ckb1-{k}: Arabic-script chars {sc}, Latin {nolatin(k, t)}, ڕڵۆێە {list(sor.values())}, Arabic ي/ك/ى {arab}, ، {t.count(chr(0x60c))}, ASCII commas {ascii_comma(t)}, full stops {t.count('.')}, Arabic-Indic digits {ai}, ASCII digits {ad}, ASCII \" {t.count(chr(34))}")
            if sc < 500: bad(f"ckb1-{k} not Arabic-script text")
            if not sor["\u06d5"] or sum(1 for ch in "\u0695\u06b5\u06c6\u06ce" if sor[ch]) < 3: bad(f"ckb1-{k} lacks the Sorani letters")
            if arab: bad(f"ckb1-{k} has Arabic yeh/kaf")
            if ascii_comma(t) or not t.count("\u060c"): bad(f"ckb1-{k} does not use the Arabic comma")
            if t.count(".") < 5: bad(f"ckb1-{k} lacks full stops")
            if pd: bad(f"ckb1-{k} has Persian digits")
            if ai and ad: bad(f"ckb1-{k} mixes Arabic-Indic and ASCII digits")
        if not src.split("\n\n")[1].startswith("ڕانیە، ١٨ی ئازار (زێ پرێس) - "): bad("ckb1 src lacks the dateline")
        if len(re.findall('(?:وتی|ڕایگەیاند|ڕاگەیاند|دەڵێت): "', src)) < 4: bad('ckb1 src lacks X وتی: "…" attributions')
    if s == "ti1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u1200-\u137f]", t)); en = len(re.findall("[\u1369-\u137c]", t))
            stops = len(re.sub(r"ዓ\.ም|\d\.\d", "", t).split(".")) - 1
            print(f"  ti1-{k}: Ethiopic chars {sc}, Latin {nolatin(k, t)}, ። {t.count(chr(0x1362))}, ፣ {t.count(chr(0x1363))}, ASCII full stops {stops}, ASCII commas {ascii_comma(t)}, Ethiopic numerals {en}, “” {t.count(chr(0x201c))}")
            if sc < 500: bad(f"ti1-{k} not Ethiopic text")
            if t.count("\u1362") < 5 or not t.count("\u1363"): bad(f"ti1-{k} lacks ። or ፣")
            if stops or ascii_comma(t): bad(f"ti1-{k} uses ASCII sentence punctuation")
            if en: bad(f"ti1-{k} has Ethiopic numerals")
        if not src.split("\n\n")[1].startswith("መሆኒ፣ 9 መጋቢት 2018 ዓ.ም (ዜና ሰሜን) – "): bad("ti1 src lacks the dateline")
        if len(re.findall("\u201d (?:ክብል|ክብሉ|ክትብል|ክብላ|ኢሉ|ኢሎም|ኢላ|ኢለን)", src)) < 4: bad("ti1 src lacks “…” ክብል attributions")
    if s == "be1":
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0400-\u04ff]", t)); ru = re.findall("[ИиЩщЪъ]", t)
            print(f"  be1-{k}: Cyrillic chars {sc}, Latin {nolatin(k, t)}, і {len(re.findall('[іІ]', t))}, ў {len(re.findall('[ўЎ]', t))}, и/щ/ъ {len(ru)}, «» {t.count(chr(0xab))}")
            if sc < 500: bad(f"be1-{k} not Cyrillic text")
            if not re.search("[іІ]", t) or not re.search("[ўЎ]", t): bad(f"be1-{k} lacks і or ў")
            if ru: bad(f"be1-{k} has Russian-only letters {ru[:5]}")
        if not src.split("\n\n")[1].startswith("Полацк, 18 сакавіка (Навіны Падзвіння) – "): bad("be1 src lacks the dateline")
        if len(re.findall("\u00bb, [–—] (?:сказаў|сказала|расказаў|расказала|заявіў|заявіла|паведаміў|паведаміла|дадаў|дадала|кажа)", src)) < 4: bad("be1 src lacks «…», – сказаў attributions")
    if s == "yi1":
        OKMARK = {"\u05b7": "אי", "\u05b8": "א", "\u05b4": "י", "\u05bc": "פוכתב", "\u05bf": "פבכ", "\u05c2": "ש"}
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u05d0-\u05ea]", t)); pres = re.findall("[\ufb1d-\ufb4f]", t)
            badm = [t[i - 1:i + 1] for i, ch in enumerate(t) if unicodedata.category(ch) == "Mn" and (ch not in OKMARK or t[i - 1] not in OKMARK[ch])]
            print(f"  yi1-{k}: Hebrew letters {sc}, Latin {nolatin(k, t)}, אַ {t.count('אַ')}, אָ {t.count('אָ')}, פֿ {t.count('פֿ')}, ייַ {t.count('ייַ')}, presentation forms {len(pres)}, non-YIVO points {len(badm)}, „“ {t.count(chr(0x201e))}")
            if sc < 500: bad(f"yi1-{k} not Hebrew-script text")
            if pres: bad(f"yi1-{k} has presentation forms")
            if badm: bad(f"yi1-{k} has non-YIVO pointing {badm[:5]}")
            if not (t.count("אַ") and t.count("אָ") and t.count("פֿ")): bad(f"yi1-{k} lacks YIVO pointed letters")
        if not src.split("\n\n")[1].startswith("מייפּל־קריק, ניו־יאָרק (ייִדיש־פּרעס) — "): bad("yi1 src lacks the dateline")
        if len(re.findall("\u201c, (?:האָט|זאָגט|דערציילט)|(?:דערציילט|געזאָגט): \u201e", src)) < 4: bad("yi1 src lacks „…“, האָט … געזאָגט attributions")
    if s == "ug1":
        UY = "\u06d0\u0649\u06c6\u06c8\u06c7\u06cb\u06be\u06d5"  # ې ى ۆ ۈ ۇ ۋ ھ ە
        for k in allk:
            t = text(k)
            sc = len(re.findall("[\u0600-\u06ff]", t)); od = len(re.findall("[\u0660-\u0669\u06f0-\u06f9]", t))
            foreign = re.findall("[\u06cc\u06a9\u0647\u06ce\u06b5\u0695]", t)
            missing = [ch for ch in UY if ch not in t]
            print(f"  ug1-{k}: Arabic-script chars {sc}, Latin {nolatin(k, t)}, Uyghur letters missing {missing}, Persian/Sorani letters {len(foreign)}, ، {t.count(chr(0x60c))}, ASCII commas {ascii_comma(t)}, full stops {t.count('.')}, non-ASCII digits {od}, «» {t.count(chr(0xab))}")
            if sc < 500: bad(f"ug1-{k} not Arabic-script text")
            if missing: bad(f"ug1-{k} lacks Uyghur letters {missing}")
            if foreign: bad(f"ug1-{k} has Persian/Sorani letters {foreign[:5]}")
            if od: bad(f"ug1-{k} has Arabic-Indic digits")
            if ascii_comma(t) or not t.count("\u060c"): bad(f"ug1-{k} does not use the Arabic comma")
            if t.count(".") < 5: bad(f"ug1-{k} lacks full stops")
        if not src.split("\n\n")[1].startswith("ئاقسۇ، 18-مارت (تارىم خەۋەر تورى) — "): bad("ug1 src lacks the dateline")
        if len(re.findall("\u00bb (?:دېدى|دەيدۇ)|(?:دېدى|دەيدۇ): \u00ab", src)) < 4: bad("ug1 src lacks «…» دېدى attributions")
print("OK" if ok else "PROBLEMS")
